-- The group-buys open right now (about :open_group_buys across the communities, the busiest
-- with about 50), each with the orders placed so far: PLACED, or CANCELLED by their member (5 %).
-- Every item's sold counter equals the quantities of the lines of its orders that are not cancelled.
-- Their cutoffs are moved forward at every run (fixtures/00_keep_open.sql), so they stay open.
select * from bench.params \gset
set local session_replication_role = replica;
set local work_mem = '256MB';

create table bench.open_gb as
with slots as (
    select b.c, slot, b.leader_id, cs.size
    from bench.community b
    join bench.community_size cs using (c),
    generate_series(1, floor(:open_group_buys * b.order_share + bench.u(b.c, 70))::int) slot
)
select (select max(id) from bench.gb) + row_number() over (order by c, slot) as id, s.*,
       bench.zipf(c * 1000 + slot, 71, :products) as p1,
       case when bench.u(c * 1000 + slot, 72) < 0.9 then 1 else 2 end as n_items,
       :'generated_at'::timestamptz - bench.u(c * 1000 + slot, 73) * interval '2 days' as created_at,
       ((((:'generated_at'::timestamptz at time zone 'Asia/Shanghai')::date + bench.pick(c * 1000 + slot, 74, 3)) + time '21:00')
           at time zone 'Asia/Shanghai') as closes_at
from slots s;
alter table bench.open_gb add primary key (id);
alter table bench.open_gb add column n_orders int, add column member_offset int, add column order_base bigint;
update bench.open_gb g
-- as many as a closed one of its product gets (5.5 is the mean popularity weight), times how far it has come
set n_orders = least(size, round(:orders::float8 / :group_buys * power(:products::float8 / p1, 0.35) / 5.5 * bench.u(id, 75)))::int,
    member_offset = floor(bench.u(id, 76) * size)::int;
update bench.open_gb g set order_base = s.base
from (select id, (select max(id) from orders where id < 9000000000) + sum(n_orders) over (order by id) - n_orders as base
      from bench.open_gb) s
where s.id = g.id;

insert into group_buys (id, community_id, leader_id, title, pitch, closes_at, pickup_date, status, created_at, updated_at, closed_at, version)
select g.id, g.c, g.leader_id,
       left(bench.one_of(g.id, 57, array['【今晚截单】', '【产地直发】', '【限时团】', '【新品尝鲜】', '【邻里爆款】', '']) || p.name
                || case when g.n_items > 1 then ' 等 2 件' else '' end, 100),
       '今晚 9 点截单，明天下午到店自提。', g.closes_at, (g.closes_at at time zone 'Asia/Shanghai')::date + 1, 'OPEN',
       g.created_at, g.created_at, null, 1
from bench.open_gb g join products p on p.id = g.p1;

insert into group_buy_items (id, group_buy_id, community_id, product_id, product_name, unit, price, threshold,
                             stock_limit, per_member_limit, sold, outcome, final_price)
select g.id * 4 + j, g.id, g.c, p.id, p.name, p.unit,
       p.floor_price + round((p.retail_price - p.floor_price) * (0.2 + 0.6 * bench.u(g.id * 4 + j, 50)))::bigint,
       5 + floor(bench.u(g.id * 4 + j, 46) * 20)::int, null,
       case when bench.u(g.id * 4 + j, 47) < 0.3 then 2 + floor(bench.u(g.id * 4 + j, 48) * 4)::int end,
       0, 'PENDING', null
from bench.open_gb g, generate_series(0, g.n_items - 1) j,
     lateral (select * from products where id = (g.p1 - 1 + j * 337) % :products + 1) p;

with placed as materialized (
    select g.order_base + i + 1 as order_id, g.id as gb, g.c, mo.member_id, i, g.n_items,
           g.created_at + (:'generated_at'::timestamptz - g.created_at) * ((i + bench.u(g.order_base + i + 1, 53)) / greatest(g.n_orders, 1)) as placed_at,
           bench.u(g.order_base + i + 1, 51) < 0.05 as cancelled
    from bench.open_gb g, generate_series(0, g.n_orders - 1) i, bench.member_of mo
    where mo.c = g.c and mo.k = (g.member_offset + i) % g.size + 1
), orders_written as (
    insert into orders (id, group_buy_id, community_id, member_id, status, payment_status, pickup_code, idempotency_key,
                        placed_at, updated_at, version)
    select order_id, gb, c, member_id, case when cancelled then 'CANCELLED' else 'PLACED' end, 'UNPAID', null, null,
           placed_at, case when cancelled then placed_at + interval '10 minutes' else placed_at end, case when cancelled then 1 else 0 end
    from placed
), transitions_written as (
    insert into order_transitions (id, order_id, community_id, from_status, to_status, actor_id, at)
    select order_id * 8, order_id, c, null, 'PLACED', member_id, placed_at from placed
    union all
    select order_id * 8 + 1, order_id, c, 'PLACED', 'CANCELLED', member_id, placed_at + interval '10 minutes' from placed where cancelled
)
insert into order_lines (id, order_id, community_id, item_id, product_name, unit, quantity, unit_price, final_unit_price, status)
select p.order_id * 4 + it.id % 4, p.order_id, p.c, it.id, it.product_name, it.unit,
       bench.line_qty(p.order_id, p.i, (it.id % 4)::int, p.n_items, it.per_member_limit), it.price, null, 'ACTIVE'
from placed p join group_buy_items it on it.group_buy_id = p.gb
where bench.line_qty(p.order_id, p.i, (it.id % 4)::int, p.n_items, it.per_member_limit) > 0;

update group_buy_items it
set sold = s.sold,
    stock_limit = case when bench.u(it.id, 55) < 0.5 then null else greatest(it.threshold, s.sold) + 20 + floor(bench.u(it.id, 56) * 180)::int end
from (select l.item_id, coalesce(sum(l.quantity) filter (where o.status <> 'CANCELLED'), 0) as sold
      from order_lines l join orders o on o.id = l.order_id
      where o.group_buy_id in (select id from bench.open_gb)
      group by l.item_id) s
where s.item_id = it.id;
