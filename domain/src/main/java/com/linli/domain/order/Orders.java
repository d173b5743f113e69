package com.linli.domain.order;

import java.util.List;
import java.util.Optional;

/** The orders of all members. */
public interface Orders {

    Order save(Order order);

    Optional<Order> findById(Long id);

    Optional<Order> findByMemberIdAndIdempotencyKey(long memberId, String idempotencyKey);

    Optional<Order> findByGroupBuyIdAndMemberIdAndStatusNot(long groupBuyId, long memberId, OrderStatus status);

    List<Order> findByGroupBuyIdAndStatusOrderByPlacedAtAscIdAsc(long groupBuyId, OrderStatus status);

    List<Order> findByGroupBuyIdAndStatusNotOrderByPlacedAtAscIdAsc(long groupBuyId, OrderStatus status);

    List<Order> findByMemberIdOrderByPlacedAtDesc(long memberId);

    /** Pickup codes held by open orders at a community's pickup point. */
    List<String> findOpenPickupCodes(long communityId);
}
