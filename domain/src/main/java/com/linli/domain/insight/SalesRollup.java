package com.linli.domain.insight;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.linli.domain.groupbuy.GroupBuyCancelled;
import com.linli.domain.order.OrdersArrived;
import com.linli.domain.order.OrdersDecided;

/**
 * Keeps the sales rollup by the events after which a group-buy's confirmed orders or their amounts
 * change, in the same transaction: the cutoff confirms them, goods arriving short lower what they owe
 * (or void them when nothing arrived), a cancellation voids them. Placing, changing and cancelling an
 * order touch only orders not yet confirmed, so the hot path pays nothing for it; a pickup or a refund
 * leaves an order confirmed at the amount of its cutoff.
 */
@Component
class SalesRollup {

    private final InsightRollups rollups;

    SalesRollup(InsightRollups rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void decided(OrdersDecided decided) {
        rollups.recountSales(decided.groupBuyId());
    }

    @EventListener
    void arrived(OrdersArrived arrived) {
        arrived.groupBuyIds().forEach(rollups::recountSales);
    }

    /** Before the commit, so after the orders were voided, whichever listener voids them. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void cancelled(GroupBuyCancelled cancelled) {
        rollups.recountSales(cancelled.groupBuyId());
    }
}
