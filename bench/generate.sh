#!/usr/bin/env bash
# Fills the benchmark database at the scale in PRODUCT.md, set-based, step by step.
# A step that has run is not run again, so a rerun reuses what exists and only adds new steps
# (bench/data/NN_*.sql, in name order; each runs in one transaction and is recorded in bench.steps).
# The fixtures the scenarios need (bench/fixtures/*.sql) are made again at the end, as before every run.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

SCALE=${BENCH_SCALE:-1}
scaled() { python3 -c "print(max($2, round($1 * $SCALE)))"; }

require_jar
pg_binaries
trap stop_all EXIT
started=$(date +%s)

if [[ -z $BENCH_EXTERNAL_DB && ! -f $BENCH_DATA_DIR/PG_VERSION ]]; then
    # the application itself creates the database, as it does for a user: initdb, migrations, admin
    log "creating the database in $BENCH_DATA_DIR with the application's embedded PostgreSQL"
    mkdir -p "$BENCH_DATA_DIR"
    LINLI_DATABASE_DATA_DIR=$BENCH_DATA_DIR LINLI_DEMO_ENABLED=false SERVER_PORT=$BENCH_APP_PORT \
        java -Xmx$BENCH_HEAP -jar "$BENCH_JAR" > "$BENCH_LOG_DIR/app-init.log" 2>&1 &
    APP_PID=$!
    wait_until_ready "$BENCH_LOG_DIR/app-init.log" 300 || die "Linli did not start; see $BENCH_LOG_DIR/app-init.log"
    app_stop
fi

# bulk loading: no fsync (a clean shutdown at the end makes it durable), rare checkpoints
pg_start -c fsync=off -c max_wal_size=16GB -c checkpoint_timeout=30min

# the schema must be the jar's: let the application migrate it (cutoffs first moved out of its way)
if [[ -n $BENCH_EXTERNAL_DB || $(psql_value "select count(*) from pg_namespace where nspname = 'bench'") == 1 ]]; then
    [[ $(psql_value "select to_regclass('group_buys') is not null") == t ]] && psql_run -f "$BENCH/sql/keep-open.sql"
    app_start
    app_stop
fi

psql_run <<SQL
create schema if not exists bench;
create table if not exists bench.steps (name text primary key, seconds numeric not null, done_at timestamptz not null);
create table if not exists bench.params as
select $(scaled 2000 20) as communities, $(scaled 500000 2000) as members, 40 as suppliers, 1000 as products,
       $(scaled 110000 200) as group_buys, $(scaled 5100000 5000) as orders, $(scaled 900 10) as open_group_buys,
       now() as generated_at,
       -- bcrypt of "bench-password" at cost 4: logging in thousands of members stays quick
       '{bcrypt}\$2a\$04\$/4pooIFQlNJBQ4vZFafPSeputE4G3xppOFpHNsMmTdKnFKG8FV7ta'::text as password_hash;
SQL
log "scale: $(psql_value "select format('%s communities, %s members, %s closed group-buys, %s orders aimed at, %s open group-buys', communities, members, group_buys, orders, open_group_buys) from bench.params")"

ran=0
for step in "$BENCH"/data/*.sql; do
    name=$(basename "$step" .sql)
    if [[ $(psql_value "select count(*) from bench.steps where name = '$name'") == 1 ]]; then
        log "step $name: done before"
        continue
    fi
    log "step $name ..."
    t0=$(date +%s.%N)
    psql_run -1 -f "$step"
    seconds=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")
    psql_run -c "insert into bench.steps values ('$name', $seconds, now())"
    log "step $name: ${seconds} s"
    ran=1
done

if ((ran)); then
    log "vacuum analyze ..."
    psql_run -c "vacuum (analyze)"
fi
for fixture in "$BENCH"/fixtures/*.sql; do
    psql_run -1 -f "$fixture"
done
psql_run -c "call bench.bump_sequences()"
psql_run -c "checkpoint"

psql -X -c "select (select count(*) from communities) as communities, (select count(*) from memberships) as memberships,
                   (select count(*) from products) as products,
                   (select count(*) from group_buys) as group_buys, (select count(*) from group_buy_items i join group_buys g on g.id = i.group_buy_id where g.status = 'OPEN') as open_items,
                   (select count(*) from orders) as orders, (select count(*) from order_lines) as lines,
                   (select count(*) from order_transitions) as transitions, (select count(*) from notifications) as notifications,
                   pg_size_pretty(pg_database_size('postgres')) as size"
log "generated in $(( $(date +%s) - started )) s"
