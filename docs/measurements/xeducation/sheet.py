"""Simulate the spreadsheet model (model_v2.py, or another model file given as argument) exactly as LeadRules computes it:
mapping (case-insensitive alias -> value), per fit category the best matching row counts
(match rows: round_half_up(weight x match / 100); points rows: their points), fit = clamp(0..100,
baseline + sum); engagement = clamp(0..100, band points + per-unit points capped); score =
round_half_up(fitWeight% x fit + engagementWeight% x engagement). Reads raw values (as to-scenarios.py
writes them). Prints training and holdout AUC; writes spreadsheet-scores-<model>.csv (holdout prospectId,score)."""
import importlib.util
import sys
from decimal import Decimal, ROUND_HALF_UP
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from common import load_raw, split, boot_ci, write_scores, ID, Y, OUT


def rhu(x):
    return int(Decimal(str(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def load_model(path="model.py"):
    spec = importlib.util.spec_from_file_location("m", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def attr_values(m, raw):
    """Attributes as the product would hold them after mapping (raw stored as sent)."""
    out = {}
    maps = {}
    for field, aliases, to in m.MAPPINGS:
        for a in aliases.split(","):
            maps.setdefault(field, {})[a.strip().lower()] = to
    for name, typ, col in m.ATTRIBUTES:
        v = raw[col]
        if typ == "number":
            out[name] = None if pd.isna(v) else float(v)
        elif typ == "yes/no":
            out[name] = None if pd.isna(v) else str(v).strip().lower() == "yes"
        else:
            s = None if pd.isna(v) else str(v).strip()
            if s is not None and name in maps and s.lower() in maps[name]:
                s = maps[name][s.lower()]
            out[name] = s if s else None
    return out


def row_matches(test, values, v):
    if test == "is empty":
        return v is None
    if v is None:
        return False
    if test == "is yes":
        return v is True
    if test == "is one of":
        opts = [o.strip().lower() for o in values.split(",")]
        return "*" in opts or str(v).lower() in opts
    if test == "between":
        lo, hi = values
        return (lo is None or v >= lo) and (hi is None or v < hi)
    raise ValueError(test)


def fit_score(m, a):
    total = m.FIT_BASELINE
    for c in m.FIT:
        v = a[c["field"]]
        best = None
        for rid, test, values, mp, _ in c["rows"]:
            if row_matches(test, values, v):
                pts = rhu(c["weight"] * mp / 100) if c["weight"] is not None else mp
                best = pts if best is None else max(best, pts)
        total += best or 0
    return max(0, min(100, total))


def engagement_score(m, seconds, visits):
    measures = {"TIME_ON_SITE": seconds, "WEBSITE_VISIT": visits}
    total = 0
    for b in m.ENGAGEMENT_BANDS:
        x = measures[b["type"]]
        for rid, lo, hi, pts, _ in b["rows"]:
            if (lo is None or x >= lo) and (hi is None or x < hi):
                total += pts
                break
    for rid, typ, pts, per, cap, _ in m.ENGAGEMENT_PER_UNIT:
        # per unit of value: points x value / per, per event summed, capped, rounded half up
        raw = pts * measures[typ] / per
        total += rhu(min(raw, cap) if cap is not None else raw)
    return max(0, min(100, total))


def score_frame(m, df):
    fits, engs, scores = [], [], []
    fw, ew = m.SCORE_WEIGHTS["FIT"], m.SCORE_WEIGHTS["ENGAGEMENT"]
    for _, r in df.iterrows():
        a = attr_values(m, r)
        f = fit_score(m, a)
        sec = 0 if pd.isna(r["Total Time Spent on Website"]) else int(r["Total Time Spent on Website"])
        vis = 0 if pd.isna(r["TotalVisits"]) else int(r["TotalVisits"])
        e = engagement_score(m, sec, vis)
        fits.append(f); engs.append(e)
        scores.append(rhu(Decimal(fw) * f / 100 + Decimal(ew) * e / 100))
    return np.array(fits), np.array(engs), np.array(scores)


def check(m):
    w = [c["weight"] for c in m.FIT if c["weight"] is not None]
    assert sum(w) == 100, f"fit weights add to {sum(w)}"
    assert sum(m.SCORE_WEIGHTS.values()) == 100
    declared = {a[0] for a in m.ATTRIBUTES}
    for c in m.FIT:
        assert c["field"] in declared, c["field"]
        for r in c["rows"]:
            assert isinstance(r[3], int), r
            if c["weight"] is not None:
                assert 0 <= r[3] <= 100, r


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "model_v2.py"
    m = load_model(path)
    check(m)
    tr, ho = split(load_raw())
    for name, part in (("training", tr), ("holdout", ho)):
        f, e, s = score_frame(m, part)
        y = part[Y].values
        line = (f"{name:8s} AUC score {roc_auc_score(y, s):.4f} (fit alone {roc_auc_score(y, f):.4f}, "
                f"engagement alone {roc_auc_score(y, e):.4f}, {len(set(s))} distinct scores)")
        if name == "holdout":
            lo, hi = boot_ci(y, s)
            line += f"  95% CI [{lo:.4f}, {hi:.4f}]"
            out = OUT / ("spreadsheet-scores-" + path.rsplit("/", 1)[-1].replace(".py", "") + ".csv")
            write_scores(out, part[ID], s)
        print(line)
