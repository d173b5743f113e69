package com.linli.domain.community;

import com.linli.domain.shared.DomainException;

/** What only a community's members see was asked for by someone who has not joined it. */
public class NotAMember extends DomainException {

    NotAMember(String communityName) {
        super("community.not-a-member", communityName);
    }
}
