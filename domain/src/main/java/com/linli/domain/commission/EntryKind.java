package com.linli.domain.commission;

import org.springframework.context.MessageSourceResolvable;

/** A ledger entry earns commission on a collected line, or reverses part of it for a refund. */
public enum EntryKind implements MessageSourceResolvable {
    EARNED, REVERSED;

    @Override
    public String[] getCodes() {
        return new String[] {"commission.entry." + name()};
    }
}
