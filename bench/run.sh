#!/usr/bin/env bash
# The benchmark, in one command: bench/run.sh [scenario,scenario,…]   (names from bench/scenarios.py,
# or "cutoff"; all of them when none is given). See bench/README.md.
#
# Starts PostgreSQL on the generated data (generating it first if needed) and Linli from the jar
# with a fixed heap and pool; for each scenario logs members in, captures the SQL of one request,
# warms up, and at 8, 32 and 64 connections measures the page (wrk), the static-file ceiling (wrk)
# and the page's own SQL (pgbench); then the cutoff at scale and the start-up on a warm embedded
# database. Writes bench/results/<date>-<label>.md (and the captured SQL beside it).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

only=${1:-}
# the worktree the jar was built in (app/target/linli.jar); a jar copied elsewhere names its commit in
# BENCH_COMMIT, else the results say it is unknown
jar_repo=$(git -C "$(dirname "$BENCH_JAR")" rev-parse --show-toplevel 2> /dev/null || true)
commit=${BENCH_COMMIT:-${jar_repo:+$(git -C "$jar_repo" log -1 --format='%h %s')}}
label=${BENCH_LABEL:-$(cut -d' ' -f1 <<< "${commit:-unknown}")}
out=$BENCH/results/$(date +%F)-$label
command_line="$(env | grep -E '^BENCH_' | sort | tr '\n' ' ')bench/run.sh${only:+ $only}"

install_missing() {
    local tool=$1 package=$2
    if ! command -v "$tool" > /dev/null; then
        log "installing $package (for $tool)"
        apt-get install -y -q "$package" > /dev/null || { apt-get update -q > /dev/null && apt-get install -y -q "$package" > /dev/null; }
    fi
}
install_missing wrk wrk
install_missing psql postgresql-client
install_missing pgbench postgresql  # Debian ships pgbench with the server package

if [[ ! -f $BENCH_JAR ]]; then
    log "building $BENCH_JAR"
    (cd "$REPO" && ./mvnw -q -B --no-transfer-progress -DskipTests package)
fi
[[ -n $BENCH_EXTERNAL_DB || -f $BENCH_DATA_DIR/PG_VERSION ]] || "$BENCH/generate.sh"

trap stop_all EXIT
pg_start
steps=0
if [[ $(psql_value "select count(*) from pg_tables where schemaname = 'bench' and tablename = 'steps'") == 1 ]]; then
    steps=$(psql_value "select count(*) from bench.steps")
fi
if ((steps < $(ls "$BENCH"/data/*.sql | wc -l))); then
    log "the data lacks steps added since it was generated: generating them"
    pg_stop
    "$BENCH/generate.sh"
    pg_start
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rm -f "$BENCH_LOG_DIR"/app*.log
psql_run -f "$BENCH/sql/keep-open.sql"
app_start
for fixture in "$BENCH"/fixtures/*.sql; do
    psql_run -1 -f "$fixture"
done
# the fixtures replace rows of the last run under the same ids: their dead index entries go before measuring
psql_run -c "vacuum (analyze) group_buys, group_buy_items, group_buy_item_tiers, orders, order_lines, insight_open_orders"

mkdir -p "$out"
python3 "$BENCH/lib/measure.py" "$out" "$only"
scale=$(psql_value "select json_build_object(
    'communities', (select count(*) from communities), 'members', (select count(*) from users),
    'memberships', (select count(*) from memberships), 'products', (select count(*) from products),
    'group_buys', (select count(*) from group_buys), 'open_group_buys', (select count(*) from group_buys where status = 'OPEN'),
    'open_items', (select count(*) from group_buy_items i join group_buys g on g.id = i.group_buy_id where g.status = 'OPEN'),
    'busiest_open_group_buys', (select count(*) from group_buys where status = 'OPEN' and community_id = 1),
    'orders', (select count(*) from orders), 'order_lines', (select count(*) from order_lines),
    'order_transitions', (select count(*) from order_transitions), 'notifications', (select count(*) from notifications),
    'database_size', pg_size_pretty(pg_database_size(current_database())),
    'postgres', version())")
out_of_memory=$(cat "$BENCH_LOG_DIR"/app*.log | grep -c 'OutOfMemoryError' || true)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_all

# start-up to ready on a warm embedded database: the application starts PostgreSQL itself; once as
# `java -jar`, once as README.md's production start (the jar extracted, with a class data sharing archive
# made by one training start)
start_to_ready() {  # java options and jar; prints the seconds to ready
    local started=$(date +%s.%N)
    LINLI_DATABASE_DATA_DIR=$BENCH_DATA_DIR LINLI_DEMO_ENABLED=false LINLI_CUTOFF_INTERVAL=PT1H SERVER_PORT=$BENCH_APP_PORT \
        java -Xms$BENCH_HEAP -Xmx$BENCH_HEAP ${BENCH_JAVA_OPTS:-} "$@" > "$BENCH_LOG_DIR/app-startup.log" 2>&1 &
    APP_PID=$!
    wait_until_ready "$BENCH_LOG_DIR/app-startup.log" 300 || die "Linli did not start; see $BENCH_LOG_DIR/app-startup.log"
    python3 -c "print(round($(date +%s.%N) - $started, 1))"
    app_stop
}
startups=()
startups_cds=()
if [[ -z $BENCH_EXTERNAL_DB && ( -z $only || $only == *startup* ) ]]; then
    for attempt in 1 2; do
        startups+=("$(start_to_ready -jar "$BENCH_JAR")")
        log "start-up to ready on the warm embedded database: ${startups[-1]} s"
    done
    extracted=$BENCH_HOME/extracted
    rm -rf "$extracted"
    java -Djarmode=tools -jar "$BENCH_JAR" extract --destination "$extracted" > /dev/null
    start_to_ready -XX:ArchiveClassesAtExit="$extracted/linli.jsa" -jar "$extracted/linli.jar" > /dev/null
    for attempt in 1 2; do
        startups_cds+=("$(start_to_ready -XX:SharedArchiveFile="$extracted/linli.jsa" -jar "$extracted/linli.jar")")
        log "start-up to ready, extracted with class data sharing: ${startups_cds[-1]} s"
    done
fi

JAR_COMMIT=$commit python3 - "$out/info.json" <<PY
import json, os, platform, subprocess, sys
def run(command):
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()
json.dump({
    "label": "$label", "date": "$(date +%F)", "commit": os.environ["JAR_COMMIT"],
    "uncommitted": run("git -C '$jar_repo' status --porcelain -- app domain persistence web pom.xml") if "$jar_repo" else "",
    "jar": "$BENCH_JAR", "command": """$command_line""",
    "nproc": run("nproc"), "cpu": run("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip(),
    "memory": run("free -g | awk '/Mem:/ {print \$2 \" GB\"}'"), "kernel": platform.release(),
    "java": run("java -version 2>&1 | head -1"), "wrk": run("wrk -v 2>&1 | head -1"), "pgbench": run("pgbench --version"),
    "heap": "$BENCH_HEAP", "pool": "$BENCH_POOL", "java_opts": "${BENCH_JAVA_OPTS:-}",
    "load_before": "$load_before", "load_after": "$load_after", "out_of_memory_errors": int("$out_of_memory" or 0),
    "scale": json.loads('''$scale'''), "startup_seconds": [float(s) for s in "${startups[*]:-}".split()],
    "startup_cds_seconds": [float(s) for s in "${startups_cds[*]:-}".split()],
}, open(sys.argv[1], "w"), indent=1, ensure_ascii=False)
PY
python3 "$BENCH/lib/report.py" "$out" > "$out.md"
log "results: ${out#$REPO/}.md"
