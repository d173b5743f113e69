package com.linli.domain.order;

/** More than the per-member limit of an item. */
public class LimitExceeded extends OrderRejected {

    LimitExceeded(String productName, int limit) {
        super("order.limit-exceeded", productName, limit);
    }
}
