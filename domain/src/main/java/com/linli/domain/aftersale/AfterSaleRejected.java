package com.linli.domain.aftersale;

import com.linli.domain.shared.DomainException;

/** An after-sale request or decision that breaks a rule. */
public class AfterSaleRejected extends DomainException {

    AfterSaleRejected(String code, Object... arguments) {
        super(code, arguments);
    }
}
