-- The dashboard over everything ranks products and categories over a period: insight_sales holds a row
-- per group-buy, product (kind 1) or category (kind 2) and day, some 30,000 rows of each kind a month,
-- for about 10,000 products and 350 categories sold a month. Their sums per day, kept here by triggers on
-- insight_sales for whatever recounts it, are what that dashboard reads; a community's or a city's
-- stay on insight_sales.
create table insight_sales_days (
    kind        smallint not null,
    day         date     not null,
    product_id  bigint,
    category_id bigint,
    orders      bigint   not null,
    gmv         bigint   not null
);
create unique index insight_sales_days_uk on insight_sales_days (kind, day, coalesce(product_id, category_id))
    include (product_id, category_id, orders, gmv);

-- "changed" holds the rows inserted (sign 1) or deleted (sign -1). A recount deletes and then inserts, so
-- two recounts at once could take the same days' rows in opposite orders: one at a time, by a lock held
-- to the commit (recounts come with cutoffs, deliveries and cancellations, not with orders).
create function insight_sum_sales() returns trigger language plpgsql as $$
declare
    sign constant integer := tg_argv[0]::integer;
begin
    perform pg_advisory_xact_lock(hashtext('insight_sales_days'));
    insert into insight_sales_days as d (kind, day, product_id, category_id, orders, gmv)
    select kind, day, product_id, category_id, sign * sum(orders), sign * sum(gmv)
    from changed where kind in (1, 2)
    group by kind, day, product_id, category_id order by kind, day, coalesce(product_id, category_id)
    on conflict (kind, day, coalesce(product_id, category_id))
        do update set orders = d.orders + excluded.orders, gmv = d.gmv + excluded.gmv;
    return null;
end $$;
create trigger insight_sales_added after insert on insight_sales
    referencing new table as changed for each statement execute function insight_sum_sales('1');
create trigger insight_sales_removed after delete on insight_sales
    referencing old table as changed for each statement execute function insight_sum_sales('-1');

-- a rebuild (insight_rebuild) truncates insight_sales and counts everything again
create function insight_forget_sales() returns trigger language plpgsql as $$
begin
    truncate insight_sales_days;
    return null;
end $$;
create trigger insight_sales_truncated after truncate on insight_sales
    for each statement execute function insight_forget_sales();

insert into insight_sales_days (kind, day, product_id, category_id, orders, gmv)
select kind, day, product_id, category_id, sum(orders), sum(gmv) from insight_sales where kind in (1, 2)
group by kind, day, product_id, category_id;
