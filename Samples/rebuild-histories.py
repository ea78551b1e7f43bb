#!/usr/bin/env python3
"""Rebuild each sample's history (history.jsonl) through tender's own commands.

Each sample's scores.csv and decisions.json are the record of what its panel did. This script
replays that record: it empties both files (scores.csv to its header, decisions.json to the
empty lists `tender init` writes), then imports each evaluator's scores with `tender import`,
records each decision with `tender decide --by CHAIR` in the file's order, and, for a final
decision, runs `tender evaluate --require-final --by CHAIR`. Times come from TENDER_CLOCK, set
for each command to a fixed moment of the round's timetable, so the journals are reproducible.
Afterwards scores.csv holds the same rows (grouped by evaluator, in import order) and
decisions.json the same decisions: every sample's decision is unchanged.

Import refuses a score from an evaluator excluded from the submission by a conflict of interest
(declared, or found in the submission), yet the samples keep such scores to show that they do not
count: those rows are in scores.csv as it stood when the history began (its first entries record
the file as it stood), and every other row goes through `tender import`.

One scene is staged so that the history shows a replaced score: in the Community Safety Fund, Graham Fairbairn first enters 2 for csf-2024-02's partnership
  criterion and replaces it with the 1 he kept (the moderation rationale explains his 1).

Usage: python3 Samples/rebuild-histories.py [PATH-TO-tender [SAMPLE...]]
(default .build/debug/tender and every sample)
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TENDER = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/tender"))
HEADER = "evaluator,submission,criterion,score,comment\n"
EMPTY_DECISIONS = '{\n  "moderation": [],\n  "clarifications": [],\n  "conflicts": []\n}\n'
CHAIRS = {
    "community-safety-fund-2024": "hmcallister",
    "police-property-act-fund-2024": "pkaur",
    "targeted-detached-youth-2024": "nraine",
    "targeted-detached-youth-lots-2025": "nraine",
    "victim-care-and-advice-2024": "ahussain",
}
# (sample, evaluator, submission, criterion): the score first entered, and its comment.
FIRST_THOUGHTS = {
    ("community-safety-fund-2024", "gfairbairn", "csf-2024-02", "partnership-and-resources"): (
        "2",
        "Partners are named but I have not yet checked the letters of support.",
    ),
}


def tender(arguments, when):
    environment = dict(os.environ, TENDER_CLOCK=when.strftime("%Y-%m-%dT%H:%M:%SZ"))
    result = subprocess.run([TENDER] + arguments, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("tender %s failed (%d):\n%s%s" % (" ".join(arguments), result.returncode, result.stdout, result.stderr))
    return result.stdout


def rows_by_evaluator(text):
    records = list(csv.reader(io.StringIO(text)))[1:]
    grouped = {}
    for record in records:
        if record:
            grouped.setdefault(record[0], []).append(record)
    return grouped


def sheet(rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER.strip().split(","))
    writer.writerows(rows)
    handle = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8")
    handle.write(out.getvalue())
    handle.close()
    return handle.name


def import_scores(name, folder, evaluator, rows, when, replace=False):
    """Imports the rows as the evaluator's sheet; returns the rows first entered otherwise."""
    revised = [r for r in rows if (name, *r[:3]) in FIRST_THOUGHTS and not replace]
    entered = [r[:3] + list(FIRST_THOUGHTS[(name, *r[:3])]) if r in revised else r for r in rows]
    path = sheet(entered)
    tender(["import", folder, path, "--evaluator", evaluator] + (["--replace"] if replace else []), when)
    os.unlink(path)
    return revised


def on_scoresheet(folder, evaluator):
    """The submissions tender lets the evaluator score (not excluded, not ineligible)."""
    listed = subprocess.run([TENDER, "scoresheet", folder, "--evaluator", evaluator], capture_output=True, text=True).stdout
    return {line.split(",")[1] for line in listed.splitlines()[1:] if line}


def meeting_time(rationale, fallback):
    match = re.search(r"(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})", rationale)
    if not match:
        return fallback
    return datetime.strptime(" ".join(match.groups()) + " 15:30", "%d %B %Y %H:%M")


