package com.linli.domain.order;

import org.springframework.context.MessageSourceResolvable;

/** Resolvable, so a rejection that names the status shows it in the reader's language. */
public enum OrderStatus implements MessageSourceResolvable {
    PLACED, CONFIRMED, READY_FOR_PICKUP, PICKED_UP, CANCELLED, VOIDED, RETURNED;

    @Override
    public String[] getCodes() {
        return new String[] {"order.status." + name()};
    }
}
