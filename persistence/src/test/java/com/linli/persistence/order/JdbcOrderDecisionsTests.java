package com.linli.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.order.OrderDecisions;
import com.linli.domain.order.OrdersDecided;
import com.linli.domain.shared.Money;
import com.linli.persistence.shared.SqlBesideJpa;
import com.linli.persistence.testsupport.LockProbe;
import com.linli.persistence.testsupport.Rows;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

/** The cutoff's statements on real PostgreSQL: lines, tiers, voided orders, random unique pickup codes. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({TestDatabaseConfiguration.class, JdbcOrderDecisions.class, SqlBesideJpa.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcOrderDecisionsTests {

    private static final int ORDERS = 300;

    @Autowired
    OrderDecisions decisions;

    @Autowired
    GroupBuys groupBuys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void threeHundredOrdersAreDecidedByTheirItemsWithDistinctCodesBesideThoseOfThePickupPoint() {
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var rows = new Rows(jdbc);
        long community = rows.community();
        // apples succeed at the group price, eggs reach their tier, fish miss their threshold
        var groupBuy = rows.openGroupBuy(groupBuys, community, now, rows.item(1, List.of()),
                rows.item(10, List.of(new PriceTier(50, Money.ofFen(1800)))), rows.item(100_000, List.of()));
        long apples = groupBuy.getItems().get(0).getId();
        long eggs = groupBuy.getItems().get(1).getId();
        long fish = groupBuy.getItems().get(2).getId();
        // a code already held at the pickup point by an order of another group-buy
        var held = placeOrders(rows, rows.openGroupBuy(groupBuys, community, now, rows.item(1, List.of())), 1, Map.of());
        jdbc.sql("update orders set status = 'CONFIRMED', pickup_code = '123456' where id = :id").param("id", held)
                .update();
        // orders 0–249 take apples, 0–199 eggs; every third and 250–299 take fish (250–299 nothing else)
        long first = placeOrders(rows, groupBuy, ORDERS, Map.of(apples, 250, eggs, 200, fish, 0));

        var decided = new TransactionTemplate(transactions).execute(status -> close(groupBuy, now));

        assertThat(decided.partlyConfirmed()).hasSize(84);
        assertThat(decided.confirmed()).hasSize(250 - 84);
        assertThat(decided.voided()).hasSize(50).allMatch(id -> id >= first + 250);
        assertThat(count("select count(*) from orders where group_buy_id = :gb and status = 'CONFIRMED' "
                + "and pickup_code ~ '^[0-9]{6}$' and pickup_code <> '123456'", groupBuy)).isEqualTo(250);
        assertThat(count("select count(distinct pickup_code) from orders where group_buy_id = :gb", groupBuy))
                .isEqualTo(250);
        assertThat(count("select count(*) from orders where group_buy_id = :gb and status = 'VOIDED' "
                + "and pickup_code is null", groupBuy)).isEqualTo(50);
        assertThat(jdbc.sql("""
                        select l.item_id, l.status, l.final_unit_price, count(*) from order_lines l
                        join orders o on o.id = l.order_id where o.group_buy_id = :gb
                        group by 1, 2, 3 order by 1""").param("gb", groupBuy.getId())
                .query((row, n) -> List.of(row.getLong(1), row.getString(2), row.getObject(3) == null ? "-"
                        : row.getLong(3), row.getInt(4))).list())
                .containsExactly(List.of(apples, "ACTIVE", 2000L, 250), List.of(eggs, "ACTIVE", 1800L, 200),
                        List.of(fish, "VOIDED", "-", 134));
        assertThat(count("select count(*) from order_transitions t join orders o on o.id = t.order_id "
                + "where o.group_buy_id = :gb and t.from_status = 'PLACED' and t.to_status = o.status "
                + "and t.actor_id is null and t.at = o.updated_at", groupBuy)).isEqualTo(ORDERS);
    }

    @Test
    void twoCutoffsAtOnePickupPointTakeTurnsDrawingCodesSoNoCodeIsDrawnTwice() {
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var rows = new Rows(jdbc);
        long community = rows.community();
        var first = rows.openGroupBuy(groupBuys, community, now, rows.item(1, List.of()));
        var second = rows.openGroupBuy(groupBuys, community, now, rows.item(1, List.of()));
        placeOrders(rows, first, 100, Map.of(first.getItems().get(0).getId(), 100));
        placeOrders(rows, second, 100, Map.of(second.getItems().get(0).getId(), 100));

        var decided = new LockProbe(transactions, jdbc).secondWaitsForFirst(() -> close(first, now),
                () -> close(second, now));

        assertThat(decided.confirmed()).hasSize(100);
        assertThat(jdbc.sql("select count(distinct pickup_code) from orders where community_id = :community "
                + "and status = 'CONFIRMED'").param("community", community).query(Integer.class).single())
                .isEqualTo(200);
    }

    @Test
    void aGroupBuyWithoutPlacedOrdersDecidesNothing() {
        var now = Instant.now();
        var rows = new Rows(jdbc);
        long community = rows.community();
        var groupBuy = rows.openGroupBuy(groupBuys, community, now, rows.item(1, List.of()));

        OrdersDecided decided = new TransactionTemplate(transactions)
                .execute(status -> decisions.decide(groupBuy.getId(), community, now));

        assertThat(decided).isEqualTo(new OrdersDecided(groupBuy.getId(), List.of(), List.of(), List.of()));
    }

    /**
     * {@code n} orders of new members: order k takes one unit of each item whose count is above k, and
     * of the item at count 0 when k is a multiple of three or past every other item; no lines without counts.
     *
     * @return the id of the first order (they are consecutive)
     */
    private long placeOrders(Rows rows, GroupBuy groupBuy, int n, Map<Long, Integer> counts) {
        long first = rows.next("orders_seq") * 1000;
        for (int k = 0; k < n; k++) {
            long member = rows.member();
            jdbc.sql("""
                            insert into orders (id, group_buy_id, community_id, member_id, status, payment_status,
                                                placed_at, updated_at, version)
                            values (:id, :gb, :community, :member, 'PLACED', 'UNPAID', now(), now(), 0)""")
                    .param("id", first + k).param("gb", groupBuy.getId()).param("community", groupBuy.getCommunityId())
                    .param("member", member).update();
        }
        int others = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (var item : groupBuy.getItems()) {
            Integer count = counts.get(item.getId());
            if (count == null) {
                continue;
            }
            jdbc.sql("""
                            insert into order_lines (id, order_id, community_id, item_id, product_name, unit, quantity,
                                                     unit_price, status)
                            select (o.id - :first) * 4 + :j + :first * 4, o.id, o.community_id, :item, 'x', '份', 1, 2000,
                                   'ACTIVE'
                            from orders o
                            where o.id between :first and :last
                              and (case when :count = 0 then (o.id - :first) % 3 = 0 or o.id - :first >= :others
                                        else o.id - :first < :count end)""")
                    .param("first", first).param("last", first + n - 1).param("j", groupBuy.getItems().indexOf(item))
                    .param("item", item.getId()).param("count", count).param("others", others).update();
        }
        jdbc.sql("update group_buy_items i set sold = (select count(*) from order_lines l where l.item_id = i.id) "
                + "where group_buy_id = :gb").param("gb", groupBuy.getId()).update();
        return first;
    }

    /** The cutoff as {@code CutoffService} makes it, in the caller's transaction. */
    private OrdersDecided close(GroupBuy groupBuy, Instant now) {
        var locked = groupBuys.findForClosing(groupBuy.getId()).orElseThrow();
        locked.close(sold(groupBuy.getId()), now);
        groupBuys.save(locked);
        return decisions.decide(groupBuy.getId(), groupBuy.getCommunityId(), now);
    }

    private Map<Long, Integer> sold(long groupBuyId) {
        var sold = new HashMap<Long, Integer>();
        jdbc.sql("select id, sold from group_buy_items where group_buy_id = :gb").param("gb", groupBuyId)
                .query(row -> {
                    sold.put(row.getLong("id"), row.getInt("sold"));
                });
        return sold;
    }

    private int count(String sql, GroupBuy groupBuy) {
        return jdbc.sql(sql).param("gb", groupBuy.getId()).query(Integer.class).single();
    }
}
