package com.linli.domain.identity;

import com.linli.domain.shared.DomainException;

public class UsernameTaken extends DomainException {

    public UsernameTaken(String username) {
        super("identity.username-taken", username);
    }
}
