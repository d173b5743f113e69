-- A community's buyers (the admin dashboard of one community, the leader's members) were grouped from a
-- month of its orders at every view: some 23,000 orders for the busiest community. Now each community has
-- bitmaps of its own, over seats: its buyers numbered from 0 in the order they were first decided, so
-- even the busiest community's fit one chunk. The orders still open are counted live beside them, as for
-- everything (V54), each open order's buyer found by number.

alter table insight_buyers add column seat integer;
create unique index insight_buyers_seat_uk on insight_buyers (community_id, seat);
create unique index insight_buyers_number_uk on insight_buyers (number) include (seat);
create index insight_open_orders_community_ix on insight_open_orders (community_id, placed_at) include (number);

-- As insight_buyer_days, per community and over seats; stored plain for the same reason (V54).
create table insight_community_buyer_days (
    community_id bigint    not null,
    day          date      not null,
    chunk        integer   not null,
    once         bit(8192) not null,
    twice        bit(8192) not null,
    primary key (community_id, day, chunk)
);
alter table insight_community_buyer_days alter column once set storage plain, alter column twice set storage plain;

-- Whenever group-buys are decided (insight_record_decided records them in insight_decided): their buyers
-- get a seat in their community if they had none, and their orders' bits are set. Two decisions in one
-- community would take the same next seats, so they take turns, by community.
create function insight_seat_buyers(group_buy_ids bigint[]) returns void language plpgsql as $$
begin
    create temporary table decided_orders on commit drop as
    select o.community_id, o.member_id, (o.placed_at at time zone 'Asia/Shanghai')::date as day
    from orders o
    where o.group_buy_id = any (group_buy_ids) and o.status not in ('PLACED', 'CANCELLED');
    perform pg_advisory_xact_lock(hashtextextended('insight_seat', community_id))
    from (select distinct community_id from decided_orders order by 1) communities;
    insert into insight_buyers (community_id, member_id)
    select distinct community_id, member_id from decided_orders order by 1, 2
    on conflict do nothing;
    update insight_buyers b set seat = fresh.seat
    from (select b.community_id, b.member_id,
                 coalesce((select max(s.seat) from insight_buyers s where s.community_id = b.community_id), -1)
                 + row_number() over (partition by b.community_id order by b.member_id) as seat
          from insight_buyers b
          where b.seat is null and (b.community_id, b.member_id) in (select community_id, member_id from decided_orders)) fresh
    where b.community_id = fresh.community_id and b.member_id = fresh.member_id;
    insert into insight_community_buyer_days as d (community_id, day, chunk, once, twice)
    select community_id, day, seat / 8192, bit_or(set_bit(0::bit(8192), seat % 8192, 1)),
           bit_or(set_bit(0::bit(8192), seat % 8192, case when orders > 1 then 1 else 0 end))
    from (select o.community_id, o.day, b.seat, count(*) as orders
          from decided_orders o join insight_buyers b on b.community_id = o.community_id and b.member_id = o.member_id
          group by 1, 2, 3) seated
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (community_id, day, chunk) do update
        set twice = d.twice | excluded.twice | (d.once & excluded.once), once = d.once | excluded.once;
    drop table decided_orders;
end $$;

create function insight_seat_decided_buyers() returns trigger language plpgsql as $$
begin
    perform insight_seat_buyers(array(select group_buy_id from recorded));
    return null;
end $$;
create trigger insight_group_buy_seated after insert on insight_decided
    referencing new table as recorded for each statement execute function insight_seat_decided_buyers();

-- a rebuild (insight_rebuild) truncates insight_decided and decides everything again
create function insight_forget_community_buyers() returns trigger language plpgsql as $$
begin
    truncate insight_community_buyer_days;
    return null;
end $$;
create trigger insight_decided_truncated after truncate on insight_decided
    for each statement execute function insight_forget_community_buyers();

select insight_seat_buyers(array(select group_buy_id from insight_decided));
