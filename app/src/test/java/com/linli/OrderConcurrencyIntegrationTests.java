package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.order.LimitExceeded;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.order.SoldOut;
import com.linli.domain.shared.DomainException;

/**
 * Hot group-buys: many members in the same second, each request its own transaction, real PostgreSQL;
 * and one member's own requests crossing each other over real HTTP.
 */
@LinliIntegrationTest
class OrderConcurrencyIntegrationTests {

    @Autowired
    Platform platform;

    @Autowired
    OrderService orders;

    @Autowired
    CommunityService communities;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void twoHundredMembersNeverOversellFiftyAndNobodyExceedsTheLimit() throws Exception {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("爆款丑橘"), 990, 1, 50, 2));
        long itemId = groupBuy.getItems().get(0).getId();
        var members = members(leader, 200);

        var outcomes = race(members.size(), i -> orders.place(members.get(i),
                new PlaceOrder(groupBuy.getId(), Map.of(itemId, 1 + i % 3))));

        assertThat(outcomes.keySet()).containsOnly("placed", SoldOut.class.getSimpleName(),
                LimitExceeded.class.getSimpleName());
        assertThat(sold(itemId)).isEqualTo(50);
        assertThat(activeQuantity(itemId)).isEqualTo(50);
        assertThat(jdbc.sql("select max(l.quantity) from order_lines l where l.item_id = :item")
                .param("item", itemId).query(Integer.class).single()).isLessThanOrEqualTo(2);
        assertThat(outcomes.get(LimitExceeded.class.getSimpleName())).isGreaterThan(0);
        assertThat(outcomes.get(SoldOut.class.getSimpleName())).isGreaterThan(0);
    }

    /**
     * Everyone ordering a hot item waits for the lock on its row, which the stock update takes and the
     * commit releases: the order is written before it, so the lock is held for the update alone. Within
     * a transaction each statement has its own command id (cmin), in the order they ran.
     */
    @Test
    void theStockIsTakenAfterTheOrderIsWrittenSoAHotItemStaysLockedBriefly() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("秒杀大米"), 990, 1, 100, null));
        long itemId = groupBuy.getItems().get(0).getId();

        var order = orders.place(members(leader, 1).get(0), new PlaceOrder(groupBuy.getId(), Map.of(itemId, 1)));

        assertThat(jdbc.sql("""
                        select i.xmin::text = o.xmin::text
                           and i.cmin::text::int > (select max(c) from (
                                   select cmin::text::int as c from orders where id = :order
                                   union all select cmin::text::int from order_lines where order_id = :order
                                   union all select cmin::text::int from order_transitions where order_id = :order) written)
                        from group_buy_items i, orders o where i.id = :item and o.id = :order""")
                .param("item", itemId).param("order", order.getId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void mixedPlacesChangesAndCancelsKeepEveryCounterEqualToItsOrderLines() throws Exception {
        var leader = platform.leader();
        var groupBuy = platform.open(leader,
                Platform.item(platform.product("土鸡蛋"), 2600, 1, 40, 3),
                Platform.item(platform.product("五花肉"), 1650, 1, 30, null),
                Platform.item(platform.product("挂面"), 790, 1, null, 5));
        var itemIds = groupBuy.getItems().stream().map(item -> item.getId()).toList();
        var members = members(leader, 60);

        race(members.size() * 3, i -> {
            var member = members.get(i % members.size());
            var current = orders.current(member, groupBuy.getId());
            var random = ThreadLocalRandom.current();
            if (current == null) {
                orders.place(member, new PlaceOrder(groupBuy.getId(), randomQuantities(itemIds, random)));
            } else if (random.nextInt(4) == 0) {
                orders.cancel(member, current.getId());
            } else {
                orders.change(member, current.getId(), randomQuantities(itemIds, random));
            }
        });

        for (var item : groupBuy.getItems()) {
            assertThat(sold(item.getId())).as(item.getProductName()).isEqualTo(activeQuantity(item.getId()));
            if (item.getStockLimit() != null) {
                assertThat(sold(item.getId())).isLessThanOrEqualTo(item.getStockLimit());
            }
        }
        assertThat(jdbc.sql("""
                        select count(*) from (select member_id from orders where group_buy_id = :gb and status <> 'CANCELLED'
                        group by member_id having count(*) > 1) twice""")
                .param("gb", groupBuy.getId()).query(Integer.class).single()).isZero();
    }

    @Test
    void doubleTapOnTheOrderFormInOneSessionAnswersBothTaps() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("双击橙"), 990, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var member = platform.member(leader.community(), "邻居双击");
        orders.place(platform.id(member), new PlaceOrder(groupBuy.getId(), Map.of(itemId, 1)));
        var phone = new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD);

        for (int round = 0; round < 10; round++) {
            phone.get("/group-buys/" + groupBuy.getId()); // shows, and so drops, the last round's flash message
            var answers = AtOnce.send(2, tap -> phone.post("/group-buys/" + groupBuy.getId() + "/order",
                    Map.of("quantities[" + itemId + "]", String.valueOf(1 + tap))));

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        }
        assertThat(phone.get("/group-buys/" + groupBuy.getId()).body()).contains("订单已修改。");
    }

    @Test
    void reorderingWhileTheOwnCancelIsInFlightPlacesOrChangesButIsNeverToldTheOrderIsCancelled() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("撤单梨"), 990, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var members = new ArrayList<Long>();
        var phones = new ArrayList<HttpVisitor>();
        var laptops = new ArrayList<HttpVisitor>();
        for (int i = 0; i < 6; i++) {
            var member = platform.member(leader.community(), "邻居" + i);
            members.add(platform.id(member));
            phones.add(new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD));
            laptops.add(new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD));
        }
        phones.forEach(phone -> phone.get("/group-buys/" + groupBuy.getId()));
        laptops.forEach(laptop -> laptop.get("/group-buys/" + groupBuy.getId()));

        for (int round = 0; round < 5; round++) {
            var placed = members.stream().map(member -> orders.place(member,
                    new PlaceOrder(groupBuy.getId(), Map.of(itemId, 1))).getId()).toList();

            var answers = AtOnce.send(members.size() * 2, i -> i % 2 == 0
                    ? phones.get(i / 2).post("/orders/" + placed.get(i / 2) + "/cancel", Map.of())
                    : laptops.get(i / 2).post("/group-buys/" + groupBuy.getId() + "/order",
                            Map.of("quantities[" + itemId + "]", "2")));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode())
                    .as(answer.body()).isEqualTo(302));
            assertThat(sold(itemId)).isEqualTo(activeQuantity(itemId));
            members.forEach(member -> {
                var live = orders.current(member, groupBuy.getId());
                if (live != null) {
                    orders.cancel(member, live.getId());
                }
            });
        }
    }

    private static Map<Long, Integer> randomQuantities(List<Long> itemIds, ThreadLocalRandom random) {
        return Map.of(itemIds.get(0), random.nextInt(0, 4), itemIds.get(1), random.nextInt(0, 4),
                itemIds.get(2), 1 + random.nextInt(0, 5));
    }

    /** Members inserted directly: hashing hundreds of passwords would only slow the test down. */
    private List<Long> members(Neighbourhoods.Led leader, int count) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            long id = jdbc.sql("select nextval('users_seq')").query(Long.class).single();
            jdbc.sql("insert into users (id, username, display_name, phone, password_hash, created_at, updated_at) "
                            + "values (:id, :name, '邻居', '13800000000', '{noop}x', now(), now())")
                    .param("id", id).param("name", "crowd" + id).update();
            jdbc.sql("insert into user_roles (user_id, role) values (:id, 'MEMBER')").param("id", id).update();
            communities.join(new JoinCommunity(leader.community().getId(), id, null));
            ids.add(id);
        }
        return ids;
    }

    interface Attempt {
        void run(int i);
    }

    /** Runs the attempts from 32 threads released at once; counts outcomes by rejection type. */
    private static Map<String, Integer> race(int attempts, Attempt attempt) throws Exception {
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(32);
        var outcomes = new ConcurrentHashMap<String, Integer>();
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            Callable<Void> task = () -> {
                start.await();
                try {
                    attempt.run(n);
                    outcomes.merge("placed", 1, Integer::sum);
                } catch (DomainException e) {
                    outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                }
                return null;
            };
            futures.add(executor.submit(task));
        }
        start.countDown();
        for (var future : futures) {
            future.get();
        }
        executor.shutdown();
        return outcomes;
    }

    private int sold(long itemId) {
        return jdbc.sql("select sold from group_buy_items where id = :id").param("id", itemId).query(Integer.class)
                .single();
    }

    private int activeQuantity(long itemId) {
        return jdbc.sql("""
                        select coalesce(sum(l.quantity), 0) from order_lines l join orders o on o.id = l.order_id
                        where l.item_id = :id and o.status <> 'CANCELLED' and l.status = 'ACTIVE'""")
                .param("id", itemId).query(Integer.class).single();
    }
}
