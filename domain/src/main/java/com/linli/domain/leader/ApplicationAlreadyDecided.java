package com.linli.domain.leader;

import com.linli.domain.shared.DomainException;

public class ApplicationAlreadyDecided extends DomainException {

    public ApplicationAlreadyDecided(Long applicationId) {
        super("leader.application.decided", applicationId);
    }
}
