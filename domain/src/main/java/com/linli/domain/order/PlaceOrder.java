package com.linli.domain.order;

import java.util.Map;

/**
 * 跟团: quantities by group-buy item id. A retried API request is answered from the API's
 * idempotency store before it gets here (see IdempotencyService), so nothing here repeats.
 */
public record PlaceOrder(long groupBuyId, Map<Long, Integer> quantities) {

    public PlaceOrder {
        quantities = Map.copyOf(quantities);
    }
}
