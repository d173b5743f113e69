package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.CategoryDetails;
import com.linli.domain.catalog.Product;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.fulfilment.DeliveryService;
import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.groupbuy.ItemRequest;
import com.linli.domain.groupbuy.PickupWindow;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.notification.NotificationKind;
import com.linli.domain.notification.NotificationService;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.Money;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.SupplierService;

/**
 * The daily cycle from cutoff to pickup on real PostgreSQL: two communities, two suppliers, one
 * purchase order per supplier, a delivery per pickup point, a shortage that hits the latest joiner,
 * pickups, the end of the pickup window; every quantity and every fen reconciled.
 */
@LinliIntegrationTest
class FulfilmentCycleIntegrationTests {

    @Autowired
    Platform platform;

    @Autowired
    SupplierService suppliers;

    @Autowired
    CatalogService catalog;

    @Autowired
    GroupBuyService groupBuys;

    @Autowired
    OrderService orders;

    @Autowired
    CutoffService cutoff;

    @Autowired
    PurchaseOrderService purchaseOrders;

    @Autowired
    DeliveryService deliveries;

    @Autowired
    PickupService pickups;

    @Autowired
    PickupWindow pickupWindow;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromCutoffToPickupEveryQuantityAndAmountReconciles() {
        var orchard = suppliers.create(new SupplierDetails(CatalogFixtures.unique("周期果园"), null, null, null, null));
        var mill = suppliers.create(new SupplierDetails(CatalogFixtures.unique("周期粮油"), null, null, null, null));
        var oranges = product(orchard.getId(), "周期丑橘", 450);
        var eggs = product(orchard.getId(), "周期鸡蛋", 2200);
        var rice = product(mill.getId(), "周期大米", 4500);
        var east = platform.leader();
        var west = platform.leader();
        // east: oranges with a tier reached at 5 units, and rice from the other supplier; west: oranges and eggs
        var eastBuy = platform.open(east, new ItemRequest(oranges.getId(), Money.ofFen(990), 3, null, null,
                List.of(new PriceTier(5, Money.ofFen(880)))), Platform.item(rice, 5200, 1, null, null));
        var westBuy = platform.open(west, Platform.item(oranges, 990, 1, null, null),
                Platform.item(eggs, 2600, 2, null, null));
        long eastOranges = eastBuy.getItems().get(0).getId();
        long eastRice = eastBuy.getItems().get(1).getId();
        long westOranges = westBuy.getItems().get(0).getId();
        long westEggs = westBuy.getItems().get(1).getId();
        // the catalog changes after publishing: purchase orders still buy at the published supply price
        catalog.editProduct(oranges.getId(), new ProductDetails(oranges.getName(), oranges.getCategoryId(),
                orchard.getId(), "斤", null, Money.ofFen(470), Money.ofFen(500), Money.ofFen(5000), null));

        var first = order(east, eastBuy.getId(), Map.of(eastOranges, 2, eastRice, 1));
        var second = order(east, eastBuy.getId(), Map.of(eastOranges, 1));
        var latest = order(east, eastBuy.getId(), Map.of(eastOranges, 2));
        var westFirst = order(west, westBuy.getId(), Map.of(westOranges, 1, westEggs, 2));
        var westSecond = order(west, westBuy.getId(), Map.of(westEggs, 1));
        cutoff.close(eastBuy.getId());
        cutoff.close(westBuy.getId());

        // one purchase order per supplier and pickup date, across both communities
        var orchardOrder = purchaseOrders.view(purchaseOrderOf(orchard.getId()));
        assertThat(orchardOrder.products()).extracting(line -> line.productName() + " " + line.quantity() + " @"
                + line.supplyPrice()).containsExactly("周期丑橘 6 @¥4.50", "周期鸡蛋 3 @¥22.00");
        assertThat(orchardOrder.totalCost()).isEqualTo(Money.ofFen(6 * 450 + 3 * 2200));
        assertThat(orchardOrder.pickList()).extracting(row -> row.productName() + " " + row.communityName() + " "
                + row.quantity()).containsExactly("周期丑橘 " + east.community().getName() + " 5",
                "周期丑橘 " + west.community().getName() + " 1", "周期鸡蛋 " + west.community().getName() + " 3");
        var millOrder = purchaseOrders.view(purchaseOrderOf(mill.getId()));
        assertThat(millOrder.totalCost()).isEqualTo(Money.ofFen(4500));

        // shipping creates one delivery per pickup point of each purchase order
        var admin = platform.id("admin");
        for (var purchaseOrder : List.of(orchardOrder.id(), millOrder.id())) {
            purchaseOrders.send(admin, purchaseOrder);
            purchaseOrders.ship(admin, purchaseOrder, clock.instant().plus(Duration.ofHours(8)));
        }
        assertThat(groupBuyStatus(eastBuy.getId())).isEqualTo("DELIVERING");
        var eastOrchard = delivery(orchardOrder.id(), east);
        var eastMill = delivery(millOrder.id(), east);
        var westOrchard = delivery(orchardOrder.id(), west);
        assertThat(count("select count(*) from deliveries where purchase_order_id in (:ids)",
                List.of(orchardOrder.id(), millOrder.id()))).isEqualTo(3);

        // west signs in full: ready at once; east is one orange short, and waits for its rice
        deliveries.sign(west.leaderId(), westOrchard, Map.of());
        assertThat(groupBuyStatus(westBuy.getId())).isEqualTo("READY");
        assertThat(status(westFirst)).isEqualTo("READY_FOR_PICKUP");
        assertThat(notifications.latest(platform.id(member(westFirst)))).first()
                .satisfies(n -> assertThat(n.getKind()).isEqualTo(NotificationKind.ORDER_READY));
        var orangeLine = lineOf(eastOrchard, eastOranges);
        deliveries.sign(east.leaderId(), eastOrchard, Map.of(orangeLine, 4));
        assertThat(groupBuyStatus(eastBuy.getId())).isEqualTo("DELIVERING");
        assertThat(status(latest)).isEqualTo("CONFIRMED");
        deliveries.sign(east.leaderId(), eastMill, Map.of());
        assertThat(groupBuyStatus(eastBuy.getId())).isEqualTo("READY");

        // the shortage hit the latest joiner only, at the price charged (the 5-unit tier)
        assertThat(shortOf(latest, eastOranges)).isEqualTo(1);
        assertThat(shortOf(first, eastOranges)).isZero();
        assertThat(shortOf(second, eastOranges)).isZero();
        var latestOrder = orders.mine(platform.id(member(latest)), latest);
        assertThat(latestOrder.getShortageAmount()).isEqualTo(Money.ofFen(880));
        assertThat(latestOrder.getTotal()).isEqualTo(Money.ofFen(880));
        assertThat(notifications.latest(platform.id(member(latest)))).extracting(n -> n.getKind())
                .contains(NotificationKind.ORDER_SHORT, NotificationKind.ORDER_READY);

        // members pick up with their codes and pay there
        var handedOver = pickups.handOver(east.leaderId(), code(latest));
        assertThat(handedOver.amountToCollect()).isEqualTo(Money.ofFen(880));
        pickups.handOver(east.leaderId(), code(first));
        pickups.handOver(west.leaderId(), code(westFirst));
        assertThat(jdbc.sql("select status || ':' || payment_status from orders where id = :id").param("id", first)
                .query(String.class).single()).isEqualTo("PICKED_UP:PAID");

        // every item: ordered = received + short; every order: what it owes + what is no longer owed = ordered
        for (var item : List.of(eastOranges, eastRice, westOranges, westEggs)) {
            assertThat(count("select coalesce(sum(received), 0) + (select coalesce(sum(short_quantity), 0) "
                    + "from order_lines where item_id = :id) from delivery_lines where group_buy_item_id = :id", item))
                    .isEqualTo(count("select sum(quantity) from order_lines where item_id = :id", item));
        }
        for (var order : List.of(first, second, latest, westFirst, westSecond)) {
            var owed = orders.mine(platform.id(member(order)), order);
            assertThat(owed.getTotal().plus(owed.getShortageAmount())).isEqualTo(owed.getLines().stream()
                    .map(line -> line.getFinalUnitPrice().times(line.getQuantity())).reduce(Money.ZERO, Money::plus));
        }

        // after the pickup window the group-buys complete; the two orders nobody collected are the leaders' to settle
        clock.advance(Duration.ofDays(6)); // pickup two days ahead, then the three-day window
        assertThat(pickupWindow.due()).contains(eastBuy.getId(), westBuy.getId());
        assertThat(pickupWindow.complete(eastBuy.getId())).isTrue();
        assertThat(pickupWindow.complete(eastBuy.getId())).isFalse();
        pickupWindow.complete(westBuy.getId());
        assertThat(pickups.desk(east.leaderId()).unclaimed()).extracting(unclaimed -> unclaimed.orderId())
                .containsExactly(second);
        pickups.returnUnclaimed(east.leaderId(), second);
        pickups.collectLate(west.leaderId(), westSecond);
        assertThat(status(second)).isEqualTo("RETURNED");
        assertThat(status(westSecond)).isEqualTo("PICKED_UP");
        assertThat(groupBuyStatus(westBuy.getId())).isEqualTo("COMPLETED");
    }

