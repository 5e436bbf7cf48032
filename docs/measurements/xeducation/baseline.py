"""Logistic regression baseline on every column except Tags, Lead Quality, Lead Number, Prospect ID, Converted.
Categoricals: 'Select' = missing, case variants merged, missing is its own level, levels with < 20 training
leads pooled; numerics: median imputation + missing indicator, log1p, standardised. C chosen by 5-fold CV
on the 70% training part only. Prints the holdout AUC with a bootstrap 95% interval and writes
baseline-scores.csv (prospectId,score) for paired comparisons with auc.py --compare."""
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler
from common import load_raw, clean, features, split, boot_ci, write_scores, NUMERIC, ID, Y, OUT

d = clean(load_raw())
tr, ho = split(d)
cols = features(d)
num = [c for c in cols if c in NUMERIC]
cat = [c for c in cols if c not in NUMERIC]
for part in (tr, ho):
    part[cat] = part[cat].fillna("MISSING").astype(str)

pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median", add_indicator=True),
                          FunctionTransformer(np.log1p), StandardScaler()), num),
    ("cat", OneHotEncoder(min_frequency=20, handle_unknown="infrequent_if_exist"), cat),
])
pipe = make_pipeline(pre, LogisticRegression(max_iter=5000))
gs = GridSearchCV(pipe, {"logisticregression__C": [0.01, 0.03, 0.1, 0.3, 1, 3, 10]}, scoring="roc_auc",
                  cv=StratifiedKFold(5, shuffle=True, random_state=1))
gs.fit(tr[cols], tr[Y])
p = gs.predict_proba(ho[cols])[:, 1]
from sklearn.metrics import roc_auc_score
a = roc_auc_score(ho[Y], p)
lo, hi = boot_ci(ho[Y], p)
print(f"features: {len(num)} numeric, {len(cat)} categorical; best C={gs.best_params_['logisticregression__C']}, "
      f"CV AUC on training {gs.best_score_:.4f}")
print(f"logistic regression holdout AUC {a:.4f}  95% CI [{lo:.4f}, {hi:.4f}]  (n={len(ho)}, {int(ho[Y].sum())} converted)")
write_scores(OUT / "baseline-scores.csv", ho[ID], np.round(p, 6))
