package com.linli.persistence.order;

import static com.linli.persistence.shared.SqlBesideJpa.at;
import static com.linli.persistence.shared.SqlBesideJpa.instant;

import java.util.ArrayList;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.order.ChainEntry;
import com.linli.domain.order.OrderRow;
import com.linli.domain.order.OrderSearch;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.order.OrderSummary;
import com.linli.domain.order.OrderViews;
import com.linli.domain.order.PaymentStatus;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.SqlBesideJpa;

/** The order pages' reads, joined in the database: no page walks an entity graph. */
@Repository
class JdbcOrderViews implements OrderViews {

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcOrderViews(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public List<ChainEntry> chain(long groupBuyId) {
        return chain(groupBuyId, null, 0).items();
    }

    @Override
    public Paged<ChainEntry> chain(long groupBuyId, PageQuery page) {
        return chain(groupBuyId, page.size(), page.page());
    }

    /**
     * The orders in joining order ({@code size} of them from page {@code page}, or all for a null size),
     * then a row per active line of those (or one for an order without any); numbered across pages.
     */
    private Paged<ChainEntry> chain(long groupBuyId, Integer size, int page) {
        sql.beforeSql();
        var before = size == null ? 0 : (long) page * size;
        var total = new long[1];
        var chain = new ArrayList<ChainEntry>();
        var quantities = new HashMap<Long, Map<Long, Integer>>();
        jdbc.sql("""
                        with page as (
                            select o.id, o.status, o.member_id, o.placed_at, count(*) over () as total
                            from orders o
                            where o.group_buy_id = :groupBuy and o.status <> 'CANCELLED'
                            order by o.placed_at, o.id
                            limit :size offset :offset
                        )
                        select page.id, page.status, page.total, u.display_name, u.phone, l.item_id, l.quantity
                        from page
                        join users u on u.id = page.member_id
                        left join order_lines l on l.order_id = page.id and l.status = 'ACTIVE'
                        order by page.placed_at, page.id, l.id""")
                .param("groupBuy", groupBuyId).param("size", size).param("offset", before)
                .query(row -> {
                    var orderId = row.getLong("id");
                    if (!quantities.containsKey(orderId)) {
                        total[0] = row.getLong("total");
                        quantities.put(orderId, new HashMap<>());
                        chain.add(new ChainEntry((int) before + chain.size() + 1, orderId, row.getString("display_name"),
                                row.getString("phone"), Map.of(), OrderStatus.valueOf(row.getString("status"))));
                    }
                    var itemId = row.getLong("item_id");
                    if (!row.wasNull()) {
                        quantities.get(orderId).put(itemId, row.getInt("quantity"));
                    }
                });
        var entries = chain.stream().map(entry -> new ChainEntry(entry.number(), entry.orderId(), entry.name(),
                entry.phone(), quantities.get(entry.orderId()), entry.status())).toList();
        return new Paged<>(entries, page, size == null ? entries.size() : size, total[0]);
    }

    /** The page of orders first, then a row per active line of those only. */
    @Override
    public Paged<OrderSummary> ordersOf(long memberId, PageQuery page) {
        sql.beforeSql();
        var total = new long[1];
        var orders = new LinkedHashMap<Long, OrderSummary>();
        var lines = new HashMap<Long, List<OrderSummary.Line>>();
        var totals = new HashMap<Long, Long>();
        jdbc.sql("""
                        with page as (
                            select o.id, o.status, o.pickup_code, o.placed_at, o.group_buy_id, o.community_id,
                                   count(*) over () as total
                            from orders o where o.member_id = :member
                            order by o.placed_at desc, o.id desc
                            limit :size offset :offset
                        )
                        select page.*, g.title, g.pickup_date, pp.name as point_name, l.product_name, l.quantity,
                               (l.quantity - l.short_quantity) * coalesce(l.final_unit_price, l.unit_price) as amount
                        from page
                        join group_buys g on g.id = page.group_buy_id
                        join communities c on c.id = page.community_id
                        join pickup_points pp on pp.id = c.pickup_point_id
                        left join order_lines l on l.order_id = page.id and l.status = 'ACTIVE'
                        order by page.placed_at desc, page.id desc, l.id""")
                .param("member", memberId).param("size", page.size())
                .param("offset", (long) page.page() * page.size())
                .query(row -> {
                    total[0] = row.getLong("total");
                    var orderId = row.getLong("id");
                    if (!orders.containsKey(orderId)) {
                        orders.put(orderId, new OrderSummary(orderId, OrderStatus.valueOf(row.getString("status")),
                                row.getString("pickup_code"), row.getString("title"),
                                row.getObject("pickup_date", LocalDate.class), row.getString("point_name"), List.of(),
                                Money.ZERO));
                        lines.put(orderId, new ArrayList<>());
                        totals.put(orderId, 0L);
                    }
                    var productName = row.getString("product_name");
                    if (productName != null) {
                        lines.get(orderId).add(new OrderSummary.Line(productName, row.getInt("quantity")));
                        totals.merge(orderId, row.getLong("amount"), Long::sum);
                    }
                });
        var summaries = orders.values().stream().map(order -> new OrderSummary(order.id(), order.status(),
                order.pickupCode(), order.groupBuyTitle(), order.pickupDate(), order.pickupPointName(),
                lines.get(order.id()), Money.ofFen(totals.get(order.id())))).toList();
        return new Paged<>(summaries, page.page(), page.size(), total[0]);
    }

    /**
     * Only the filters given become conditions, so each search is planned for what it narrows by: the
     * time indexes, a community's, a member's or a group-buy's.
     */
    @Override
    public Paged<OrderRow> search(OrderSearch search, PageQuery page) {
        var where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        var params = new HashMap<String, Object>();
        condition(where, params, "o.id = :id", "id", search.orderId());
        condition(where, params, "o.member_id in (select id from users where username = :member or phone = :member)",
                "member", search.member());
        condition(where, params, "o.community_id = :community", "community", search.communityId());
        condition(where, params, "o.group_buy_id = :groupBuy", "groupBuy", search.groupBuyId());
        condition(where, params, "o.status = :status", "status", search.status() == null ? null : search.status().name());
        condition(where, params, "o.placed_at >= :from", "from", at(search.fromInstant()));
        condition(where, params, "o.placed_at < :until", "until", at(search.untilInstant()));
        sql.beforeSql();
        var total = jdbc.sql("select count(*) from (select 1 from orders o" + where + " limit :cap) matching")
                .params(params).param("cap", OrderSearch.COUNT_CAP + 1).query(Long.class).single();
        var rows = jdbc.sql("""
                        select o.id, o.placed_at, o.status, o.payment_status, o.group_buy_id, u.display_name, u.username,
                               u.phone, c.name as community, g.title,
                               (select coalesce(sum((l.quantity - l.short_quantity) * coalesce(l.final_unit_price, l.unit_price)), 0)
                                from order_lines l where l.order_id = o.id and l.status = 'ACTIVE') as total
                        from orders o
                        join users u on u.id = o.member_id
                        join communities c on c.id = o.community_id
                        join group_buys g on g.id = o.group_buy_id""" + where
                        + " order by o.placed_at desc, o.id desc limit :size offset :offset")
                .params(params).param("size", page.size()).param("offset", (long) page.page() * page.size())
                .query((row, n) -> new OrderRow(row.getLong("id"), instant(row, "placed_at"),
                        OrderStatus.valueOf(row.getString("status")), PaymentStatus.valueOf(row.getString("payment_status")),
                        row.getString("display_name"), row.getString("username"), row.getString("phone"),
                        row.getString("community"), row.getLong("group_buy_id"), row.getString("title"),
                        Money.ofFen(row.getLong("total"))))
                .list();
        return new Paged<>(rows, page.page(), page.size(), total);
    }

    private static void condition(StringJoiner where, Map<String, Object> params, String condition, String name,
                                  Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }
}
