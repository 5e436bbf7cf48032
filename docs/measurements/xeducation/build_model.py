"""Write the X Education model (model-proposal v2) into copies of LeadRules' shipped workbooks, as a marketing
person would type it: only visible cells of the model tables, data rows from row 14, column B first.

    /usr/bin/python3 build_model.py [--shipped DIR] [--out DIR]

--shipped: the shipped rule set (default: rules/src/main/resources/default-ruleset of this repository);
--out: where the edited copies go (default /tmp/xeducation/model). Writes Model.drl.xlsx, ProfileFit.drl.xlsx and
EngagementPoints.drl.xlsx; the other files of the rule set stay as shipped (upload based on version 1).

What the product cannot say as the proposal does, and how it is said instead:
- a mapping cannot mean "empty": "Select" (the form's placeholder) is read as "Not chosen"; an "is empty" row of
  such a field gets a twin "is one of Not chosen" row, and "is one of *" becomes "is not one of Not chosen";
- a category of Points rows is a weight-0 row of the weights table; FREE_COPY earns 0 in the proposal: left out;
- a category that matches no row gives the finding UNKNOWN_<CATEGORY>: DO_NOT_EMAIL and NO_VISIT_DATA get a
  0-point row for the usual case (did not opt out; page views given), so that finding means "not known".
The shipped B2B fit categories and rows are deleted; the shipped mappings (of `source`) and engagement rows (of the
shipped activity types) stay: no X Education lead sends those."""
import argparse
import copy
import pathlib
import openpyxl

FIRST_ROW = 14  # rows 5-12 are the technical part, 13 the header
NOT_CHOSEN = "Not chosen"
REPO = pathlib.Path(__file__).resolve().parent.parent.parent.parent

PARAMETERS = {"fitBaseline": 2, "fitWeight": 85, "engagementWeight": 15}

# Attribute, Type, Allowed values, Description (the X Education column it is read from)
ATTRIBUTES = [
    ("leadOrigin", "text", None, "How the lead was created (Lead Origin)"),
    ("leadSource", "text", None, "Where the lead came from (Lead Source)"),
    ("doNotEmail", "yes/no", None, "Asked not to be emailed (Do Not Email)"),
    ("lastActivity", "text", None, "The lead's last activity (Last Activity)"),
    ("lastNotableActivity", "text", None, "The lead's last notable activity (Last Notable Activity)"),
    ("occupation", "text", None, "Current occupation (What is your current occupation)"),
    ("specialization", "text", None, "Field of interest (Specialization)"),
    ("leadProfile", "text", None, "Profile given by the sales team (Lead Profile)"),
    ("city", "text", None, "City (City)"),
    ("pageViewsPerVisit", "number", None, "Average pages viewed per visit (Page Views Per Visit)"),
    ("activityScore", "number", None, "Vendor activity index (Asymmetrique Activity Score)"),
    ("profileScore", "number", None, "Vendor profile index (Asymmetrique Profile Score)"),
]

# Rule ID, Field, Sent as, Means, Reason
MAPPINGS = [
    ("MAP-XED-SOURCE-GOOGLE", "leadSource", "google", "Google", "The form sends Google in two spellings"),
    ("MAP-XED-SOURCE-ORGANIC", "leadSource", "bing, Organic Search", "Organic Search", "Unpaid search engines"),
    ("MAP-XED-SOURCE-CHAT", "leadSource", "Olark Chat, Live Chat", "Chat", "Both chat tools"),
    ("MAP-XED-SOURCE-TEST", "leadSource", "testone", "Test", "Test entries"),
    ("MAP-XED-SOURCE-OTHER", "leadSource", "welearnblog_Home, WeLearn, blog, youtubechannel, Press_Release, NC_EDM, "
     "Pay per Click Ads, Social Media, Click2call", "Other", "Sources with too few leads to judge alone"),
    ("MAP-XED-LASTACT-CHAT", "lastActivity", "Olark Chat Conversation", "Chat", "The chat tool's name"),
    ("MAP-XED-LASTNOTABLE-CHAT", "lastNotableActivity", "Olark Chat Conversation", "Chat", "The chat tool's name"),
    ("MAP-XED-SPEC-SELECT", "specialization", "Select", NOT_CHOSEN, "The form's placeholder: nothing was chosen"),
    ("MAP-XED-CITY-SELECT", "city", "Select", NOT_CHOSEN, "The form's placeholder: nothing was chosen"),
    ("MAP-XED-PROFILE-SELECT", "leadProfile", "Select", NOT_CHOSEN, "The form's placeholder: nothing was chosen"),
]

