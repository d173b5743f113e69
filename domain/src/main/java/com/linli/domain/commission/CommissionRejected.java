package com.linli.domain.commission;

import com.linli.domain.shared.DomainException;

/** A commission rule, settlement or ledger request that breaks a rule. */
public class CommissionRejected extends DomainException {

    CommissionRejected(String code, Object... arguments) {
        super(code, arguments);
    }
}
