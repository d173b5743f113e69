package com.linli.domain.order;

import java.time.Instant;
import java.util.List;

/**
 * What a group-buy's cutoff or cancellation does to its orders, all at once: the order's own rules, as
 * set-based statements, because a hot group-buy holds thousands of orders and its row stays locked
 * until they are decided.
 */
public interface OrderDecisions {

    /**
     * Applies the decided items of a closed group-buy to its placed orders: lines of failed items are
     * voided, the others charged their item's final (tier) price. An order with a line left is
     * confirmed with a pickup code of six random digits, unique among the open orders of its pickup
     * point; the others are voided. Each step is recorded at {@code now}, taken by the platform.
     *
     * @return the orders as decided
     */
    OrdersDecided decide(long groupBuyId, long communityId, Instant now);

    /**
     * A cancelled group-buy's placed and confirmed orders are voided, with every line and pickup code,
     * each step recorded at {@code now} as taken by {@code actorId}.
     *
     * @return the voided orders' ids
     */
    List<Long> voidAll(long groupBuyId, long actorId, Instant now);
}