# Rule ID, Category, Weight, Reason (weights add up to 100; Points categories weigh 0)
WEIGHTS = [
    ("FIT-WEIGHT-OCCUPATION", "OCCUPATION", 16, "Working professionals buy courses"),
    ("FIT-WEIGHT-ORIGIN", "ORIGIN", 13, "How the lead reached us"),
    ("FIT-WEIGHT-SOURCE", "SOURCE", 11, "Where the lead came from"),
    ("FIT-WEIGHT-LAST_ACTIVITY", "LAST_ACTIVITY", 11, "What the lead did last"),
    ("FIT-WEIGHT-LAST_NOTABLE", "LAST_NOTABLE", 8, "The last notable thing the lead did"),
    ("FIT-WEIGHT-PROFILE", "PROFILE", 17, "The profile the sales team gave"),
    ("FIT-WEIGHT-SPECIALIZATION", "SPECIALIZATION", 2, "Chose a field of interest"),
    ("FIT-WEIGHT-CITY", "CITY", 1, "Gave a city"),
    ("FIT-WEIGHT-PROFILE_SCORE", "PROFILE_SCORE", 3, "Vendor profile index"),
    ("FIT-WEIGHT-ACTIVITY_SCORE", "ACTIVITY_SCORE", 15, "Vendor activity index"),
    ("FIT-WEIGHT-NO_VISIT_DATA", "NO_VISIT_DATA", 3, "No web visit data: mostly form leads"),
    ("FIT-WEIGHT-DO_NOT_EMAIL", "DO_NOT_EMAIL", 0, "Opting out of email subtracts points (Points rows)"),
]


def fit(rule, category, field, test, values, match=None, points=None, reason=""):
    return (rule, category, field, test, values, match, points, reason)


