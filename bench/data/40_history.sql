-- A year of closed group-buys with their orders, lines, transitions and notifications.
--  * group-buys per community follow the community's order share (c^-0.8); each has 1-3 items,
--    the first one's product Zipf-distributed (product 1 is everywhere), and its order count
--    grows with that product's popularity;
--  * orders take distinct members of the community; 4 % are cancelled by their member before the
--    cutoff; the others were decided at the cutoff: lines of items below their threshold voided,
--    the rest charged the tier reached; orders of group-buys whose pickup date has passed were
--    picked up (PAID), those still to be collected are CONFIRMED with pickup codes unique at
--    their pickup point;
--  * every item's sold counter is the sum of the lines of its orders that were not cancelled.
-- Ids: group-buys numbered by creation time; item = group-buy * 4 + j; order lines = order * 4 + j;
-- transitions = order * 8 + step; notification = order.
select * from bench.params \gset
set local session_replication_role = replica;  -- no per-row foreign-key triggers; 90_check.sql verifies them
set local work_mem = '256MB';
set local maintenance_work_mem = '1GB';
call bench.defer_indexes(array['group_buys', 'group_buy_items', 'orders', 'order_lines', 'order_transitions', 'notifications']);

-- quantity of item j in order i of a group-buy, 0 for none: every order takes the item its number
-- points at and each other item three times in ten; mostly 1, capped by the per-member limit
create or replace function bench.line_qty(order_id bigint, i int, j int, n_items int, per_member_limit int) returns int
    language sql immutable parallel safe
    as $$
    select case
               when j >= n_items then 0
               when j = i % n_items or bench.u(order_id, 52 + j) < 0.3 then
                   least(coalesce(per_member_limit, 999),
                         case when bench.u(order_id, 60 + j) < 0.7 then 1
                              when bench.u(order_id, 60 + j) < 0.9 then 2
                              else 3 + floor(bench.u(order_id, 63 + j) * 3)::int end)
               else 0 end $$;

create table bench.gb as
with slots as (
    select b.c, j, b.order_share, cs.size, b.leader_id,
           :'generated_at'::timestamptz - interval '365 days' + bench.u(b.c * 100000 + j, 40) * interval '363 days' as created_at
    from bench.community b
    join bench.community_size cs using (c),
    generate_series(1, greatest(1, round(:group_buys * b.order_share))::int) j
), shaped as (
    select row_number() over (order by created_at, c, j) as id, s.*,
           bench.zipf(c * 100000 + j, 41, :products) as p1,
           case when bench.u(c * 100000 + j, 42) < 0.6 then 1 when bench.u(c * 100000 + j, 42) < 0.9 then 2 else 3 end as n_items,
           bench.u(c * 100000 + j, 43) < 0.01 as cancelled,
           ((((created_at at time zone 'Asia/Shanghai')::date + 1 + bench.pick(c * 100000 + j, 44, 3) - 1) + time '21:00')
               at time zone 'Asia/Shanghai') as closes_at
    from slots s
), weighted as (
    select *, power(:products::float8 / p1, 0.35) as popularity,
           :orders * order_share / count(*) over (partition by c) as orders_per_group_buy
    from shaped where closes_at < :'generated_at'::timestamptz - interval '1 hour'
)
select id, c, leader_id, size, p1, n_items, created_at, closes_at,
       (closes_at at time zone 'Asia/Shanghai')::date + 1 as pickup_date,
       case when cancelled then 'CANCELLED'
            when (closes_at at time zone 'Asia/Shanghai')::date + 1 < (:'generated_at'::timestamptz at time zone 'Asia/Shanghai')::date then 'COMPLETED'
            else 'CLOSED' end as status,
       case when cancelled then 0
            else least(size, greatest(1, round(orders_per_group_buy * popularity / avg(popularity) over ())))::int end as n_orders,
       floor(bench.u(id, 45) * size)::int as member_offset
from weighted;
alter table bench.gb add primary key (id);
alter table bench.gb add column order_base bigint;
update bench.gb g set order_base = s.base from (select id, sum(n_orders) over (order by id) - n_orders as base from bench.gb) s
where s.id = g.id;

