#!/usr/bin/env bash
# How long a backtest of N leads with 20 activities each takes, per source, and the heap it holds
# (docs/performance.md, "Backtest").
#
#   app/src/bench/backtest.sh [leads, default 10000] [rounds, default 3]
#   BENCH_DATABASE=file app/src/bench/backtest.sh ...    # on H2 files with durable commits, as the service runs
#   BENCH_HEAP=-Xmx256m, BENCH_JAVA_OPTS="-javaagent:..." # another heap (default 4 GiB), a profiler
#
#   BENCH_SOURCES=dataset or BENCH_SOURCES=stored                  # only one of the two sources
#
# Memory: an in-memory database lives in the same heap and grows with N, so compare heaps on files, e.g.
#   BENCH_DATABASE=file BENCH_HEAP=-Xmx256m app/src/bench/backtest.sh 10000 1   (and 40000)
#
# Compiles the app and its test class path (offline), then BacktestBench.java against them, and runs it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
./mvnw -o -q -B -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/app/target/bench.classpath"
CP="$ROOT/app/target/classes:$ROOT/rules/target/classes:$(cat "$ROOT/app/target/bench.classpath")"
OUT="$ROOT/app/target/bench-classes"
rm -rf "$OUT" && mkdir -p "$OUT"
javac -d "$OUT" -cp "$CP" $(find "$ROOT/app/src/bench/java" -name "*.java")
java ${BENCH_HEAP:--Xmx4g} ${BENCH_JAVA_OPTS:-} ${BENCH_DATABASE:+-Dbench.database=$BENCH_DATABASE} ${BENCH_SOURCES:+-Dbench.sources=$BENCH_SOURCES} -cp "$OUT:$CP" io.leadrules.bench.BacktestBench "${1:-10000}" "${2:-3}"
