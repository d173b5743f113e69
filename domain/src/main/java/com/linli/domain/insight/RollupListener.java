package com.linli.domain.insight;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.linli.domain.groupbuy.GroupBuyCancelled;
import com.linli.domain.order.OrdersArrived;
import com.linli.domain.order.OrdersDecided;

/**
 * Keeps the rollups by the events after which a group-buy's orders change for the dashboards, in the
 * same transaction: the cutoff confirms or voids them and decides the items, goods arriving short lower
 * what they owe (or void them when nothing arrived), a cancellation voids them. Placing, changing and
 * cancelling an order touch only orders not yet past the cutoff, which the dashboards count live (a
 * trigger keeps the open orders with their buyers' numbers, V54), so the hot path makes no call for it;
 * a pickup or a refund leaves an order confirmed at the amount of its cutoff. Memberships and
 * commission entries are counted by triggers (V53).
 */
@Component
class RollupListener {

    private final InsightRollups rollups;

    RollupListener(InsightRollups rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void decided(OrdersDecided decided) {
        rollups.recountSales(decided.groupBuyId());
        rollups.recordDecided(decided.groupBuyId());
    }

    @EventListener
    void arrived(OrdersArrived arrived) {
        arrived.groupBuyIds().forEach(rollups::recountSales);
    }

    /** Before the commit, so after the orders were voided, whichever listener voids them. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void cancelled(GroupBuyCancelled cancelled) {
        rollups.recountSales(cancelled.groupBuyId());
        rollups.recordDecided(cancelled.groupBuyId());
    }
}
