package com.linli.domain.groupbuy;

import com.linli.domain.shared.DomainException;

/** A group-buy that breaks a rule of PRODUCT.md; the code says which. */
public class InvalidGroupBuy extends DomainException {

    InvalidGroupBuy(String code, Object... arguments) {
        super(code, arguments);
    }
}
