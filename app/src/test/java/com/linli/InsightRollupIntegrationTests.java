package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.community.CommunityService;
import com.linli.domain.community.LeaveCommunity;
import com.linli.domain.fulfilment.DeliveryService;
import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.insight.Figures;
import com.linli.domain.insight.InsightService;
import com.linli.domain.insight.Period;
import com.linli.domain.insight.Scope;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;

/**
 * The rollups against a full recount: a random history through the real services over several days in
 * China (members joining and leaving, orders placed, changed and cancelled on both sides of midnight,
 * cutoffs with failed items, deliveries signed short, pickups, refunds, orders still open at the end),
 * then every figure of the dashboards equals what {@link InsightRecount} adds up from the tables directly,
 * for everything, for the city and for each community.
 */
@LinliIntegrationTest
class InsightRollupIntegrationTests {

    static final int DAYS = 3;

    @Autowired
    Platform platform;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Autowired
    CatalogService catalog;

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
    AfterSaleService afterSale;

    @Autowired
    InsightService insight;

    @Autowired
    CommunityService communities;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFigureFromTheRollupsEqualsAFullRecountAfterARandomHistory() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        var first = LocalDate.now(BusinessTime.ZONE).minusMonths(20).withDayOfMonth(3);
        moveTo(first.atTime(8, 0));
        var city = Neighbourhoods.newCity();
        var leaders = List.of(neighbourhoods.ledCommunity("汇总甲小区", city), neighbourhoods.ledCommunity("汇总乙小区", city));
        var members = new HashMap<Neighbourhoods.Led, List<String>>();
        leaders.forEach(led -> members.put(led, new ArrayList<>(List.of(
                platform.member(led.community(), "汇总一"), platform.member(led.community(), "汇总二"),
                platform.member(led.community(), "汇总三"), platform.member(led.community(), "汇总四"),
                platform.member(led.community(), "汇总五")))));

        for (int day = 0; day < DAYS; day++) {
            var date = first.plusDays(day);
            moveTo(date.atTime(9, 0));
            var sales = new ArrayList<GroupBuy>();
            for (var led : leaders) {
                var product = platform.product("汇总橙" + day);
                var sibling = catalog.createProduct(new ProductDetails("汇总柚" + day, product.getCategoryId(),
                        product.getSupplierId(), "份", null, Money.ofFen(400), Money.ofFen(500), Money.ofFen(5000), null));
                sales.add(platform.open(led, Platform.item(product, 500 + random.nextInt(1500), 1 + random.nextInt(4), null, null),
                        Platform.item(sibling, 500 + random.nextInt(1500), 1 + random.nextInt(6), null, null)));
            }
            // orders on both sides of midnight in China, some changed or cancelled
            for (var at : List.of(date.atTime(12, 0), date.atTime(23, 59, 30), date.plusDays(1).atTime(0, 0, 30))) {
                moveTo(at);
                for (int i = 0; i < sales.size(); i++) {
                    shop(random, sales.get(i), members.get(leaders.get(i)));
                }
            }
            moveTo(date.plusDays(1).atTime(7, 0));
            sales.forEach(sale -> cutoff.close(sale.getId()));
            deliver(random, leaders, sales);
            pickUpAndRefund(random, leaders, sales);
            // someone joins, someone who ordered leaves
            for (var led : leaders) {
                members.get(led).add(platform.member(led.community(), "汇总新" + day));
                if (random.nextBoolean()) {
                    var leaving = members.get(led).remove(random.nextInt(members.get(led).size() - 1));
                    communities.leave(new LeaveCommunity(led.community().getId(), platform.id(leaving)));
                }
            }
        }
        // the last day's orders of group-buys still open: counted live
        moveTo(first.plusDays(DAYS).atTime(9, 0));
        for (var led : leaders) {
            var open = platform.open(led, Platform.item(platform.product("汇总梨"), 900, 1, null, null));
            shop(random, open, members.get(led));
            shop(random, open, members.get(led));
            // a newcomer's first order, cancelled: they bought nothing
            var newcomer = platform.id(platform.member(led.community(), "汇总悔"));
            orders.cancel(newcomer, orders.place(newcomer,
                    new PlaceOrder(open.getId(), Map.of(open.getItems().get(0).getId(), 1))).getId());
        }

