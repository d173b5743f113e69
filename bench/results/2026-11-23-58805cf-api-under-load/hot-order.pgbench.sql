-- hot-order: 20 statements captured from one request, replayed per transaction
\set n random(1, 5000)
select primary_id as spid, session_id as sid, member_id as member from bench.session where scenario = 'hot-order' and n = :n \gset
\set k :k + 1
\set member 2001000001 + :client_id + :k * :clients
\set new1 100000000000000 + random(1, 100000000000000)
\set new2 100000000000000 + random(1, 100000000000000)
\set new3 100000000000000 + random(1, 100000000000000)
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = :sid;
COMMIT;
BEGIN;
select gb1_0.id,gb1_0.closed_at,gb1_0.closes_at,gb1_0.community_id,gb1_0.created_at,gb1_0.leader_id,gb1_0.pickup_date,gb1_0.pitch,gb1_0.status,gb1_0.title,gb1_0.updated_at,gb1_0.version from group_buys gb1_0 where gb1_0.id='900000003' for share of gb1_0;
select i1_0.group_buy_id,i1_0.id,i1_0.community_id,i1_0.final_price,i1_0.outcome,i1_0.per_member_limit,i1_0.price,i1_0.product_id,i1_0.product_name,i1_0.sold,i1_0.stock_limit,i1_0.supplier_id,i1_0.supply_price,i1_0.threshold,i1_0.unit from group_buy_items i1_0 where i1_0.group_buy_id='900000003' order by i1_0.id;
select t1_0.item_id,t1_0.min_quantity,t1_0.price from group_buy_item_tiers t1_0 where t1_0.item_id='3600000012' order by t1_0.min_quantity;
select c1_0.id,c1_0.city,c1_0.created_at,c1_0.district,c1_0.invite_code,c1_0.name,c1_0.pickup_point_id,pp1_0.id,pp1_0.address,pp1_0.contact_phone,pp1_0.created_at,pp1_0.name,pp1_0.opening_hours,pp1_0.updated_at,c1_0.status,c1_0.updated_at from communities c1_0 join pickup_points pp1_0 on pp1_0.id=c1_0.pickup_point_id where c1_0.id='1' and exists(select m1_0.id from memberships m1_0 where m1_0.community_id=c1_0.id and m1_0.member_id=:member);
select o1_0.id,o1_0.community_id,o1_0.group_buy_id,o1_0.member_id,o1_0.payment_status,o1_0.pickup_code,o1_0.placed_at,o1_0.refunded_amount,o1_0.shortage_amount,o1_0.status,o1_0.updated_at,o1_0.version from orders o1_0 where o1_0.group_buy_id='900000003' and o1_0.member_id=:member and o1_0.status<>'CANCELLED' for no key update of o1_0;
insert into orders (community_id,group_buy_id,member_id,payment_status,pickup_code,placed_at,refunded_amount,status,updated_at,version,id) values ('1','900000003',:member,'UNPAID',NULL,'2026-11-23 17:23:14.744508+00','0','PLACED','2026-11-23 17:23:14.744508+00','0',:new1);
insert into order_lines (community_id,final_unit_price,item_id,order_id,product_name,quantity,refunded_quantity,status,unit,unit_price,id) values ('1',NULL,'3600000012',:new1,'本地丑橘','1','0','ACTIVE','袋','6444',:new2);
insert into order_transitions (actor_id,at,community_id,from_status,order_id,to_status,id) values (:member,'2026-11-23 17:23:14.744508+00','1',NULL,:new1,'PLACED',:new3);
with taken as (update group_buy_items set sold = sold + '1'
where id = '3600000012' and sold + '1' <= coalesce(stock_limit, '1000000') returning 1) select count(*) as stocked1 from taken \gset
\if :stocked1
COMMIT;
\else
ROLLBACK;
\endif
BEGIN;
INSERT INTO SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
VALUES (:spid, 'org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS', '\xaced0005737200296a6176612e7574696c2e636f6e63757272656e742e436f70794f6e577269746541727261794c697374785d9fd546ab90c30300007870770400000001737200286f72672e737072696e676672616d65776f726b2e7765622e736572766c65742e466c6173684d61703a3487c188b3c9e20200034a000e65787069726174696f6e54696d654c001374617267657452657175657374506172616d737400284c6f72672f737072696e676672616d65776f726b2f7574696c2f4d756c746956616c75654d61703b4c001174617267657452657175657374506174687400124c6a6176612f6c616e672f537472696e673b787200116a6176612e7574696c2e486173684d61700507dac1c31660d103000246000a6c6f6164466163746f724900097468726573686f6c6478703f40000000000001770800000002000000017400076d65737361676574000c6f726465722e706c6163656478000001a20971b0417372002c6f72672e737072696e676672616d65776f726b2e7574696c2e4c696e6b65644d756c746956616c75654d617034c04e5c106cc0fb0200007872002d6f72672e737072696e676672616d65776f726b2e7574696c2e4d756c746956616c75654d617041646170746572143d4d27cf263b210200014c00097461726765744d617074000f4c6a6176612f7574696c2f4d61703b7870737200176a6176612e7574696c2e4c696e6b6564486173684d617034c04e5c106cc0fb0200015a000b6163636573734f726465727871007e00053f400000000000047708000000040000000078007400152f67726f75702d627579732f39303030303030303378')
ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES;
COMMIT;
