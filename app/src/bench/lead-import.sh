#!/usr/bin/env bash
# Leads per second stored in bulk (POST /api/v1/scores/batch?store=true, a job) beside POST /api/v1/leads one at a
# time, same run, same service in this process, H2 files with durable commits (docs/performance.md, "Storing leads
# in bulk").
#
#   app/src/bench/lead-import.sh [leads, default 20000]
#   BENCH_HEAP=-Xmx512m, BENCH_JAVA_OPTS="-javaagent:..."   # another heap (default 2 GiB), a profiler
#
# Compiles the app and its test class path (offline), then the bench classes against them, and runs it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
./mvnw -o -q -B -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/app/target/bench.classpath"
CP="$ROOT/app/target/classes:$ROOT/rules/target/classes:$(cat "$ROOT/app/target/bench.classpath")"
OUT="$ROOT/app/target/bench-classes"
rm -rf "$OUT" && mkdir -p "$OUT"
javac -d "$OUT" -cp "$CP" $(find "$ROOT/app/src/bench/java" -name "*.java")
echo "load before: $(uptime)"
java ${BENCH_HEAP:--Xmx2g} ${BENCH_JAVA_OPTS:-} -cp "$OUT:$CP" io.leadrules.bench.LeadImportBench "${1:-20000}"
echo "load after: $(uptime)"
