#!/usr/bin/env bash
# Seeds each target's corpus (Tests/Fuzz/Corpus/TARGET) from the samples, the rubrics and the test
# fixtures. Run once when a target is added; run.sh then grows and minimises the corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=Tests/Fuzz/Corpus
fixtures=Tests/TenderKitTests/Fixtures

seed() { # TARGET FILE...
    local target=$1 file
    shift
    mkdir -p "$corpus/$target"
    for file in "$@"; do
        cp "$file" "$corpus/$target/seed-$(sha1sum "$file" | cut -c1-16)"
    done
}

seed json Rubrics/*.json Samples/*/*.json Samples/*/submissions/*.json
seed rubric Rubrics/*.json "$fixtures"/validation/base-round/rubric.json "$fixtures"/workflow/*/rubric.json
seed round Samples/*/round.json "$fixtures"/validation/base-round/round.json
seed panel Samples/*/panel.json "$fixtures"/validation/base-round/panel.json "$fixtures"/workflow/*/panel.json
seed submission Samples/*/submissions/*.json "$fixtures"/validation/base-round/submissions/*.json
seed decisions Samples/*/decisions.json "$fixtures"/validation/base-round/decisions.json
seed csv Samples/*/scores.csv "$fixtures"/workflow/import/*.csv
seed scores "$fixtures"/validation/base-round/scores.csv "$fixtures"/workflow/import/*.csv Samples/*/scores.csv
seed evaluator "$fixtures"/validation/base-round/submissions/*.json Samples/*/submissions/*.json

# The rule targets start from every rule in the rubrics: gates, values, award amounts, tie-breaks.
rules=$(mktemp -d)
python3 - "$rules" Rubrics/*.json "$fixtures"/validation/base-round/rubric.json <<'PY'
import hashlib, json, sys
out = sys.argv[1]
def rules(rubric):
    yield rubric["award"]["amount"]
    for gate in rubric.get("gates", []):
        yield gate["rule"]
    for criterion in rubric.get("criteria", []):
        if "value" in criterion:
            yield criterion["value"]
    for rule in rubric.get("tieBreak", []):
        yield rule.split(":", 1)[1].strip() if ":" in rule else rule
    if "audit" in rubric:
        yield rubric["audit"]["durationMonths"]
for path in sys.argv[2:]:
    for rule in rules(json.load(open(path, encoding="utf-8"))):
        data = rule.encode()
        open(f"{out}/{hashlib.sha1(data).hexdigest()[:16]}", "wb").write(data)
PY
seed lexer "$rules"/*
seed parser "$rules"/*
seed checker "$rules"/*
rm -rf "$rules"
