package com.linli.domain.groupbuy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The group-buys of all communities. */
public interface GroupBuys {

    GroupBuy save(GroupBuy groupBuy);

    Optional<GroupBuy> findById(Long id);

    List<GroupBuy> findByIdIn(Collection<Long> ids);

    /**
     * Loads a group-buy holding a shared lock until the transaction ends: orders placed under it
     * are either all counted by a concurrent cutoff or see the group-buy closed.
     */
    Optional<GroupBuy> findForOrdering(Long id);

    /** Loads a group-buy holding an exclusive lock until the transaction ends, for the cutoff. */
    Optional<GroupBuy> findForClosing(Long id);

    /** A page of a community's group-buys of these statuses: open ones first by cutoff, then latest cutoff first. */
    Paged<GroupBuy> findInCommunity(long communityId, Collection<GroupBuyStatus> statuses, PageQuery page);

    List<GroupBuy> findByLeaderIdOrderByCreatedAtDesc(long leaderId);

    /** Ids of open group-buys whose cutoff has passed. */
    List<Long> findDueIds(Instant now);

    /**
     * Closed group-buys whose goods were shipped are delivering: one statement for all of a purchase
     * order's group-buys, which may be one per community of the region.
     */
    void startDelivering(Collection<Long> ids, Instant now);

    /** Ids of group-buys ready for pickup whose pickup date is before {@code date}. */
    List<Long> findReadyIdsPickedUpBefore(LocalDate date);
}
