-- Checks what the bulk load could not have the database check row by row (foreign keys were not
-- enforced during 40_history.sql and 50_open.sql) and the application's invariants. Fails the
-- step, and so the generation, on the first violation.
do $$
declare
    violations text := '';
    n bigint;
    check_sql text;
    checks text[][] := array[
        ['group-buys whose leader is no user', 'select count(*) from group_buys g where not exists (select 1 from users u where u.id = g.leader_id)'],
        ['items whose group-buy is missing', 'select count(*) from group_buy_items i where not exists (select 1 from group_buys g where g.id = i.group_buy_id)'],
        ['tiers whose item is missing', 'select count(*) from group_buy_item_tiers t where not exists (select 1 from group_buy_items i where i.id = t.item_id)'],
        ['orders whose group-buy is missing', 'select count(*) from orders o where not exists (select 1 from group_buys g where g.id = o.group_buy_id)'],
        ['orders whose member is no user', 'select count(*) from orders o where not exists (select 1 from users u where u.id = o.member_id)'],
        ['lines whose order is missing', 'select count(*) from order_lines l where not exists (select 1 from orders o where o.id = l.order_id)'],
        ['lines whose item is missing', 'select count(*) from order_lines l where not exists (select 1 from group_buy_items i where i.id = l.item_id)'],
        ['transitions whose order is missing', 'select count(*) from order_transitions t where not exists (select 1 from orders o where o.id = t.order_id)'],
        ['notifications whose order is missing', 'select count(*) from notifications n where not exists (select 1 from orders o where o.id = n.order_id)'],
        ['orders of a member outside the community', 'select count(*) from orders o where not exists (select 1 from memberships m where m.community_id = o.community_id and m.member_id = o.member_id)'],
        ['orders in another community than their group-buy', 'select count(*) from orders o join group_buys g on g.id = o.group_buy_id where g.community_id <> o.community_id'],
        ['lines of an item of another group-buy', 'select count(*) from order_lines l join orders o on o.id = l.order_id join group_buy_items i on i.id = l.item_id where i.group_buy_id <> o.group_buy_id or l.community_id <> o.community_id'],
        ['items whose sold is not what their orders hold',
         'select count(*) from group_buy_items i left join (select l.item_id, sum(l.quantity) as q from order_lines l join orders o on o.id = l.order_id where o.status <> ''CANCELLED'' and (l.status = ''ACTIVE'' or o.status <> ''PLACED'') group by l.item_id) s on s.item_id = i.id where i.sold <> coalesce(s.q, 0)'],
        ['open orders with voided lines or a final price', 'select count(*) from order_lines l join orders o on o.id = l.order_id where o.status = ''PLACED'' and (l.status <> ''ACTIVE'' or l.final_unit_price is not null)'],
        ['orders without a line', 'select count(*) from orders o where not exists (select 1 from order_lines l where l.order_id = o.id)'],
        ['orders without their first transition', 'select count(*) from orders o where not exists (select 1 from order_transitions t where t.order_id = o.id and t.to_status = ''PLACED'')'],
        ['confirmed or picked-up orders without a pickup code', 'select count(*) from orders where status in (''CONFIRMED'', ''READY_FOR_PICKUP'', ''PICKED_UP'') and pickup_code is null']
    ];
begin
    for i in 1 .. array_length(checks, 1) loop
        execute checks[i][2] into n;
        raise notice '% : %', rpad(checks[i][1], 55), n;
        if n > 0 then
            violations := violations || checks[i][1] || ': ' || n || E'\n';
        end if;
    end loop;
    if violations <> '' then
        raise exception E'The generated data breaks the rules:\n%', violations;
    end if;
end $$;
