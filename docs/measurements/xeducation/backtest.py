"""Backtest the X Education leads through a running LeadRules service (docs/backtesting.md), and print what the
reports say as the tables of that page.
    /usr/bin/python3 backtest.py [--service URL] [--model DIR]
Needs to_dataset.py's two datasets in $XEDUCATION_OUT and build_model.py's workbooks (--model, default
$XEDUCATION_OUT/model), and a service with four eyes off (one person does everything here). Steps:
1. uploads the spreadsheet model as a draft based on version 1 and backtests it on the holdout dataset: the report
   shows it beside version 1, the shipped B2B model, which is live;
2. accepts the draft's scenario results and activates it, backtests it on the training dataset and asks that
   backtest for suggested points; uploads the suggested workbooks as a draft and backtests that draft on the holdout
   dataset, beside the spreadsheet model, now live: the fit never saw those leads;
3. proposes a calibration of the spreadsheet model from the training backtest, approves it, and shows what the
   probability says on the holdout.
Reads the datasets in place and sends them only to the service named; writes nothing."""
import argparse
import io
import json
import pathlib
import time
import uuid
import zipfile
from common import OUT
from score_holdout import UPLOADED, authorised, call

CSV = {"Content-Type": "text/csv"}
JSON = {"Content-Type": "application/json"}


def upload(service, files, based_on, label):
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
             "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n"
             for name, content in files.items()]
    for field, value in (("basedOn", based_on), ("label", label)):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n{value}\r\n'.encode())
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    draft = call(service, "POST", "/api/v1/rulesets", body,
                 {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    print(f"uploaded version {draft['id']} ({label}): {draft['ruleCount']} rules")
    return draft["id"]


def backtest(service, version, dataset):
    started = time.time()
    job = call(service, "POST", f"/api/v1/rulesets/{version}/backtest?cutoffDays=1",
               (OUT / dataset).read_bytes(), CSV)
    while job["state"] in ("QUEUED", "RUNNING"):
        time.sleep(0.5)
        job = call(service, "GET", f"/api/v1/backtests/{job['id']}")
    if job["state"] != "DONE":
        raise SystemExit(f"backtest {job['id']}: {job['state']} {job['message']}")
    print(f"backtest {job['id']} of version {version} on {dataset}: {time.time() - started:.1f} s")
    return job


def auc(side):
    a = side["auc"]
    return f"{a['auc']:.3f} [{a['confidence95']['lower']:.3f}, {a['confidence95']['upper']:.3f}]"


def summary(job):
    r = job["report"]
    d = r["difference"]["auc"]
    leads = r["leads"]
    print(f"\n{leads['backtested']} leads backtested ({leads['converted']} converted), excluded "
          f"{ {k: v for k, v in r['excluded'].items() if k != 'firstRejectedRows'} }")
    print("| | version " + r["version"]["rulesetVersion"] + " | version " + r["live"]["rulesetVersion"] + " |")
    print("|---|---|---|")
    print(f"| ROC AUC [95% DeLong] | {auc(r['version'])} | {auc(r['live'])} |")
    print(f"| difference, paired | {d['difference']:+.3f} [{d['confidence95']['lower']:+.3f}, "
          f"{d['confidence95']['upper']:+.3f}] | |")
    for stage in ("mql", "sql"):
        v, l = r["version"][stage], r["live"][stage]
        print(f"| {stage.upper()} or better: precision / recall | {fmt(v['precision'])} / {fmt(v['recall'])} "
              f"({v['selected']} leads) | {fmt(l['precision'])} / {fmt(l['recall'])} ({l['selected']} leads) |")


def fmt(rate):
    return "-" if rate is None else f"{rate:.2f}"


def gains(side):
    print(f"\nGains and lift, version {side['rulesetVersion']}:\n")
    print("| decile | scores | leads | converted | rate | lift | leads so far | converters so far (gain) |")
    print("|---|---|---|---|---|---|---|---|")
    for row in side["gains"]["deciles"]:
        c = row["conversion"]
        print(f"| {row['decile']} | {row['minScore']:.0f}-{row['maxScore']:.0f} | {c['leads']} | {c['converted']} | "
              f"{fmt(c['rate'])} | {row['lift']:.2f} | {row['cumulativeShare']:.0%} | {row['gain']:.0%} |")


def calibration(side):
    print(f"\nObserved conversion by score band, version {side['rulesetVersion']}:\n")
    print("| scores | leads | converted | rate |")
    print("|---|---|---|---|")
    for band in side["calibration"]["bands"]:
        c = band["conversion"]
        print(f"| {band['from']:.0f}-{band['to']:.0f} | {c['leads']} | {c['converted']} | {fmt(c['rate'])} |")


def suggested(service, backtest_id, based_on):
    view = call(service, "GET", f"/api/v1/backtests/{backtest_id}/suggested-points")
    fit = view["fit"]
    print(f"\nsuggested points: {len(view['changes'])} cells changed, {len(view['unchanged'])} rows left alone; "
          f"fit on {fit['trainingLeads']} leads, holdout {fit['holdoutLeads']} ({view['summary']})")
    for change in view["changes"][:12]:
        print(f"  {change['ruleId']} {change['sheet']}!{change['cell']}: {change['current']} -> {change['suggested']}")
    archive = zipfile.ZipFile(io.BytesIO(download(service, f"/api/v1/backtests/{backtest_id}/suggested-points/"
                                                           "workbooks")))
    files = {name: archive.read(name) for name in archive.namelist() if name.endswith(".drl.xlsx")}
    return upload(service, files, based_on, "X Education model with suggested points")


def download(service, path):
    import urllib.request
    with urllib.request.urlopen(urllib.request.Request(service + path, headers=authorised()), timeout=300) as r:
        return r.read()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--service", default="http://localhost:18080")
    p.add_argument("--model", type=pathlib.Path, default=OUT / "model")
    a = p.parse_args()
    s = a.service
    model = upload(s, {name: (a.model / name).read_bytes() for name in UPLOADED}, "1", "X Education model")
    first = backtest(s, model, "dataset-holdout.csv")
    summary(first)
    gains(first["report"]["version"])
    calibration(first["report"]["version"])
    gains(first["report"]["live"])

    accepted = call(s, "POST", f"/api/v1/rulesets/{model}/scenarios/accept")["id"]
    call(s, "POST", f"/api/v1/rulesets/{accepted}/activation")
    print(f"\nversion {accepted} (the model, its scenario results accepted) is live")
    train = backtest(s, accepted, "dataset-train.csv")
    print(f"training part: AUC {auc(train['report']['version'])}")
    suggestion = suggested(s, train["id"], accepted)
    second = backtest(s, suggestion, "dataset-holdout.csv")
    summary(second)
    gains(second["report"]["version"])

    proposed = call(s, "POST", f"/api/v1/backtests/{train['id']}/calibration", b'{"method": "ISOTONIC"}', JSON)
    call(s, "POST", f"/api/v1/calibrations/{proposed['id']}/approval")
    print(f"\ncalibration {proposed['id']} of version {accepted} (isotonic, {proposed['sampleSize']} training "
          f"leads) approved")
    check = backtest(s, accepted, "dataset-holdout.csv")
    calibration(check["report"]["version"])
    print("\n" + json.dumps(proposed["curve"])[:600])


if __name__ == "__main__":
    main()
