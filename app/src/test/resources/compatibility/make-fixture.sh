#!/usr/bin/env bash
# Makes leadrules-0bd8b67.sql (an H2 SCRIPT of the database): the H2 database of LeadRules as it was at commit 0bd8b67 (before issue 9), filled
# through its real HTTP API with stored leads, activities and decisions under two rule versions.
# StoredBeforeIssue9Test starts today's service on a copy of it and replays every decision. See README.md.
#
# Needs: git, a JDK 17, curl, /usr/bin/python3 (standard library only), a Maven repository able to build 0bd8b67
# offline. Run from anywhere inside the project; writes only to a temporary directory and, at the end, the fixture
# beside this script. Usage: make-fixture.sh [port]
set -euo pipefail

COMMIT=0bd8b67
PORT=${1:-18089}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
WORK=$(mktemp -d /tmp/leadrules-compat.XXXXXX)
OLD=$WORK/old
DATA=$WORK/data
BASE=http://localhost:$PORT
PY=/usr/bin/python3
SERVICE_PID=

cleanup() {
    if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then kill "$SERVICE_PID"; wait "$SERVICE_PID" || true; fi
    git -C "$REPO" worktree remove --force "$OLD" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- helpers -----------------------------------------------------------------------------------------------------
ago() { date -u -d "now - $1" +%Y-%m-%dT%H:%M:%SZ; }     # an instant before now: ago '2 days'
later() { date -u -d "now + $1" +%Y-%m-%dT%H:%M:%SZ; }   # an instant after now: later '3 days'
json() { $PY -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }  # json 'd["id"]'
call() {  # call METHOD PATH EXPECTED_STATUS [JSON_BODY] [CONTENT_TYPE]: prints the body, fails on another status
    local out status
    out=$(mktemp -p "$WORK")
    status=$(curl -s -o "$out" -w '%{http_code}' -X "$1" "$BASE$2" \
        ${4:+-H "Content-Type: ${5:-application/json}" --data-binary "$4"})
    if [ "$status" != "$3" ]; then echo "$1 $2: expected $3, got $status: $(cat "$out")" >&2; exit 1; fi
    cat "$out"
}
LEADS=()
lead() {  # lead VARIABLE JSON_BODY: stores a new lead (201), sets VARIABLE to its id and remembers it
    local id
    id=$(call POST /api/v1/leads 201 "$2" | json 'd["id"]')
    LEADS+=("$id")
    printf -v "$1" '%s' "$id"
}
activities() { call POST "/api/v1/leads/$1/activities" 200 "$2" > /dev/null; }
consent='"consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}'

# --- build and start the old service ------------------------------------------------------------------------------
git -C "$REPO" worktree add --detach "$OLD" "$COMMIT"
(cd "$OLD" && ./mvnw -o -q -B -pl app -am package -DskipTests)
mkdir -p "$DATA"
(cd "$WORK" && exec java -jar "$OLD"/app/target/leadrules-app-0.1.0-SNAPSHOT.jar --server.port="$PORT" \
    --leadrules.data-dir="$DATA" --leadrules.rescoring.schedule-enabled=false > "$WORK/service.log" 2>&1) &
SERVICE_PID=$!
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" > /dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health" > /dev/null || { cat "$WORK/service.log"; exit 1; }

# --- version 1 (the shipped rule set): one lead per profile ----------------------------------------------------
lead SQL "{\"lead\": {\"externalId\": \"crm-42\", \"firstName\": \"Ana\", \"lastName\": \"Garcia\",
  \"email\": \"ana@acme-soft.com\", \"phone\": \"+34 612 345 678\", \"company\": \"Acme Soft\",
  \"jobTitle\": \"Marketing Director\", \"industry\": \"SOFTWARE\", \"companySize\": 250, \"annualRevenue\": 12000000,
  \"country\": \"ES\", \"source\": \"ORGANIC_SEARCH\", \"leadMagnet\": \"EBOOK\", \"productInterest\": \"crm-suite\",
  $consent}, \"activities\": [
  {\"id\": \"sql-1\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"$(ago '2 days')\"},
  {\"id\": \"sql-2\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"$(ago '1 day')\", \"detail\": \"/pricing\"}]}"
lead MQL "{\"lead\": {\"externalId\": \"crm-77\", \"firstName\": \"Lena\", \"lastName\": \"Berg\",
  \"email\": \"lena@nordwind.io\", \"company\": \"Nordwind\", \"jobTitle\": \"Head of Growth\", \"industry\": \"SOFTWARE\",
  \"companySize\": 120, \"annualRevenue\": 4000000, \"source\": \"REFERRAL\", \"productInterest\": \"crm-suite\",
  \"consent\": {\"dataProcessing\": true}}, \"activities\": [
  {\"id\": \"w-1\", \"type\": \"CONTENT_DOWNLOAD\", \"occurredAt\": \"$(ago '20 days')\"}]}"
lead PLAIN "{\"lead\": {\"firstName\": \"Tom\", \"lastName\": \"Ng\", \"email\": \"tom@studio-ng.com\",
  \"company\": \"Studio Ng\", \"jobTitle\": \"Student\", \"industry\": \"EDUCATION\", \"companySize\": 3,
  \"annualRevenue\": 1234.567, \"country\": \"SG\", \"source\": \"PAID_SOCIAL\", \"leadMagnet\": \"CONTEST\",
  \"consent\": {\"dataProcessing\": true, \"grantedAt\": \"2026-01-15T08:00:00Z\"}}, \"activities\": [
  {\"id\": \"p-1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"$(ago '3 days')\", \"detail\": \"/blog/crm\"},
  {\"id\": \"p-2\", \"type\": \"EMAIL_OPEN\", \"occurredAt\": \"$(ago '100 days')\"}]}"
lead NO_CONSENT "{\"lead\": {\"email\": \"no-consent@acme-soft.com\", \"company\": \"Acme Soft\", \"jobTitle\": \"CTO\",
  \"consent\": {\"dataProcessing\": false}}, \"activities\": [
  {\"id\": \"n-1\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"$(ago '1 day')\"}]}"
lead OBJECTS "{\"lead\": {\"email\": \"objects@acme-soft.com\", \"company\": \"Acme Soft\", \"jobTitle\": \"CFO\",
  \"consent\": {\"dataProcessing\": true, \"profilingObjection\": true}}}"
lead SPAM "{\"lead\": {\"email\": \"angry@example.org\", \"company\": \"Example\", \"jobTitle\": \"VP Sales\",
  \"companySize\": 800, $consent}, \"activities\": [
  {\"id\": \"s-1\", \"type\": \"EMAIL_CLICK\", \"occurredAt\": \"$(ago '10 days')\"},
  {\"id\": \"s-2\", \"type\": \"SPAM_COMPLAINT\", \"occurredAt\": \"$(ago '1 day')\"}]}"
lead ODD "{\"lead\": {\"email\": \"not-an-email\", \"phone\": \"+34 612 CALL ME\", \"jobTitle\": \"Founder\",
  \"industry\": \"FINANCE\", \"companySize\": 40, \"source\": \"EVENT\", $consent}, \"activities\": [
  {\"id\": \"o-1\", \"type\": \"PODCAST_LISTENED\", \"occurredAt\": \"$(ago '5 days')\"},
  {\"id\": \"o-2\", \"type\": \"WEBINAR_ATTENDED\", \"occurredAt\": \"$(ago '40 days')\"},
  {\"id\": \"o-3\", \"type\": \"EVENT_ATTENDED\", \"occurredAt\": \"$(later '3 days')\"}]}"
# the same person again (merged), a PATCH, activities with a duplicate: decisions of every cause
call POST /api/v1/leads 200 "{\"lead\": {\"email\": \"LENA@Nordwind.io \", \"phone\": \"+49 30 1234567\",
  \"consent\": {\"dataProcessing\": true}}}" > /dev/null
call PATCH "/api/v1/leads/$PLAIN" 200 '{"companySize": 60, "jobTitle": "Marketing Manager"}' \
    application/merge-patch+json > /dev/null
activities "$SQL" "[{\"id\": \"sql-3\", \"type\": \"EMAIL_CLICK\", \"occurredAt\": \"$(ago '1 day')\"},
  {\"id\": \"sql-1\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"$(ago '2 days')\"}]"

# --- version 2: the shipped EngagementPoints workbook, edited, uploaded and activated ----------------------------
# Social interactions earn 2 points instead of 1 (the cap stays 5, so the shipped scenarios still pass), and the demo
# row has a new Reason. The workbook's
# XML is edited in place (one cell value, one text), so it stays the shipped workbook but for those cells.
curl -sf -o "$WORK/EngagementPoints.drl.xlsx" "$BASE/api/v1/rulesets/1/files/EngagementPoints.drl.xlsx"
$PY - "$WORK/EngagementPoints.drl.xlsx" <<'EOF'
import sys, zipfile
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    entries = [(info, z.read(info.filename)) for info in z.infolist()]
edits = {
    "xl/worksheets/sheet2.xml": [('<c r="D23" t="n" s="5"><v>1.0</v>', '<c r="D23" t="n" s="5"><v>2.0</v>')],
    "xl/sharedStrings.xml": [("Asked for a demo: ready to talk to sales", "Asked for a demo: sales calls within a day")],
}
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for info, data in entries:
        text = data
        for old, new in edits.get(info.filename, []):
            assert text.count(old.encode()) == 1, (info.filename, old)
            text = text.replace(old.encode(), new.encode())
        z.writestr(info, text)
EOF
V2=$(curl -sf -F "files=@$WORK/EngagementPoints.drl.xlsx" -F label="Social interactions worth 2, demo reason reworded" \
    -F author=compatibility-fixture "$BASE/api/v1/rulesets" | json 'd["id"]')
call POST "/api/v1/rulesets/$V2/activation?by=compatibility-fixture" 200 > /dev/null

# --- under version 2: new leads, and more activities on the leads of version 1 ---------------------------------
lead BANK "{\"lead\": {\"externalId\": \"crm-900\", \"firstName\": \"Ines\", \"email\": \"ines@bancosur.es\",
  \"phone\": \"+34 911 222 333\", \"company\": \"Banco Sur\", \"jobTitle\": \"Chief Marketing Officer\",
  \"industry\": \"FINANCE\", \"companySize\": 5000, \"annualRevenue\": 90000000, \"country\": \"ES\",
  \"source\": \"REFERRAL\", \"leadMagnet\": \"WEBINAR\", \"productInterest\": \"crm-suite\", $consent},
  \"activities\": [
  {\"id\": \"i-1\", \"type\": \"SOCIAL_INTERACTION\", \"occurredAt\": \"$(ago '6 days')\"},
  {\"id\": \"i-2\", \"type\": \"SOCIAL_INTERACTION\", \"occurredAt\": \"$(ago '5 days')\"},
  {\"id\": \"i-3\", \"type\": \"WEBINAR_ATTENDED\", \"occurredAt\": \"$(ago '4 days')\"},
  {\"id\": \"i-4\", \"type\": \"CONTACT_SALES\", \"occurredAt\": \"$(ago '1 day')\", \"detail\": \"call me\"}]}"
lead LATER_NO_CONSENT "{\"lead\": {\"email\": \"later-no-consent@nordwind.io\", \"consent\": {\"dataProcessing\": false}}}"
activities "$MQL" "{\"id\": \"w-2\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"$(ago '1 hour')\"}"
activities "$PLAIN" "[{\"id\": \"p-3\", \"type\": \"SOCIAL_INTERACTION\", \"occurredAt\": \"$(ago '2 days')\"},
  {\"id\": \"p-4\", \"type\": \"UNSUBSCRIBED\", \"occurredAt\": \"$(ago '1 day')\"}]"
activities "$SPAM" "{\"id\": \"s-3\", \"type\": \"FREE_TRIAL_STARTED\", \"occurredAt\": \"$(ago '1 day')\"}"
activities "$ODD" "{\"id\": \"o-4\", \"type\": \"FORM_SUBMITTED\", \"occurredAt\": \"$(ago '2 days')\"}"
# a rescoring job as of now writes a decision for every lead whose answer changed under version 2
JOB=$(call POST /api/v1/rescoring-jobs 202 | json 'd["id"]')
for _ in $(seq 1 60); do
    [ "$(call GET "/api/v1/rescoring-jobs/$JOB" 200 | json 'd["state"]')" = DONE ] && break; sleep 1
done

# --- version 3: a rule developer's own table, named Fit in package leadrules.fit --------------------------------
# Accepted before issue 9 as a developer change (no shipped kind had that name); issue 9 added a model kind of that
# name, so this is what a stored version with such a table must still do. Written with openpyxl: plain cells only.
$PY - "$WORK/ExtraFit.drl.xlsx" <<'EOF2'
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Fit"
ws["B1"] = "Fit: board members, written by a rule developer"
for row, (label, value) in enumerate([("RuleSet", "leadrules.fit"), ("Import", "io.leadrules.rules.vocabulary.*"),
                                      ("RULEFLOW-GROUP", "fit")], start=5):
    ws.cell(row, 1, label)
    ws.cell(row, 2, value)
ws["B9"] = "RuleTable Fit"
columns = [("NAME", None, None, "Rule ID"),
           ("CONDITION", "l : Lead", 'Text.containsAnyWord(jobTitle, "$param")', "Job title contains any of"),
           ("ACTION", None, 'insert(new FitMatch("ROLE", $param, drools.getRule().getName()));', "Match (0-100)"),
           ("METADATA", None, 'reason("$param")', "Reason")]
for c, column in enumerate(columns, start=2):
    for r, text in enumerate(column, start=10):
        if text is not None:
            ws.cell(r, c, text)
for c, value in enumerate(["FIT-ROLE-BOARD", "board, chairman, chairwoman", 100,
                           "Board members approve large deals"], start=2):
    ws.cell(14, c, value)
wb.save(sys.argv[1])
EOF2
V3=$(curl -sf -F "files=@$WORK/ExtraFit.drl.xlsx" -F label="Board members: a developer's table Fit" \
    -F author=compatibility-fixture "$BASE/api/v1/rulesets" | json 'd["id"]')
call POST "/api/v1/rulesets/$V3/activation?by=compatibility-fixture" 200 > /dev/null
lead BOARD "{\"lead\": {\"email\": \"eva@holmfrost.se\", \"company\": \"Holmfrost\", \"jobTitle\": \"Chairwoman of the Board\",
  \"industry\": \"SOFTWARE\", \"companySize\": 300, $consent}, \"activities\": [
  {\"id\": \"b-1\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"$(ago '3 days')\"}]}"
activities "$SQL" "{\"id\": \"sql-4\", \"type\": \"PRICING_PAGE_VIEW\", \"occurredAt\": \"$(ago '2 hours')\"}"

# --- every decision replays identically on the code that made it, or there is no fixture ----------------------
DECISIONS=0
for id in "${LEADS[@]}"; do
    for decision in $(call GET "/api/v1/leads/$id/decisions?size=200" 200 | json '" ".join(i["id"] for i in d["items"])'); do
        identical=$(call POST "/api/v1/decisions/$decision/replay" 200 | json 'd["identical"]')
        [ "$identical" = True ] || { echo "decision $decision does not replay on $COMMIT itself" >&2; exit 1; }
        DECISIONS=$((DECISIONS + 1))
    done
done
echo "$DECISIONS decisions of ${#LEADS[@]} leads under versions 1, $V2 and $V3 replay identically on $COMMIT"

# --- stop (H2 closes its file cleanly), write the database as SQL with the old jar's own H2 ----------------------
kill "$SERVICE_PID"; wait "$SERVICE_PID" || true; SERVICE_PID=
(cd "$WORK" && unzip -q "$OLD"/app/target/leadrules-app-0.1.0-SNAPSHOT.jar 'BOOT-INF/lib/h2-*.jar')
h2() { java -cp "$(echo "$WORK"/BOOT-INF/lib/h2-*.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/leadrules" \
    -user sa -password "" -sql "$1"; }
stored=$(h2 "SELECT COUNT(*) FROM decisions" | sed -n 2p)
[ "$stored" = "$DECISIONS" ] || { echo "after stopping: $stored decisions, not $DECISIONS" >&2; exit 1; }
# kept as the SQL script H2 writes of it: text a reviewer can read, not a database file
h2 "SCRIPT TO '$HERE/leadrules-$COMMIT.sql'" > /dev/null
ls -l "$HERE/leadrules-$COMMIT.sql"
