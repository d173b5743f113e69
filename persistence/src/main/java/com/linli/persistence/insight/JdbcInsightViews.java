package com.linli.persistence.insight;

import static com.linli.persistence.shared.SqlBesideJpa.at;
import static com.linli.persistence.shared.SqlBesideJpa.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.insight.DaySales;
import com.linli.domain.insight.Figures;
import com.linli.domain.insight.InsightViews;
import com.linli.domain.insight.LeaderDashboard;
import com.linli.domain.insight.ProductMix;
import com.linli.domain.insight.Ranked;
import com.linli.domain.insight.SalesMix;
import com.linli.domain.insight.Scope;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/**
 * Every figure one aggregate statement over the rollups, by whole days in China: sales (GMV, orders,
 * shortages, by day, community, leader, product and category) from {@code insight_sales} (V52, over
 * everything products and categories from their sums per day, V56);
 * members joined, commission accrued and items decided from {@code insight_days}, buyers of everything
 * and of a community from bitmaps (V53, V58) and the open orders of {@code insight_open_orders} (V54).
 * A city's buyers, refunds, settlements and the leader's other figures are few enough to read from their
 * own tables, with the indexes of V50, V51 and V55. The scope becomes a literal condition rather than "or :x is null", so each
 * statement gets the plan of its own scope.
 */
@Repository
class JdbcInsightViews implements InsightViews {

    /**
     * The rows of {@code insight_sales} (V52) of one kind (0 orders, 1 products, 2 categories) for the
     * days of the period, as {@code o}; over everything, products and categories from their sums per day
     * ({@code insight_sales_days}, V56), where a row that was recounted away sums to no orders.
     */
    private static final String SALES = """
            %s o where o.kind = %d and o.day >= :fromDay and o.day < :toDay %s""";

    /**
     * The buyers of everything or of one community: the bitmaps ({@code %1$s}) of orders past their cutoff
     * (everyone's over buyer numbers, V53; a community's over its seats, V58), OR-ed per chunk over the
     * period and over the repurchase window, plus the orders still open with their buyers' numbers
     * ({@code insight_open_orders}, V54), each checked against its buyer's bit ({@code %3$s}, null for
     * one without) so nobody counts twice.
     */
    private static final String BUYERS = """
            counted as (
                select chunk, insight_buyers_of(once, twice) filter (where day >= :fromDay) as period,
                       insight_buyers_of(once, twice) filter (where day >= :windowDay) as win
                from %1$s o
                where o.day >= least(cast(:fromDay as date), cast(:windowDay as date)) and o.day < :toDay %2$s
                group by chunk),
            still_open as (
                select %3$s as place, count(*) filter (where o.placed_at >= :from) as in_period,
                       count(*) filter (where o.placed_at >= :repurchase) as in_window
                from insight_open_orders o %4$s
                where o.placed_at < :to and o.placed_at >= least(cast(:from as timestamptz), cast(:repurchase as timestamptz)) %2$s
                group by o.number, place),
            marked as (
                select o.in_period, o.in_window, coalesce(get_bit(c.period[1], o.place %% 8192), 0) as period_once,
                       coalesce(get_bit(c.win[1], o.place %% 8192), 0) as window_once,
                       coalesce(get_bit(c.win[2], o.place %% 8192), 0) as window_twice
                from still_open o left join counted c on c.chunk = o.place / 8192),
            buyers as (
                select c.active + m.active as active, c.buyers + m.buyers as buyers,
                       c.repeat_buyers + m.repeat_buyers as repeat_buyers
                from (select coalesce(sum(bit_count(period[1])), 0) as active, coalesce(sum(bit_count(win[1])), 0) as buyers,
                             coalesce(sum(bit_count(win[2])), 0) as repeat_buyers from counted) c,
                     (select count(*) filter (where in_period > 0 and period_once = 0) as active,
                             count(*) filter (where in_window > 0 and window_once = 0) as buyers,
                             count(*) filter (where window_twice = 0 and window_once + in_window >= 2) as repeat_buyers
                      from marked) m)""";

    private static final RowMapper<Ranked> RANKED = (row, number) -> new Ranked(row.getLong("id"),
            row.getString("name"), Money.ofFen(row.getLong("gmv")), row.getLong("orders"));

    private final JdbcClient jdbc;

    JdbcInsightViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope as a condition on the {@code community_id} of {@code alias}. */
    private static String within(Scope scope, String alias) {
        if (scope.communityId() != null) {
            return "and " + alias + ".community_id = :community";
        }
        return scope.city() == null ? ""
                : "and " + alias + ".community_id in (select id from communities where city = :city)";
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec statement, Scope scope, Instant from,
                                                   Instant to) {
        if (scope.communityId() != null) {
            statement = statement.param("community", scope.communityId());
        } else if (scope.city() != null) {
            statement = statement.param("city", scope.city());
        }
        return statement.param("from", at(from)).param("to", at(to)).param("fromDay", day(from))
                .param("toDay", day(to));
    }

    /** The day in China that begins at {@code instant}: the rollups count whole days. */
    private static LocalDate day(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toLocalDate();
    }

    private static String sales(int kind, Scope scope) {
        var rows = kind > 0 && scope.equals(Scope.EVERYTHING) ? "insight_sales_days" : "insight_sales";
        return SALES.formatted(rows, kind, within(scope, "o"));
    }

    @Override
    public List<String> cities() {
        return jdbc.sql("select distinct city from communities order by city").query(String.class).list();
    }

    @Override
    public Optional<String> communityName(long communityId) {
        return jdbc.sql("select name from communities where id = :id").param("id", communityId)
                .query(String.class).optional();
    }

    @Override
    public Figures figures(Scope scope, Instant from, Instant to, Instant repurchaseFrom) {
        var sql = """
                with confirmed as (
                    select coalesce(sum(o.orders), 0) as orders, coalesce(sum(o.short_orders), 0) as short_orders,
                           coalesce(sum(o.shortages), 0) as shortages, coalesce(sum(o.gmv), 0) as gmv
                    from %1$s),
                %3$s,
                days as (
                    select coalesce(sum(o.joined), 0) as joined, coalesce(sum(o.accrued), 0) as accrued,
                           coalesce(sum(o.succeeded), 0) as succeeded, coalesce(sum(o.decided), 0) as decided
                    from insight_days o where o.day >= :fromDay and o.day < :toDay %2$s)
                select c.orders, c.gmv, c.short_orders, c.shortages, b.active, b.buyers, b.repeat_buyers,
                       d.succeeded, d.decided, d.joined, d.accrued,
                       (select coalesce(sum(o.members), 0) from insight_members o where true %2$s)
                       - (select coalesce(sum(o.joined), 0) from insight_days o where o.day >= :toDay %2$s) as members,
                       r.refunds, r.refunded,
                       (select coalesce(sum(o.amount), 0) from settlements s
                        join settlement_entries se on se.settlement_id = s.id
                        join commission_entries o on o.id = se.entry_id
                        where s.status = 'PAID' and s.paid_at >= :from and s.paid_at < :to %2$s) as paid
                from confirmed c, buyers b, days d,
                     (select count(*) as refunds, coalesce(sum(o.amount), 0) as refunded from refund_requests o
                      where o.status = 'APPROVED' and o.decided_at >= :from and o.decided_at < :to %2$s) r
                """.formatted(sales(0, scope), within(scope, "o"), buyers(scope));
        return window(scoped(jdbc.sql(sql), scope, from, to), repurchaseFrom)
                .query((row, number) -> new Figures(Money.ofFen(row.getLong("gmv")), row.getLong("orders"),
                        row.getLong("succeeded"), row.getLong("decided"), row.getLong("active"), row.getLong("joined"),
                        row.getLong("members"), row.getLong("buyers"), row.getLong("repeat_buyers"),
                        row.getLong("short_orders"), Money.ofFen(row.getLong("shortages")), row.getLong("refunds"),
                        Money.ofFen(row.getLong("refunded")), Money.ofFen(row.getLong("accrued")),
                        Money.ofFen(row.getLong("paid")))).single();
    }

    /** The start of the repurchase window, to count buyers. */
    private static JdbcClient.StatementSpec window(JdbcClient.StatementSpec statement, Instant repurchaseFrom) {
        return statement.param("repurchase", at(repurchaseFrom)).param("windowDay", day(repurchaseFrom));
    }

    /** The CTE {@code buyers} of the scope: from bitmaps for everything and for a community. */
    private static String buyers(Scope scope) {
        if (scope.equals(Scope.EVERYTHING)) {
            return BUYERS.formatted("insight_buyer_days", "", "o.number", "");
        }
        if (scope.communityId() != null) {
            return BUYERS.formatted("insight_community_buyer_days", within(scope, "o"), "b.seat",
                    "left join insight_buyers b on b.number = o.number");
        }
        return buyersWithin(scope);
    }

