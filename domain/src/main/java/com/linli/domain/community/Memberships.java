package com.linli.domain.community;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Who belongs to which community. */
public interface Memberships {

    Optional<Membership> findByCommunityIdAndMemberId(long communityId, long memberId);

    boolean existsByCommunityIdAndMemberId(long communityId, long memberId);

    long countByCommunityId(long communityId);

    /** Member counts of many communities in one query; communities without members are absent. */
    Map<Long, Long> countByCommunityIds(Collection<Long> communityIds);

    Membership save(Membership membership);

    void delete(Membership membership);
}
