package com.linli.domain.identity;

import com.linli.domain.shared.DomainException;

/** More bytes than the hasher reads: they would be ignored, so the password is refused instead. */
public class PasswordTooLong extends DomainException {

    PasswordTooLong() {
        super("registration.password.bytes", PasswordHasher.MAX_BYTES);
    }
}
