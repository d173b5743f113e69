package com.linli.domain.order;

import com.linli.domain.groupbuy.GroupBuyItem;

/**
 * How many units of one item one order line may hold ({@code linli.order.max-quantity}, 999 unless
 * configured), even where an item has no stock or per-member limit: a member cannot take an absurd
 * quantity, and no sum of lines overflows.
 *
 * @param maxQuantity at least 1 and at most {@link #CEILING}
 */
public record OrderLimits(int maxQuantity) {

    /** The most any configuration may allow; the database refuses more (V13). */
    public static final int CEILING = 10_000;

    public OrderLimits {
        if (maxQuantity < 1 || maxQuantity > CEILING) {
            throw new IllegalArgumentException(
                    "linli.order.max-quantity must be between 1 and " + CEILING + ", not " + maxQuantity);
        }
    }

    /** The most a member may order of this item: this maximum, or the item's per-member limit if lower. */
    public int maxFor(GroupBuyItem item) {
        var limit = item.getPerMemberLimit();
        return limit == null ? maxQuantity : Math.min(limit, maxQuantity);
    }
}