    private Product product(long supplierId, String name, long supplyFen) {
        var category = catalog.createCategory(new CategoryDetails(CatalogFixtures.unique("周期品类")));
        return catalog.createProduct(new ProductDetails(name, category.getId(), supplierId, "斤", null,
                Money.ofFen(supplyFen), Money.ofFen(supplyFen + 50), Money.ofFen(supplyFen * 3), null));
    }

    private long order(Neighbourhoods.Led leader, long groupBuyId, Map<Long, Integer> quantities) {
        var member = platform.member(leader.community(), "周期邻居");
        return orders.place(platform.id(member), new PlaceOrder(groupBuyId, quantities)).getId();
    }

    private String member(long orderId) {
        return jdbc.sql("select u.username from orders o join users u on u.id = o.member_id where o.id = :id")
                .param("id", orderId).query(String.class).single();
    }

    private long purchaseOrderOf(long supplierId) {
        return jdbc.sql("select id from purchase_orders where supplier_id = :id").param("id", supplierId)
                .query(Long.class).single();
    }

    private long delivery(long purchaseOrderId, Neighbourhoods.Led leader) {
        return jdbc.sql("select id from deliveries where purchase_order_id = :po and community_id = :community")
                .param("po", purchaseOrderId).param("community", leader.community().getId()).query(Long.class).single();
    }

    private long lineOf(long deliveryId, long itemId) {
        return jdbc.sql("select id from delivery_lines where delivery_id = :delivery and group_buy_item_id = :item")
                .param("delivery", deliveryId).param("item", itemId).query(Long.class).single();
    }

    private int shortOf(long orderId, long itemId) {
        return jdbc.sql("select short_quantity from order_lines where order_id = :order and item_id = :item")
                .param("order", orderId).param("item", itemId).query(Integer.class).single();
    }

    private String code(long orderId) {
        return jdbc.sql("select pickup_code from orders where id = :id").param("id", orderId).query(String.class).single();
    }

    private String status(long orderId) {
        return jdbc.sql("select status from orders where id = :id").param("id", orderId).query(String.class).single();
    }

    private String groupBuyStatus(long groupBuyId) {
        return jdbc.sql("select status from group_buys where id = :id").param("id", groupBuyId).query(String.class)
                .single();
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param(id instanceof List<?> ? "ids" : "id", id).query(Long.class).single();
    }
}
