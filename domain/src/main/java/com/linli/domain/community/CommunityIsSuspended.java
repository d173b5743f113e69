package com.linli.domain.community;

import com.linli.domain.shared.DomainException;

public class CommunityIsSuspended extends DomainException {

    public CommunityIsSuspended(String communityName) {
        super("community.suspended", communityName);
    }
}
