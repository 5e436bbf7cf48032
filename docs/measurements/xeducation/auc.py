"""Holdout AUC of any scorer: python3 auc.py scores.csv [--compare other.csv]
scores.csv has a header and columns prospectId,score (extra columns ignored; ',' or ';' separated).
Only holdout Prospect IDs count; a holdout lead missing from the file is an error (reported)."""
import sys
import pandas as pd
from sklearn.metrics import roc_auc_score
from common import load_raw, holdout_ids, boot_ci, ID, Y


def read(path):
    s = pd.read_csv(path, sep=None, engine="python", dtype={"prospectId": str})
    s.columns = [c.strip().lstrip("\ufeff") for c in s.columns]
    return s.set_index("prospectId")["score"].astype(float)


args = sys.argv[1:]
if not args:
    sys.exit(__doc__)
truth = load_raw().set_index(ID)[Y]
ids = holdout_ids()
s = read(args[0])
missing = [i for i in ids if i not in s.index]
if missing:
    sys.exit(f"{len(missing)} holdout leads have no score in {args[0]} (e.g. {missing[0]})")
y, x = truth.loc[ids].values, s.loc[ids].values
a = roc_auc_score(y, x)
if "--compare" in args:
    o = read(args[args.index("--compare") + 1]).loc[ids].values
    lo, hi, (dlo, dhi) = boot_ci(y, x, other=o)
    b = roc_auc_score(y, o)
    print(f"AUC {a:.4f} 95% CI [{lo:.4f}, {hi:.4f}]; compared {b:.4f}; difference {a-b:+.4f} "
          f"paired 95% CI [{dlo:+.4f}, {dhi:+.4f}]  (n={len(ids)})")
else:
    lo, hi = boot_ci(y, x)
    print(f"AUC {a:.4f} 95% CI [{lo:.4f}, {hi:.4f}]  (n={len(ids)}, {int(y.sum())} converted, "
          f"{len(set(x))} distinct scores)")
