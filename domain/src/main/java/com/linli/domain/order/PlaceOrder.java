package com.linli.domain.order;

import java.util.Map;

/**
 * 跟团: quantities by group-buy item id.
 *
 * @param idempotencyKey the client's key so a retried request places one order; null from the pages
 */
public record PlaceOrder(long groupBuyId, Map<Long, Integer> quantities, String idempotencyKey) {

    public PlaceOrder {
        quantities = Map.copyOf(quantities);
    }
}
