package com.linli.persistence.commission;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.commission.CommissionRates;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.commission.Rate;
import com.linli.domain.commission.RuleInForce;
import com.linli.domain.shared.BusinessTime;
import com.linli.persistence.shared.SqlBesideJpa;

/**
 * The rule in force resolved in SQL, in the precedence {@link CommissionScope} declares: its order
 * is the one source, rendered into the statements below.
 */
@Repository
class JdbcCommissionRates implements CommissionRates {

    /** {@code array_position(array['PRODUCT', …], scope)}: 1 for the first scope in precedence. */
    private static final String PRECEDENCE = Arrays.stream(CommissionScope.values())
            .map(scope -> "'" + scope.name() + "'").collect(Collectors.joining(", ", "array[", "]::varchar[]"));

    /** The rules in force at :at for product :product (its supplier :supplier, category :category) and leader :leader. */
    private static final String IN_FORCE = """
            select c.id, c.scope, c.rate_bp, c.effective_from, c.effective_until
            from commission_rules c
            where c.effective_from <= :at and (c.effective_until is null or c.effective_until > :at)
              and (c.scope = 'DEFAULT'
                   or (c.scope = 'PRODUCT' and c.target_id = %s)
                   or (c.scope = 'CATEGORY' and c.target_id = %s)
                   or (c.scope = 'SUPPLIER' and c.target_id = %s)
                   or (c.scope = 'LEADER' and c.target_id = %s))
            order by array_position(%s, c.scope)""";

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcCommissionRates(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Each item's rule looked up once (with the supplier snapshotted at publishing and the product's
     * category), then every line of the item set. It writes columns JPA does not map, so nothing
     * loaded in the cutoff's transaction goes stale.
     */
    @Override
    public int freeze(long groupBuyId, Instant at) {
        sql.beforeSql();
        return jdbc.sql("""
                        with rates as (
                            select i.id as item_id, r.id as rule_id, coalesce(r.rate_bp, 0) as rate_bp
                            from group_buy_items i
                            join group_buys g on g.id = i.group_buy_id
                            join products p on p.id = i.product_id
                            left join lateral (%s limit 1) r on true
                            where i.group_buy_id = :groupBuy
                        )
                        update order_lines l
                        set commission_rate_bp = rates.rate_bp, commission_rule_id = rates.rule_id
                        from rates, orders o
                        where l.item_id = rates.item_id and o.id = l.order_id and o.status <> 'CANCELLED'
                          and l.commission_rate_bp is null""".formatted(IN_FORCE.formatted("i.product_id",
                        "p.category_id", "coalesce(i.supplier_id, p.supplier_id)", "g.leader_id", PRECEDENCE)))
                .param("groupBuy", groupBuyId).param("at", at(at)).update();
    }

    @Override
    public List<RuleInForce> inForce(long productId, long leaderUserId, Instant at) {
        return jdbc.sql("""
                        with p as (select id, category_id, supplier_id from products where id = :product)
                        %s""".formatted(IN_FORCE.formatted("(select id from p)", "(select category_id from p)",
                        "(select supplier_id from p)", ":leader", PRECEDENCE)))
                .param("product", productId).param("leader", leaderUserId).param("at", at(at))
                .query((row, number) -> {
                    var until = SqlBesideJpa.instant(row, "effective_until");
                    return new RuleInForce(row.getLong("id"), CommissionScope.valueOf(row.getString("scope")),
                            new Rate(row.getInt("rate_bp")), day(SqlBesideJpa.instant(row, "effective_from")),
                            until == null ? null : day(until).minusDays(1));
                }).list();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toLocalDate();
    }
}