    /** A city's buyers, grouped from their orders. */
    private static String buyersWithin(Scope scope) {
        return """
                buyers as (
                    select count(*) filter (where in_period > 0) as active, count(*) filter (where in_window > 0) as buyers,
                           count(*) filter (where in_window > 1) as repeat_buyers
                    from (select count(*) filter (where o.placed_at >= :from) as in_period,
                                 count(*) filter (where o.placed_at >= :repurchase) as in_window
                          from orders o
                          where o.placed_at >= least(cast(:from as timestamptz), cast(:repurchase as timestamptz))
                            and o.placed_at < :to and o.status <> 'CANCELLED' %s
                          group by o.community_id, o.member_id) b)""".formatted(within(scope, "o"));
    }

    /**
     * Days, communities and leaders in one pass over the period's rollup rows (one per group-buy and
     * day), as grouping sets; {@code kind} tells the rows apart, {@code rank} keeps each list in order.
     */
    @Override
    public SalesMix salesMix(Scope scope, Instant from, Instant to, int limit) {
        var sql = """
                with sums as (
                    select case when grouping(o.day) = 0 then 0 when grouping(o.community_id) = 0 then 1 else 2 end as kind,
                           o.day, coalesce(o.community_id, o.leader_id) as id, sum(o.gmv) as gmv, sum(o.orders) as orders
                    from %s
                    group by grouping sets ((o.day), (o.community_id), (o.leader_id))),
                ranked as (
                    select s.*, row_number() over (partition by kind order by gmv desc, id) as rank from sums s)
                select r.kind, r.day, r.id, coalesce(c.name, u.display_name) as name, r.gmv, r.orders
                from ranked r
                left join communities c on r.kind = 1 and c.id = r.id
                left join users u on r.kind = 2 and u.id = r.id
                where r.kind = 0 or r.rank <= :limit
                order by r.kind, r.day, r.rank""".formatted(sales(0, scope));
        var days = new ArrayList<DaySales>();
        var communities = new ArrayList<Ranked>();
        var leaders = new ArrayList<Ranked>();
        scoped(jdbc.sql(sql), scope, from, to).param("limit", limit).query(row -> {
            switch (row.getInt("kind")) {
                case 0 -> days.add(new DaySales(row.getObject("day", LocalDate.class),
                        Money.ofFen(row.getLong("gmv")), row.getLong("orders")));
                case 1 -> communities.add(RANKED.mapRow(row, 0));
                default -> leaders.add(RANKED.mapRow(row, 0));
            }
        });
        return new SalesMix(days, communities, leaders);
    }

    /** Products and categories in one statement over the period's rollup rows. */
    @Override
    public ProductMix productMix(Scope scope, Instant from, Instant to, int limit) {
        var sql = products(scope) + """
                union all
                select 1, c.id, c.name, t.gmv, t.orders, t.rank
                from (select o.category_id, sum(o.gmv) as gmv, sum(o.orders) as orders,
                             row_number() over (order by sum(o.gmv) desc, o.category_id) as rank
                      from %s group by o.category_id having sum(o.orders) > 0) t
                join categories c on c.id = t.category_id
                order by kind, rank""".formatted(sales(2, scope));
        var products = new ArrayList<Ranked>();
        var categories = new ArrayList<Ranked>();
        scoped(jdbc.sql(sql), scope, from, to).param("limit", limit)
                .query(row -> {
                    (row.getInt("kind") == 0 ? products : categories).add(RANKED.mapRow(row, 0));
                });
        return new ProductMix(products, categories);
    }

    @Override
    public List<Ranked> topProducts(Scope scope, Instant from, Instant to, int limit) {
        return scoped(jdbc.sql(products(scope) + "order by rank"), scope, from, to).param("limit", limit)
                .query(RANKED).list();
    }

    /** The top products by GMV, as rows of kind 0. */
    private static String products(Scope scope) {
        return """
                select 0 as kind, p.id, p.name, t.gmv, t.orders, t.rank
                from (select o.product_id, sum(o.gmv) as gmv, sum(o.orders) as orders,
                             row_number() over (order by sum(o.gmv) desc, o.product_id) as rank
                      from %s group by o.product_id having sum(o.orders) > 0) t
                join products p on p.id = t.product_id
                where t.rank <= :limit
                """.formatted(sales(1, scope));
    }

