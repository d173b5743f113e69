package com.linli;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.insight.DaySales;
import com.linli.domain.insight.Ranked;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;

/**
 * The dashboards' figures recounted the long way, by aggregates over orders, lines, items, memberships
 * and commission entries as they are now (what the dashboards computed before the rollups): the oracle
 * the rollups must always equal. Days from ≤ day < to in China, for the communities of a city (or all
 * of them, city null, for the other figures).
 */
record InsightRecount(JdbcClient jdbc, String city, LocalDate from, LocalDate to) {

    /** One row per successful item of each confirmed order. */
    private static final String SOLD = """
            with sold as (
                select o.id as order_id, o.community_id, g.leader_id, o.shortage_amount, i.product_id, p.category_id,
                       (o.placed_at at time zone 'Asia/Shanghai')::date as day,
                       sum(l.quantity::bigint * coalesce(l.final_unit_price, l.unit_price)) as amount
                from orders o
                join group_buys g on g.id = o.group_buy_id
                join order_lines l on l.order_id = o.id and l.status = 'ACTIVE'
                join group_buy_items i on i.id = l.item_id
                join products p on p.id = i.product_id
                where o.status in ('CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP', 'RETURNED')
                  and o.placed_at >= :from and o.placed_at < :to %s
                group by o.id, g.leader_id, i.product_id, p.category_id),
            per_order as (
                select order_id, community_id, leader_id, day, shortage_amount, sum(amount) as amount
                from sold group by order_id, community_id, leader_id, day, shortage_amount)
            """;

    /** {gmv, orders, short orders, shortages} */
    long[] totals(Long communityId) {
        return statement(SOLD + """
                select coalesce(sum(amount), 0) as gmv, count(*) as orders,
                       count(*) filter (where shortage_amount > 0) as short_orders,
                       coalesce(sum(shortage_amount), 0) as shortages
                from per_order""", communityId)
                .query((row, number) -> new long[] {row.getLong("gmv"), row.getLong("orders"),
                        row.getLong("short_orders"), row.getLong("shortages")}).single();
    }

    List<DaySales> days(Long communityId) {
        return statement(SOLD + "select day, sum(amount) as gmv, count(*) as orders from per_order group by day order by day",
                communityId).query((row, number) -> new DaySales(row.getObject("day", LocalDate.class),
                        Money.ofFen(row.getLong("gmv")), row.getLong("orders"))).list();
    }

    List<Ranked> communities(int limit) {
        return ranked("select c.id, c.name, t.gmv, t.orders from (select community_id as id, sum(amount) as gmv, "
                + "count(*) as orders from per_order group by community_id) t join communities c on c.id = t.id", null, limit);
    }

    List<Ranked> leaders(int limit) {
        return ranked("select u.id, u.display_name as name, t.gmv, t.orders from (select leader_id as id, "
                + "sum(amount) as gmv, count(*) as orders from per_order group by leader_id) t join users u on u.id = t.id",
                null, limit);
    }

    List<Ranked> products(Long communityId, int limit) {
        return ranked("select p.id, p.name, t.gmv, t.orders from (select product_id as id, sum(amount) as gmv, "
                + "count(*) as orders from sold group by product_id) t join products p on p.id = t.id", communityId, limit);
    }

    List<Ranked> categories(int limit) {
        return ranked("select c.id, c.name, t.gmv, t.orders from (select category_id as id, sum(amount) as gmv, "
                + "count(distinct order_id) as orders from sold group by category_id) t join categories c on c.id = t.id",
                null, limit);
    }

    private List<Ranked> ranked(String select, Long communityId, int limit) {
        return statement(SOLD + "select * from (" + select + ") r order by gmv desc, id limit :limit", communityId)
                .param("limit", limit)
                .query((row, number) -> new Ranked(row.getLong("id"), row.getString("name"),
                        Money.ofFen(row.getLong("gmv")), row.getLong("orders"))).list();
    }

    /**
     * {active members, buyers and repeat buyers in the 30 days before to, members joined in the period,
     * members, commission accrued, items succeeded, items decided}
     */
    long[] others(Long communityId) {
        var sql = """
                with buyers as (
                    select count(*) filter (where o.placed_at >= :from) as in_period,
                           count(*) filter (where o.placed_at >= :repurchase) as in_window
                    from orders o
                    where o.placed_at >= least(cast(:from as timestamptz), cast(:repurchase as timestamptz))
                      and o.placed_at < :to and o.status <> 'CANCELLED' %1$s
                    group by o.community_id, o.member_id)
                select (select count(*) filter (where in_period > 0) from buyers) as active,
                       (select count(*) filter (where in_window > 0) from buyers) as buyers,
                       (select count(*) filter (where in_window > 1) from buyers) as repeat_buyers,
                       (select count(*) from memberships o where o.joined_at >= :from and o.joined_at < :to %1$s) as joined,
                       (select count(*) from memberships o where o.joined_at < :to %1$s) as members,
                       (select coalesce(sum(o.amount), 0) from commission_entries o
                        where o.recorded_at >= :from and o.recorded_at < :to %1$s) as accrued,
                       (select count(*) filter (where i.outcome = 'SUCCEEDED') from group_buys o
                        join group_buy_items i on i.group_buy_id = o.id
                        where o.closed_at >= :from and o.closed_at < :to and i.outcome in ('SUCCEEDED', 'FAILED') %1$s) as succeeded,
                       (select count(*) from group_buys o join group_buy_items i on i.group_buy_id = o.id
                        where o.closed_at >= :from and o.closed_at < :to and i.outcome in ('SUCCEEDED', 'FAILED') %1$s) as decided
                """;
        return statement(sql, communityId).param("repurchase", to.minusDays(30).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime())
                .query((row, number) -> new long[] {
                row.getLong("active"), row.getLong("buyers"), row.getLong("repeat_buyers"), row.getLong("joined"),
                row.getLong("members"), row.getLong("accrued"), row.getLong("succeeded"), row.getLong("decided")})
                .single();
    }

    /** The statement within the community if given, else the city if given, else over everything. */
    private JdbcClient.StatementSpec statement(String sql, Long communityId) {
        var scope = communityId != null ? "and o.community_id = :community"
                : city != null ? "and o.community_id in (select id from communities where city = :city)" : "";
        var statement = jdbc.sql(sql.formatted(scope)).param("from", from.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime())
                .param("to", to.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        if (city != null) {
            statement = statement.param("city", city);
        }
        return communityId == null ? statement : statement.param("community", communityId);
    }
}
