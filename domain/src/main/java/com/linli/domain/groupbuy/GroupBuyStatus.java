package com.linli.domain.groupbuy;

import org.springframework.context.MessageSourceResolvable;

/** Resolvable, so a rejection that names the status shows it in the reader's language. */
public enum GroupBuyStatus implements MessageSourceResolvable {
    DRAFT, OPEN, CLOSED, DELIVERING, READY, COMPLETED, CANCELLED;

    @Override
    public String[] getCodes() {
        return new String[] {"groupbuy.status." + name()};
    }
}
