package com.linli.domain.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.NotFound;

/**
 * What happens to orders after the cutoff, asked by fulfilment and after-sale: goods arrive (with
 * shortages) and orders become ready; members collect; the leader settles what nobody collected;
 * approved after-sale requests are refunded. Every order is one of a pickup point's, and an order of
 * another point is not found.
 */
@Service
@Transactional
public class OrderFulfilmentService {

    private final Orders orders;
    private final OrderArrivals arrivals;
    private final GroupBuys groupBuys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderFulfilmentService(Orders orders, OrderArrivals arrivals, GroupBuys groupBuys,
                           ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.arrivals = arrivals;
        this.groupBuys = groupBuys;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Goods were signed for at a pickup point: the shortages come off the latest joiners' lines, and
     * the orders of the group-buys whose goods have now all arrived become ready for pickup.
     */
    public void goodsArrived(List<ItemShortage> shortages, Collection<Long> arrivedGroupBuyIds, long actorId) {
        var shorted = new ArrayList<MemberOrder>();
        shortages.forEach(shortage -> shorted.addAll(arrivals.allocateShortage(shortage.itemId(), shortage.quantity())));
        if (!shorted.isEmpty()) {
            events.publishEvent(new OrdersShorted(shorted));
        }
        if (!arrivedGroupBuyIds.isEmpty()) {
            var ready = arrivals.makeReady(arrivedGroupBuyIds, actorId, clock.instant());
            if (!ready.isEmpty()) {
                events.publishEvent(new OrdersReadyForPickup(ready));
            }
        }
        var groupBuyIds = new TreeSet<>(arrivedGroupBuyIds);
        shorted.forEach(order -> groupBuyIds.add(order.groupBuyId()));
        if (!groupBuyIds.isEmpty()) {
            events.publishEvent(new OrdersArrived(groupBuyIds));
        }
    }

    /** 核销 of an order of the pickup point, by its leader. */
    public Order pickUp(long communityId, long orderId, long actorId) {
        var order = locked(communityId, orderId);
        order.pickUp(actorId, clock.instant());
        return publish(orders.save(order));
    }

    public Order collectLate(long communityId, long orderId, long actorId) {
        var order = locked(communityId, orderId);
        order.collectLate(groupBuys.findById(order.getGroupBuyId()).orElseThrow(), actorId, clock.instant());
        return publish(orders.save(order));
    }

    /**
     * 售后: pays back units of a collected line, as the after-sale request {@code refundId} was approved.
     *
     * @return the amount refunded
     */
    public Money refund(long orderId, long lineId, int quantity, long refundId) {
        var order = orders.findForChange(orderId).orElseThrow(() -> new NotFound("order", orderId));
        var amount = order.refund(lineId, quantity, refundId, clock.instant());
        publish(orders.save(order));
        return amount;
    }

    public Order returnUnclaimed(long communityId, long orderId, long actorId) {
        var order = locked(communityId, orderId);
        order.returnUnclaimed(groupBuys.findById(order.getGroupBuyId()).orElseThrow(), actorId, clock.instant());
        return orders.save(order);
    }

    private Order publish(Order order) {
        order.pullEvents().forEach(events::publishEvent);
        return order;
    }

    private Order locked(long communityId, long orderId) {
        return orders.findForChange(orderId).filter(order -> order.getCommunityId() == communityId)
                .orElseThrow(() -> new NotFound("order", orderId));
    }
}
