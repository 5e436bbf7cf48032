#!/usr/bin/env bash
# Bulk scoring of N generated leads through the command and through POST /api/v1/scores/batch, heap capped at 512 MB
# (issue 12, "Bulk"). Prints seconds and leads/s per run, and the load next to them. The command's time includes the
# JVM start and compiling the rule set (its progress line, printed below it, is the scoring alone); the endpoint's is
# the HTTP request alone, on a service already started.
#
#   ./mvnw -q -B -pl app -am package -DskipTests
#   app/src/bench/bulk.sh 10000          # 1000000 for the issue's target (under 60 s)
#   BENCH_HEAP=-Xmx256m app/src/bench/bulk.sh 100000
#
# The leads come from app/src/bench/bulk-leads.py (seeded: the same N gives the same file), written once under
# /tmp/leadrules-bulk. The service runs from the jar on a fresh data folder there, with a throwaway admin key.
set -euo pipefail

N=${1:-10000}
HEAP=${BENCH_HEAP:--Xmx512m}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=$(ls "$ROOT"/app/target/leadrules-app-*-exec.jar | head -1)
DIR=/tmp/leadrules-bulk
PORT=${BENCH_PORT:-18474}
KEY=bench-bulk-key-0123456789-abcdefghijklmnop
mkdir -p "$DIR"
[ -f "$DIR/leads-$N.csv" ] || python3 "$ROOT/app/src/bench/bulk-leads.py" "$N" "$DIR"

report() {  # report name seconds answered-lines
    awk -v name="$1" -v s="$2" -v lines="$3" -v n="$N" \
        'BEGIN { printf "%-22s %8.2f s  %10.0f leads/s  (%d answer lines)\n", name, s, n / s, lines }'
}

timed() {  # timed command...: runs it (its stdout discarded), prints its wall-clock seconds
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

echo "bulk scoring of $N leads, $HEAP, $(nproc) processors; load before: $(uptime | sed 's/.*load/load/')"
for format in csv ndjson; do
    s=$(timed java $HEAP -jar "$JAR" score --input "$DIR/leads-$N.$format" --output "$DIR/scores-cli.$format" \
        2> "$DIR/cli-$format.log")
    report "command $format" "$s" "$(wc -l < "$DIR/scores-cli.$format")"
    echo "  its own progress line (scoring only, after the rule set compiled): $(tr '\r' '\n' \
        < "$DIR/cli-$format.log" | grep done | tail -1)"
done

rm -rf "$DIR/data"
LEADRULES_SECURITY_INITIAL_ADMIN_KEY=$KEY java $HEAP -jar "$JAR" --leadrules.data-dir="$DIR/data" \
    --server.port=$PORT --leadrules.rescoring.schedule-enabled=false > "$DIR/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2> /dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 "$PID" 2> /dev/null || { echo "the service did not start: see $DIR/service.log" >&2; exit 1; }
    sleep 2
done
# -T streams the file (--data-binary @file would read all of it into curl's memory first)
for format in csv ndjson; do
    [ "$format" = csv ] && type=text/csv || type=application/x-ndjson
    s=$(timed curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: $type" -H "Accept: $type" \
        -X POST -T "$DIR/leads-$N.$format" -o "$DIR/scores-http.$format" \
        "http://localhost:$PORT/api/v1/scores/batch")
    report "endpoint $format" "$s" "$(wc -l < "$DIR/scores-http.$format")"
done
echo "load after: $(uptime | sed 's/.*load/load/')"
