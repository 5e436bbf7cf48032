"""Shared loading/cleaning for the X Education benchmark. Reads the CSV in place; never writes rows anywhere.
XEDUCATION_CSV: the dataset (default: the shared copy); XEDUCATION_OUT: where holdout ids and scores go (default
/tmp/xeducation; never inside the repository: they come from the data)."""
import csv
import os
import pathlib
import numpy as np
import pandas as pd

DATA = os.environ.get("XEDUCATION_CSV", "/work/shared/data/external/xeducation-leads.csv")
OUT = pathlib.Path(os.environ.get("XEDUCATION_OUT", "/tmp/xeducation"))
OUT.mkdir(parents=True, exist_ok=True)
HOLDOUT = OUT / "holdout-ids.txt"
ID, Y = "Prospect ID", "Converted"
# Recorded after sales contact (Tags, Lead Quality) or identifiers/outcome: never used as inputs.
EXCLUDED = ["Tags", "Lead Quality", "Lead Number", ID, Y]
NUMERIC = ["TotalVisits", "Total Time Spent on Website", "Page Views Per Visit",
           "Asymmetrique Activity Score", "Asymmetrique Profile Score"]


def load_raw():
    return pd.read_csv(DATA, dtype={ID: str})


def clean(df):
    """'Select' (and 'Select ...') means not chosen -> missing; case variants merged (google -> Google)."""
    d = df.copy()
    for c in d.columns:
        if c in NUMERIC or c in (Y, "Lead Number"):
            continue
        s = d[c].astype("object")
        s = s.where(~s.astype(str).str.strip().str.lower().str.startswith("select"), np.nan)
        d[c] = s
    # merge case variants: most frequent spelling wins
    for c in d.columns:
        if d[c].dtype != object or c == ID:
            continue
        vc = d[c].value_counts()
        canon = {}
        for v in vc.index:
            canon.setdefault(str(v).strip().lower(), v)
        d[c] = d[c].map(lambda v: canon[str(v).strip().lower()] if isinstance(v, str) else v)
    return d


def features(d):
    return [c for c in d.columns if c not in EXCLUDED]


def holdout_ids():
    with open(HOLDOUT) as f:
        return [l.strip() for l in f if l.strip()]


def split(d):
    ho = set(holdout_ids())
    m = d[ID].isin(ho)
    return (d[~m].sort_values(ID).reset_index(drop=True), d[m].sort_values(ID).reset_index(drop=True))


def auc(y, s):
    """Mann-Whitney ROC AUC with ties counted half (same as sklearn.roc_auc_score)."""
    from sklearn.metrics import roc_auc_score
    return roc_auc_score(y, s)


def boot_ci(y, s, n=2000, seed=7, other=None):
    """Percentile bootstrap over holdout rows. With `other`, also the paired interval of auc(s)-auc(other)."""
    from sklearn.metrics import roc_auc_score
    y, s = np.asarray(y), np.asarray(s, dtype=float)
    rng = np.random.default_rng(seed)
    a, dlt = [], []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        if y[i].min() == y[i].max():
            continue
        a.append(roc_auc_score(y[i], s[i]))
        if other is not None:
            dlt.append(a[-1] - roc_auc_score(y[i], np.asarray(other, dtype=float)[i]))
    lo, hi = np.percentile(a, [2.5, 97.5])
    if other is None:
        return lo, hi
    return lo, hi, tuple(np.percentile(dlt, [2.5, 97.5]))


def write_scores(path, ids, scores):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["prospectId", "score"])
        for i, s in zip(ids, scores):
            w.writerow([i, s])
