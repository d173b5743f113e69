package com.linli.domain.groupbuy;

public enum GroupBuyStatus {
    DRAFT, OPEN, CLOSED, DELIVERING, READY, COMPLETED, CANCELLED
}
