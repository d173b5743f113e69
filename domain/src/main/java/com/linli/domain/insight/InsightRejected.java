package com.linli.domain.insight;

import com.linli.domain.shared.DomainException;

/** A dashboard period or filter that cannot be shown. */
public class InsightRejected extends DomainException {

    InsightRejected(String code, Object... arguments) {
        super(code, arguments);
    }
}
