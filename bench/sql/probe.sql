-- How long a member placing an order would wait on a group-buy: keeps taking its row FOR SHARE
-- (as placing an order does), one short transaction every 2 ms, until the group-buy is no longer
-- open (or max_seconds pass). The longest wait is how long someone else held the row exclusively.
create or replace procedure bench.probe_lock(group_buy bigint, max_seconds float8,
                                             inout longest_wait_ms float8 default 0, inout waits int default 0)
    language plpgsql as $$
declare
    started timestamptz := clock_timestamp();
    attempt timestamptz;
    waited_ms float8;
    current_status text;
begin
    loop
        attempt := clock_timestamp();
        select status into current_status from group_buys where id = group_buy for share;
        waited_ms := extract(epoch from clock_timestamp() - attempt) * 1000;
        commit;
        longest_wait_ms := greatest(longest_wait_ms, waited_ms);
        if waited_ms > 5 then
            waits := waits + 1;
        end if;
        exit when current_status <> 'OPEN' or clock_timestamp() - started > max_seconds * interval '1 second';
        perform pg_sleep(0.002);
    end loop;
end $$;
