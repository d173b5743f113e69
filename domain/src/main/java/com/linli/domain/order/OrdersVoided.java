package com.linli.domain.order;

import java.util.List;

/** A cancelled group-buy's orders were voided at once: one event however many it held. */
public record OrdersVoided(long groupBuyId, List<Long> orderIds) {

    public OrdersVoided {
        orderIds = List.copyOf(orderIds);
    }
}
