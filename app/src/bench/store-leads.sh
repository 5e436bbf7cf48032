#!/usr/bin/env bash
# Benchmark 4, second half, of issue 12 (docs/performance.md, "Storing leads over HTTP"): POST /api/v1/leads at 16
# connections (wrk, 2 threads), each request a new person (fresh externalId and email) with the README's lead and
# five activities, stored and scored; writes durable (H2 file database, WRITE_DELAY=0, as the service runs).
#
#   app/src/bench/store-leads.sh [seconds, default 30]
#
# Prints leads stored per second, p99, failed requests, and the number of leads the database then holds.
set -euo pipefail
source "$(dirname "$0")/http/server.sh"

SECONDS_OF_LOAD=${1:-30}
start_server
score_request | tr -d '\n' | sed 's/"asOf": "[^"]*", *//' >"$WORK/lead.json"
body=$(sed 's/\\/\\\\/g; s/"/\\"/g' "$WORK/lead.json")
cat >"$WORK/leads.lua" <<LUA
-- Each request a new person: the thread's number and a counter make the externalId and the email unique.
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end
local n = 0
local template = "$body"
function request()
    n = n + 1
    local who = string.format("bench-%d-%d-%d", tid, os.time(), n)
    local body = template:gsub("crm%-42", who):gsub("ana@acme%-soft%.com", who .. "@acme-soft.com")
    return wrk.format("POST", "/api/v1/leads", {["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer $KEY"}, body)
end
LUA
code=$(curl -s -o "$WORK/first.json" -w '%{http_code}' -X POST "$BASE/api/v1/leads" -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/json' --data-binary @"$WORK/lead.json")
[ "$code" = 201 ] || { echo "POST /api/v1/leads answered $code: $(cat "$WORK/first.json")" >&2; exit 1; }
echo "warming up (20 s)..."
wrk_run "$BASE/api/v1/leads" "$WORK/leads.lua" 20 >/dev/null
echo "load: $(uptime)"
read -r rps p99 bad soc < <(wrk_run "$BASE/api/v1/leads" "$WORK/leads.lua" "$SECONDS_OF_LOAD")
printf 'stored: %8s leads/s  p99 %7s ms  failed %d (non-2xx %d, socket errors %d)\n' "$rps" "$p99" $((bad + soc)) \
    "$bad" "$soc"
echo "leads stored in all: $(api GET '/api/v1/leads?size=1' | grep -o '"total" *: *[0-9]*' | grep -o '[0-9]*$')"
echo "load: $(uptime)"
