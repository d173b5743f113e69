package com.linli.domain.fulfilment;

import com.linli.domain.shared.DomainException;

/** A purchase-order, delivery or pickup request that breaks a rule. */
public class FulfilmentRejected extends DomainException {

    FulfilmentRejected(String code, Object... arguments) {
        super(code, arguments);
    }
}
