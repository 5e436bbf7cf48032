#!/usr/bin/env bash
# What one stored activity costs the instances and the database, with two instances on one PostgreSQL
# (docs/operations.md, "How many instances"; docs/performance.md, "Two instances on PostgreSQL"). Two cores cannot show
# scaling, so this measures costs, not speed-up: CPU time of the instances' JVMs and of the PostgreSQL server per
# activity, and what each activity writes (commits, rows, WAL), from which the operations guide estimates N.
#
#   app/src/bench/cluster-costs.sh [seconds of load, default 30] [leads, default 2000]
#
# Starts a throwaway PostgreSQL cluster (as the postgres user when run as root, on BENCH_PG_PORT, default 55499) unless
# BENCH_DATABASE_URL names one (with BENCH_DATABASE_USERNAME/PASSWORD), then two instances of the packaged service in the
# postgres and bench profiles on ports BENCH_PORT and BENCH_PORT+1. Loads both at once with wrk (8 connections each),
# every request one new activity (a fresh id) of one of the stored leads, chosen at random: stored, rescored, recorded.
set -euo pipefail
source "$(dirname "$0")/http/server.sh"

SECONDS_OF_LOAD=${1:-30}
LEADS=${2:-2000}
PORT2=$((PORT + 1))
BASE2="http://127.0.0.1:$PORT2"
PIDS=()
PG_DIR=

stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "$PG_DIR" ]; then
        as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast -w stop" >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
    rm -rf "$WORK"
}
trap stop_all EXIT

as_postgres() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

start_postgres() {
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PG_PORT=${BENCH_PG_PORT:-55499}
    PG_DIR=$(mktemp -d /tmp/leadrules-bench-postgres.XXXXXX)
    if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_DIR"; fi
    as_postgres "'$PG_BIN/initdb' -D '$PG_DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    # durable, as production runs: fsync stays on
    as_postgres "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/postgres.log' -w start -o \"-p $PG_PORT -k '$PG_DIR'\
 -c listen_addresses=localhost -c max_connections=100\"" >/dev/null
    as_postgres "'$PG_BIN/psql' -h '$PG_DIR' -p $PG_PORT -U postgres -qc 'CREATE DATABASE leadrules'" >/dev/null
    DB_URL="jdbc:postgresql://localhost:$PG_PORT/leadrules"
    DB_USER=postgres
    DB_PASSWORD=
}

sql() {
    if [ -n "$PG_DIR" ]; then
        as_postgres "'$PG_BIN/psql' -h '$PG_DIR' -p $PG_PORT -U postgres -d leadrules -Atqc \"$1\""
    else
        PGPASSWORD="$DB_PASSWORD" psql "${DB_URL#jdbc:}" -U "$DB_USER" -Atqc "$1"
    fi
}

# Both instances hold the same keys (docs/operations.md, "Deploying N instances"): one directory, as one mounted secret.
start_instance() {
    local port=$1 data=$2
    LEADRULES_SECURITY_INITIAL_ADMIN_KEY="$KEY" java ${BENCH_HEAP:--Xmx1g} ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
        --spring.profiles.active=postgres,bench --server.port="$port" --leadrules.data-dir="$data" \
        --leadrules.database.url="$DB_URL" --leadrules.database.username="$DB_USER" \
        --leadrules.database.password="$DB_PASSWORD" --leadrules.audit.key-file="$WORK/keys/audit.key" \
        --leadrules.idempotency.key-file="$WORK/keys/idempotency.key" \
        --leadrules.webhooks.secret-key-file="$WORK/keys/webhook-secrets.key" >"$data.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 600); do
        if curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
            return 0
        fi
        sleep 1
    done
    echo "the instance on port $port did not become healthy within 10 minutes; the end of its log:" >&2
    tail -n 40 "$data.log" >&2
    exit 1
}

# CPU seconds (user + system) of the given processes, from /proc (clock ticks / CLK_TCK).
cpu_seconds() {
    local ticks=0 pid
    for pid in "$@"; do
        if [ -r "/proc/$pid/stat" ]; then
            ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
        fi
    done
    echo "scale=3; $ticks / $(getconf CLK_TCK)" | bc
}

postgres_pids() {
    pgrep -u postgres -f 'postgres' || true
}

# commits, rows written (inserted + updated + deleted) and WAL bytes so far, of the service's database
db_counters() {
    sql "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint
         FROM pg_stat_database WHERE datname = current_database()" | tr '|' ' '
}

package_app
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    DB_URL=$BENCH_DATABASE_URL
    DB_USER=${BENCH_DATABASE_USERNAME:-leadrules}
    DB_PASSWORD=${BENCH_DATABASE_PASSWORD:-}
else
    start_postgres
fi
start_instance "$PORT" "$WORK/one"
start_instance "$PORT2" "$WORK/two"
echo "two instances on $DB_URL: $BASE and $BASE2"

