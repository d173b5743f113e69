package com.linli.domain.order;

/** Not enough stock left of an item for the quantity asked. */
public class SoldOut extends OrderRejected {

    public SoldOut(String productName) {
        super("order.sold-out", productName);
    }
}