# Rule ID, Category, Field, Test, Values, Match (0-100), Points, Reason (training part: leads, share converted)
FIT = [
    fit("FIT-OCC-PRO", "OCCUPATION", "occupation", "is one of", "Working Professional", 100, reason="train 496 leads, 92% conv."),
    fit("FIT-OCC-OTHER", "OCCUPATION", "occupation", "is one of", "Businessman, Housewife, Other", 28, reason="train 22 leads, 68% conv."),
    fit("FIT-OCC-UNEMP", "OCCUPATION", "occupation", "is one of", "Unemployed", 28, reason="train 3921 leads, 44% conv."),
    fit("FIT-OCC-STUDENT", "OCCUPATION", "occupation", "is one of", "Student", 27, reason="train 153 leads, 35% conv."),
    fit("FIT-ORIG-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form, Quick Add Form", 100, reason="train 497 leads, 92% conv."),
    fit("FIT-ORIG-LP", "ORIGIN", "leadOrigin", "is one of", "Landing Page Submission", 0, reason="train 3437 leads, 37% conv."),
    fit("FIT-ORIG-API", "ORIGIN", "leadOrigin", "is one of", "API", 36, reason="train 2499 leads, 31% conv."),
    fit("FIT-SRC-WELINGAK", "SOURCE", "leadSource", "is one of", "Welingak Website", 100, reason="train 103 leads, 98% conv."),
    fit("FIT-SRC-REF", "SOURCE", "leadSource", "is one of", "Reference", 5, reason="train 367 leads, 90% conv.; all are Lead Add Form leads, which earn ORIGIN points already"),
    fit("FIT-SRC-SEARCH", "SOURCE", "leadSource", "is one of", "Google, Organic Search", 4, reason="train 2839 leads, 39% conv."),
    fit("FIT-SRC-DIRECT", "SOURCE", "leadSource", "is one of", "Direct Traffic", 0, reason="train 1776 leads, 33% conv."),
    fit("FIT-SRC-CHAT", "SOURCE", "leadSource", "is one of", "Chat", 4, reason="train 1230 leads, 25% conv."),
    fit("FIT-SRC-REFERRAL", "SOURCE", "leadSource", "is one of", "Referral Sites, Facebook, Other", 4, reason="train 130 leads, 28% conv."),
    fit("FIT-SOURCE-NONE", "SOURCE", "leadSource", "is empty", None, 25, reason="train 22 leads, 86% conv."),
    fit("FIT-LA-SMS", "LAST_ACTIVITY", "lastActivity", "is one of", "SMS Sent", 97, reason="train 1937 leads, 64% conv."),
    fit("FIT-LA-PHONE", "LAST_ACTIVITY", "lastActivity", "is one of", "Had a Phone Conversation, Approached upfront", 100, reason="train 30 leads, 77% conv."),
    fit("FIT-LA-EMAILOPEN", "LAST_ACTIVITY", "lastActivity", "is one of", "Email Opened", 70, reason="train 2387 leads, 36% conv."),
    fit("FIT-LA-UNREACH", "LAST_ACTIVITY", "lastActivity", "is one of", "Unreachable, Unsubscribed", 79, reason="train 106 leads, 27% conv."),
    fit("FIT-LA-WEB", "LAST_ACTIVITY", "lastActivity", "is one of", "Page Visited on Website, Email Link Clicked, Form Submitted on Website", 51, reason="train 718 leads, 24% conv."),
    fit("FIT-LA-CONV", "LAST_ACTIVITY", "lastActivity", "is one of", "Converted to Lead", 33, reason="train 303 leads, 12% conv."),
    fit("FIT-LA-LOW", "LAST_ACTIVITY", "lastActivity", "is one of", "Chat, Email Bounced", 0, reason="train 907 leads, 8% conv."),
    fit("FIT-LASTACTIVITY-NONE", "LAST_ACTIVITY", "lastActivity", "is empty", None, 66, reason="train 72 leads, 79% conv."),
    fit("FIT-LN-SMS", "LAST_NOTABLE", "lastNotableActivity", "is one of", "SMS Sent", 100, reason="train 1535 leads, 70% conv."),
    fit("FIT-LN-PHONE", "LAST_NOTABLE", "lastNotableActivity", "is one of", "Had a Phone Conversation, Unreachable", 76, reason="train 38 leads, 71% conv."),
    fit("FIT-LN-EMAIL", "LAST_NOTABLE", "lastNotableActivity", "is one of", "Email Opened, Email Link Clicked, Page Visited on Website", 26, reason="train 2307 leads, 35% conv."),
    fit("FIT-LN-CHAT", "LAST_NOTABLE", "lastNotableActivity", "is one of", "Chat, Email Bounced, Unsubscribed", 48, reason="train 198 leads, 17% conv."),
    fit("FIT-PROF-POTENTIAL", "PROFILE", "leadProfile", "is one of", "Potential Lead, Lateral Student, Dual Specialization Student", 100, reason="train 1164 leads, 79% conv."),
    fit("FIT-PROF-OTHER", "PROFILE", "leadProfile", "is one of", "Other Leads", 56, reason="train 339 leads, 35% conv."),
    fit("FIT-PROF-SCHOOL", "PROFILE", "leadProfile", "is one of", "Student of SomeSchool", 0, reason="train 166 leads, 4% conv."),
    fit("FIT-PROFILE-NONE", "PROFILE", "leadProfile", "is empty", None, 46, reason="train 4799 leads (with Not chosen), 30% conv."),
    fit("FIT-PROFILE-NOTCHOSEN", "PROFILE", "leadProfile", "is one of", NOT_CHOSEN, 46, reason="Not chosen counts as no profile (FIT-PROFILE-NONE)"),
    fit("FIT-SPEC-ANY", "SPECIALIZATION", "specialization", "is not one of", NOT_CHOSEN, 100, reason="train 4114 leads, 45% conv."),
    fit("FIT-CITY-ANY", "CITY", "city", "is not one of", NOT_CHOSEN, 100, reason="train 3892 leads, 42% conv."),
    fit("FIT-PSCORE-HIGH", "PROFILE_SCORE", "profileScore", "between", "19..", 0, reason="train 386 leads, 74% conv."),
    fit("FIT-PSCORE-MID", "PROFILE_SCORE", "profileScore", "between", "16..19", 47, reason="train 1582 leads, 40% conv."),
    fit("FIT-PSCORE-LOW", "PROFILE_SCORE", "profileScore", "between", "0..16", 34, reason="train 1538 leads, 27% conv."),
    fit("FIT-PROFILESCORE-NONE", "PROFILE_SCORE", "profileScore", "is empty", None, 100, reason="train 2962 leads, 39% conv."),
    fit("FIT-ASCORE-14-16", "ACTIVITY_SCORE", "activityScore", "between", "14..16", 78, reason="train 2144 leads, 50% conv."),
    fit("FIT-ASCORE-16", "ACTIVITY_SCORE", "activityScore", "between", "16..17", 100, reason="train 313 leads, 50% conv."),
    fit("FIT-ASCORE-13", "ACTIVITY_SCORE", "activityScore", "between", "13..14", 0, reason="train 551 leads, 12% conv."),
    fit("FIT-ASCORE-LOW", "ACTIVITY_SCORE", "activityScore", "between", "0..13", 11, reason="train 248 leads, 9% conv."),
    fit("FIT-ASCORE-HIGH", "ACTIVITY_SCORE", "activityScore", "between", "17..", 28, reason="train 250 leads, 5% conv."),
    fit("FIT-ACTIVITYSCORE-NONE", "ACTIVITY_SCORE", "activityScore", "is empty", None, 53, reason="train 2962 leads, 39% conv."),
    fit("FIT-PV-EMPTY", "NO_VISIT_DATA", "pageViewsPerVisit", "is empty", None, 100, reason="train 94 leads, 76% conv."),
    fit("FIT-PV-GIVEN", "NO_VISIT_DATA", "pageViewsPerVisit", "is given", None, 0, reason="Page views known: no extra points"),
    fit("FIT-DNE", "DO_NOT_EMAIL", "doNotEmail", "is yes", None, points=-5, reason="train 496 leads, 17% conv."),
    fit("FIT-DNE-NO", "DO_NOT_EMAIL", "doNotEmail", "is no", None, points=0, reason="Did not opt out of email"),
]

