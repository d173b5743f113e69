package com.linli.domain.order;

public enum OrderStatus {
    PLACED, CONFIRMED, READY_FOR_PICKUP, PICKED_UP, CANCELLED, VOIDED;

    /** Orders that still hold a pickup code at their pickup point. */
    public boolean holdsPickupCode() {
        return this == CONFIRMED || this == READY_FOR_PICKUP;
    }
}