create table bench.item as
select g.id * 4 + j as id, g.id as gb, j, p.id as product_id, p.name as product_name, p.unit,
       price, 5 + floor(bench.u(g.id * 4 + j, 46) * 20)::int as threshold,
       case when bench.u(g.id * 4 + j, 47) < 0.3 then 2 + floor(bench.u(g.id * 4 + j, 48) * 4)::int end as per_member_limit,
       bench.u(g.id * 4 + j, 49) < 0.2 and price - p.floor_price >= 10 as tiered,
       price - (price - p.floor_price) / 3 as tier1_price, price - 2 * (price - p.floor_price) / 3 as tier2_price,
       0 as sold, 'PENDING' as outcome, null::bigint as final_price, null::int as stock_limit
from bench.gb g, generate_series(0, g.n_items - 1) j,
     lateral (select * from products where id = (g.p1 - 1 + j * 337) % :products + 1) p,
     lateral (select p.floor_price + round((p.retail_price - p.floor_price) * (0.2 + 0.6 * bench.u(g.id * 4 + j, 50)))::bigint as price) pr;
alter table bench.item add primary key (id);
create index on bench.item (gb);

-- what the orders sold, then each item's outcome as the cutoff decided it
update bench.item it set sold = s.sold
from (select it.id, sum(bench.line_qty(g.order_base + i + 1, i, it.j, g.n_items, it.per_member_limit)) as sold
      from bench.gb g join bench.item it on it.gb = g.id, generate_series(0, g.n_orders - 1) i
      where bench.u(g.order_base + i + 1, 51) >= 0.04
      group by it.id) s
where s.id = it.id;
update bench.item it
set outcome = case when g.status = 'CANCELLED' then 'PENDING' when sold >= threshold then 'SUCCEEDED' else 'FAILED' end,
    final_price = case when g.status = 'CANCELLED' or sold < threshold then null
                       when tiered and sold >= 50 then tier2_price
                       when tiered and sold >= 20 then tier1_price
                       else price end,
    stock_limit = case when bench.u(it.id, 55) < 0.4 then null
                       when bench.u(it.id, 55) < 0.6 then greatest(threshold, sold)
                       else greatest(threshold, sold) + 10 + floor(bench.u(it.id, 56) * 100)::int end
from bench.gb g where g.id = it.gb;

insert into group_buys (id, community_id, leader_id, title, pitch, closes_at, pickup_date, status, created_at, updated_at, closed_at, version)
select g.id, g.c, g.leader_id,
       left(bench.one_of(g.id, 57, array['【今日特价】', '【产地直发】', '【限时团】', '【新品尝鲜】', '【邻里爆款】', ''])
                || it.product_name || case when g.n_items > 1 then ' 等 ' || g.n_items || ' 件' else '' end, 100),
       '今晚 9 点截单，明天下午到店自提。',
       g.closes_at, g.pickup_date, g.status, g.created_at,
       case when g.status = 'CANCELLED' then g.created_at + interval '2 hours' else g.closes_at + interval '1 minute' end,
       case when g.status = 'CANCELLED' then null else g.closes_at + interval '1 minute' end,
       2
from bench.gb g join bench.item it on it.id = g.id * 4;

insert into group_buy_items (id, group_buy_id, community_id, product_id, product_name, unit, price, threshold,
                             stock_limit, per_member_limit, sold, outcome, final_price)
select it.id, it.gb, g.c, it.product_id, it.product_name, it.unit, it.price, it.threshold,
       it.stock_limit, it.per_member_limit, it.sold, it.outcome, it.final_price
from bench.item it join bench.gb g on g.id = it.gb;

insert into group_buy_item_tiers (item_id, min_quantity, price)
select id, 20, tier1_price from bench.item where tiered
union all
select id, 50, tier2_price from bench.item where tiered;

