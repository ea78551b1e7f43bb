#!/usr/bin/env bash
# Mutation testing for the engine: applies one random operator change at a time to
# Sources/TenderKit (`<` to `<=`, `==` to `!=`, `+` to `-`, `&&` to `||`, `true` to `false`, …),
# builds, runs the tests, and counts the mutant as killed when the build or a test fails.
#
#   Tests/Mutation/run.sh [MUTANTS] [SEED] [FILTER]
#
# MUTANTS (default 10) mutants are drawn with SEED (default 1) from every operator site of the
# engine's sources; FILTER (optional) is passed to `swift test --filter` to run a subset. The
# source tree is copied to a scratch folder first, so the working tree is never touched; build
# products are kept there between mutants. A test run that fails or hangs past
# TENDER_MUTATION_TIMEOUT seconds (default 900) kills the mutant. Prints each mutant and the kill
# score at the end.
# Long-running: run it with `nice -n 10`.
set -euo pipefail

MUTANTS=${1:-10}
SEED=${2:-1}
FILTER=${3:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=${TENDER_MUTATION_DIR:-/tmp/tender-mutation}
# Seconds a mutant's test run may take (an unmutated run takes a few minutes on 2 busy cores).
TEST_TIMEOUT=${TENDER_MUTATION_TIMEOUT:-900}

mkdir -p "$SCRATCH/tree"
find "$SCRATCH/tree" -mindepth 1 -maxdepth 1 ! -name .build -exec rm -rf {} +
tar -C "$ROOT" --exclude=./.build --exclude=./.git -cf - . | tar -C "$SCRATCH/tree" -xf -
cd "$SCRATCH/tree"

python3 - "$MUTANTS" "$SEED" > "$SCRATCH/mutants.tsv" <<'PY'
import os, random, re, sys
count, seed = int(sys.argv[1]), int(sys.argv[2])
swaps = [("<=", "<"), (">=", ">"), (" < ", " <= "), (" > ", " >= "), ("==", "!="), ("!=", "=="),
         ("&&", "||"), ("||", "&&"), (" + ", " - "), (" - ", " + "), (" * ", " / "),
         ("true", "false"), ("false", "true"), ("+= 1", "-= 1"), ("min(", "max("), ("max(", "min(")]
sites = []
for folder, _, names in os.walk("Sources/TenderKit"):
    for name in sorted(names):
        if not name.endswith(".swift"):
            continue
        path = os.path.join(folder, name)
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            code = line.split("//")[0]
            if code.strip().startswith(("///", "import", "case ", "\"")) or '"' in code:
                continue
            for old, new in swaps:
                for match in re.finditer(re.escape(old), code):
                    sites.append((path, number, match.start(), old, new))
sites.sort()
random.Random(seed).shuffle(sites)
for site in sites[:count]:
    print("\t".join(map(str, site)))
PY

killed=0
total=0
while IFS=$'\t' read -r path line column old new; do
  total=$((total + 1))
  cp "$path" "$SCRATCH/original.swift"
  python3 - "$path" "$line" "$column" "$old" "$new" <<'PY'
import sys
path, line, column, old, new = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
lines = open(path, encoding="utf-8").read().split("\n")
text = lines[line - 1]
assert text[column:column + len(old)] == old
lines[line - 1] = text[:column] + new + text[column + len(old):]
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
  if ! swift build --build-tests >"$SCRATCH/build.log" 2>&1; then
    outcome="killed (does not build)"
    killed=$((killed + 1))
  elif ! timeout "$TEST_TIMEOUT" swift test --skip-build ${FILTER:+--filter "$FILTER"} \
      >"$SCRATCH/test.log" 2>&1; then
    # A test run that fails, or hangs past the timeout (a mutant looping for ever), kills it.
    outcome="killed"
    killed=$((killed + 1))
  else
    outcome="SURVIVED"
  fi
  echo "$path:$line: '$old' -> '$new': $outcome"
  cp "$SCRATCH/original.swift" "$path"
done < "$SCRATCH/mutants.tsv"

echo "Kill score: $killed of $total mutants killed (seed $SEED${FILTER:+, filter $FILTER})"
