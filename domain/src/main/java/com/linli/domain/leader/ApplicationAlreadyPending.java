package com.linli.domain.leader;

import com.linli.domain.shared.DomainException;

/** One application at a time: the applicant waits for the decision on the one they sent. */
public class ApplicationAlreadyPending extends DomainException {

    public ApplicationAlreadyPending() {
        super("leader.application.pending");
    }
}