-- the orders, computed once and written to the four tables in one statement
with decided as materialized (
    select s.*,
           case when cancelled then 'CANCELLED'
                when not any_succeeded then 'VOIDED'
                when gb_status = 'COMPLETED' then 'PICKED_UP'
                else 'CONFIRMED' end as status,
           case when cancelled then placed_at + (closes_at - placed_at) * bench.u(order_id, 54) end as cancelled_at,
           closes_at + interval '1 minute' as decided_at,
           (pickup_date + time '08:00') at time zone 'Asia/Shanghai' as ready_at,
           (pickup_date + time '08:00') at time zone 'Asia/Shanghai' + bench.u(order_id, 58) * interval '12 hours' as picked_up_at
    from (select o.order_id, g.id as gb, g.c, g.leader_id, mo.member_id, g.status as gb_status, g.closes_at,
                 g.pickup_date, i, g.n_items,
                 g.created_at + (g.closes_at - g.created_at) * ((i + bench.u(o.order_id, 53)) / g.n_orders) as placed_at,
                 bench.u(o.order_id, 51) < 0.04 as cancelled,
                 agg.any_succeeded, agg.any_failed
          from bench.gb g, generate_series(0, g.n_orders - 1) i,
               lateral (select g.order_base + i + 1 as order_id) o,
               lateral (select bool_or(it.outcome = 'SUCCEEDED') as any_succeeded, bool_or(it.outcome <> 'SUCCEEDED') as any_failed
                        from bench.item it
                        where it.gb = g.id and bench.line_qty(o.order_id, i, it.j, g.n_items, it.per_member_limit) > 0) agg,
               bench.member_of mo
          where mo.c = g.c and mo.k = (g.member_offset + i) % g.size + 1) s
), orders_written as (
    insert into orders (id, group_buy_id, community_id, member_id, status, payment_status, pickup_code, idempotency_key,
                        placed_at, updated_at, version)
    select order_id, gb, c, member_id, status, case when status = 'PICKED_UP' then 'PAID' else 'UNPAID' end,
           case when status in ('CONFIRMED', 'PICKED_UP') then bench.pickup_code(c, order_id) end, null,
           placed_at,
           case status when 'CANCELLED' then cancelled_at when 'PICKED_UP' then picked_up_at else decided_at end,
           case status when 'PICKED_UP' then 3 else 1 end
    from decided
), transitions_written as (
    insert into order_transitions (id, order_id, community_id, from_status, to_status, actor_id, at)
    select order_id * 8 + t.step, order_id, c, t.from_status, t.to_status, t.actor_id, t.at
    from decided d,
         lateral (values (0, null, 'PLACED', d.member_id, d.placed_at),
                         (1, 'PLACED', case when d.cancelled then 'CANCELLED' when d.status = 'VOIDED' then 'VOIDED' else 'CONFIRMED' end,
                          case when d.cancelled then d.member_id end, coalesce(d.cancelled_at, d.decided_at)),
                         (2, 'CONFIRMED', 'READY_FOR_PICKUP', d.leader_id, d.ready_at),
                         (3, 'READY_FOR_PICKUP', 'PICKED_UP', d.leader_id, d.picked_up_at)) t(step, from_status, to_status, actor_id, at)
    where t.step < 2 or d.status = 'PICKED_UP'
), notifications_written as (
    insert into notifications (id, user_id, community_id, group_buy_id, order_id, kind, group_buy_title, created_at, read_at)
    select d.order_id, d.member_id, d.c, d.gb, d.order_id,
           case when d.status = 'VOIDED' then 'ORDER_VOIDED' when d.any_failed then 'ORDER_PARTLY_CONFIRMED' else 'ORDER_CONFIRMED' end,
           gb.title, d.decided_at,
           case when d.gb_status = 'COMPLETED' or bench.u(d.order_id, 59) < 0.5 then d.decided_at + interval '3 hours' end
    from decided d join group_buys gb on gb.id = d.gb
    where not d.cancelled
)
insert into order_lines (id, order_id, community_id, item_id, product_name, unit, quantity, unit_price, final_unit_price, status)
select d.order_id * 4 + it.j, d.order_id, d.c, it.id, it.product_name, it.unit,
       bench.line_qty(d.order_id, d.i, it.j, d.n_items, it.per_member_limit), it.price,
       case when not d.cancelled and it.outcome = 'SUCCEEDED' then it.final_price end,
       case when not d.cancelled and it.outcome <> 'SUCCEEDED' then 'VOIDED' else 'ACTIVE' end
from decided d join bench.item it on it.gb = d.gb
where bench.line_qty(d.order_id, d.i, it.j, d.n_items, it.per_member_limit) > 0;

call bench.restore_indexes();
