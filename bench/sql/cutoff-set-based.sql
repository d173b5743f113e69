-- 截单 of group-buy :gb as set-based SQL, the raw ceiling for the cutoff at scale: the same work
-- as the application's cutoff, in one transaction holding the group-buy's row exclusively. Each
-- item succeeds or fails by its sold counter against its threshold (charged the tier reached),
-- lines are charged or voided, orders confirmed with a free pickup code or voided, their
-- transitions recorded and their members notified, and the group-buy closed.
begin;
select id from group_buys where id = :gb and status = 'OPEN' for no key update;
update group_buy_items i
set outcome = case when i.sold >= i.threshold then 'SUCCEEDED' else 'FAILED' end,
    final_price = case when i.sold >= i.threshold then
        coalesce((select t.price from group_buy_item_tiers t where t.item_id = i.id and t.min_quantity <= i.sold
                  order by t.min_quantity desc limit 1), i.price) end
where i.group_buy_id = :gb;
update order_lines l
set status = case when i.outcome = 'SUCCEEDED' then 'ACTIVE' else 'VOIDED' end,
    final_unit_price = i.final_price
from orders o, group_buy_items i
where o.group_buy_id = :gb and o.status = 'PLACED' and l.order_id = o.id and i.id = l.item_id;
with decided as (
    select o.id, bool_or(l.status = 'ACTIVE') as confirmed, bool_or(l.status = 'VOIDED') as some_voided
    from orders o join order_lines l on l.order_id = o.id
    where o.group_buy_id = :gb and o.status = 'PLACED'
    group by o.id
), numbered as (
    select *, row_number() over (partition by confirmed order by id) as n from decided
), free_code as (
    select code, row_number() over (order by random()) as n
    from (select distinct lpad(floor(random() * 1000000)::int::text, 6, '0') as code
          from generate_series(1, (select 2 * count(*) + 1000 from decided))) candidates
    where code not in (select pickup_code from orders
                       where community_id = (select community_id from group_buys where id = :gb)
                         and status in ('CONFIRMED', 'READY_FOR_PICKUP') and pickup_code is not null)
), updated as (
    update orders o
    set status = case when d.confirmed then 'CONFIRMED' else 'VOIDED' end,
        pickup_code = case when d.confirmed then f.code end,
        updated_at = now(), version = o.version + 1
    from numbered d left join free_code f on d.confirmed and f.n = d.n
    where o.id = d.id
    returning o.id, o.community_id, o.member_id, o.status, d.some_voided
), transitions as (
    insert into order_transitions (id, order_id, community_id, from_status, to_status, actor_id, at)
    select nextval('order_transitions_seq'), id, community_id, 'PLACED', status, null, now() from updated
)
insert into notifications (id, user_id, community_id, group_buy_id, order_id, kind, group_buy_title, created_at, read_at)
select nextval('notifications_seq'), u.member_id, u.community_id, :gb, u.id,
       case when u.status = 'VOIDED' then 'ORDER_VOIDED' when u.some_voided then 'ORDER_PARTLY_CONFIRMED' else 'ORDER_CONFIRMED' end,
       g.title, now(), null
from updated u join group_buys g on g.id = :gb;
update group_buys set status = 'CLOSED', closed_at = now(), updated_at = now(), version = version + 1 where id = :gb;
commit;
