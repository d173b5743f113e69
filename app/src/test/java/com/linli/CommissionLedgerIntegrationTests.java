package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.commission.CommissionEntries;
import com.linli.domain.commission.CommissionEntry;
import com.linli.domain.commission.CommissionRuleService;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.fulfilment.FulfilmentRejected;
import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.DomainException;

/**
 * The ledger on real PostgreSQL: rates frozen by the cutoff in the rules' precedence, entries earned
 * once per collected line at that rate on what arrived, whatever is retried or raced, and never
 * changed or deleted afterwards.
 */
@LinliIntegrationTest
class CommissionLedgerIntegrationTests {

    @Autowired
    Commissions commissions;

    @Autowired
    Platform platform;

    @Autowired
    CommissionRuleService rules;

    @Autowired
    CommissionEntries entries;

    @Autowired
    PickupService pickups;

    @Autowired
    AfterSaleService afterSale;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRateInForceAtTheCutoffIsFrozenOnTheLineAndLaterRuleChangesNeverReachIt() {
        var sale = commissions.ready("12.5", 2);
        var line = commissions.lineOf(sale.orderIds().get(0));
        assertThat(frozenRate(line)).isEqualTo(1250);

        var rule = ruleOf(sale.product().getId());
        rules.end(rule, clock.instant().atZone(BusinessTime.ZONE).toLocalDate());
        clock.advance(Duration.ofDays(1));
        commissions.rule(CommissionScope.PRODUCT, sale.product().getId(), "0");
        commissions.rule(CommissionScope.CATEGORY, sale.product().getCategoryId(), "50");
        commissions.pickUp(sale, sale.members().get(0));

        assertThat(frozenRate(line)).isEqualTo(1250);
        assertThat(commissions.entries(line)).containsExactly("EARNED 250");
    }

    @Test
    void theMostSpecificRuleInForceAppliesAndTheExplanationSaysTheSame() {
        var leader = platform.leader();
        var product = platform.product("优先级丑橘");
        commissions.rule(CommissionScope.CATEGORY, product.getCategoryId(), "6");
        commissions.rule(CommissionScope.SUPPLIER, product.getSupplierId(), "7");
        commissions.rule(CommissionScope.LEADER, leader.leaderId(), "8");

        var explanation = rules.explain(product.getId(), leader.leaderId());
        assertThat(explanation.rate()).hasToString("6%");
        assertThat(explanation.steps()).extracting(step -> step.scope() + (step.rule() == null ? " -" : " "
                + step.rule().rate()) + (step.applies() ? " applies" : ""))
                .startsWith("PRODUCT -", "CATEGORY 6% applies", "SUPPLIER 7%", "LEADER 8%");

        var sale = commissions.ready(leader, 1000, null, 0, 1);
        var ofCategory = sale.product().getCategoryId();
        // the leader's rate applies where no product, category or supplier rule does
        assertThat(frozenRate(commissions.lineOf(sale.orderIds().get(0)))).isEqualTo(800);
        assertThat(rules.explain(sale.product().getId(), leader.leaderId()).rate()).hasToString("8%");
        assertThat(ofCategory).isNotEqualTo(product.getCategoryId());
    }

    @Test
    void aLineEarnsItsAmountNetOfShortageAtTheFrozenRateHalfEvenToTheFen() {
        // ¥5.97 a unit at 10 %: five units make ¥29.85, whose ¥2.985 rounds to the even ¥2.98
        var sale = commissions.ready(platform.leader(), 597, "10", 1, 5, 6);
        sale.members().forEach(member -> commissions.pickUp(sale, member));
        // ¥5.99: five units make ¥29.95, whose ¥2.995 rounds to the even ¥3.00
        var other = commissions.ready(platform.leader(), 599, "10", 0, 5);
        commissions.pickUp(other, other.members().get(0));

        assertThat(commissions.entries(commissions.lineOf(sale.orderIds().get(0)))).containsExactly("EARNED 298");
        assertThat(commissions.entries(commissions.lineOf(sale.orderIds().get(1)))).containsExactly("EARNED 298");
        assertThat(jdbc.sql("select units || ' ' || base_amount from commission_entries where order_line_id = :line")
                .param("line", commissions.lineOf(sale.orderIds().get(1))).query(String.class).single())
                .isEqualTo("5 2985");
        assertThat(commissions.entries(commissions.lineOf(other.orderIds().get(0)))).containsExactly("EARNED 300");
    }

