package com.linli.domain.order;

import java.util.Set;

/**
 * Goods of these group-buys were signed for: some of their orders may have lost units, become ready
 * for pickup or, when nothing of them arrived, been voided. One event for all of a signing.
 */
public record OrdersArrived(Set<Long> groupBuyIds) {

    public OrdersArrived {
        groupBuyIds = Set.copyOf(groupBuyIds);
    }
}