        var to = first.plusDays(DAYS + 1);
        var period = new Period(Period.CUSTOM, first, to.minusDays(1));
        var recount = new InsightRecount(jdbc, city, first, to);
        var dashboard = insight.adminDashboard(period, new Scope(city, null));
        var totals = recount.totals(null);
        var because = "seed " + seed;
        assertThat(dashboard.figures().gmv()).as(because).isEqualTo(Money.ofFen(totals[0]));
        assertThat(dashboard.figures().orders()).as(because).isEqualTo(totals[1]);
        assertThat(dashboard.figures().shortOrders()).as(because).isEqualTo(totals[2]);
        assertThat(dashboard.figures().shortages()).as(because).isEqualTo(Money.ofFen(totals[3]));
        assertThat(dashboard.days().stream().filter(day -> day.orders() > 0).toList()).as(because)
                .isEqualTo(recount.days(null));
        assertThat(dashboard.communities()).as(because).isEqualTo(recount.communities(10));
        assertThat(dashboard.leaders()).as(because).isEqualTo(recount.leaders(10));
        assertThat(dashboard.products()).as(because).isEqualTo(recount.products(null, 10));
        assertThat(dashboard.categories()).as(because).isEqualTo(recount.categories(100));

        assertThat(figuresBesidesSales(dashboard.figures())).as(because).containsExactly(recount.others(null));
        var everything = insight.adminDashboard(period, Scope.EVERYTHING);
        var all = new InsightRecount(jdbc, null, first, to);
        assertThat(figuresBesidesSales(everything.figures())).as(because).containsExactly(all.others(null));
        assertThat(everything.products()).as(because).isEqualTo(all.products(null, 10));
        assertThat(everything.categories()).as(because).isEqualTo(all.categories(100));