# Rule ID, Line, Activity types, Measure, In the last (days), At least, Less than, Points, Reason
TIME_BANDS = [(0, 1, 43, "train 1522 leads, 41% conv.; no time on site: mostly form leads"),
              (1, 120, 0, "train 835 leads, 14% conv."), (120, 300, 1, "train 1164 leads, 15% conv."),
              (300, 480, 6, "train 666 leads, 16% conv."), (480, 600, 26, "train 204 leads, 26% conv."),
              (600, 720, 53, "train 138 leads, 47% conv."), (720, 900, 81, "train 250 leads, 70% conv."),
              (900, 1200, 85, "train 609 leads, 71% conv."), (1200, 1500, 75, "train 634 leads, 67% conv."),
              (1500, None, 86, "train 446 leads, 72% conv.")]
VISIT_BANDS = [(0, 2, 1, "train 1882 leads, 39% conv."), (2, 3, 0, "train 1176 leads, 31% conv."),
               (3, 5, 11, "train 1723 leads, 39% conv."), (5, 10, 14, "train 1348 leads, 42% conv."),
               (10, None, 12, "train 339 leads, 45% conv.")]
WINDOWS = ([(f"ENG-TIME-{i}", "TIME_ON_SITE", "TIME_ON_SITE", "sum", 30, lo, hi, pts, why)
            for i, (lo, hi, pts, why) in enumerate(TIME_BANDS)]
           + [(f"ENG-VISITS-{i}", "WEBSITE_VISITS", "WEBSITE_VISIT", "count", 30, lo, hi, pts, why)
              for i, (lo, hi, pts, why) in enumerate(VISIT_BANDS)])

