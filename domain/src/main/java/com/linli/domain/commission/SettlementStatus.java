package com.linli.domain.commission;

import org.springframework.context.MessageSourceResolvable;

/** {@code DRAFT → APPROVED → PAID}. Resolvable, so a rejection that names it shows it in the reader's language. */
public enum SettlementStatus implements MessageSourceResolvable {
    DRAFT, APPROVED, PAID;

    @Override
    public String[] getCodes() {
        return new String[] {"commission.settlement.status." + name()};
    }
}
