package com.linli.persistence.community;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.linli.domain.community.Membership;
import com.linli.domain.community.Memberships;

interface JpaMemberships extends Repository<Membership, Long>, Memberships {

    @Override
    default Map<Long, Long> countByCommunityIds(Collection<Long> communityIds) {
        return countGroupedByCommunity(communityIds).stream()
                .collect(Collectors.toMap(MemberCount::communityId, MemberCount::members));
    }

    @Query("""
            select new com.linli.persistence.community.MemberCount(m.communityId, count(m)) from Membership m
            where m.communityId in :ids group by m.communityId""")
    List<MemberCount> countGroupedByCommunity(@Param("ids") Collection<Long> communityIds);
}
