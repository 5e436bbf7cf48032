"""Write the X Education leads as two backtest datasets (docs/rules-authoring.md, "Backtest datasets"): the training
part and the holdout part of split.py's split, to $XEDUCATION_OUT/dataset-train.csv and dataset-holdout.csv (never
inside the repository: they hold the data). Each lead as score_holdout.py sends it: its columns as attributes (raw
values, as a marketing-automation platform would send them), consent given, one TIME_ON_SITE event whose value is
the seconds on the website and one WEBSITE_VISIT per visit, on the day it was created; the outcome is Converted
(yes/no). Every lead gets the same creation instant: the data has no dates, so a cut-off of one day after creation
(?cutoffDays=1) sees every event, one day old, exactly as score_holdout.py scores them. The data has no contact
details either (the shipped qualification disqualifies a lead nobody can contact): each lead gets a placeholder
address made of its Prospect ID at example.com, so its stage says what its score says."""
import csv
import pandas as pd
from common import OUT, ID, Y, load_raw, split
from score_holdout import COLUMNS, number

CREATED = "2026-01-01T00:00:00Z"


def cell(value, kind):
    if pd.isna(value):
        return ""
    if kind == "number":
        return str(number(value))
    if kind == "yes/no":
        return "yes" if str(value).strip().lower() == "yes" else "no"
    return str(value)


def activities(row):
    events = []
    seconds, visits = row["Total Time Spent on Website"], row["TotalVisits"]
    if pd.notna(seconds) and int(seconds) > 0:
        events.append(f"TIME_ON_SITE={int(seconds)}")
    if pd.notna(visits) and int(visits) > 0:
        events.append(f"WEBSITE_VISIT x{int(visits)}")
    return "; ".join(events)


def write(part, name):
    header = ["id", "createdAt", "outcome", "consent", "email"] + [f"attributes.{a}" for a in COLUMNS] + ["activities"]
    path = OUT / name
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(header)
        for _, row in part.iterrows():
            out.writerow([row[ID], CREATED, "yes" if row[Y] == 1 else "no", "yes", f"{row[ID]}@example.com"]
                         + [cell(row[column], kind) for column, kind in COLUMNS.values()] + [activities(row)])
    print(f"{len(part)} leads ({part[Y].mean():.3f} converted) -> {path}")


train, holdout = split(load_raw())
write(train, "dataset-train.csv")
write(holdout, "dataset-holdout.csv")
