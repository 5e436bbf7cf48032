#!/usr/bin/env python3
"""N generated leads for the bulk scoring benchmark, as CSV and NDJSON (the same leads in both), seeded.

    app/src/bench/bulk-leads.py N OUTDIR [SEED]     # writes OUTDIR/leads-N.csv and OUTDIR/leads-N.ndjson

Mixed personas (ideal buyers, students, competitors, free-mail leads, big enterprises, leads with no profile),
0-20 activities each in the scenario notation (CSV) or as objects (NDJSON), all scored as of 2026-11-22T10:00:00Z.
Streams: memory stays flat for a million leads.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

AS_OF = datetime(2026, 11, 22, 10, 0, 0, tzinfo=timezone.utc)
PERSONAS = [
    # jobTitle, industry, companySize range, email domain
    ("Marketing Director", "SOFTWARE", (50, 1000), "acme-soft.com"),
    ("VP Sales", "SOFTWARE", (200, 5000), "bigcorp.example"),
    ("CEO", "RETAIL", (5, 50), "shop.example"),
    ("Student", "EDUCATION", (1, 5), "gmail.com"),
    ("Marketing Manager", "FINANCE", (1000, 20000), "bank.example"),
    ("", "", None, "mailinator.com"),
    ("Head of Growth", "SOFTWARE", (20, 200), "startup.io"),
]
COUNTRIES = ["ES", "DE", "FR", "US", "GB", "BR", "IN", ""]
SOURCES = ["ORGANIC_SEARCH", "PAID_SEARCH", "REFERRAL", "EVENT", "WEBINAR", ""]
ACTIVITIES = ["PAGE_VIEW", "PAGE_VIEW", "PAGE_VIEW", "EMAIL_OPEN", "EMAIL_CLICK", "PRICING_PAGE_VIEW",
              "WEBINAR_ATTENDED", "EVENT_ATTENDED", "DEMO_REQUESTED", "FREE_TRIAL_STARTED", "CONTACT_SALES",
              "RETURNING_VISITOR", "EMAIL_BOUNCED"]
CSV_COLUMNS = ["id", "asOf", "externalId", "firstName", "lastName", "email", "company", "jobTitle", "industry",
               "companySize", "country", "source", "activities"]


def lead(rng, n):
    title, industry, sizes, domain = rng.choice(PERSONAS)
    size = rng.randint(*sizes) if sizes else None
    activities = [(rng.choice(ACTIVITIES), rng.randint(1, 120)) for _ in range(rng.randint(0, 20))]
    return {"externalId": f"bench-{n}", "firstName": f"First{n}", "lastName": f"Last{n}",
            "email": f"person{n}@{domain}", "company": f"Company {n % 5000}" if industry else "",
            "jobTitle": title, "industry": industry, "companySize": size, "country": rng.choice(COUNTRIES),
            "source": rng.choice(SOURCES)}, activities


def csv_row(n, member, activities):
    notation = "; ".join(f"{kind}@-{days}d" for kind, days in activities)
    cells = [str(n), AS_OF.strftime("%Y-%m-%dT%H:%M:%SZ")] + [
        "" if member[c] is None else str(member[c]) for c in CSV_COLUMNS[2:-1]] + [notation]
    return ",".join(cells)


def json_line(member, activities):
    body = {k: v for k, v in member.items() if v not in ("", None)}
    body["consent"] = {"dataProcessing": True}
    events = [{"type": kind, "occurredAt": (AS_OF - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")}
              for kind, days in activities]
    return json.dumps({"asOf": AS_OF.strftime("%Y-%m-%dT%H:%M:%SZ"), "lead": body, "activities": events},
                      separators=(",", ":"))


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 12)
    with open(f"{out}/leads-{n}.csv", "w", encoding="utf-8") as csv, \
            open(f"{out}/leads-{n}.ndjson", "w", encoding="utf-8") as ndjson:
        csv.write(",".join(CSV_COLUMNS) + "\n")
        for i in range(1, n + 1):
            member, activities = lead(rng, i)
            csv.write(csv_row(i, member, activities) + "\n")
            ndjson.write(json_line(member, activities) + "\n")


if __name__ == "__main__":
    main()
