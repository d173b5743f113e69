package com.linli.domain.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the arrival of goods does to the orders of a pickup point, many at once: the order's own
 * rules, as set-based statements, because a hot group-buy holds thousands of orders.
 */
public interface OrderArrivals {

    /**
     * Takes {@code shortQuantity} units of an item off its confirmed lines, from the order placed last
     * backwards, and records per order the amount no longer owed.
     *
     * @return the orders that lost units
     */
    List<MemberOrder> allocateShortage(long itemId, int shortQuantity);

    /**
     * The confirmed orders of the group-buys become ready for pickup, each step recorded as taken by
     * {@code actorId}; an order of which nothing arrived is voided instead.
     *
     * @return the orders now ready for pickup
     */
    List<MemberOrder> makeReady(Collection<Long> groupBuyIds, long actorId, Instant now);
}
