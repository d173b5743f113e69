package com.linli.domain.order;

/** A member has at most one order per group-buy; they change it instead. */
public class AlreadyOrdered extends OrderRejected {

    public AlreadyOrdered() {
        super("order.already-ordered");
    }
}
