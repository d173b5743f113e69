package com.linli.domain.leader;

import com.linli.domain.shared.DomainException;

public class LeaderSuspended extends DomainException {

    public LeaderSuspended() {
        super("leader.suspended");
    }
}
