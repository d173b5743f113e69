-- api-sell-out: 10 statements captured from one request, replayed per transaction
\set k :k + 1
\set n 1 + (:client_id + :k * :clients) % 20000
select member_id as member, group_buy_id as gb, item_id as item, community_id as community from bench.api_caller where scenario = 'api-sell-out' and n = :n \gset
\set new1 100000000000000 + random(1, 100000000000000)
\set new2 100000000000000 + random(1, 100000000000000)
\set new3 100000000000000 + random(1, 100000000000000)
BEGIN;
select gb1_0.id,gb1_0.closed_at,gb1_0.closes_at,gb1_0.community_id,gb1_0.created_at,gb1_0.leader_id,gb1_0.pickup_date,gb1_0.pitch,gb1_0.status,gb1_0.title,gb1_0.updated_at,gb1_0.version from group_buys gb1_0 where gb1_0.id=:gb for share of gb1_0;
select i1_0.group_buy_id,i1_0.id,i1_0.community_id,i1_0.final_price,i1_0.outcome,i1_0.per_member_limit,i1_0.price,i1_0.product_id,i1_0.product_name,i1_0.sold,i1_0.stock_limit,i1_0.supplier_id,i1_0.supply_price,i1_0.threshold,i1_0.unit from group_buy_items i1_0 where i1_0.group_buy_id=:gb order by i1_0.id;
select t1_0.item_id,t1_0.min_quantity,t1_0.price from group_buy_item_tiers t1_0 where t1_0.item_id=:item order by t1_0.min_quantity;
select c1_0.id,c1_0.city,c1_0.created_at,c1_0.district,c1_0.invite_code,c1_0.name,c1_0.pickup_point_id,pp1_0.id,pp1_0.address,pp1_0.contact_phone,pp1_0.created_at,pp1_0.name,pp1_0.opening_hours,pp1_0.updated_at,c1_0.status,c1_0.updated_at from communities c1_0 join pickup_points pp1_0 on pp1_0.id=c1_0.pickup_point_id where c1_0.id=:community and exists(select m1_0.id from memberships m1_0 where m1_0.community_id=c1_0.id and m1_0.member_id=:member);
insert into orders (community_id,group_buy_id,member_id,payment_status,pickup_code,placed_at,refunded_amount,status,updated_at,version,id) values (:community,:gb,:member,'UNPAID',NULL,'2026-11-23 17:28:57.679629+00','0','PLACED','2026-11-23 17:28:57.679629+00','0',:new1);
insert into order_lines (community_id,final_unit_price,item_id,order_id,product_name,quantity,refunded_quantity,status,unit,unit_price,id) values (:community,NULL,:item,:new1,'攀枝花土鸡蛋','1','0','ACTIVE','盒','5759',:new2);
insert into order_transitions (actor_id,at,community_id,from_status,order_id,to_status,id) values (:member,'2026-11-23 17:28:57.679629+00',:community,NULL,:new1,'PLACED',:new3);
with taken as (update group_buy_items set sold = sold + '1'
where id = :item and sold + '1' <= coalesce(stock_limit, '1000000') returning 1) select count(*) as stocked1 from taken \gset
\if :stocked1
COMMIT;
\else
ROLLBACK;
\endif
