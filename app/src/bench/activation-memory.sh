#!/usr/bin/env bash
# Measures whether memory grows with the number of activations (docs/performance.md, "Activation memory").
#
#   ./mvnw -q -B -pl app -am package -DskipTests
#   app/src/bench/activation-memory.sh 60 384m
#
# Starts the service on a fresh file database with -Xmx, uploads four more versions of the shipped rule set (each
# differs by one comment line, so each is its own version and compiles on its own), then activates versions 1-5
# in turn N times. With 5 versions and 2 kept compiled besides the active one, every activation compiles a version
# and releases one. After every 10 activations a full GC runs and the live heap is printed: it must stay flat. A
# class histogram is kept beside it ($DIR/histogram-<i>.txt) to see what grows, if anything does.
set -euo pipefail

N=${1:?number of activations}
XMX=${2:-384m}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR=$ROOT/app/target/leadrules-app-0.1.0-SNAPSHOT-exec.jar
DIR=/tmp/leadrules-activations
PORT=${BENCH_PORT:-18474}
API="http://localhost:$PORT/api/v1/rulesets"
rm -rf "$DIR" && mkdir -p "$DIR"

java -Xmx"$XMX" -jar "$JAR" --leadrules.data-dir="$DIR" --server.port=$PORT \
    --leadrules.rescoring.schedule-enabled=false --leadrules.rules.four-eyes=false ${BENCH_ARGS:-} \
    > "$DIR/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2> /dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 "$PID" 2> /dev/null || { echo "the service did not start: see $DIR/service.log" >&2; exit 1; }
    sleep 2
done

live_heap() {  # the heap in use right after a full GC, in MB
    jcmd "$PID" GC.run > /dev/null
    jcmd "$PID" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%d", $1/1024}'
}

curl -sf -o "$DIR/Qualification.drl" "$API/1/files/Qualification.drl"
for v in 2 3 4 5; do
    mkdir -p "$DIR/v$v"
    { cat "$DIR/Qualification.drl"; echo "// version $v"; } > "$DIR/v$v/Qualification.drl"
    curl -sf -F files=@"$DIR/v$v/Qualification.drl" -F label="bench $v" "$API" > /dev/null
done
echo "activations  live heap (MB)"
echo "0            $(live_heap)"
started=$(date +%s)
live=1
for i in $(seq 1 "$N"); do
    # every draft is based on version 1: each replaces the live version on purpose (no stale-base 409)
    next=$(( (i % 5) + 1 ))
    curl -sf -X POST "$API/$next/activation?replaces=$live" > /dev/null
    live=$next
    if [ $((i % 10)) = 0 ]; then
        echo "$i           $(live_heap)"
        jcmd "$PID" GC.class_histogram > "$DIR/histogram-$i.txt"   # what is live, class by class, to compare
    fi
done
echo "$N activations in $(( $(date +%s) - started )) s"
