package com.linli;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.catalog.Product;
import com.linli.domain.commission.CommissionRuleService;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.commission.Rate;
import com.linli.domain.commission.RuleTerms;
import com.linli.domain.fulfilment.DeliveryService;
import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.BusinessTime;

/**
 * Sales that earn commission, made through the real services: a product of its own supplier and
 * category with a product rule of its own (so no other test's rule decides its rate), in a group-buy
 * at a pickup point, one member per quantity, closed, shipped and signed for; then picked up.
 */
public class Commissions {

    private final Platform platform;
    private final OrderService orders;
    private final CutoffService cutoff;
    private final PurchaseOrderService purchaseOrders;
    private final DeliveryService deliveries;
    private final PickupService pickups;
    private final CommissionRuleService rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    Commissions(Platform platform, OrderService orders, CutoffService cutoff, PurchaseOrderService purchaseOrders,
                DeliveryService deliveries, PickupService pickups, CommissionRuleService rules, JdbcClient jdbc,
                Clock clock) {
        this.platform = platform;
        this.orders = orders;
        this.cutoff = cutoff;
        this.purchaseOrders = purchaseOrders;
        this.deliveries = deliveries;
        this.pickups = pickups;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a test needs of a sale: who sold what to whom, and the order of each member. */
    public record Sale(Neighbourhoods.Led leader, Product product, GroupBuy groupBuy, List<String> members,
                       List<Long> orderIds) {

        public long orderOf(String member) {
            return orderIds.get(members.indexOf(member));
        }
    }

    /** At ¥10.00 a unit, its product's rule at {@code percent}, every unit arrived: ready for pickup at a new point. */
    public Sale ready(String percent, int... quantities) {
        return ready(platform.leader(), 1000, percent, 0, quantities);
    }

    /**
     * @param priceFen  the group price of a unit (¥5.00 to ¥50.00)
     * @param shortUnits units that did not arrive, taken off the latest joiners
     */
    public Sale ready(Neighbourhoods.Led leader, long priceFen, String percent, int shortUnits, int... quantities) {
        var product = platform.product("计佣丑橘");
        if (percent != null) {
            rule(CommissionScope.PRODUCT, product.getId(), percent);
        }
        return ready(leader, product, priceFen, shortUnits, quantities);
    }

    /** The product at {@code priceFen} a unit, whatever rule applies to it, ready for pickup. */
    public Sale ready(Neighbourhoods.Led leader, Product product, long priceFen, int shortUnits, int... quantities) {
        var groupBuy = platform.open(leader, Platform.item(product, priceFen, 1, null, null));
        var members = new ArrayList<String>();
        var orderIds = new ArrayList<Long>();
        for (int quantity : quantities) {
            var member = platform.member(leader.community(), "邻居" + (members.size() + 1));
            members.add(member);
            orderIds.add(orders.place(platform.id(member), new PlaceOrder(groupBuy.getId(),
                    Map.of(groupBuy.getItems().get(0).getId(), quantity), null)).getId());
        }
        cutoff.close(groupBuy.getId());
        var purchaseOrder = jdbc.sql("select distinct purchase_order_id from purchase_order_lines where product_id = :p")
                .param("p", product.getId()).query(Long.class).single();
        var admin = platform.id("admin");
        purchaseOrders.send(admin, purchaseOrder);
        purchaseOrders.ship(admin, purchaseOrder, clock.instant().plus(Duration.ofHours(2)));
        var line = jdbc.sql("""
                        select l.id, l.shipped from delivery_lines l join deliveries d on d.id = l.delivery_id
                        where d.purchase_order_id = :po""").param("po", purchaseOrder)
                .query((row, number) -> new long[] {row.getLong("id"), row.getLong("shipped")}).single();
        var delivery = jdbc.sql("select delivery_id from delivery_lines where id = :id").param("id", line[0])
                .query(Long.class).single();
        deliveries.sign(leader.leaderId(), delivery,
                shortUnits == 0 ? Map.of() : Map.of(line[0], (int) (line[1] - shortUnits)));
        return new Sale(leader, product, groupBuy, members, orderIds);
    }

    /** Ready, and every order that something arrived of picked up. */
    public Sale pickedUp(String percent, int... quantities) {
        var sale = ready(percent, quantities);
        sale.members().forEach(member -> pickUp(sale, member));
        return sale;
    }

    public void pickUp(Sale sale, String member) {
        pickups.handOver(sale.leader().leaderId(), pickupCode(sale.orderOf(member)));
    }

    /** A rule of the scope for the target from today on. */
    public void rule(CommissionScope scope, Long target, String percent) {
        rules.create(new RuleTerms(scope, target, Rate.parsePercent(percent), today(), null));
    }

    public String pickupCode(long orderId) {
        return jdbc.sql("select pickup_code from orders where id = :id").param("id", orderId).query(String.class)
                .single();
    }

    /** The order's one line. */
    public long lineOf(long orderId) {
        return jdbc.sql("select id from order_lines where order_id = :id").param("id", orderId).query(Long.class)
                .single();
    }

    /** The kinds and amounts of the line's entries, oldest first: "EARNED 250". */
    public List<String> entries(long orderLineId) {
        return jdbc.sql("select kind || ' ' || amount from commission_entries where order_line_id = :line order by id")
                .param("line", orderLineId).query(String.class).list();
    }

    /** What the leader's entries add up to, in fen. */
    public long ledgerOf(long leaderUserId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from commission_entries where leader_id = :leader")
                .param("leader", leaderUserId).query(Long.class).single();
    }

    private LocalDate today() {
        return clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
    }
}
