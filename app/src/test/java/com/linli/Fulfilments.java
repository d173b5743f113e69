package com.linli;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.catalog.Product;
import com.linli.domain.fulfilment.DeliveryService;
import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;

/** Group-buys past their cutoff, at each step of fulfilment, made through the real services. */
public class Fulfilments {

    private final Platform platform;
    private final OrderService orders;
    private final CutoffService cutoff;
    private final PurchaseOrderService purchaseOrders;
    private final DeliveryService deliveries;
    private final JdbcClient jdbc;
    private final Clock clock;

    Fulfilments(Platform platform, OrderService orders, CutoffService cutoff, PurchaseOrderService purchaseOrders,
                DeliveryService deliveries, JdbcClient jdbc, Clock clock) {
        this.platform = platform;
        this.orders = orders;
        this.cutoff = cutoff;
        this.purchaseOrders = purchaseOrders;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One product of its own supplier (¥10.00 a unit unless said otherwise) in a group-buy at a pickup
     * point, one member per quantity ordering in that order.
     */
    public record Step(Neighbourhoods.Led leader, Product product, GroupBuy groupBuy, List<String> members,
                       List<Long> orderIds, long purchaseOrderId, Long deliveryId) {

        public long orderOf(String member) {
            return orderIds.get(members.indexOf(member));
        }
    }

    /** Closed, and gathered into an open purchase order of its own supplier. */
    public Step closed(int... quantities) {
        return closed(platform.leader(), platform.product("配送柑橘"), 1000, quantities);
    }

    /** The product at {@code priceFen} a unit in a group-buy of the leader, closed and gathered likewise. */
    public Step closed(Neighbourhoods.Led leader, Product product, long priceFen, int... quantities) {
        var groupBuy = platform.open(leader, Platform.item(product, priceFen, 1, null, null));
        var members = new ArrayList<String>();
        var orderIds = new ArrayList<Long>();
        for (int quantity : quantities) {
            var member = platform.member(leader.community(), "邻居" + (members.size() + 1));
            members.add(member);
            orderIds.add(orders.place(platform.id(member), new PlaceOrder(groupBuy.getId(),
                    Map.of(groupBuy.getItems().get(0).getId(), quantity))).getId());
        }
        cutoff.close(groupBuy.getId());
        return new Step(leader, product, groupBuy, members, orderIds, purchaseOrderOf(product), null);
    }

    /** Closed, its purchase order sent and shipped: one delivery on its way. */
    public Step shipped(int... quantities) {
        return shipped(closed(quantities));
    }

    /** The closed step's purchase order sent and shipped. */
    public Step shipped(Step closed) {
        var admin = platform.id("admin");
        purchaseOrders.send(admin, closed.purchaseOrderId());
        purchaseOrders.ship(admin, closed.purchaseOrderId(), clock.instant().plus(Duration.ofHours(2)));
        var deliveryId = jdbc.sql("select id from deliveries where purchase_order_id = :id")
                .param("id", closed.purchaseOrderId()).query(Long.class).single();
        return new Step(closed.leader(), closed.product(), closed.groupBuy(), closed.members(), closed.orderIds(),
                closed.purchaseOrderId(), deliveryId);
    }

    /** Shipped and signed for in full: every order waits for its member. */
    public Step ready(int... quantities) {
        var shipped = shipped(quantities);
        deliveries.sign(shipped.leader().leaderId(), shipped.deliveryId(), Map.of());
        return shipped;
    }

    public String pickupCode(long orderId) {
        return jdbc.sql("select pickup_code from orders where id = :id").param("id", orderId).query(String.class)
                .single();
    }

    public String orderStatus(long orderId) {
        return jdbc.sql("select status from orders where id = :id").param("id", orderId).query(String.class).single();
    }

    private long purchaseOrderOf(Product product) {
        return jdbc.sql("select distinct purchase_order_id from purchase_order_lines where product_id = :product")
                .param("product", product.getId()).query(Long.class).single();
    }
}
