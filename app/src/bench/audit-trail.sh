#!/usr/bin/env bash
# What the audit trail costs: lead creation and rescoring with and without it, in one JVM, alternating
# (docs/performance.md, "Audit trail").
#
#   app/src/bench/audit-trail.sh [leads per round, default 500] [rounds, default 3]
#   BENCH_DATABASE=file app/src/bench/audit-trail.sh ...   # on H2 files with durable commits, as the service runs
#   BENCH_HEAP=-Xmx2g, BENCH_JAVA_OPTS="-javaagent:..."     # another heap (default 4 GiB), a profiler
#
# Compiles the app and its test class path (offline), then AuditTrailBench.java against them, and runs it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
./mvnw -o -q -B -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/app/target/bench.classpath"
CP="$ROOT/app/target/classes:$ROOT/rules/target/classes:$(cat "$ROOT/app/target/bench.classpath")"
OUT="$ROOT/app/target/bench-classes"
rm -rf "$OUT" && mkdir -p "$OUT"
javac -d "$OUT" -cp "$CP" $(find "$ROOT/app/src/bench/java" -name "*.java")
java ${BENCH_HEAP:--Xmx4g} ${BENCH_JAVA_OPTS:-} ${BENCH_DATABASE:+-Dbench.database=$BENCH_DATABASE} -cp "$OUT:$CP" io.leadrules.bench.AuditTrailBench "${1:-500}" "${2:-3}"
