package com.linli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.Fulfilments.Step;
import com.linli.domain.catalog.Product;
import com.linli.domain.commission.CommissionRuleService;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.commission.Rate;
import com.linli.domain.commission.RuleTerms;
import com.linli.domain.fulfilment.DeliveryService;
import com.linli.domain.fulfilment.PickupService;
import com.linli.domain.shared.BusinessTime;

/**
 * Sales that earn commission, made through the real services: a product of its own supplier and
 * category with a product rule of its own (so no other test's rule decides its rate), in a group-buy
 * at a pickup point, one member per quantity, closed, shipped and signed for; then picked up.
 */
public class Commissions {

    private final Platform platform;
    private final Fulfilments fulfilments;
    private final DeliveryService deliveries;
    private final PickupService pickups;
    private final CommissionRuleService rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    Commissions(Platform platform, Fulfilments fulfilments, DeliveryService deliveries, PickupService pickups,
                CommissionRuleService rules, JdbcClient jdbc, Clock clock) {
        this.platform = platform;
        this.fulfilments = fulfilments;
        this.deliveries = deliveries;
        this.pickups = pickups;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** At ¥10.00 a unit, its product's rule at {@code percent}, every unit arrived: ready for pickup at a new point. */
    public Step ready(String percent, int... quantities) {
        return ready(platform.leader(), 1000, percent, 0, quantities);
    }

    /**
     * @param priceFen  the group price of a unit (¥5.00 to ¥50.00)
     * @param shortUnits units that did not arrive, taken off the latest joiners
     */
    public Step ready(Neighbourhoods.Led leader, long priceFen, String percent, int shortUnits, int... quantities) {
        var product = platform.product("计佣丑橘");
        if (percent != null) {
            rule(CommissionScope.PRODUCT, product.getId(), percent);
        }
        return ready(leader, product, priceFen, shortUnits, quantities);
    }

    /** The product at {@code priceFen} a unit, whatever rule applies to it, ready for pickup. */
    public Step ready(Neighbourhoods.Led leader, Product product, long priceFen, int shortUnits, int... quantities) {
        var shipped = fulfilments.shipped(fulfilments.closed(leader, product, priceFen, quantities));
        var line = jdbc.sql("select id, shipped from delivery_lines where delivery_id = :delivery")
                .param("delivery", shipped.deliveryId())
                .query((row, number) -> new long[] {row.getLong("id"), row.getLong("shipped")}).single();
        deliveries.sign(leader.leaderId(), shipped.deliveryId(),
                shortUnits == 0 ? Map.of() : Map.of(line[0], (int) (line[1] - shortUnits)));
        return shipped;
    }

    /** Ready, and every order that something arrived of picked up. */
    public Step pickedUp(String percent, int... quantities) {
        var sale = ready(percent, quantities);
        sale.members().forEach(member -> pickUp(sale, member));
        return sale;
    }

    public void pickUp(Step sale, String member) {
        pickups.handOver(sale.leader().leaderId(), pickupCode(sale.orderOf(member)));
    }

    /** A rule of the scope for the target from today on. */
    public void rule(CommissionScope scope, Long target, String percent) {
        rules.create(new RuleTerms(scope, target, Rate.parsePercent(percent), today(), null));
    }

    public String pickupCode(long orderId) {
        return fulfilments.pickupCode(orderId);
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
