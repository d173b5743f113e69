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

    private final Orders orders;
    private final OrderDecisions decisions;
    private final ApplicationEventPublisher events;

    OrderOutcomes(Orders orders, OrderDecisions decisions, ApplicationEventPublisher events) {
        this.orders = orders;
        this.decisions = decisions;
        this.events = events;
    }

    /** Set-based while the group-buy stays locked: one event for all its orders, not one per order. */
    @EventListener
    void decide(GroupBuyClosed closed) {
        events.publishEvent(decisions.decide(closed.groupBuyId(), closed.communityId(), closed.closedAt()));
    }

    @EventListener
    void voidOrders(GroupBuyCancelled cancelled) {
        for (var order : orders.findByGroupBuyIdAndStatusNotOrderByPlacedAtAscIdAsc(cancelled.groupBuyId(),
                OrderStatus.CANCELLED)) {
            order.voidWithGroupBuy(cancelled.cancelledAt());
            publish(orders.save(order));
        }
    }

    private void publish(Order order) {
        order.pullEvents().forEach(events::publishEvent);
    }
}
