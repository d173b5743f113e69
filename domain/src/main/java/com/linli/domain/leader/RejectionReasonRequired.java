package com.linli.domain.leader;

import com.linli.domain.shared.DomainException;

/** The applicant sees the reason, so a rejection without one (or with an essay) is refused. */
public class RejectionReasonRequired extends DomainException {

    public RejectionReasonRequired() {
        super("leader.application.reason-required");
    }
}
