# Shared by the HTTP benchmarks (http.sh, activation-under-load.sh, rule-build.sh, store-leads.sh): sourced, not run.
# Packages the app, starts the jar in the bench profile on a fresh data directory with a known admin key, waits for
# health, and stops it when the script ends. Settings: BENCH_PORT (default 18080), BENCH_HEAP (default -Xmx1g),
# BENCH_JAVA_OPTS (e.g. an async-profiler agent), BENCH_SKIP_PACKAGE=1 (reuse app/target's jar), BENCH_JAR (run that
# jar instead, e.g. a copy built from another commit, to compare two builds in one session).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
PORT=${BENCH_PORT:-18080}
BASE="http://127.0.0.1:$PORT"
KEY="lr_bench_$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
WORK=$(mktemp -d /tmp/leadrules-bench.XXXXXX)
SERVER_PID=

package_app() {
    if [ -n "${BENCH_JAR:-}" ]; then
        JAR=$BENCH_JAR
        return
    fi
    if [ -z "${BENCH_SKIP_PACKAGE:-}" ]; then
        (cd "$ROOT" && ./mvnw -o -q -B -pl app -am package -DskipTests)
    fi
    JAR=$(ls "$ROOT"/app/target/leadrules-app-*-exec.jar | head -1)
}

start_server() {
    package_app
    LEADRULES_SECURITY_INITIAL_ADMIN_KEY="$KEY" java ${BENCH_HEAP:--Xmx1g} ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
        --spring.profiles.active=bench --server.port="$PORT" --leadrules.data-dir="$WORK/data" "$@" \
        >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    trap stop_server EXIT
    for _ in $(seq 1 180); do
        if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then
            return 0
        fi
        sleep 1
    done
    echo "the service did not become healthy; see $WORK/server.log" >&2
    exit 1
}

stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
    fi
}

# api METHOD PATH [curl args...]: one authenticated call, the body on stdout, failing on a non-2xx.
api() {
    local method=$1 path=$2
    shift 2
    curl -fsS -X "$method" "$BASE$path" -H "Authorization: Bearer $KEY" "$@"
}

# The README's lead with five activities: the request both wrk runs send.
score_request() {
    cat <<'JSON'
{"asOf": "2026-11-22T12:00:00Z",
 "lead": {"externalId": "crm-42", "firstName": "Ana", "lastName": "Garcia", "email": "ana@acme-soft.com",
          "phone": "+34 612 345 678", "company": "Acme Soft", "jobTitle": "Marketing Director",
          "industry": "SOFTWARE", "companySize": 250, "annualRevenue": 12000000, "country": "ES",
          "source": "ORGANIC_SEARCH", "leadMagnet": "EBOOK", "productInterest": "crm-suite",
          "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}},
 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"},
                {"id": "e2", "type": "PRICING_PAGE_VIEW", "occurredAt": "2026-11-19T10:00:00Z"},
                {"id": "e3", "type": "EMAIL_CLICK", "occurredAt": "2026-11-18T10:00:00Z"},
                {"id": "e4", "type": "WEBINAR_ATTENDED", "occurredAt": "2026-11-15T10:00:00Z"},
                {"id": "e5", "type": "CONTENT_DOWNLOAD", "occurredAt": "2026-11-10T10:00:00Z"}]}
JSON
}

# post_script FILE BODYFILE: a wrk script that POSTs the body with the key.
post_script() {
    local body
    body=$(tr -d '\n' <"$2" | sed 's/\\/\\\\/g; s/"/\\"/g')
    cat >"$1" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $KEY"
LUA
}

# wrk_run URL SCRIPT SECONDS [extra wrk args]: prints "req/s p99_ms non2xx socket_errors" and keeps wrk's output.
wrk_run() {
    local out="$WORK/wrk-$(date +%s%N).txt"
    wrk -t2 -c16 -d"$3"s --latency -s "$2" "${@:4}" "$1" >"$out"
    wrk_summary "$out"
}

# wrk_summary FILE: "req/s p99_ms non2xx socket_errors" of a wrk output.
wrk_summary() {
    awk '
        /Requests\/sec/ { rps = $2 }
        $1 == "99%" { v = $2; if (v ~ /us$/) p = v / 1000; else if (v ~ /ms$/) p = v + 0; else p = v * 1000 }
        /Non-2xx/ { bad = $NF }
        /Socket errors/ { gsub(/,/, ""); soc = $4 + $6 + $8 + $10 }
        END { printf "%s %.2f %d %d\n", rps, p, bad, soc }' "$1"
}
