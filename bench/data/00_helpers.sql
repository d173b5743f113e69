-- Helpers for the generator: deterministic pseudo-random numbers (the same data on every machine)
-- and deferring the secondary indexes of the big tables while they are filled.
-- Everything of the benchmark's own lives in the schema "bench", never in the application's tables.

-- uniform in [0, 1), fixed by (key, salt)
create or replace function bench.u(k bigint, salt int) returns float8
    language sql immutable parallel safe
    as $$ select (hashint8extended(k, salt) & 140737488355327) / 140737488355328.0::float8 $$;

-- uniform integer in [1, n]
create or replace function bench.pick(k bigint, salt int, n int) returns int
    language sql immutable parallel safe
    as $$ select 1 + floor(bench.u(k, salt) * n)::int $$;

-- Zipf-like rank in [1, n]: rank r comes up about 1/r as often as rank 1 (busy products and places)
create or replace function bench.zipf(k bigint, salt int, n int) returns int
    language sql immutable parallel safe
    as $$ select least(n, floor(power(n::float8, bench.u(k, salt)))::int) $$;

-- one of the array's elements
create or replace function bench.one_of(k bigint, salt int, choices text[]) returns text
    language sql immutable parallel safe
    as $$ select choices[bench.pick(k, salt, cardinality(choices))] $$;

-- 6 digits, distinct for distinct n below 1,000,000 (7919 is prime to 10^6), scrambled per community
create or replace function bench.pickup_code(community bigint, n bigint) returns text
    language sql immutable parallel safe
    as $$ select lpad(((n * 7919 + (hashint8(community) & 1048575)) % 1000000)::text, 6, '0') $$;

-- Secondary indexes (not those behind a primary key or unique constraint) are dropped before a
-- bulk insert and built again after it: one sort instead of millions of random index inserts.
create table if not exists bench.deferred_index (name text primary key, definition text not null);

create or replace procedure bench.defer_indexes(tables text[])
    language plpgsql as $$
declare
    ix record;
begin
    for ix in
        select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
        from pg_index i
        where i.indrelid = any (select t::regclass from unnest(tables) t)
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
    loop
        insert into bench.deferred_index values (ix.name, ix.definition) on conflict (name) do nothing;
        execute 'drop index ' || ix.name;
    end loop;
end $$;

create or replace procedure bench.restore_indexes()
    language plpgsql as $$
declare
    ix record;
begin
    for ix in select * from bench.deferred_index loop
        execute ix.definition;
        delete from bench.deferred_index where name = ix.name;
    end loop;
end $$;

-- Sequences continue after the generated ids (and the fixtures' reserved ranges), so rows the
-- application creates never collide with them.
create or replace procedure bench.bump_sequences()
    language plpgsql as $$
declare
    s record;
    top bigint;
begin
    for s in
        select seq.relname as sequence_name, tbl.relname as table_name
        from pg_class seq
        join pg_class tbl on tbl.relname = regexp_replace(seq.relname, '_seq$', '')
        where seq.relkind = 'S' and seq.relnamespace = 'public'::regnamespace
          and tbl.relnamespace = 'public'::regnamespace
    loop
        execute format('select max(id) from %I', s.table_name) into top;
        if top is not null then
            execute format('select setval(%L, greatest(%s, (select last_value from %I)))',
                           s.sequence_name, top + 1000, s.sequence_name);
        end if;
    end loop;
end $$;
