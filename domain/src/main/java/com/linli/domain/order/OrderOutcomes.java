package com.linli.domain.order;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.linli.domain.groupbuy.GroupBuyCancelled;
import com.linli.domain.groupbuy.GroupBuyClosed;
import com.linli.domain.groupbuy.GroupBuys;

/**
 * Applies a group-buy's cutoff or cancellation to its orders, inside the same transaction, so a
 * close is all or nothing and a rerun after a crash finds nothing half done.
 */
@Component
class OrderOutcomes {

    private final Orders orders;
    private final GroupBuys groupBuys;
    private final ApplicationEventPublisher events;

    OrderOutcomes(Orders orders, GroupBuys groupBuys, ApplicationEventPublisher events) {
        this.orders = orders;
        this.groupBuys = groupBuys;
        this.events = events;
    }

    @EventListener
    void decide(GroupBuyClosed closed) {
        var groupBuy = groupBuys.findById(closed.groupBuyId()).orElseThrow();
        var codes = new PickupCodes(orders.findOpenPickupCodes(closed.communityId()));
        for (var order : orders.findByGroupBuyIdAndStatusOrderByPlacedAtAscIdAsc(groupBuy.getId(), OrderStatus.PLACED)) {
            order.decide(groupBuy, codes.next(), closed.closedAt());
            publish(orders.save(order));
        }
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
