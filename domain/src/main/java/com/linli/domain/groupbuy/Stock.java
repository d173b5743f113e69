package com.linli.domain.groupbuy;

import java.util.Map;

/**
 * The sold counters of group-buy items. Each call is one conditional update in the database, so
 * sold never exceeds stock whatever the concurrency; callers move several items in item-id order
 * so that two orders never wait on each other in a circle.
 */
public interface Stock {

    /**
     * Takes {@code quantity} units; false, taking nothing, when fewer remain (an item without a stock
     * limit has {@link GroupBuyItem#MAX_UNITS}).
     */
    boolean take(long itemId, int quantity);

    void giveBack(long itemId, int quantity);

    /** The sold counter of every item of a group-buy, by item id, as committed now. */
    Map<Long, Integer> soldByItem(long groupBuyId);
}
