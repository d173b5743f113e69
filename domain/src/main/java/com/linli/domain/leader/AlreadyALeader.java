package com.linli.domain.leader;

import com.linli.domain.shared.DomainException;

/** A leader runs one community. */
public class AlreadyALeader extends DomainException {

    public AlreadyALeader() {
        super("leader.application.already-leader");
    }
}
