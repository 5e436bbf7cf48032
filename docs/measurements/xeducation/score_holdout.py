"""Score the X Education holdout leads through a running LeadRules service, one POST /api/v1/scores per lead.

    /usr/bin/python3 score_holdout.py [--service URL] [--model DIR] [--out FILE]

With --model (the directory build_model.py wrote), the workbooks are first uploaded as a new rule version based on
version 1 (the shipped DRL files stay), the shipped scenarios are re-baselined to the new results (POST
.../scenarios/accept: they describe the B2B model, not this one) and that version is activated (one person does all
three: run the service with --leadrules.rules.four-eyes=false). Then every holdout
lead is sent as a marketing-automation platform would send it: its columns as `lead.attributes`, raw values as
sent (the Mappings sheet reads them), consent given, and as activities one TIME_ON_SITE event whose value is the
seconds on the website and one WEBSITE_VISIT event per visit, all a day before asOf. Writes prospectId,score,fit,
engagement (default $XEDUCATION_OUT/product-scores.csv) for auc.py. Reads the data in place; sends it only to the
service named."""
import argparse
import json
import os
import pathlib
import urllib.error
import urllib.request
import uuid
import pandas as pd
from common import OUT, ID, load_raw, split

AS_OF = "2026-11-22T12:00:00Z"
DAY_BEFORE = "2026-11-21T12:00:00Z"
UPLOADED = ("Model.drl.xlsx", "ProfileFit.drl.xlsx", "EngagementPoints.drl.xlsx")
# attribute -> (X Education column, type); the declarations are build_model.py's ATTRIBUTES
COLUMNS = {
    "leadOrigin": ("Lead Origin", "text"), "leadSource": ("Lead Source", "text"),
    "doNotEmail": ("Do Not Email", "yes/no"), "lastActivity": ("Last Activity", "text"),
    "lastNotableActivity": ("Last Notable Activity", "text"),
    "occupation": ("What is your current occupation", "text"), "specialization": ("Specialization", "text"),
    "leadProfile": ("Lead Profile", "text"), "city": ("City", "text"),
    "pageViewsPerVisit": ("Page Views Per Visit", "number"),
    "activityScore": ("Asymmetrique Activity Score", "number"),
    "profileScore": ("Asymmetrique Profile Score", "number"),
}


def authorised(headers=None):
    """The headers with the API key of $LEADRULES_API_KEY (the key the service prints at its first start)."""
    key = os.environ.get("LEADRULES_API_KEY")
    return {**(headers or {}), **({"Authorization": f"Bearer {key}"} if key else {})}


def call(service, method, path, body=None, headers=None):
    req = urllib.request.Request(service + path, data=body, method=method, headers=authorised(headers))
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()[:4000]}")


def upload(service, model):
    """A new version from version 1 with the three workbooks; its scenarios accepted; activated. Returns its id."""
    boundary = uuid.uuid4().hex
    parts = []
    for name in UPLOADED:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                     "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"
                     .encode() + (model / name).read_bytes() + b"\r\n")
    for field, value in (("basedOn", "1"), ("label", "X Education model (model-proposal v2)")):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n{value}\r\n'.encode())
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    draft = call(service, "POST", "/api/v1/rulesets", body,
                 {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    warnings = draft["validation"]["warnings"]
    print(f"uploaded version {draft['id']}: {draft['ruleCount']} rules, {len(warnings)} warnings, scenarios "
          f"{draft['lastTest']['passedCount']}/{draft['lastTest']['scenarios']} pass")
    for w in warnings:
        print(f"  warning {w['file']}, sheet {w['sheet']}, cell {w['cell']}: {w['message']}")
    accepted = call(service, "POST", f"/api/v1/rulesets/{draft['id']}/scenarios/accept")
    active = call(service, "POST", f"/api/v1/rulesets/{accepted['id']}/activation")
    print(f"version {accepted['id']} accepts the scenario results of {draft['id']}; status {active['status']}")
    return active["id"]


def number(v):
    return int(v) if float(v).is_integer() else float(v)


def request(row):
    attributes = {}
    for name, (column, kind) in COLUMNS.items():
        v = row[column]
        if pd.isna(v):
            continue
        attributes[name] = (number(v) if kind == "number" else str(v).strip().lower() == "yes"
                            if kind == "yes/no" else str(v))
    activities = []
    seconds, visits = row["Total Time Spent on Website"], row["TotalVisits"]
    if pd.notna(seconds) and int(seconds) > 0:
        activities.append({"type": "TIME_ON_SITE", "occurredAt": DAY_BEFORE, "value": int(seconds)})
    if pd.notna(visits):
        activities += [{"type": "WEBSITE_VISIT", "occurredAt": DAY_BEFORE}] * int(visits)
    return {"asOf": AS_OF, "lead": {"externalId": row[ID], "consent": {"dataProcessing": True},
                                    "attributes": attributes}, "activities": activities}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--service", default="http://localhost:18080")
    p.add_argument("--model", type=pathlib.Path, help="upload and activate these workbooks first")
    p.add_argument("--out", type=pathlib.Path, default=OUT / "product-scores.csv")
    a = p.parse_args()
    version = upload(a.service, a.model) if a.model else call(a.service, "GET", "/api/v1/rulesets/active")["id"]
    _, holdout = split(load_raw())
    rows = []
    for i, (_, lead) in enumerate(holdout.iterrows(), 1):
        r = call(a.service, "POST", "/api/v1/scores", json.dumps(request(lead)).encode(),
                 {"Content-Type": "application/json"})
        if r["rulesetVersion"] != version:
            raise SystemExit(f"lead {lead[ID]} was scored by version {r['rulesetVersion']}, not {version}")
        rows.append((lead[ID], r["score"], r["fit"]["score"], r["engagement"]["score"]))
        if i % 500 == 0:
            print(f"{i} leads scored")
    pd.DataFrame(rows, columns=["prospectId", "score", "fit", "engagement"]).to_csv(a.out, index=False)
    print(f"{len(rows)} holdout leads scored by version {version} -> {a.out}")


if __name__ == "__main__":
    main()
