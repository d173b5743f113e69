package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.ItemRequest;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.notification.NotificationKind;
import com.linli.domain.notification.NotificationService;
import com.linli.domain.order.CutoffPassed;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.Money;

/** 截单 on real PostgreSQL: thresholds, tiers, pickup codes, notifications, and exactly once. */
@LinliIntegrationTest
class CutoffIntegrationTests {

    @Autowired
    Platform platform;

    @Autowired
    OrderService orders;

    @Autowired
    CutoffService cutoff;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void eachItemSucceedsOrFailsByItselfAndTheTierReachedIsCharged() {
        var leader = platform.leader();
        var eggs = new ItemRequest(platform.product("土鸡蛋").getId(), Money.ofFen(2600), 4, null, null,
                List.of(new PriceTier(5, Money.ofFen(2400))));
        var fish = Platform.item(platform.product("鲈鱼"), 2100, 3, null, null);
        var groupBuy = platform.open(leader, eggs, fish);
        long eggsId = groupBuy.getItems().get(0).getId();
        long fishId = groupBuy.getItems().get(1).getId();
        var both = place(platform.member(leader.community(), "甲"), groupBuy.getId(), Map.of(eggsId, 3, fishId, 2));
        var eggsOnly = place(platform.member(leader.community(), "乙"), groupBuy.getId(), Map.of(eggsId, 2));
        var fishOnly = place(platform.member(leader.community(), "丙"), groupBuy.getId(), Map.of(fishId, 1));

        assertThat(cutoff.close(groupBuy.getId())).isTrue();

        // eggs: 5 ≥ 4 and the 5-unit tier; fish: 3 ≥ 3 exactly
        var bothAfter = orders.mine(both.getMemberId(), both.getId());
        assertThat(bothAfter.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(bothAfter.getTotal()).isEqualTo(Money.ofFen(3 * 2400 + 2 * 2100));
        assertThat(orders.mine(eggsOnly.getMemberId(), eggsOnly.getId()).getTotal()).isEqualTo(Money.ofFen(2 * 2400));
        var codes = List.of(bothAfter.getPickupCode(), orders.mine(eggsOnly.getMemberId(), eggsOnly.getId()).getPickupCode(),
                orders.mine(fishOnly.getMemberId(), fishOnly.getId()).getPickupCode());
        assertThat(codes).allMatch(code -> code.matches("\\d{6}")).doesNotHaveDuplicates();
        assertThat(notifications.latest(both.getMemberId())).singleElement()
                .satisfies(n -> assertThat(n.getKind()).isEqualTo(NotificationKind.ORDER_CONFIRMED));
    }

    @Test
    void oneShortOfTheThresholdVoidsThoseLinesAndTellsTheMembers() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("牛腩"), 3600, 3, null, null),
                Platform.item(platform.product("挂面"), 790, 1, null, null));
        long beefId = groupBuy.getItems().get(0).getId();
        long noodlesId = groupBuy.getItems().get(1).getId();
        var partly = place(platform.member(leader.community(), "丁"), groupBuy.getId(), Map.of(beefId, 2, noodlesId, 1));

        cutoff.close(groupBuy.getId());

        var after = orders.mine(partly.getMemberId(), partly.getId());
        assertThat(after.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(after.getTotal()).isEqualTo(Money.ofFen(790));
        assertThat(notifications.latest(partly.getMemberId())).singleElement()
                .satisfies(n -> assertThat(n.getKind()).isEqualTo(NotificationKind.ORDER_PARTLY_CONFIRMED));
        assertThatThrownBy(() -> place(platform.member(leader.community(), "己"), groupBuy.getId(),
                Map.of(noodlesId, 1))).isInstanceOf(CutoffPassed.class);
    }

    @Test
    void anOrderWhoseEveryLineFailedIsVoidedWithNoPickupCode() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("基围虾"), 4300, 10, null, null));
        var order = place(platform.member(leader.community(), "庚"), groupBuy.getId(),
                Map.of(groupBuy.getItems().get(0).getId(), 9));

        cutoff.close(groupBuy.getId());

        var after = orders.mine(order.getMemberId(), order.getId());
        assertThat(after.getStatus()).isEqualTo(OrderStatus.VOIDED);
        assertThat(after.getPickupCode()).isNull();
        assertThat(after.getTotal()).isEqualTo(Money.ZERO);
        assertThat(notifications.latest(order.getMemberId())).singleElement()
                .satisfies(n -> assertThat(n.getKind()).isEqualTo(NotificationKind.ORDER_VOIDED));
    }

    @Test
    void twoConcurrentClosesCloseOnce() throws Exception {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("花甲"), 850, 1, null, null));
        var order = place(platform.member(leader.community(), "辛"), groupBuy.getId(),
                Map.of(groupBuy.getItems().get(0).getId(), 2));
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        Callable<Boolean> close = () -> {
            start.await();
            return cutoff.close(groupBuy.getId());
        };
        var first = executor.submit(close);
        var second = executor.submit(close);
        start.countDown();

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        executor.shutdown();
        assertThat(jdbc.sql("select count(*) from order_transitions where order_id = :id and to_status = 'CONFIRMED'")
                .param("id", order.getId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(notifications.latest(order.getMemberId())).hasSize(1);
    }

    @Test
    void aLeadersCloseDecidesManyOrdersInAFewStatementsWhateverTheirNumber() {
        var leader = platform.leader();
        var eggs = new ItemRequest(platform.product("土鸡蛋").getId(), Money.ofFen(2600), 4, null, null,
                List.of(new PriceTier(20, Money.ofFen(2400))));
        var fish = Platform.item(platform.product("鲈鱼"), 2100, 1000, null, null);
        var groupBuy = platform.open(leader, eggs, fish);
        long eggsId = groupBuy.getItems().get(0).getId();
        long fishId = groupBuy.getItems().get(1).getId();
        for (int i = 0; i < 40; i++) {
            // 0–29 eggs, every even one of them and 30–39 fish too; fish miss their threshold
            var quantities = i >= 30 ? Map.of(fishId, 1) : i % 2 == 0 ? Map.of(eggsId, 1, fishId, 1) : Map.of(eggsId, 1);
            place(platform.member(leader.community(), "邻居"), groupBuy.getId(), quantities);
        }
        var visitor = new HttpVisitor(port, "zh-CN").logIn(leader.leader(), Accounts.PASSWORD);
        visitor.get("/leader/group-buys/" + groupBuy.getId());

        // the session, security, the group-buy and the purchase orders gathered after it take most; its 40
        // orders a handful, not some per order (one at a time, they took over 200)
        assertThat(visitor.statementsForPost("/leader/group-buys/" + groupBuy.getId() + "/close", Map.of()))
                .isLessThanOrEqualTo(30);

        assertThat(count("select count(distinct pickup_code) from orders where group_buy_id = :id "
                + "and status = 'CONFIRMED' and pickup_code ~ '^[0-9]{6}$'", groupBuy.getId())).isEqualTo(30);
        assertThat(count("select count(*) from orders where group_buy_id = :id and status = 'VOIDED' "
                + "and pickup_code is null", groupBuy.getId())).isEqualTo(10);
        assertThat(count("select count(*) from order_lines l join orders o on o.id = l.order_id where o.group_buy_id = :id "
                + "and l.status = 'ACTIVE' and l.final_unit_price = 2400", groupBuy.getId())).isEqualTo(30);
        assertThat(count("select count(*) from order_lines l join orders o on o.id = l.order_id where o.group_buy_id = :id "
                + "and l.status = 'VOIDED' and l.final_unit_price is null", groupBuy.getId())).isEqualTo(25);
        assertThat(count("select count(*) from order_transitions t join orders o on o.id = t.order_id "
                + "where o.group_buy_id = :id and t.to_status = o.status and t.actor_id is null", groupBuy.getId()))
                .isEqualTo(40);
        assertThat(jdbc.sql("select kind, count(*) from notifications where group_buy_id = :id group by kind order by kind")
                .param("id", groupBuy.getId()).query((row, n) -> row.getString(1) + "×" + row.getInt(2)).list())
                .containsExactly("ORDER_CONFIRMED×15", "ORDER_PARTLY_CONFIRMED×15", "ORDER_VOIDED×10");
    }

    private int count(String sql, long groupBuyId) {
        return jdbc.sql(sql).param("id", groupBuyId).query(Integer.class).single();
    }

    private Order place(String member, long groupBuyId, Map<Long, Integer> quantities) {
        return orders.place(platform.id(member), new PlaceOrder(groupBuyId, quantities));
    }
}
