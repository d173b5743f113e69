-- The dashboards' other figures, rolled up so that "30 days over everything" adds up a few thousand
-- rows. The insight feature owns these tables; it never changes what other features own.

-- Per community and day in China: memberships (as they exist now) by the day they were joined,
-- commission recorded that day (earned and reversed), and the items decided at the cutoff of the
-- group-buys that closed that day.
create table insight_days (
    community_id bigint  not null,
    day          date    not null,
    joined       integer not null default 0,
    accrued      bigint  not null default 0,
    succeeded    integer not null default 0,
    decided      integer not null default 0,
    primary key (community_id, day)
);
create index insight_days_day_ix on insight_days (day) include (community_id, joined, accrued, succeeded, decided);

-- Members per community now: those of a past day are these less those who joined after it.
create table insight_members (
    community_id bigint  primary key,
    members      integer not null
);

-- Memberships and commission entries are written by several features and by bulk loads: statement
-- triggers keep the counts exact for every writer, with one upsert per statement and no round trip.
-- "changed" holds the rows inserted (sign 1) or deleted (sign -1).
create function insight_count_members() returns trigger language plpgsql as $$
declare
    sign constant integer := tg_argv[0]::integer;
begin
    insert into insight_days as d (community_id, day, joined)
    select community_id, (joined_at at time zone 'Asia/Shanghai')::date, sign * count(*)
    from changed group by 1, 2 order by 1, 2
    on conflict (community_id, day) do update set joined = d.joined + excluded.joined;
    insert into insight_members as m (community_id, members)
    select community_id, sign * count(*) from changed group by 1 order by 1
    on conflict (community_id) do update set members = m.members + excluded.members;
    return null;
end $$;
create trigger insight_memberships_joined after insert on memberships
    referencing new table as changed for each statement execute function insight_count_members('1');
create trigger insight_memberships_left after delete on memberships
    referencing old table as changed for each statement execute function insight_count_members('-1');

create function insight_count_accrued() returns trigger language plpgsql as $$
begin
    insert into insight_days as d (community_id, day, accrued)
    select community_id, (recorded_at at time zone 'Asia/Shanghai')::date, sum(amount)
    from recorded group by 1, 2 order by 1, 2
    on conflict (community_id, day) do update set accrued = d.accrued + excluded.accrued;
    return null;
end $$;
create trigger insight_commission_recorded after insert on commission_entries
    referencing new table as recorded for each statement execute function insight_count_accrued();

-- Everyone who had an order past its cutoff, per community, numbered: their bit in insight_buyer_days.
create table insight_buyers (
    community_id bigint  not null,
    member_id    bigint  not null,
    number       integer generated always as identity,
    -- covering: the orders still open look their members' numbers up here, thousands at a time
    primary key (community_id, member_id) include (number)
);

-- Who ordered on a day in China (orders not cancelled, past their cutoff), as bitmaps over buyer
-- numbers in chunks of 8,192: "once" has a bit for one order or more that day, "twice" for two or
-- more. A period's active members, buyers and repeat buyers are then counted exactly from the chunks
-- of its days OR-ed together (insight_buyers_of) instead of grouping its orders by member.
create table insight_buyer_days (
    day   date      not null,
    chunk integer   not null,
    once  bit(8192) not null,
    twice bit(8192) not null,
    primary key (day, chunk)
);

-- Per chunk, the buyers of several days: {once or more, twice or more} over all of them.
create function insight_add_buyer_day(counted bit[], once bit, twice bit) returns bit[]
    language sql immutable parallel safe as $$
    select case when counted is null then array[once, twice]
                else array[counted[1] | once, counted[2] | twice | (counted[1] & once)] end
$$;
create aggregate insight_buyers_of(bit, bit) (sfunc = insight_add_buyer_day, stype = bit[]);

-- The orders not past their cutoff yet, which the dashboards count live beside the bitmaps.
create index orders_placed_open_ix on orders (placed_at) include (community_id, member_id) where status = 'PLACED';

-- The group-buys already counted in insight_buyer_days and in the items of insight_days.
create table insight_decided (
    group_buy_id bigint primary key
);

-- Counts the decided items and the buyers of these group-buys, once each, whichever comes first: the
-- cutoff, or a cancellation before it (which voids the orders). Their orders' days never change after.
create function insight_record_decided(group_buy_ids bigint[]) returns void language plpgsql as $$
declare
    fresh bigint[];
begin
    with recorded as (
        insert into insight_decided (group_buy_id) select distinct unnest(group_buy_ids)
        on conflict do nothing returning group_buy_id)
    select array_agg(group_buy_id) into fresh from recorded;
    if fresh is null then
        return;
    end if;
    insert into insight_days as d (community_id, day, succeeded, decided)
    select g.community_id, (g.closed_at at time zone 'Asia/Shanghai')::date,
           count(*) filter (where i.outcome = 'SUCCEEDED'), count(*)
    from group_buys g join group_buy_items i on i.group_buy_id = g.id
    where g.id = any (fresh) and g.closed_at is not null and i.outcome in ('SUCCEEDED', 'FAILED')
    group by 1, 2 order by 1, 2
    on conflict (community_id, day) do update
        set succeeded = d.succeeded + excluded.succeeded, decided = d.decided + excluded.decided;
    insert into insight_buyers (community_id, member_id)
    select distinct community_id, member_id from orders
    where group_buy_id = any (fresh) and status not in ('PLACED', 'CANCELLED')
    order by 1, 2
    on conflict do nothing;
    insert into insight_buyer_days as d (day, chunk, once, twice)
    select day, number / 8192, bit_or(set_bit(B'0'::bit(8192), number % 8192, 1)),
           bit_or(set_bit(B'0'::bit(8192), number % 8192, case when orders > 1 then 1 else 0 end))
    from (select (o.placed_at at time zone 'Asia/Shanghai')::date as day, b.number, count(*) as orders
          from orders o join insight_buyers b on b.community_id = o.community_id and b.member_id = o.member_id
          where o.group_buy_id = any (fresh) and o.status not in ('PLACED', 'CANCELLED')
          group by 1, 2) ordered
    group by 1, 2 order by 1, 2
    on conflict (day, chunk) do update
        set twice = d.twice | excluded.twice | (d.once & excluded.once), once = d.once | excluded.once;
end $$;

-- Every rollup counted again from what exists: here, and after a bulk load that bypassed the
-- triggers (bench/data).
create function insight_rebuild() returns void language plpgsql as $$
begin
    truncate insight_sales, insight_days, insight_members, insight_decided, insight_buyer_days;
    truncate insight_buyers restart identity;
    perform insight_recount_sales(array(select id from group_buys));
    insert into insight_days (community_id, day, joined)
    select community_id, (joined_at at time zone 'Asia/Shanghai')::date, count(*) from memberships group by 1, 2;
    insert into insight_members (community_id, members) select community_id, count(*) from memberships group by 1;
    insert into insight_days as d (community_id, day, accrued)
    select community_id, (recorded_at at time zone 'Asia/Shanghai')::date, sum(amount) from commission_entries group by 1, 2
    on conflict (community_id, day) do update set accrued = d.accrued + excluded.accrued;
    perform insight_record_decided(array(select id from group_buys where status not in ('DRAFT', 'OPEN')));
end $$;

select insight_rebuild();
