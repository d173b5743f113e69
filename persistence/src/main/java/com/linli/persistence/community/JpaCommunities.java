package com.linli.persistence.community;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.linli.domain.community.Communities;
import com.linli.domain.community.Community;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.Pages;

interface JpaCommunities extends Repository<Community, Long>, Communities {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Community c where c.id = :id")
    Optional<Community> findForJoining(Long id);

    @Override
    @Query("""
            select c from Community c join fetch c.pickupPoint where c.id = :communityId
            and exists (select m from Membership m where m.communityId = c.id and m.memberId = :memberId)""")
    Optional<Community> findJoined(@Param("communityId") long communityId, @Param("memberId") long memberId);

    @Override
    @Query("select count(l) > 0 from Leader l where l.communityId = :communityId and l.userId = :userId")
    boolean isLedBy(long communityId, long userId);

    @Override
    default Paged<Community> findActive(String city, PageQuery page) {
        return Pages.of(findActivePage(city, Pages.request(page, Sort.by("name", "id"))));
    }

    /** Pickup points fetched with their communities: a page of 100 is one query, not one per 64 of them. */
    @Query(value = """
            select c from Community c join fetch c.pickupPoint
            where c.status = com.linli.domain.community.CommunityStatus.ACTIVE and (:city = '' or c.city = :city)""",
            countQuery = """
            select count(c) from Community c
            where c.status = com.linli.domain.community.CommunityStatus.ACTIVE and (:city = '' or c.city = :city)""")
    Page<Community> findActivePage(@Param("city") String city, Pageable pageable);

    @Override
    @Query("""
            select distinct c.city from Community c
            where c.status = com.linli.domain.community.CommunityStatus.ACTIVE order by c.city""")
    List<String> activeCities();

    @Override
    @Query("""
            select c from Community c
            where c.id in (select m.communityId from Membership m where m.memberId = :memberId)
            order by c.name, c.id""")
    List<Community> findJoinedBy(@Param("memberId") long memberId);
}
