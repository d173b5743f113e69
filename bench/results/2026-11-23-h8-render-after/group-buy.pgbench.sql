-- group-buy: 12 statements captured from one request, replayed per transaction
\set n random(1, 256)
select primary_id as spid, session_id as sid, member_id as member from bench.session where scenario = 'group-buy' and n = :n \gset
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = :sid;
COMMIT;
BEGIN READ ONLY;
select gb1_0.id,gb1_0.closed_at,gb1_0.closes_at,gb1_0.community_id,gb1_0.created_at,gb1_0.leader_id,gb1_0.pickup_date,gb1_0.pitch,gb1_0.status,gb1_0.title,gb1_0.updated_at,gb1_0.version,i1_0.group_buy_id,i1_0.id,i1_0.community_id,i1_0.final_price,i1_0.outcome,i1_0.per_member_limit,i1_0.price,i1_0.product_id,i1_0.product_name,i1_0.sold,i1_0.stock_limit,i1_0.supplier_id,i1_0.supply_price,i1_0.threshold,i1_0.unit from group_buys gb1_0 left join group_buy_items i1_0 on gb1_0.id=i1_0.group_buy_id where gb1_0.id='900000001' order by i1_0.id;
select t1_0.item_id,t1_0.min_quantity,t1_0.price from group_buy_item_tiers t1_0 where t1_0.item_id = any ('{3600000005,3600000004}') order by t1_0.min_quantity;
select c1_0.id,c1_0.city,c1_0.created_at,c1_0.district,c1_0.invite_code,c1_0.name,c1_0.pickup_point_id,pp1_0.id,pp1_0.address,pp1_0.contact_phone,pp1_0.created_at,pp1_0.name,pp1_0.opening_hours,pp1_0.updated_at,c1_0.status,c1_0.updated_at from communities c1_0 join pickup_points pp1_0 on pp1_0.id=c1_0.pickup_point_id where c1_0.id='1' and exists(select m1_0.id from memberships m1_0 where m1_0.community_id=c1_0.id and m1_0.member_id=:member);
select o1_0.id,o1_0.community_id,o1_0.group_buy_id,o1_0.member_id,o1_0.payment_status,o1_0.pickup_code,o1_0.placed_at,o1_0.refunded_amount,o1_0.shortage_amount,o1_0.status,o1_0.updated_at,o1_0.version from orders o1_0 where o1_0.group_buy_id='900000001' and o1_0.member_id=:member and o1_0.status<>'CANCELLED';
select l1_0.order_id,l1_0.id,l1_0.community_id,l1_0.final_unit_price,l1_0.item_id,l1_0.product_name,l1_0.quantity,l1_0.refunded_quantity,l1_0.short_quantity,l1_0.status,l1_0.unit,l1_0.unit_price from order_lines l1_0 where l1_0.order_id='9001000000' order by l1_0.item_id;
with page as (
    select o.id, o.status, o.member_id, o.placed_at, count(*) over () as total
    from orders o
    where o.group_buy_id = '900000001' and o.status <> 'CANCELLED'
    order by o.placed_at, o.id
    limit NULL offset '0'
)
select page.id, page.status, page.total, u.display_name, u.phone, l.item_id, l.quantity
from page
join users u on u.id = page.member_id
left join order_lines l on l.order_id = page.id and l.status = 'ACTIVE'
order by page.placed_at, page.id, l.id;
COMMIT;
select count(*) from notifications where user_id = :member and read_at is null;
