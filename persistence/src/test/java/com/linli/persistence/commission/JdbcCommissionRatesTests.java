package com.linli.persistence.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

import com.linli.domain.commission.CommissionRates;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.groupbuy.ItemSpec;
import com.linli.domain.groupbuy.Supply;
import com.linli.domain.identity.User;
import com.linli.domain.identity.Users;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderLimits;
import com.linli.domain.order.Orders;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.persistence.shared.SqlBesideJpa;
import com.linli.persistence.testsupport.Rows;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

/**
 * The cutoff's one statement resolving every line's rule in precedence, on real PostgreSQL. Rules
 * here are in force around {@link #AT}, years away from anything another test makes.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({TestDatabaseConfiguration.class, JdbcCommissionRates.class, SqlBesideJpa.class})
class JdbcCommissionRatesTests {

    private static final Instant AT = Instant.parse("2040-06-01T04:00:00Z");

    @Autowired
    CommissionRates rates;

    @Autowired
    GroupBuys groupBuys;

    @Autowired
    Orders orders;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLineGetsTheRateOfTheFirstScopeInPrecedenceWithARuleInForceAtTheCutoff() {
        var rows = new Rows(jdbc);
        var leader = user("rate_leader_");
        var otherLeader = user("rate_other_");
        var products = List.of(rows.product(), rows.product(), rows.product(), rows.product());
        long a = products.get(0);
        long b = products.get(1);
        long c = products.get(2);
        long d = products.get(3);
        // a: product, category and supplier rules; b: category and supplier; c: supplier; d: only the leader's
        rule(CommissionScope.PRODUCT, a, 500);
        rule(CommissionScope.CATEGORY, categoryOf(a), 600);
        rule(CommissionScope.SUPPLIER, rows.supplierOf(a), 700);
        rule(CommissionScope.CATEGORY, categoryOf(b), 610);
        rule(CommissionScope.SUPPLIER, rows.supplierOf(b), 710);
        rule(CommissionScope.SUPPLIER, rows.supplierOf(c), 720);
        rule(CommissionScope.LEADER, leader.getId(), 800);
        rule(CommissionScope.DEFAULT, null, 900);
        // not in force at the cutoff: ended the day before, or starting the day after
        insert(CommissionScope.PRODUCT, d, 100, AT.minus(Duration.ofDays(30)), AT.minus(Duration.ofDays(1)));
        insert(CommissionScope.PRODUCT, c, 200, AT.plus(Duration.ofDays(1)), null);
        var groupBuy = published(leader, products);
        var line = lines(order(groupBuy, user("rate_member_")));
        // a catalog edit after publishing: the item keeps the supplier it was published with
        jdbc.sql("update products set supplier_id = :other where id = :c").param("other", rows.supplierOf(a))
                .param("c", c).update();

        assertThat(rates.freeze(groupBuy.getId(), AT)).isEqualTo(4);

        assertThat(rate(line.get(a))).isEqualTo(500);
        assertThat(rate(line.get(b))).isEqualTo(610);
        assertThat(rate(line.get(c))).isEqualTo(720);
        assertThat(rate(line.get(d))).isEqualTo(800);
        var elsewhere = published(otherLeader, List.of(d));
        var defaultLine = lines(order(elsewhere, user("rate_member_"))).get(d);
        rates.freeze(elsewhere.getId(), AT);
        assertThat(rate(defaultLine)).isEqualTo(900);
        assertThat(jdbc.sql("select r.scope from order_lines l join commission_rules r on r.id = l.commission_rule_id "
                + "where l.id = :line").param("line", defaultLine).query(String.class).single()).isEqualTo("DEFAULT");
    }

    @Test
    void aFrozenRateStaysWhateverTheRulesBecomeAndCancelledOrdersAndTimesWithoutRulesGetNothingOrZero() {
        var rows = new Rows(jdbc);
        var leader = user("rate_leader_");
        long product = rows.product();
        var groupBuy = published(leader, List.of(product));
        var kept = lines(order(groupBuy, user("rate_member_"))).get(product);
        var cancelledOrder = order(groupBuy, user("rate_member_"));
        var cancelled = lines(cancelledOrder).get(product);
        jdbc.sql("update orders set status = 'CANCELLED' where id = :id").param("id", cancelledOrder.getId()).update();
        rule(CommissionScope.PRODUCT, product, 1234);

        assertThat(rates.freeze(groupBuy.getId(), AT)).isEqualTo(1);
        jdbc.sql("update commission_rules set rate_bp = 4321 where target_id = :product").param("product", product)
                .update();
        assertThat(rates.freeze(groupBuy.getId(), AT)).isZero();

        assertThat(rate(kept)).isEqualTo(1234);
        assertThat(jdbc.sql("select commission_rate_bp is null from order_lines where id = :id").param("id", cancelled)
                .query(Boolean.class).single()).isTrue();

        // years before any rule: no rule applies, the rate is 0 %
        var early = published(leader, List.of(rows.product()));
        var earlyLine = lines(order(early, user("rate_member_"))).values().iterator().next();
        rates.freeze(early.getId(), Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(rate(earlyLine)).isZero();
    }

    @Test
    void theExplanationFindsTheSameRulesOnePerScope() {
        var rows = new Rows(jdbc);
        var leader = user("rate_leader_");
        long product = rows.product();
        rule(CommissionScope.CATEGORY, categoryOf(product), 650);
        rule(CommissionScope.LEADER, leader.getId(), 850);
        rule(CommissionScope.DEFAULT, null, 900);

        var inForce = rates.inForce(product, leader.getId(), AT);

        assertThat(inForce).extracting(rule -> rule.scope() + " " + rule.rate())
                .containsExactly("CATEGORY 6.5%", "LEADER 8.5%", "DEFAULT 9%");
        assertThat(inForce.get(0).firstDay()).isEqualTo(AT.minus(Duration.ofDays(10)).atZone(BusinessTime.ZONE)
                .toLocalDate());
        assertThat(inForce.get(0).lastDay()).isEqualTo(AT.plus(Duration.ofDays(10)).atZone(BusinessTime.ZONE)
                .toLocalDate().minusDays(1));
    }

    /** In force from ten days before {@link #AT} to ten days after; the default open-ended, once. */
    private void rule(CommissionScope scope, Long target, int basisPoints) {
        if (scope == CommissionScope.DEFAULT && jdbc.sql("select count(*) from commission_rules where scope = 'DEFAULT' "
                + "and effective_from = :from").param("from", SqlBesideJpa.at(AT.minus(Duration.ofDays(10))))
                .query(Long.class).single() > 0) {
            return;
        }
        insert(scope, target, basisPoints, AT.minus(Duration.ofDays(10)),
                scope == CommissionScope.DEFAULT ? null : AT.plus(Duration.ofDays(10)));
    }

    private void insert(CommissionScope scope, Long target, int basisPoints, Instant from, Instant until) {
        jdbc.sql("""
                        insert into commission_rules (id, scope, target_id, rate_bp, effective_from, effective_until,
                                                      created_at, updated_at, version)
                        values (nextval('commission_rules_seq'), :scope, :target, :rate, :from, :until, now(), now(), 0)""")
                .param("scope", scope.name()).param("target", target).param("rate", basisPoints)
                .param("from", SqlBesideJpa.at(from)).param("until", SqlBesideJpa.at(until)).update();
    }

    private GroupBuy published(User leader, List<Long> productIds) {
        var rows = new Rows(jdbc);
        var now = Instant.now();
        var closesAt = now.plus(Duration.ofDays(1));
        var items = new ArrayList<ItemSpec>();
        var supplies = new HashMap<Long, Supply>();
        for (var productId : productIds) {
            items.add(new ItemSpec(productId, "丑橘", "斤", Money.ofFen(1500), Money.ofFen(2500), Money.ofFen(1990), 1,
                    null, null, List.of()));
            supplies.put(productId, new Supply(rows.supplierOf(productId), Money.ofFen(1000)));
        }
        var draft = GroupBuy.draft(rows.community(), leader.getId(), new GroupBuyDetails("计佣测试", "", closesAt,
                closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1)), items, now);
        draft.publish(supplies, now);
        return groupBuys.save(draft);
    }

    private Order order(GroupBuy groupBuy, User member) {
        var quantities = new HashMap<Long, Integer>();
        groupBuy.getItems().forEach(item -> quantities.put(item.getId(), 1));
        return orders.saveAndFlush(Order.place(groupBuy, member.getId(), quantities, new OrderLimits(999),
                Instant.now()));
    }

    /** The order's line ids by product. */
    private Map<Long, Long> lines(Order order) {
        var byProduct = new HashMap<Long, Long>();
        jdbc.sql("select i.product_id, l.id from order_lines l join group_buy_items i on i.id = l.item_id "
                        + "where l.order_id = :order").param("order", order.getId())
                .query((row, number) -> byProduct.put(row.getLong("product_id"), row.getLong("id"))).list();
        return byProduct;
    }

    private int rate(long lineId) {
        return jdbc.sql("select commission_rate_bp from order_lines where id = :id").param("id", lineId)
                .query(Integer.class).single();
    }

    private long categoryOf(long productId) {
        return jdbc.sql("select category_id from products where id = :id").param("id", productId).query(Long.class)
                .single();
    }

    private User user(String prefix) {
        return users.save(User.register(prefix + System.nanoTime() % 1_000_000_000, "王五", "13800000000",
                "{noop}secret-password", Instant.now()));
    }
}
