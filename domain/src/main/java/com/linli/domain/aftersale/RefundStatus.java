package com.linli.domain.aftersale;

import org.springframework.context.MessageSourceResolvable;

/** {@code PENDING → APPROVED} (refunded) or {@code REJECTED}. */
public enum RefundStatus implements MessageSourceResolvable {
    PENDING, APPROVED, REJECTED;

    @Override
    public String[] getCodes() {
        return new String[] {"aftersale.status." + name()};
    }
}