        for (var led : leaders) {
            var community = led.community().getId();
            var one = insight.adminDashboard(period, Scope.community(community));
            var itsTotals = recount.totals(community);
            assertThat(one.figures().gmv()).as(because).isEqualTo(Money.ofFen(itsTotals[0]));
            assertThat(one.figures().orders()).as(because).isEqualTo(itsTotals[1]);
            assertThat(one.figures().shortages()).as(because).isEqualTo(Money.ofFen(itsTotals[3]));
            assertThat(figuresBesidesSales(one.figures())).as(because).containsExactly(recount.others(community));
            assertThat(one.days().stream().filter(day -> day.orders() > 0).toList()).as(because)
                    .isEqualTo(recount.days(community));

            // the leader's month: the clock's month holds the whole history
            moveTo(first.plusDays(DAYS).atTime(20, 0));
            var month = new InsightRecount(jdbc, city, first.withDayOfMonth(1), first.plusDays(DAYS + 1));
            var leaderDashboard = insight.leaderDashboard(led.leaderId(), new PageQuery(0, 20));
            assertThat(leaderDashboard.gmv()).as(because).isEqualTo(Money.ofFen(month.totals(community)[0]));
            assertThat(leaderDashboard.orders()).as(because).isEqualTo(month.totals(community)[1]);
            assertThat(leaderDashboard.products()).as(because).isEqualTo(month.products(community, 5));
            var theirs = leaderDashboard.members();
            assertThat(new long[] {theirs.active(), theirs.buyers30(), theirs.repeatBuyers30()}).as(because)
                    .containsExactly(Arrays.copyOf(month.others(community), 3));
        }
    }

    @Test
    void aNewcomersFirstOrdersPlacedAtOnceAreOneBuyer() {
        var led = neighbourhoods.ledCommunity("汇总丙小区", Neighbourhoods.newCity());
        var newcomer = platform.id(platform.member(led.community(), "汇总双开"));
        var sales = List.of(platform.open(led, Platform.item(platform.product("汇总桃"), 900, 1, null, null)),
                platform.open(led, Platform.item(platform.product("汇总李"), 900, 1, null, null)));

        // both first orders number the newcomer: one of them waits for the other's number
        AtOnce.send(2, i -> orders.place(newcomer, new PlaceOrder(sales.get(i).getId(),
                Map.of(sales.get(i).getItems().get(0).getId(), 1))));

        assertThat(jdbc.sql("select count(*), count(distinct b.number) from insight_open_orders b "
                        + "join orders o on o.id = b.order_id where o.member_id = :member")
                .param("member", newcomer).query((row, number) -> List.of(row.getLong(1), row.getLong(2))).single())
                .containsExactly(2L, 1L);
    }

    private static long[] figuresBesidesSales(Figures figures) {
        return new long[] {figures.activeMembers(), figures.buyers30(), figures.repeatBuyers30(), figures.newMembers(),
                figures.members(), figures.accrued().fen(), figures.itemsSucceeded(), figures.itemsDecided()};
    }

    /** Each member may order, then change or cancel what they hold. */
    private void shop(Random random, GroupBuy sale, List<String> members) {
        var items = sale.getItems().stream().map(item -> item.getId()).toList();
        for (var member : members) {
            var memberId = platform.id(member);
            var current = jdbc.sql("select id from orders where group_buy_id = :sale and member_id = :member and status = 'PLACED'")
                    .param("sale", sale.getId()).param("member", memberId).query(Long.class).optional();
            int choice = random.nextInt(4);
            if (current.isEmpty() && choice < 2) {
                orders.place(memberId, new PlaceOrder(sale.getId(), quantities(random, items)));
            } else if (current.isPresent() && choice == 2) {
                orders.change(memberId, current.get(), quantities(random, items));
            } else if (current.isPresent() && choice == 3) {
                orders.cancel(memberId, current.get());
            }
        }
    }

    private static Map<Long, Integer> quantities(Random random, List<Long> items) {
        var quantities = new HashMap<Long, Integer>();
        items.forEach(item -> quantities.put(item, random.nextInt(3)));
        if (quantities.values().stream().allMatch(quantity -> quantity == 0)) {
            quantities.put(items.get(0), 1);
        }
        return quantities;
    }

    /** Every purchase order sent and shipped; each pickup point signs, sometimes short of any number of units. */
    private void deliver(Random random, List<Neighbourhoods.Led> leaders, List<GroupBuy> sales) {
        var admin = platform.id("admin");
        var purchaseOrderIds = jdbc.sql("select distinct purchase_order_id from purchase_order_lines where group_buy_id in (:sales)")
                .param("sales", sales.stream().map(GroupBuy::getId).toList()).query(Long.class).list();
        for (var purchaseOrderId : purchaseOrderIds) {
            purchaseOrders.send(admin, purchaseOrderId);
            purchaseOrders.ship(admin, purchaseOrderId, clock.instant().plus(Duration.ofHours(2)));
            var signed = jdbc.sql("select id, community_id from deliveries where purchase_order_id = :po")
                    .param("po", purchaseOrderId).query((row, number) -> new long[] {row.getLong(1), row.getLong(2)}).list();
            for (var delivery : signed) {
                var received = new HashMap<Long, Integer>();
                jdbc.sql("select id, shipped from delivery_lines where delivery_id = :delivery").param("delivery", delivery[0])
                        .query((row, number) -> new long[] {row.getLong(1), row.getLong(2)}).list()
                        .forEach(line -> {
                            if (random.nextBoolean()) {
                                received.put(line[0], random.nextInt((int) line[1] + 1));
                            }
                        });
                var leader = leaders.stream().filter(led -> led.community().getId() == delivery[1]).findFirst().orElseThrow();
                deliveries.sign(leader.leaderId(), delivery[0], received);
            }
        }
    }

    /** Some ready orders collected, and some collected lines refunded in part. */
    private void pickUpAndRefund(Random random, List<Neighbourhoods.Led> leaders, List<GroupBuy> sales) {
        for (int i = 0; i < sales.size(); i++) {
            var led = leaders.get(i);
            var ready = jdbc.sql("select id, member_id, pickup_code from orders where group_buy_id = :sale and status = 'READY_FOR_PICKUP'")
                    .param("sale", sales.get(i).getId())
                    .query((row, number) -> new Object[] {row.getLong(1), row.getLong(2), row.getString(3)}).list();
            for (var order : ready) {
                if (random.nextInt(3) > 0) {
                    pickups.handOver(led.leaderId(), (String) order[2]);
                    var line = jdbc.sql("select id, quantity - short_quantity from order_lines where order_id = :order "
                                    + "and status = 'ACTIVE' and quantity > short_quantity order by id limit 1")
                            .param("order", order[0]).query((row, number) -> new long[] {row.getLong(1), row.getLong(2)}).single();
                    if (random.nextBoolean()) {
                        var request = afterSale.request((long) order[1], (long) order[0], line[0],
                                1 + random.nextInt((int) line[1]), "坏了", null);
                        afterSale.approveAsLeader(led.leaderId(), request.getId(), "同意");
                    }
                }
            }
        }
    }

    private void moveTo(LocalDateTime beijing) {
        clock.advance(Duration.between(clock.instant(), beijing.atZone(BusinessTime.ZONE).toInstant()));
    }
}
