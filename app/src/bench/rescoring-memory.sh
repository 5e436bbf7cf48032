#!/usr/bin/env bash
# Measures the heap a rescoring job needs for N stored leads (docs/performance.md, "Rescoring memory").
#
#   ./mvnw -q -B -pl app -am package -DskipTests
#   app/src/bench/rescoring-memory.sh 20000 256m
#   app/src/bench/rescoring-memory.sh 200000 256m
#
# Builds a file database under /tmp/leadrules-bench-N: one lead (an ideal persona with three old activities) is
# decided by a first job, then copied N-1 times in SQL (every 20th copy a student, whose result differs and gets a
# decision; the others are unchanged). The service is then restarted with -Xmx and a GC log, and one job is timed.
# The figures: the GC log's heap after each collection during the job, and the job's own counters.
set -euo pipefail

N=${1:?number of leads}
XMX=${2:-256m}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=$ROOT/app/target/leadrules-app-0.1.0-SNAPSHOT-exec.jar
H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
DIR=/tmp/leadrules-bench-$N
PORT=${BENCH_PORT:-18473}
URL="jdbc:h2:file:$DIR/leadrules"
TEMPLATE=00000000-0000-0000-0000-000000000001
rm -rf "$DIR" && mkdir -p "$DIR"

sql() { java -cp "$H2" org.h2.tools.Shell -url "$URL" -user sa -password "" -sql "$1"; }

start() {  # start [extra JVM options...]
    java "$@" -jar "$JAR" --leadrules.data-dir="$DIR" --server.port=$PORT \
        --leadrules.rescoring.schedule-enabled=false > "$DIR/service.log" 2>&1 &
    PID=$!
    until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
        kill -0 "$PID" 2> /dev/null || { echo "the service did not start: see $DIR/service.log" >&2; exit 1; }
        sleep 2
    done
}

stop() { kill "$PID"; wait "$PID" || true; }

run_job() {  # run_job [sample]: prints the finished job; with "sample", a full GC every 10 s shows the live heap
    local id polls=0
    id=$(curl -sf -X POST "http://localhost:$PORT/api/v1/rescoring-jobs" | sed 's/.*"id":"\([^"]*\)".*/\1/')
    while ! curl -sf "http://localhost:$PORT/api/v1/rescoring-jobs/$id" | grep -q '"state":"\(DONE\|FAILED\)"'; do
        sleep 2
        polls=$((polls + 1))
        if [ "${1:-}" = sample ] && [ $((polls % 5)) = 0 ]; then jcmd "$PID" GC.run > /dev/null; fi
    done
    curl -sf "http://localhost:$PORT/api/v1/rescoring-jobs/$id"; echo
}

start && stop   # Flyway creates the schema
sql "INSERT INTO leads (id, first_name, last_name, phone, company, job_title, industry, company_size,
       annual_revenue, country, source, lead_magnet, product_interest, consent_data_processing,
       consent_profiling_objection, consent_policy_version, created_at, updated_at, version)
     VALUES ('$TEMPLATE', 'Ana', 'Garcia', '+34 612 345 678', 'Acme Soft', 'Marketing Director', 'SOFTWARE', 250,
       12000000, 'ES', 'ORGANIC_SEARCH', 'EBOOK', 'crm-suite', TRUE, FALSE, '2026-01', CURRENT_TIMESTAMP,
       CURRENT_TIMESTAMP, 0);
     INSERT INTO activities (lead_id, activity_id, type, occurred_at, detail, received_at)
     SELECT '$TEMPLATE', 'a' || X, CASEWHEN(X = 1, 'PAGE_VIEW', CASEWHEN(X = 2, 'WEBINAR_ATTENDED', 'EMAIL_OPEN')),
       DATEADD('HOUR', -4788, CURRENT_TIMESTAMP), NULL, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 3);"
start && run_job > /dev/null && stop   # the template lead gets its decision
sql "INSERT INTO leads (id, first_name, last_name, phone, company, job_title, industry, company_size,
       annual_revenue, country, source, lead_magnet, product_interest, consent_data_processing,
       consent_profiling_objection, consent_policy_version, created_at, updated_at, current_decision_id, score,
       grade, temperature, stage, funnel_stage, priority, ruleset_version, decided_at, version)
     SELECT RANDOM_UUID(), first_name, last_name, phone, company,
       CASEWHEN(MOD(X, 20) = 0, 'Student', job_title), industry, company_size, annual_revenue, country, source,
       lead_magnet, product_interest, consent_data_processing, consent_profiling_objection, consent_policy_version,
       created_at, updated_at, current_decision_id, score, grade, temperature, stage, funnel_stage, priority,
       ruleset_version, decided_at, version
     FROM leads, SYSTEM_RANGE(1, $((N - 1))) WHERE id = '$TEMPLATE';
     INSERT INTO activities (lead_id, activity_id, type, occurred_at, detail, received_at)
     SELECT l.id, a.activity_id, a.type, a.occurred_at, a.detail, a.received_at
     FROM leads l, activities a WHERE a.lead_id = '$TEMPLATE' AND l.id <> '$TEMPLATE';"

start -Xmx"$XMX" -Xlog:gc:file="$DIR/gc.log"
jcmd "$PID" GC.run > /dev/null
BEFORE=$(date +%s)
echo "job: $(run_job sample)"
echo "seconds: $(( $(date +%s) - BEFORE ))"
jcmd "$PID" GC.run > /dev/null
stop
# Live heap = heap after a full collection: the first is before the job, the last after it, the others during it.
echo "live heap (MB) after each full GC, before / during / after the job:"
grep 'Pause Full' "$DIR/gc.log" | sed 's/.*->\([0-9]*\)M(.*/\1/' | tr '\n' ' '; echo
echo "committed heap at most (MB): $(grep -o '([0-9]*M)' "$DIR/gc.log" | tr -d '()M' | sort -n | tail -1)"
echo "database on disk: $(du -sh "$DIR" | cut -f1)"