    @Test
    void aLineEarnsOnceHoweverThePickupIsRetriedRacedOrReplayed() {
        var sale = commissions.ready("10", 3);
        var code = commissions.pickupCode(sale.orderIds().get(0));
        var line = commissions.lineOf(sale.orderIds().get(0));

        var answers = AtOnce.send(2, i -> {
            try {
                pickups.handOver(sale.leader().leaderId(), code);
                return "handed over";
            } catch (DomainException e) {
                return "refused";
            }
        });
        assertThat(answers).containsExactlyInAnyOrder("handed over", "refused");
        assertThatThrownBy(() -> pickups.handOver(sale.leader().leaderId(), code)).isInstanceOf(FulfilmentRejected.class);

        // the ledger itself takes an entry it holds as nothing new, and the database refuses a second
        var earned = entries.pickedUpLines(sale.orderIds().get(0)).stream()
                .map(picked -> CommissionEntry.earned(picked, clock.instant())).toList();
        assertThat(entries.append(earned)).isZero();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into commission_entries (id, kind, order_line_id, order_id, group_buy_id, community_id,
                                                        leader_id, units, base_amount, rate_bp, amount, recorded_at)
                        select nextval('commission_entries_seq'), kind, order_line_id, order_id, group_buy_id, community_id,
                               leader_id, units, base_amount, rate_bp, amount, now()
                        from commission_entries where order_line_id = :line""").param("line", line).update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(commissions.entries(line)).containsExactly("EARNED 300");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        var sale = commissions.pickedUp("10", 1);
        var line = commissions.lineOf(sale.orderIds().get(0));

        assertThatThrownBy(() -> jdbc.sql("update commission_entries set amount = amount + 1 where order_line_id = :line")
                .param("line", line).update()).hasStackTraceContaining("commission_entries is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("delete from commission_entries where order_line_id = :line")
                .param("line", line).update()).hasStackTraceContaining("commission_entries is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("truncate commission_entries cascade").update())
                .hasStackTraceContaining("is append-only: TRUNCATE refused");
        assertThat(commissions.entries(line)).containsExactly("EARNED 100");
    }

    @Test
    void aPickupRacingARefundLeavesALedgerThatStillReconciles() {
        var sale = commissions.ready("10", 3, 2);
        var refunded = sale.orderIds().get(0);
        commissions.pickUp(sale, sale.members().get(0));
        var request = afterSale.request(platform.id(sale.members().get(0)), refunded, commissions.lineOf(refunded), 1,
                "坏了", null).getId();

        // the refund is approved while the refunded order's pickup is replayed and the next member collects
        var answers = AtOnce.send(3, i -> {
            try {
                switch (i) {
                    case 0 -> afterSale.approveAsLeader(sale.leader().leaderId(), request, null);
                    case 1 -> pickups.handOver(sale.leader().leaderId(), commissions.pickupCode(refunded));
                    default -> commissions.pickUp(sale, sale.members().get(1));
                }
                return "done";
            } catch (DomainException e) {
                return "refused";
            }
        });

        assertThat(answers).containsExactly("done", "refused", "done");
        assertThat(commissions.entries(commissions.lineOf(refunded))).containsExactly("EARNED 300", "REVERSED -100");
        assertThat(commissions.entries(commissions.lineOf(sale.orderIds().get(1)))).containsExactly("EARNED 200");
        // 10 % of what was collected and kept: ¥50.00 taken home, ¥10.00 of it refunded
        assertThat(commissions.ledgerOf(sale.leader().leaderId())).isEqualTo(400);
        assertThat(jdbc.sql("""
                        select sum(kept) from (
                            select sum((l.quantity - l.short_quantity) * coalesce(l.final_unit_price, l.unit_price))
                                   - o.refunded_amount as kept
                            from orders o join order_lines l on l.order_id = o.id
                            where o.group_buy_id = :g and o.status = 'PICKED_UP' group by o.id, o.refunded_amount) k""")
                .param("g", sale.groupBuy().getId()).query(Long.class).single()).isEqualTo(4000);
    }

    private int frozenRate(long orderLineId) {
        return jdbc.sql("select commission_rate_bp from order_lines where id = :id").param("id", orderLineId)
                .query(Integer.class).single();
    }

    private long ruleOf(long productId) {
        return jdbc.sql("select id from commission_rules where scope = 'PRODUCT' and target_id = :p")
                .param("p", productId).query(Long.class).single();
    }
}
