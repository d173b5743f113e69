package com.linli.domain.order;

import com.linli.domain.shared.DomainException;

/** An order request that breaks a rule; subclasses name the ones callers treat apart. */
public class OrderRejected extends DomainException {

    OrderRejected(String code, Object... arguments) {
        super(code, arguments);
    }
}
