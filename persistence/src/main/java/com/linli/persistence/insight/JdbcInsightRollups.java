package com.linli.persistence.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.insight.InsightRollups;
import com.linli.persistence.shared.SqlBesideJpa;

/**
 * Recounts a group-buy's rows of {@code insight_sales} (V52) set-based: one statement deletes them,
 * one writes them again from its orders, lines and items (a few thousand orders at most), the same
 * way V52 filled the table for every group-buy.
 */
@Repository
class JdbcInsightRollups implements InsightRollups {

    private final JdbcClient jdbc;
    private final SqlBesideJpa sqlBesideJpa;

    JdbcInsightRollups(JdbcClient jdbc, SqlBesideJpa sqlBesideJpa) {
        this.jdbc = jdbc;
        this.sqlBesideJpa = sqlBesideJpa;
    }

    @Override
    public void recountSales(long groupBuyId) {
        sqlBesideJpa.beforeSql();
        jdbc.sql("delete from insight_sales where group_buy_id = :groupBuy").param("groupBuy", groupBuyId).update();
        jdbc.sql("""
                        insert into insight_sales (group_buy_id, day, kind, community_id, leader_id, product_id,
                                                   category_id, orders, gmv, short_orders, shortages)
                        select group_buy_id, day, case grouping(product_id, category_id) when 3 then 0 when 1 then 1 else 2 end,
                               community_id, leader_id, product_id, category_id, count(distinct order_id), sum(amount),
                               count(distinct order_id) filter (where shortage > 0), sum(shortage)
                        from (
                            select g.id as group_buy_id, (o.placed_at at time zone 'Asia/Shanghai')::date as day,
                                   g.community_id, g.leader_id, o.id as order_id, i.product_id, p.category_id,
                                   sum(l.quantity::bigint * coalesce(l.final_unit_price, l.unit_price)) as amount,
                                   case when row_number() over (partition by o.id order by i.product_id) = 1
                                        then o.shortage_amount else 0 end as shortage
                            from group_buys g
                            join orders o on o.group_buy_id = g.id
                            join order_lines l on l.order_id = o.id and l.status = 'ACTIVE'
                            join group_buy_items i on i.id = l.item_id
                            join products p on p.id = i.product_id
                            where g.id = :groupBuy and o.status in ('CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP', 'RETURNED')
                            group by o.id, g.id, i.product_id, p.category_id) sold
                        group by grouping sets ((group_buy_id, day, community_id, leader_id),
                                                (group_buy_id, day, community_id, leader_id, product_id),
                                                (group_buy_id, day, community_id, leader_id, category_id))""")
                .param("groupBuy", groupBuyId).update();
    }
}
