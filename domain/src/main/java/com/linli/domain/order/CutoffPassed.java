package com.linli.domain.order;

/** The group-buy no longer takes orders or changes: its cutoff passed or it is not open. */
public class CutoffPassed extends OrderRejected {

    CutoffPassed(String title) {
        super("order.cutoff-passed", title);
    }
}
