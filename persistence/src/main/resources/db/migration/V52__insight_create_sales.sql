-- The dashboards' sales, rolled up per group-buy and day in China (the day each order was placed),
-- so a period's GMV, orders and shortages add up a few thousand rows instead of re-reading hundreds
-- of thousands of orders and their lines. kind 0 is the group-buy's confirmed orders; kind 1 one row
-- per product, kind 2 per category (an order counts once in each category it has a line of); short
-- orders and shortages are read from kind 0 only. The insight feature owns it; V53 fills it.
create table insight_sales (
    group_buy_id bigint   not null,
    day          date     not null,
    kind         smallint not null,
    community_id bigint   not null,
    leader_id    bigint   not null,
    product_id   bigint,
    category_id  bigint,
    orders       integer  not null,
    gmv          bigint   not null,
    short_orders integer  not null,
    shortages    bigint   not null
);
create index insight_sales_group_buy_ix on insight_sales (group_buy_id);
create index insight_sales_day_ix on insight_sales (kind, day)
    include (community_id, leader_id, product_id, category_id, orders, gmv, short_orders, shortages);
create index insight_sales_community_day_ix on insight_sales (community_id, kind, day)
    include (leader_id, product_id, category_id, orders, gmv, short_orders, shortages);

-- Recounts the sales of these group-buys from their orders as they are now, replacing what was counted:
-- called whenever their confirmed orders' status or amounts change after the cutoff (JdbcInsightRollups),
-- and for every group-buy when the rollups are rebuilt (insight_rebuild, V53). A function, so the one and
-- the many share one statement.
create function insight_recount_sales(group_buy_ids bigint[]) returns void language sql as $$
    delete from insight_sales where group_buy_id = any (group_buy_ids);
    insert into insight_sales (group_buy_id, day, kind, community_id, leader_id, product_id, category_id, orders, gmv,
                               short_orders, shortages)
    select group_buy_id, day, case grouping(product_id, category_id) when 3 then 0 when 1 then 1 else 2 end,
           community_id, leader_id, product_id, category_id, count(distinct order_id), sum(amount),
           count(distinct order_id) filter (where shortage > 0), sum(shortage)
    from (
        select g.id as group_buy_id, (o.placed_at at time zone 'Asia/Shanghai')::date as day, g.community_id,
               g.leader_id, o.id as order_id, i.product_id, p.category_id,
               sum(l.quantity::bigint * coalesce(l.final_unit_price, l.unit_price)) as amount,
               case when row_number() over (partition by o.id order by i.product_id) = 1
                    then o.shortage_amount else 0 end as shortage
        from group_buys g
        join orders o on o.group_buy_id = g.id
        join order_lines l on l.order_id = o.id and l.status = 'ACTIVE'
        join group_buy_items i on i.id = l.item_id
        join products p on p.id = i.product_id
        where g.id = any (group_buy_ids) and o.status in ('CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP', 'RETURNED')
        group by o.id, g.id, i.product_id, p.category_id) sold
    group by grouping sets ((group_buy_id, day, community_id, leader_id),
                            (group_buy_id, day, community_id, leader_id, product_id),
                            (group_buy_id, day, community_id, leader_id, category_id));
$$;
