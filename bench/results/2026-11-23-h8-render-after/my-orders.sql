-- GET /orders: HTTP 200, 3 statements in 2 transactions (BEGIN … COMMIT), plus autocommit ones
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '3e8ee7e0-3c38-4a62-acce-17e6e7ade1bf';
COMMIT;
BEGIN READ ONLY;
with page as (
    select o.id, o.status, o.pickup_code, o.placed_at, o.group_buy_id, o.community_id,
           count(*) over () as total
    from orders o where o.member_id = '2100000001'
    order by o.placed_at desc, o.id desc
    limit '20' offset '0'
)
select page.*, g.title, g.pickup_date, pp.name as point_name, l.product_name, l.quantity,
       (l.quantity - l.short_quantity) * coalesce(l.final_unit_price, l.unit_price) as amount
from page
join group_buys g on g.id = page.group_buy_id
join communities c on c.id = page.community_id
join pickup_points pp on pp.id = c.pickup_point_id
left join order_lines l on l.order_id = page.id and l.status = 'ACTIVE'
order by page.placed_at desc, page.id desc, l.id;
COMMIT;
select count(*) from notifications where user_id = '2100000001' and read_at is null;
