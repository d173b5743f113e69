package com.linli.persistence.groupbuy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyStatus;
import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.Pages;

interface JpaGroupBuys extends Repository<GroupBuy, Long>, GroupBuys {

    // no join fetch of the items here: Hibernate would then lock in a second select, after reading the status
    @Override
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select g from GroupBuy g where g.id = :id")
    Optional<GroupBuy> findForOrdering(Long id);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from GroupBuy g where g.id = :id")
    Optional<GroupBuy> findForClosing(Long id);

    @Override
    default Paged<GroupBuy> findInCommunity(long communityId, Collection<GroupBuyStatus> statuses, PageQuery page) {
        return Pages.of(findInCommunityPage(communityId, statuses, Pages.request(page, Sort.unsorted())));
    }

    @Query(value = """
            select g from GroupBuy g where g.communityId = :communityId and g.status in :statuses
            order by case when g.status = com.linli.domain.groupbuy.GroupBuyStatus.OPEN then 0 else 1 end,
                     case when g.status = com.linli.domain.groupbuy.GroupBuyStatus.OPEN then g.closesAt end,
                     g.closesAt desc, g.id desc""",
            countQuery = "select count(g) from GroupBuy g where g.communityId = :communityId and g.status in :statuses")
    Page<GroupBuy> findInCommunityPage(@Param("communityId") long communityId,
                                       @Param("statuses") Collection<GroupBuyStatus> statuses, Pageable pageable);

    @Override
    @Query("select g.id from GroupBuy g where g.status = com.linli.domain.groupbuy.GroupBuyStatus.OPEN "
            + "and g.closesAt <= :now order by g.closesAt")
    List<Long> findDueIds(Instant now);

    // what JPA holds is written first and forgotten after, so nothing in the transaction sees a status gone stale
    @Override
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update GroupBuy g set g.status = com.linli.domain.groupbuy.GroupBuyStatus.DELIVERING, g.updatedAt = :now, "
            + "g.version = g.version + 1 where g.id in :ids and g.status = com.linli.domain.groupbuy.GroupBuyStatus.CLOSED")
    void startDelivering(Collection<Long> ids, Instant now);

    @Override
    @Query("select g.id from GroupBuy g where g.status = com.linli.domain.groupbuy.GroupBuyStatus.READY "
            + "and g.pickupDate < :date order by g.pickupDate")
    List<Long> findReadyIdsPickedUpBefore(LocalDate date);
}