echo "storing $LEADS leads..."
ids="$WORK/leads.txt"
: >"$ids"
for i in $(seq 1 "$LEADS"); do
    id=$(api POST /api/v1/leads -H 'Content-Type: application/json' --data-binary "{\"lead\": {\"externalId\": \"cost-$i\",
        \"email\": \"cost-$i@acme-soft.com\", \"company\": \"Acme Soft\", \"jobTitle\": \"Marketing Director\",
        \"industry\": \"SOFTWARE\", \"companySize\": 250, \"consent\": {\"dataProcessing\": true}}}" \
        | sed -E 's/^\{"id":"([^"]+)".*/\1/')
    echo "$id" >>"$ids"
done
lua_ids=$(sed 's/.*/"&",/' "$ids" | tr -d '\n')
cat >"$WORK/activities.lua" <<LUA
-- Each request one new activity of a lead chosen at random; the thread's number, the start time and a counter make
-- its id unique across both wrk runs.
local ids = {$lua_ids}
local types = {"EMAIL_OPEN", "EMAIL_CLICK", "PAGE_VIEW", "PRICING_PAGE_VIEW", "CONTENT_DOWNLOAD"}
local prefix = os.getenv("RUN") or "r"
local n = 0
function request()
    n = n + 1
    local lead = ids[math.random(#ids)]
    local body = string.format('{"id": "%s-%d-%d", "type": "%s", "occurredAt": "%s"}', prefix, os.time(), n,
        types[(n % #types) + 1], os.date("!%Y-%m-%dT%H:%M:%SZ"))
    return wrk.format("POST", "/api/v1/leads/" .. lead .. "/activities", {["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer $KEY"}, body)
end
LUA

run_load() {
    local seconds=$1 tag=$2
    RUN="$tag-1" wrk -t1 -c8 -d"$seconds"s --latency -s "$WORK/activities.lua" "$BASE" >"$WORK/wrk-$tag-1.txt" &
    local w1=$!
    RUN="$tag-2" wrk -t1 -c8 -d"$seconds"s --latency -s "$WORK/activities.lua" "$BASE2" >"$WORK/wrk-$tag-2.txt" &
    local w2=$!
    wait $w1 $w2
}

first=$(head -1 "$ids")
code=$(curl -s -o "$WORK/first.json" -w '%{http_code}' -X POST "$BASE2/api/v1/leads/$first/activities" \
    -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data-binary '{"id": "check-1", "type": "PAGE_VIEW", "occurredAt": "2026-11-20T10:00:00Z"}')
[ "$code" = 200 ] || { echo "POST .../activities answered $code: $(cat "$WORK/first.json")" >&2; exit 1; }
echo "warming up (20 s)..."
run_load 20 warm
echo "load: $(uptime)"
read -r commits0 rows0 wal0 < <(db_counters)
app0=$(cpu_seconds "${PIDS[@]}")
db0=$(cpu_seconds $(postgres_pids))
run_load "$SECONDS_OF_LOAD" run
app1=$(cpu_seconds "${PIDS[@]}")
db1=$(cpu_seconds $(postgres_pids))
read -r commits1 rows1 wal1 < <(db_counters)
read -r rps1 p99a bad1 soc1 < <(wrk_summary "$WORK/wrk-run-1.txt")
read -r rps2 p99b bad2 soc2 < <(wrk_summary "$WORK/wrk-run-2.txt")
requests() { awk '/requests in/ { print $1 }' "$1"; }
answered=$(( $(requests "$WORK/wrk-run-1.txt") + $(requests "$WORK/wrk-run-2.txt") ))
posts=$((answered - bad1 - bad2))
echo "load: $(uptime)"
printf 'activities stored: %.0f/s (instance one %.0f/s p99 %s ms, two %.0f/s p99 %s ms), failed %d\n' \
    "$(echo "$rps1 + $rps2" | bc)" "$rps1" "$p99a" "$rps2" "$p99b" $((bad1 + bad2 + soc1 + soc2))
printf 'per activity: instances %.2f ms CPU, PostgreSQL %.2f ms CPU, %.2f commits, %.1f rows written, %.1f KB WAL\n' \
    "$(echo "($app1 - $app0) * 1000 / $posts" | bc -l)" "$(echo "($db1 - $db0) * 1000 / $posts" | bc -l)" \
    "$(echo "($commits1 - $commits0) / $posts" | bc -l)" "$(echo "($rows1 - $rows0) / $posts" | bc -l)" \
    "$(echo "($wal1 - $wal0) / 1024 / $posts" | bc -l)"
stored=$(sql "SELECT count(*) FROM activities WHERE activity_id LIKE 'run-%'")
echo "activities of the measured run in the database: $stored; answered 2xx: $posts (wrk stops mid-request, so the"
echo "database may hold a few more than were answered, never fewer)"