# Rule ID, Activity type, Points per event, Points per unit, Unit, Cap per type, Reason: the two types are scored by
# the Windows sheet only; their rows here make them known types (no UNKNOWN_ACTIVITY_TYPE warning)
NEW_ACTIVITY_TYPES = [
    ("ENG-TIME_ON_SITE", "TIME_ON_SITE", 0, None, None, None, "Seconds on the website (value): scored by time bands"),
    ("ENG-WEBSITE_VISIT", "WEBSITE_VISIT", 0, None, None, None, "A visit to the website: scored by visit bands"),
]


def replace_rows(ws, rows, keep=()):
    """The table's data rows become `rows` (after the shipped rows whose Rule ID is in `keep`), styled like the
    first shipped data row."""
    width = len(rows[0]) if rows else ws.max_column - 1
    style = [copy.copy(ws.cell(FIRST_ROW, 2 + i)._style) for i in range(width)]
    kept = [[ws.cell(r, 2 + i).value for i in range(width)] for r in range(FIRST_ROW, ws.max_row + 1)
            if ws.cell(r, 2).value in keep]
    if ws.max_row >= FIRST_ROW:
        ws.delete_rows(FIRST_ROW, ws.max_row - FIRST_ROW + 1)
    for r, values in enumerate(kept + [list(v) for v in rows], start=FIRST_ROW):
        for i, value in enumerate(values):
            cell = ws.cell(r, 2 + i, value)
            cell._style = copy.copy(style[i])


def table(wb, title):
    """The sheet whose technical rows name this model table (RuleTable <title>)."""
    for ws in wb.worksheets:
        if str(ws["B9"].value or "").strip() == f"RuleTable {title}":
            return ws
    raise SystemExit(f"no sheet holds the table {title}")


def set_parameters(ws):
    found = set()
    for r in range(FIRST_ROW, ws.max_row + 1):
        name = ws.cell(r, 2).value
        if name in PARAMETERS:
            ws.cell(r, 4).value = PARAMETERS[name]
            found.add(name)
    missing = set(PARAMETERS) - found
    if missing:
        raise SystemExit(f"the Parameters sheet has no row for {sorted(missing)}")


def build(shipped, out):
    out.mkdir(parents=True, exist_ok=True)
    model = openpyxl.load_workbook(shipped / "Model.drl.xlsx")
    set_parameters(table(model, "Parameters"))
    replace_rows(table(model, "Attributes"), ATTRIBUTES)
    mappings = table(model, "Mappings")
    shipped_ids = [mappings.cell(r, 2).value for r in range(FIRST_ROW, mappings.max_row + 1)]
    replace_rows(mappings, MAPPINGS, keep=shipped_ids)
    model.save(out / "Model.drl.xlsx")

    profile = openpyxl.load_workbook(shipped / "ProfileFit.drl.xlsx")
    replace_rows(table(profile, "FitWeights"), WEIGHTS)
    replace_rows(table(profile, "Fit"), FIT)
    profile.save(out / "ProfileFit.drl.xlsx")

    engagement = openpyxl.load_workbook(shipped / "EngagementPoints.drl.xlsx")
    points = table(engagement, "ActivityPoints")
    shipped_ids = [points.cell(r, 2).value for r in range(FIRST_ROW, points.max_row + 1)]
    replace_rows(points, NEW_ACTIVITY_TYPES, keep=shipped_ids)
    windows = table(engagement, "ActivityWindows")
    shipped_ids = [windows.cell(r, 2).value for r in range(FIRST_ROW, windows.max_row + 1)]
    replace_rows(windows, WINDOWS, keep=shipped_ids)
    engagement.save(out / "EngagementPoints.drl.xlsx")
    weights = sum(w[2] for w in WEIGHTS)
    assert weights == 100, weights
    print(f"{len(ATTRIBUTES)} attributes, {len(MAPPINGS)} mappings, {len(WEIGHTS)} categories (weights {weights}), "
          f"{len(FIT)} fit rows, {len(WINDOWS)} window bands -> {out}")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shipped", type=pathlib.Path, default=REPO / "rules/src/main/resources/default-ruleset")
    p.add_argument("--out", type=pathlib.Path, default=pathlib.Path("/tmp/xeducation/model"))
    a = p.parse_args()
    build(a.shipped, a.out)
