package com.linli.domain.order;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.community.CommunityService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyItem;
import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.groupbuy.Stock;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/**
 * Members place, change and cancel their orders. The stock moves in the same transaction as the
 * order lines, item by item in item-id order, each one conditional update.
 */
@Service
@Transactional
public class OrderService {

    private final Orders orders;
    private final GroupBuys groupBuys;
    private final Stock stock;
    private final CommunityService communities;
    private final OrderViews views;
    private final OrderLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderService(Orders orders, GroupBuys groupBuys, Stock stock, CommunityService communities, OrderViews views,
                 OrderLimits limits, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.groupBuys = groupBuys;
        this.stock = stock;
        this.communities = communities;
        this.views = views;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** A second live order of the member in the group-buy is refused by the database's one-live-order index. */
    public Order place(long memberId, PlaceOrder command) {
        return placeIn(openToMember(memberId, command.groupBuyId()), memberId, command);
    }

    /**
     * 跟团 or change, as the order form means it: the member's live order in the group-buy is changed,
     * or a new one placed. Which of the two is decided here, under the group-buy's lock and with the
     * live order locked, so the member's own cancel in flight is waited for and then seen.
     */
    public PlacedOrChanged placeOrChange(long memberId, PlaceOrder command) {
        var groupBuy = openToMember(memberId, command.groupBuyId());
        var live = orders.findLiveForChange(groupBuy.getId(), memberId);
        if (live.isEmpty()) {
            return new PlacedOrChanged(placeIn(groupBuy, memberId, command), true);
        }
        var order = live.get();
        move(groupBuy, order.change(groupBuy, command.quantities(), limits, clock.instant()));
        return new PlacedOrChanged(orders.save(order), false);
    }

    public Order change(long memberId, long orderId, Map<Long, Integer> quantities) {
        var groupBuy = openToMember(memberId, groupBuyOf(memberId, orderId));
        var order = locked(memberId, orderId);
        move(groupBuy, order.change(groupBuy, quantities, limits, clock.instant()));
        return orders.save(order);
    }

    public Order cancel(long memberId, long orderId) {
        var groupBuy = groupBuys.findForOrdering(groupBuyOf(memberId, orderId)).orElseThrow();
        var order = locked(memberId, orderId);
        var released = new TreeMap<Long, Integer>();
        order.cancel(groupBuy, memberId, clock.instant()).forEach((itemId, quantity) -> released.put(itemId, -quantity));
        move(groupBuy, released);
        return orders.save(order);
    }

    @Transactional(readOnly = true)
    public Order mine(long memberId, long orderId) {
        return orders.findById(orderId).filter(order -> order.getMemberId() == memberId)
                .orElseThrow(() -> new NotFound("order", orderId));
    }

    @Transactional(readOnly = true)
    public Paged<Order> mine(long memberId, PageQuery page) {
        return orders.findMine(memberId, page);
    }

    /** The member's live order in a group-buy, if any. */
    @Transactional(readOnly = true)
    public Order current(long memberId, long groupBuyId) {
        return orders.findByGroupBuyIdAndMemberIdAndStatusNot(groupBuyId, memberId, OrderStatus.CANCELLED)
                .orElse(null);
    }

    /** A page of the 接龙 list as the community's leader sees it, numbered across pages. */
    @Transactional(readOnly = true)
    public Paged<ChainEntry> chainForLeader(long leaderUserId, long groupBuyId, PageQuery page) {
        ensureLeads(leaderUserId, groupBuyId);
        return views.chain(groupBuyId, page);
    }

    private void ensureLeads(long leaderUserId, long groupBuyId) {
        groupBuys.findById(groupBuyId).filter(groupBuy -> groupBuy.getLeaderId() == leaderUserId)
                .orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
    }

    /**
     * The order is written first and the stock taken last: taking it locks the item's row until the
     * commit, and on a hot item every other order waits for that lock, so it is held for one update
     * and the commit, not while the order is written as well. What already shows sold out is refused
     * before anything is written.
     */
    private Order placeIn(GroupBuy groupBuy, long memberId, PlaceOrder command) {
        var order = Order.place(groupBuy, memberId, command.quantities(), limits, clock.instant());
        order.quantities().keySet().stream().map(groupBuy::item).filter(GroupBuyItem::isSoldOut).findFirst()
                .ifPresent(item -> {
                    throw new SoldOut(item.getProductName());
                });
        Order saved;
        try {
            saved = orders.saveAndFlush(order);
        } catch (DataIntegrityViolationException e) {
            // the member's second live order in the group-buy, or the same placed twice at once: the index lets one through
            throw new AlreadyOrdered();
        }
        move(groupBuy, order.quantities());
        saved.placed();
        return publish(saved);
    }

    private long groupBuyOf(long memberId, long orderId) {
        return orders.findGroupBuyIdByIdAndMemberId(orderId, memberId).orElseThrow(() -> new NotFound("order", orderId));
    }

    /** The member's order, locked after its group-buy (always in that order, so nothing waits in a circle). */
    private Order locked(long memberId, long orderId) {
        return orders.findForChange(orderId).filter(order -> order.getMemberId() == memberId)
                .orElseThrow(() -> new NotFound("order", orderId));
    }

    /** Locks the group-buy against a concurrent cutoff and checks the member may order in it. */
    private GroupBuy openToMember(long memberId, long groupBuyId) {
        var groupBuy = groupBuys.findForOrdering(groupBuyId).orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
        communities.joined(groupBuy.getCommunityId(), memberId).orElseThrow(() -> new NotFound("groupbuy", groupBuyId))
                .ensureActive();
        return groupBuy;
    }

    /** Moves stock by item in item-id order: positive takes, negative gives back. */
    private void move(GroupBuy groupBuy, Map<Long, Integer> deltas) {
        new TreeMap<>(deltas).forEach((itemId, delta) -> {
            if (delta > 0 && !stock.take(itemId, delta)) {
                throw new SoldOut(groupBuy.item(itemId).getProductName());
            }
            if (delta < 0) {
                stock.giveBack(itemId, -delta);
            }
        });
    }

    private Order publish(Order order) {
        order.pullEvents().forEach(events::publishEvent);
        return order;
    }
}
