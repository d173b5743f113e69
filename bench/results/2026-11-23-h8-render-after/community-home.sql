-- GET /c/1: HTTP 200, 4 statements in 2 transactions (BEGIN … COMMIT), plus autocommit ones
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '22db69d0-2e27-4d19-8333-5e536d47c60f';
COMMIT;
BEGIN READ ONLY;
select c1_0.id,c1_0.city,c1_0.created_at,c1_0.district,c1_0.invite_code,c1_0.name,c1_0.pickup_point_id,pp1_0.id,pp1_0.address,pp1_0.contact_phone,pp1_0.created_at,pp1_0.name,pp1_0.opening_hours,pp1_0.updated_at,c1_0.status,c1_0.updated_at from communities c1_0 join pickup_points pp1_0 on pp1_0.id=c1_0.pickup_point_id where c1_0.id='1' and exists(select m1_0.id from memberships m1_0 where m1_0.community_id=c1_0.id and m1_0.member_id='2001000001');
with shown as (
    (select id, true as open from group_buys
     where community_id = '1' and status = 'OPEN')
    union all
    (select id, false from group_buys
     where community_id = '1' and status in ('CLOSED', 'DELIVERING', 'READY', 'COMPLETED')
     order by closes_at desc, id desc
     limit '20' offset '0')
)
select g.id, g.title, g.status, g.closes_at, shown.open,
       i.product_name, i.price, i.threshold, i.sold, i.stock_limit, i.outcome,
       (select count(*) from group_buys c where c.community_id = '1'
          and c.status in ('CLOSED', 'DELIVERING', 'READY', 'COMPLETED')) as closed_total
from shown
join group_buys g on g.id = shown.id
join group_buy_items i on i.group_buy_id = g.id
order by shown.open desc, case when shown.open then g.closes_at end,
         g.closes_at desc, g.id, i.id;
COMMIT;
select count(*) from notifications where user_id = '2001000001' and read_at is null;
