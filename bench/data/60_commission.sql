-- The commission ledger of the last 90 days (what the dashboards read over their longest preset,
-- with room): one EARNED entry per successful line of an order picked up, at 10 % of what it was
-- charged, recorded two days after the order was placed (the day of its pickup), for the leader who
-- ran the group-buy. Older pickups stay without entries: no page reads that far back by default.
-- Foreign keys are those of existing rows; their triggers are skipped, as in the bulk load.
set local session_replication_role = replica;

update order_lines l set commission_rate_bp = 1000
from orders o
where o.id = l.order_id and o.status = 'PICKED_UP' and l.status = 'ACTIVE'
  and o.placed_at >= (select generated_at from bench.params) - interval '90 days';

insert into commission_entries (id, kind, order_line_id, order_id, group_buy_id, community_id, leader_id, units,
                                base_amount, rate_bp, amount, refund_id, recorded_at)
select l.id, 'EARNED', l.id, o.id, o.group_buy_id, o.community_id, g.leader_id, l.quantity,
       l.quantity::bigint * l.final_unit_price, 1000,
       -- 10 % half-even to the fen, as the ledger rounds
       round((l.quantity::bigint * l.final_unit_price) / 10.0
             - case when (l.quantity::bigint * l.final_unit_price) % 20 = 5 then 0.5 else 0 end),
       null, o.placed_at + interval '2 days'
from orders o
join order_lines l on l.order_id = o.id and l.status = 'ACTIVE'
join group_buys g on g.id = o.group_buy_id
where o.status = 'PICKED_UP' and o.placed_at >= (select generated_at from bench.params) - interval '90 days';

select setval('commission_entries_seq', (select max(id) + 1 from commission_entries));
analyze order_lines;
analyze commission_entries;
