package com.linli.domain.notification;

/** What a member is told about an order they placed; each kind has a message key. */
public enum NotificationKind {
    ORDER_CONFIRMED, ORDER_PARTLY_CONFIRMED, ORDER_VOIDED, ORDER_SHORT, ORDER_READY, REFUND_APPROVED, REFUND_REJECTED,
    GROUP_BUY_CANCELLED
}
