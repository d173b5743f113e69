-- GET /leader/group-buys/900000002: HTTP 200, 6 statements in 2 transactions (BEGIN … COMMIT), plus autocommit ones
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '31e667e9-29c8-4716-83da-970ca6c37ef2';
COMMIT;
BEGIN READ ONLY;
select l1_0.id,l1_0.community_id,l1_0.created_at,l1_0.status,l1_0.updated_at,l1_0.user_id from leaders l1_0 where l1_0.user_id='2000000001';
select gb1_0.id,gb1_0.closed_at,gb1_0.closes_at,gb1_0.community_id,gb1_0.created_at,gb1_0.leader_id,gb1_0.pickup_date,gb1_0.pitch,gb1_0.status,gb1_0.title,gb1_0.updated_at,gb1_0.version,i1_0.group_buy_id,i1_0.id,i1_0.community_id,i1_0.final_price,i1_0.outcome,i1_0.per_member_limit,i1_0.price,i1_0.product_id,i1_0.product_name,i1_0.sold,i1_0.stock_limit,i1_0.supplier_id,i1_0.supply_price,i1_0.threshold,i1_0.unit from group_buys gb1_0 left join group_buy_items i1_0 on gb1_0.id=i1_0.group_buy_id where gb1_0.id='900000002' order by i1_0.id;
select t1_0.item_id,t1_0.min_quantity,t1_0.price from group_buy_item_tiers t1_0 where t1_0.item_id = any ('{3600000009,3600000008}') order by t1_0.min_quantity;
with page as (
    select o.id, o.status, o.member_id, o.placed_at, count(*) over () as total
    from orders o
    where o.group_buy_id = '900000002' and o.status <> 'CANCELLED'
    order by o.placed_at, o.id
    limit '20' offset '0'
)
select page.id, page.status, page.total, u.display_name, u.phone, l.item_id, l.quantity
from page
join users u on u.id = page.member_id
left join order_lines l on l.order_id = page.id and l.status = 'ACTIVE'
order by page.placed_at, page.id, l.id;
COMMIT;
select count(*) from notifications where user_id = '2000000001' and read_at is null;