def decide(folder, chair, kind, entry, when):
    arguments = ["decide", folder, kind, "--rationale", entry["rationale"], "--by", chair]
    if kind == "moderation":
        arguments += ["--submission", entry["submission"], "--criterion", entry["criterion"], "--score", str(entry["score"])]
    elif kind == "clarification":
        arguments += ["--submission", entry["submission"], "--criterion", entry["criterion"], "--" + entry["outcome"]]
    else:
        arguments += ["--evaluator", entry["evaluator"], "--submission", entry["submission"], "--" + entry["outcome"]]
    tender(arguments, when)


def rebuild(name):
    folder = os.path.join(ROOT, "Samples", name)
    scores_path = os.path.join(folder, "scores.csv")
    decisions_path = os.path.join(folder, "decisions.json")
    scores_text = open(scores_path, encoding="utf-8").read()
    decisions = json.load(open(decisions_path, encoding="utf-8"))
    round_json = json.load(open(os.path.join(folder, "round.json"), encoding="utf-8"))
    panel = [e["id"] for e in json.load(open(os.path.join(folder, "panel.json"), encoding="utf-8"))["evaluators"]]
    for stale in ("history.jsonl",):
        if os.path.exists(os.path.join(folder, stale)):
            os.unlink(os.path.join(folder, stale))
    open(scores_path, "w", encoding="utf-8").write(HEADER)
    # decisions.json as `tender init` writes it, keeping the sample's lists and their order.
    empty = {listed: [] for listed in decisions} or json.loads(EMPTY_DECISIONS)
    open(decisions_path, "w", encoding="utf-8").write(json.dumps(empty, indent=2) + "\n")

    # Rows import refuses (an evaluator excluded from the submission by a declared or detected
    # interest) stay in scores.csv as it stood when the history began.
    grouped = rows_by_evaluator(scores_text)
    refused = {}
    for evaluator, rows in grouped.items():
        allowed = on_scoresheet(folder, evaluator)
        refused[evaluator] = [r for r in rows if r[1] not in allowed]
        grouped[evaluator] = [r for r in rows if r[1] in allowed]
    kept = [r for e in panel for r in refused.get(e, [])]
    if kept:
        path = sheet(kept)
        os.replace(path, scores_path)

    closes = datetime.combine(date.fromisoformat(round_json["closes"]), datetime.min.time())
    revisions = []
    for number, evaluator in enumerate(e for e in panel if grouped.get(e)):
        when = closes + timedelta(days=3 + number, hours=9, minutes=40 + 7 * number)
        revisions += import_scores(name, folder, evaluator, grouped[evaluator], when)
    for row in revisions:
        when += timedelta(days=1, hours=2)
        import_scores(name, folder, row[0], [row], when, replace=True)

    chair = CHAIRS[name]
    award = datetime.combine(date.fromisoformat(round_json["awardDate"]), datetime.min.time())
    fallback = award - timedelta(days=10) + timedelta(hours=11)
    kinds = {"moderation": "moderation", "clarifications": "clarification", "conflicts": "conflict"}
    recorded = []
    for order, (listed, kind) in enumerate(kinds.items()):
        for index, entry in enumerate(decisions.get(listed, [])):
            when = meeting_time(entry["rationale"], fallback) + timedelta(minutes=10 * order + index)
            recorded.append((when, kind, entry))
    # In the order they were made: a list's entries keep their order, the lists theirs.
    for when, kind, entry in sorted(recorded, key=lambda item: item[0]):
        decide(folder, chair, kind, entry, when)

    status = subprocess.run([TENDER, "status", folder], capture_output=True, text=True).returncode
    if status == 0:
        with tempfile.TemporaryDirectory() as out:
            tender(["evaluate", folder, "--require-final", "--by", chair, "--out", out, "--format", "json"], award - timedelta(hours=14))
    print("%s: %s" % (name, tender(["validate", folder], award).strip()))


if __name__ == "__main__":
    for sample in sys.argv[2:] or sorted(CHAIRS):
        rebuild(sample)
