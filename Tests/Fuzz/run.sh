#!/usr/bin/env bash
# Builds the libFuzzer binary and fuzzes one target.
#
#   Tests/Fuzz/run.sh TARGET SECONDS [LIBFUZZER OPTIONS...]
#   Tests/Fuzz/run.sh --build            build only
#   Tests/Fuzz/run.sh --list             the targets
#   Tests/Fuzz/run.sh TARGET --merge     minimise the target's committed corpus
#
# The binary (.build-fuzz/tender-fuzz) is every file under Tests/Fuzz/Targets compiled with the
# engine's sources (Sources/TenderKit) by swiftc with -sanitize=fuzzer,address, outside SwiftPM, so
# `swift build` and `swift test` never see it. It is rebuilt when any source is newer.
#
# A run reads the committed corpus Tests/Fuzz/Corpus/TARGET and grows a scratch corpus in
# .build-fuzz/corpus/TARGET; at the end the two are merged (-merge=1) back into the committed one,
# keeping only inputs that add coverage. Crashes, timeouts (over 1 s per input) and inputs that need
# more than 2 GB are written to .build-fuzz/findings/TARGET/. The CPU time used is printed last:
# add it to the target's row in Tests/Fuzz/README.md.
#
# Set NICE=0 to run at normal priority (default: nice -n 10); SWIFTC to use another compiler.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=.build-fuzz
binary=$out/tender-fuzz
swiftc=${SWIFTC:-swiftc}
nice_level=${NICE:-10}
targets=(json rubric round panel submission decisions csv scores lexer parser checker evaluator)

usage() {
    sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//' >&2
    echo "targets: ${targets[*]}" >&2
    exit 2
}

build() {
    mkdir -p "$out"
    if [[ -x $binary ]] && [[ -z $(find Sources/TenderKit Tests/Fuzz/Targets -name '*.swift' -newer "$binary") ]]; then
        return
    fi
    echo "fuzz: building $binary (a few minutes)" >&2
    # ld.gold warns about each ASan helper symbol it cannot export; the warnings are harmless.
    nice -n "$nice_level" "$swiftc" -O -wmo -parse-as-library -swift-version 6 \
        -sanitize=fuzzer,address -module-name TenderFuzz \
        $(find Sources/TenderKit Tests/Fuzz/Targets -name '*.swift' | sort) \
        -o "$binary.tmp" 2> >(grep -v "Cannot export local symbol" >&2)
    mv "$binary.tmp" "$binary"
}

environment() {
    export TENDER_FUZZ_TARGET=$1
    export TENDER_FUZZ_ROUND=Tests/TenderKitTests/Fixtures/validation/base-round
    # Swift's runtime keeps its one-time allocations for the life of the process.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
}

known_target() {
    local name
    for name in "${targets[@]}"; do [[ $name == "$1" ]] && return 0; done
    echo "fuzz: unknown target '$1'" >&2
    usage
}

[[ $# -ge 1 ]] || usage
case $1 in
--build) build; exit 0 ;;
--list) printf '%s\n' "${targets[@]}"; exit 0 ;;
-h | --help) usage ;;
esac
[[ $# -ge 2 ]] || usage
target=$1
known_target "$target"
build
environment "$target"
corpus=Tests/Fuzz/Corpus/$target
scratch=$out/corpus/$target
findings=$out/findings/$target
mkdir -p "$corpus" "$scratch" "$findings"

merge() {
    local merged=$out/merged/$target
    rm -rf "$merged"
    mkdir -p "$merged"
    "$binary" -merge=1 -timeout=1 -rss_limit_mb=2048 "$merged" "$corpus" "$scratch" >/dev/null 2>"$out/merge-$target.log" \
        || { echo "fuzz: merge failed, see $out/merge-$target.log" >&2; return 1; }
    rm -rf "$corpus"
    mv "$merged" "$corpus"
    echo "fuzz: $target corpus: $(find "$corpus" -type f | wc -l) inputs, $(du -sk "$corpus" | cut -f1) KB" >&2
}

if [[ $2 == --merge ]]; then
    merge
    exit 0
fi
seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage

status=0
/usr/bin/time -f "fuzz: $target: %U s user + %S s system CPU, %e s elapsed, %M KB peak" \
    nice -n "$nice_level" "$binary" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$@" "$scratch" "$corpus" || status=$?
merge
if [[ $status -ne 0 ]]; then
    echo "fuzz: $target stopped with a finding (exit $status): see $findings/" >&2
fi
exit "$status"
