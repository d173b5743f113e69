package com.linli.domain.community;

import com.linli.domain.shared.DomainException;

/** A community's leader runs its pickup point; they stay a member while they lead it. */
public class LeaderCannotLeave extends DomainException {

    public LeaderCannotLeave(String communityName) {
        super("membership.leader-cannot-leave", communityName);
    }
}
