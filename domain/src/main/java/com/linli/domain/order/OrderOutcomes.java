package com.linli.domain.order;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.linli.domain.groupbuy.GroupBuyCancelled;
import com.linli.domain.groupbuy.GroupBuyClosed;

/**
 * Applies a group-buy's cutoff or cancellation to its orders, inside the same transaction, so a
 * close is all or nothing and a rerun after a crash finds nothing half done.
 */
@Component
class OrderOutcomes {

    private final OrderDecisions decisions;
    private final ApplicationEventPublisher events;

    OrderOutcomes(OrderDecisions decisions, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.events = events;
    }

    /** Set-based while the group-buy stays locked: one event for all its orders, not one per order. */
    @EventListener
    void decide(GroupBuyClosed closed) {
        events.publishEvent(decisions.decide(closed.groupBuyId(), closed.communityId(), closed.closedAt()));
    }

    /** Set-based too: an admin may cancel a group-buy that thousands of members joined. */
    @EventListener
    void voidOrders(GroupBuyCancelled cancelled) {
        var voided = decisions.voidAll(cancelled.groupBuyId(), cancelled.actorId(), cancelled.cancelledAt());
        if (!voided.isEmpty()) {
            events.publishEvent(new OrdersVoided(cancelled.groupBuyId(), voided));
        }
    }
}
