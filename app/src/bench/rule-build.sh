#!/usr/bin/env bash
# Benchmark 6 of issue 12 (docs/performance.md, "Rule build"): upload-to-active of a rule version, for the default
# rule set and for the default set with a generated engagement table of 1,000 rows; the median of 3 each.
#
#   app/src/bench/rule-build.sh [rounds, default 3] [rows, default 1000]
#
# Starts the service in the bench profile (four eyes off: one key uploads and activates). The default set: all of
# its 15 files uploaded (Qualification.drl with a comment naming the round, so each upload is its own version),
# then activated. The large table: EngagementPoints.drl.xlsx with its Points table grown to [rows] rows, one
# generated activity type each (app/src/bench/java/io/leadrules/bench/EngagementTable.java, Apache POI), uploaded
# over the active version and activated. Each upload is checked, compiled and tested in the sandbox worker, then
# compiled again by the service; the activation swaps it in. Times are wall-clock from the client.
set -euo pipefail
source "$(dirname "$0")/http/server.sh"

ROUNDS=${1:-3}
ROWS=${2:-1000}
(cd "$ROOT" && ./mvnw -o -q -B -pl app -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$WORK/classpath")
SET="$ROOT/rules/src/main/resources/default-ruleset"
java -cp "$(cat "$WORK/classpath")" "$(dirname "$0")/java/io/leadrules/bench/EngagementTable.java" \
    "$SET/EngagementPoints.drl.xlsx" "$ROWS" "$WORK/EngagementPoints.drl.xlsx"
start_server
echo "load: $(uptime)"

json_id() { grep -o '"id" *: *"[0-9]*"' | head -1 | grep -o '[0-9]*'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# build NAME FILE-ARGS...: uploads, activates, appends "NAME upload_ms activation_ms" to the results.
build() {
    local name=$1 t0 t1 t2 id live
    shift
    live=$(api GET /api/v1/rulesets/active | json_id)
    t0=$(now_ms)
    curl -sS -X POST "$BASE/api/v1/rulesets" -H "Authorization: Bearer $KEY" "$@" -F label="bench $name" \
        -o "$WORK/upload.json"
    t1=$(now_ms)
    id=$(json_id <"$WORK/upload.json" || true)
    if [ -z "$id" ]; then    # refused (a problem): say which, after how long, and go on
        echo "$name refused after $((t1 - t0)) ms: $(head -c 400 "$WORK/upload.json")"
        return
    fi
    api POST "/api/v1/rulesets/$id/activation?replaces=$live" >/dev/null
    t2=$(now_ms)
    echo "$name $((t1 - t0)) $((t2 - t1))" | tee -a "$WORK/builds.txt"
}

mkdir -p "$WORK/set"
cp "$SET"/* "$WORK/set/"
for round in $(seq 1 "$ROUNDS"); do
    echo "// rule-build round $round" >>"$WORK/set/Qualification.drl"
    files=()
    while read -r file; do
        files+=(-F "files=@$WORK/set/$file")
    done < <(grep -v '^#' "$SET/files.txt")
    build default "${files[@]}"
    build "table-$ROWS" -F "files=@$WORK/EngagementPoints.drl.xlsx"
    echo "// rule-build round $round, again" >>"$WORK/set/Qualification.drl"
    build default-again "${files[@]}"    # back to the small table, so the next round's large upload is a change
done
echo "load: $(uptime)"
awk '$1 != "default-again" { n[$1]++; u[$1, n[$1]] = $2; a[$1, n[$1]] = $3; t[$1, n[$1]] = $2 + $3 }
    function median(k, m,   i, j, x, v) { for (i = 1; i <= n[k]; i++) v[i] = m[k, i]
        for (i = 1; i <= n[k]; i++) for (j = i + 1; j <= n[k]; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
        return v[int((n[k] + 1) / 2)] }
    END { for (k in n) printf "%-12s median of %d: upload %d ms, activation %d ms, upload-to-active %d ms\n",
          k, n[k], median(k, u), median(k, a), median(k, t) }' "$WORK/builds.txt"
