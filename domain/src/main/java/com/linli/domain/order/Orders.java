package com.linli.domain.order;

import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The orders of all members. */
public interface Orders {

    Order save(Order order);

    Optional<Order> findById(Long id);

    /** Inserts now, so a second live order of the member in the group-buy is refused here and not at commit. */
    Order saveAndFlush(Order order);

    /** The group-buy of a member's order, without loading the order (it is locked after its group-buy). */
    Optional<Long> findGroupBuyIdByIdAndMemberId(Long id, long memberId);

    /** Loads an order holding an exclusive lock until the transaction ends: one change at a time. */
    Optional<Order> findForChange(Long id);

    /**
     * The member's live (not cancelled) order in the group-buy, locked like {@link #findForChange}. An
     * order being cancelled right now is waited for, and then not found.
     */
    Optional<Order> findLiveForChange(long groupBuyId, long memberId);

    Optional<Order> findByGroupBuyIdAndMemberIdAndStatusNot(long groupBuyId, long memberId, OrderStatus status);

    /** A page of the member's orders, newest first. */
    Paged<Order> findMine(long memberId, PageQuery page);

}