    @Override
    public long[] pickupsOn(long communityId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where o.status = 'READY_FOR_PICKUP') as waiting,
                               count(*) filter (where o.status = 'PICKED_UP') as collected
                        from group_buys g join orders o on o.group_buy_id = g.id
                        where g.community_id = :community and g.pickup_date = :today""")
                .param("community", communityId).param("today", today)
                .query((row, number) -> new long[] {row.getLong("waiting"), row.getLong("collected")}).single();
    }

    @Override
    public List<LeaderDashboard.OpenGroupBuy> openGroupBuys(long communityId) {
        return jdbc.sql("""
                        select g.id, g.title, g.closes_at,
                               (select count(*) from orders o where o.group_buy_id = g.id and o.status <> 'CANCELLED') as orders,
                               count(*) as items, count(*) filter (where i.sold >= i.threshold) as reached
                        from group_buys g join group_buy_items i on i.group_buy_id = g.id
                        where g.community_id = :community and g.status = 'OPEN'
                        group by g.id order by g.closes_at, g.id limit 20""")
                .param("community", communityId)
                .query((row, number) -> new LeaderDashboard.OpenGroupBuy(row.getLong("id"), row.getString("title"),
                        instant(row, "closes_at"), row.getLong("orders"), row.getInt("items"), row.getInt("reached")))
                .list();
    }

    @Override
    public long[] sales(long communityId, Instant from, Instant to) {
        var scope = Scope.community(communityId);
        var sql = "select coalesce(sum(o.gmv), 0) as gmv, coalesce(sum(o.orders), 0) as orders from " + sales(0, scope);
        return scoped(jdbc.sql(sql), scope, from, to)
                .query((row, number) -> new long[] {row.getLong("gmv"), row.getLong("orders")}).single();
    }

    @Override
    public long commission(long leaderUserId, Instant from, Instant to) {
        return jdbc.sql("""
                        select coalesce(sum(amount), 0) from commission_entries
                        where leader_id = :leader and recorded_at >= :from and recorded_at < :to""")
                .param("leader", leaderUserId).param("from", at(from)).param("to", at(to))
                .query(Long.class).single();
    }

    @Override
    public LeaderDashboard.MemberFigures members(long communityId, Instant monthStart, Instant to,
                                                 Instant repurchaseFrom) {
        var scope = Scope.community(communityId);
        var sql = """
                with %s
                select (select count(*) from memberships where community_id = :community) as members,
                       (select count(*) from memberships where community_id = :community and joined_at >= :from) as joined,
                       b.active, b.buyers, b.repeat_buyers
                from buyers b""".formatted(buyers(scope));
        return window(scoped(jdbc.sql(sql), scope, monthStart, to), repurchaseFrom)
                .query((row, number) -> new LeaderDashboard.MemberFigures(row.getLong("members"), row.getLong("joined"),
                        row.getLong("active"), row.getLong("buyers"), row.getLong("repeat_buyers"))).single();
    }

    @Override
    public Paged<LeaderDashboard.MemberRow> memberList(long communityId, PageQuery page) {
        var total = new long[1];
        var rows = jdbc.sql("""
                        select u.id, u.display_name, u.phone, m.joined_at, o.last_order, o.orders,
                               (select count(*) from memberships where community_id = :community) as total_rows
                        from (select id, member_id, community_id, joined_at from memberships
                              where community_id = :community
                              order by joined_at desc, id desc limit :size offset :offset) m
                        join users u on u.id = m.member_id
                        cross join lateral (
                            select max(placed_at) as last_order, count(*) as orders from orders
                            where member_id = m.member_id and community_id = m.community_id and status <> 'CANCELLED') o
                        order by m.joined_at desc, m.id desc""")
                .param("community", communityId).param("size", page.size())
                .param("offset", (long) page.page() * page.size())
                .query((row, number) -> {
                    total[0] = row.getLong("total_rows");
                    return new LeaderDashboard.MemberRow(row.getLong("id"), row.getString("display_name"),
                            row.getString("phone"), instant(row, "joined_at"), instant(row, "last_order"),
                            row.getLong("orders"));
                }).list();
        return new Paged<>(rows, page.page(), page.size(), total[0]);
    }
}
