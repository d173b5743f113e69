package com.linli.domain.order;

/** Paid at pickup (到店付) by default; an online gateway may set PAID earlier. */
public enum PaymentStatus {
    UNPAID, PAID, REFUNDED
}
