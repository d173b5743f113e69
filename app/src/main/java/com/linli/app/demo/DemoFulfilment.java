package com.linli.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.linli.domain.catalog.Product;
import com.linli.domain.community.Community;
import com.linli.domain.fulfilment.DeliveryService;
import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.fulfilment.PurchaseOrderFilter;
import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.fulfilment.PurchaseOrderStatus;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.groupbuy.ItemRequest;
import com.linli.domain.identity.User;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;

/**
 * The daily cycle after the cutoff, for a first look: in every demo community a group-buy whose
 * purchase order was shipped and whose delivery was signed (the first community's one unit short),
 * most of its orders picked up and the last two still waiting. Through the same services as the
 * pages, and only those, so it runs as well inside the demo's one transaction as outside it.
 */
@Component
class DemoFulfilment {

    /** Orders per community; the last {@value #WAITING} are left for their members to collect. */
    private static final int ORDERS = 8;
    private static final int WAITING = 2;

    private final GroupBuyService groupBuys;
    private final OrderService orders;
    private final CutoffService cutoff;
    private final PurchaseOrderService purchaseOrders;
    private final DeliveryService deliveries;
    private final PickupService pickups;
    private final Clock clock;

    DemoFulfilment(GroupBuyService groupBuys, OrderService orders, CutoffService cutoff,
                   PurchaseOrderService purchaseOrders, DeliveryService deliveries, PickupService pickups,
                   Clock clock) {
        this.groupBuys = groupBuys;
        this.orders = orders;
        this.cutoff = cutoff;
        this.purchaseOrders = purchaseOrders;
        this.deliveries = deliveries;
        this.pickups = pickups;
        this.clock = clock;
    }

    /** A demo community: its leader and members. */
    record Neighbourhood(User leader, Community community, List<User> members) {
    }

    /** @param products two products for every community's group-buy */
    void load(long adminId, List<Neighbourhood> neighbourhoods, List<Product> products) {
        var placed = new ArrayList<List<Order>>();
        GroupBuy last = null;
        for (var neighbourhood : neighbourhoods) {
            last = post(neighbourhood.leader(), products);
            placed.add(order(last, neighbourhood.members()));
            cutoff.close(last.getId());
            // gathered here, not only after the commit, because the whole demo may be one transaction
            purchaseOrders.gather(last.getId());
        }
        if (last == null) {
            return;
        }
        ship(adminId, last, products);
        for (int n = 0; n < neighbourhoods.size(); n++) {
            var leader = neighbourhoods.get(n).leader();
            sign(leader, n == 0);
            handOver(leader, placed.get(n));
        }
    }

    private GroupBuy post(User leader, List<Product> products) {
        var closesAt = clock.instant().plus(Duration.ofHours(1));
        var items = products.stream().map(product -> new ItemRequest(product.getId(),
                Money.ofFen((product.getFloorPrice().fen() + product.getRetailPrice().fen()) / 2), 3, null, null,
                List.of())).toList();
        var draft = groupBuys.draft(leader.getId(), new GroupBuyDetails("已到货 · " + products.get(0).getName(),
                "昨晚截单，今早到货，凭提货码到自提点取货。", closesAt,
                closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1)), items);
        return groupBuys.publish(leader.getId(), draft.getId());
    }

    private List<Order> order(GroupBuy groupBuy, List<User> members) {
        var placed = new ArrayList<Order>();
        for (int m = 0; m < ORDERS && m < members.size(); m++) {
            var items = groupBuy.getItems();
            placed.add(orders.place(members.get(m).getId(), new PlaceOrder(groupBuy.getId(),
                    Map.of(items.get(0).getId(), 1 + m % 2, items.get(items.size() - 1).getId(), 1))));
        }
        return placed;
    }

    /** Every purchase order the demo group-buys went into: sent, and shipped to arrive within the hour. */
    private void ship(long adminId, GroupBuy groupBuy, List<Product> products) {
        for (var supplierId : products.stream().map(Product::getSupplierId).distinct().toList()) {
            var open = purchaseOrders.search(new PurchaseOrderFilter(groupBuy.getPickupDate(), supplierId,
                    PurchaseOrderStatus.OPEN), PageQuery.of(0)).purchaseOrders().items();
            for (var purchaseOrder : open) {
                purchaseOrders.send(adminId, purchaseOrder.id());
                purchaseOrders.ship(adminId, purchaseOrder.id(), clock.instant().plus(Duration.ofHours(1)));
            }
        }
    }

    /** In full, or one unit short on the first line. */
    private void sign(User leader, boolean oneShort) {
        for (var delivery : deliveries.ofLeader(leader.getId()).incoming()) {
            var first = delivery.lines().get(0);
            deliveries.sign(leader.getId(), delivery.id(),
                    oneShort ? Map.of(first.id(), first.shipped() - 1) : Map.of());
            oneShort = false;
        }
    }

    private void handOver(User leader, List<Order> placed) {
        for (var order : placed.subList(0, Math.max(placed.size() - WAITING, 0))) {
            var ready = orders.mine(order.getMemberId(), order.getId());
            if (ready.getPickupCode() != null) {
                pickups.handOver(leader.getId(), ready.getPickupCode());
            }
        }
    }
}
