#!/usr/bin/env bash
# Server-side p95 of the console's leads pages with N stored leads (docs/performance.md, "Console pages").
#
#   app/src/bench/console-pages.sh [leads, default 100000] [requests per page, default 200]
#   BENCH_DIR=/tmp/x     # the database directory (default /tmp/leadrules-console-N): reused when it holds N leads
#   BENCH_HEAP=-Xmx1g, BENCH_JAVA_OPTS="-javaagent:..."   # another heap (default 1 GiB), a profiler
#
# Compiles the app and its test class path (offline), then the bench classes against them, and runs
# io.leadrules.bench.ConsolePagesBench: the leads are stored once through the bulk import, then each page is timed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
./mvnw -o -q -B -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/app/target/bench.classpath"
CP="$ROOT/app/target/classes:$ROOT/rules/target/classes:$(cat "$ROOT/app/target/bench.classpath")"
OUT="$ROOT/app/target/bench-classes"
rm -rf "$OUT" && mkdir -p "$OUT"
javac -d "$OUT" -cp "$CP" $(find "$ROOT/app/src/bench/java" -name "*.java")
echo "$(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(uptime | sed 's/.*load/load/')"
java ${BENCH_HEAP:--Xmx1g} ${BENCH_JAVA_OPTS:-} -cp "$OUT:$CP" io.leadrules.bench.ConsolePagesBench "${1:-100000}" "${2:-200}"
echo "load after: $(uptime | sed 's/.*load/load/')"
