package com.linli.domain.idempotency;

import com.linli.domain.shared.DomainException;

/** An idempotency key sent again with a different request: it names one request only. */
public class IdempotencyKeyReused extends DomainException {

    IdempotencyKeyReused() {
        super("idempotency.key-reused");
    }
}
