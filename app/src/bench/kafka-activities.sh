#!/usr/bin/env bash
# Activities from Kafka at volume (docs/performance.md, "Activities from Kafka"; ADR 0041).
#
#   app/src/bench/kafka-activities.sh [events, default 100000] [leads, default 1000] [consumers, default 2]
#   BENCH_HEAP=-Xmx2g, BENCH_JAVA_OPTS="-javaagent:..."   # another heap (default 2 GiB), a profiler
#
# Compiles the app and its test class path (offline), then the bench classes against them, and runs
# io.leadrules.bench.KafkaActivitiesBench: an embedded KRaft broker (6 partitions) and the service with the kafka
# profile in one process, on a fresh H2 file database (durable commits, as the service runs). The leads are stored
# over HTTP, the events produced with the consumer stopped (a tenth of them twice, each lead's shuffled), then the
# consumer starts and the run ends when the group's lag is 0 and every activity is stored.
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
java ${BENCH_HEAP:--Xmx2g} ${BENCH_JAVA_OPTS:-} -cp "$OUT:$CP" io.leadrules.bench.KafkaActivitiesBench "${1:-100000}" "${2:-1000}" "${3:-2}"
echo "load after: $(uptime | sed 's/.*load/load/')"
