"""Deterministic 70/30 split stratified on Converted, by Prospect ID, seed 20240909.
Writes only the holdout Prospect IDs (one per line, sorted) to holdout-ids.txt."""
from sklearn.model_selection import train_test_split
from common import load_raw, ID, Y, HOLDOUT

SEED = 20240909
d = load_raw().sort_values(ID).reset_index(drop=True)   # order-independent of the file
_, ho = train_test_split(d[[ID, Y]], test_size=0.30, stratify=d[Y], random_state=SEED)
ids = sorted(ho[ID])
with open(HOLDOUT, "w") as f:
    f.write("\n".join(ids) + "\n")
print(f"{len(d)} leads; holdout {len(ids)} ({ho[Y].mean():.3f} converted), train {len(d)-len(ids)} -> {HOLDOUT}")
