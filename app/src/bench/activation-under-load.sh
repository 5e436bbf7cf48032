#!/usr/bin/env bash
# Benchmark 5 of issue 12 (docs/performance.md, "Activation under load"): the scoring load of http.sh while rule
# versions are activated 20 times; no request may fail, and p99 during the activations is printed beside p99 without.
#
#   app/src/bench/activation-under-load.sh [activations, default 20]
#
# Starts the service in the bench profile (four eyes off: one key uploads and activates), uploads four more
# versions of the shipped rule set (each differs by a comment, so each compiles on its own; with two kept compiled
# besides the active one, most activations compile a version), warms scoring, measures 30 s of scoring alone, then
# runs wrk while the activations go one after the other, and stops it (SIGINT: wrk then prints its figures) 2 s after
# the last one, so every activation falls inside the loaded run. A failed request is a non-2xx
# answer or a socket error (connect, read, write, timeout) as wrk counts them.
set -euo pipefail
source "$(dirname "$0")/http/server.sh"

N=${1:-20}
start_server
score_request >"$WORK/request.json"
post_script "$WORK/post.lua" "$WORK/request.json"
api GET /api/v1/rulesets/1/files/Qualification.drl -o "$WORK/Qualification.drl"
for v in 2 3 4 5; do
    mkdir -p "$WORK/v$v"
    { cat "$WORK/Qualification.drl"; echo "// bench version $v"; } >"$WORK/v$v/Qualification.drl"
    api POST /api/v1/rulesets -F files=@"$WORK/v$v/Qualification.drl" -F label="bench $v" >/dev/null
done

echo "warming up (2 x 20 s)..."
wrk_run "$BASE/api/v1/scores" "$WORK/post.lua" 20 >/dev/null
wrk_run "$BASE/api/v1/scores" "$WORK/post.lua" 20 >/dev/null
echo "load: $(uptime)"
read -r rps p99 bad soc < <(wrk_run "$BASE/api/v1/scores" "$WORK/post.lua" 30)
printf 'without activations: %8s req/s  p99 %7s ms  failed %d\n' "$rps" "$p99" $((bad + soc))

wrk -t2 -c16 -d3600s --latency -s "$WORK/post.lua" "$BASE/api/v1/scores" >"$WORK/loaded-wrk.txt" &
WRK=$!
sleep 2
live=1
started=$(date +%s%N)
for i in $(seq 1 "$N"); do
    next=$(( (i % 5) + 1 ))    # every draft is based on version 1, so each replaces the live one on purpose
    t0=$(date +%s%N)
    api POST "/api/v1/rulesets/$next/activation?replaces=$live" >/dev/null
    echo "$(( ($(date +%s%N) - t0) / 1000000 ))" >>"$WORK/activations.txt"
    live=$next
done
took=$(( ($(date +%s%N) - started) / 1000000 ))
sleep 2
kill -INT "$WRK"
wait "$WRK" || true
read -r rps p99 bad soc < <(wrk_summary "$WORK/loaded-wrk.txt")
printf 'with %d activations:  %8s req/s  p99 %7s ms  failed %d (non-2xx %d, socket errors %d)\n' \
    "$N" "$rps" "$p99" $((bad + soc)) "$bad" "$soc"
sort -n "$WORK/activations.txt" | awk -v took="$took" '{ a[NR] = $1 }
    END { printf("activations took %d ms together (median %d ms, longest %d ms)\n", took, a[int((NR + 1) / 2)], a[NR]) }'
echo "load: $(uptime)"
