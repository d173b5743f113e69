package com.linli.domain.order;

public enum LineStatus {
    ACTIVE, VOIDED
}
