#!/usr/bin/env bash
# Builds the libFuzzer binary and fuzzes one target.
#
#   Tests/Fuzz/run.sh TARGET SECONDS [LIBFUZZER OPTIONS...]   SECONDS of CPU time
#   Tests/Fuzz/run.sh --build            build only
#   Tests/Fuzz/run.sh --list             the targets
#   Tests/Fuzz/run.sh TARGET --merge     minimise the target's committed corpus
#
# The binary (.build-fuzz/tender-fuzz) is every file under Tests/Fuzz/Targets compiled with the
# engine's sources (Sources/TenderKit, and Sources/SHA256Instructions as a module of its own) by
# swiftc with -sanitize=fuzzer,address, outside SwiftPM, so `swift build` and `swift test` never
# see it. It is rebuilt when any source is newer.
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
    # Two runs started together build once: the second waits for the first.
    exec 9>"$out/build.lock"
    flock 9
    if [[ -x $binary ]] && [[ -z $(find Sources/TenderKit Sources/SHA256Instructions Tests/Fuzz/Targets -name '*.swift' -newer "$binary") ]]; then
        flock -u 9
        return
    fi
    echo "fuzz: building $binary (a few minutes)" >&2
    # SHA256Instructions is a module of its own, compiled with the SHA instructions enabled (as in
    # Package.swift); the engine imports it.
    mkdir -p "$out/modules"
    nice -n "$nice_level" "$swiftc" -O -wmo -parse-as-library -swift-version 6 \
        -sanitize=address -module-name SHA256Instructions -Xcc -msha -Xcc -mssse3 -Xcc -msse4.1 \
        -emit-module -emit-module-path "$out/modules/SHA256Instructions.swiftmodule" \
        -c Sources/SHA256Instructions/*.swift -o "$out/SHA256Instructions.o"
    # ld.gold warns about each ASan helper symbol it cannot export; the warnings are harmless.
    nice -n "$nice_level" "$swiftc" -O -wmo -parse-as-library -swift-version 6 \
        -sanitize=fuzzer,address -module-name TenderFuzz -I "$out/modules" \
        $(find Sources/TenderKit Tests/Fuzz/Targets -name '*.swift' | sort) "$out/SHA256Instructions.o" \
        -o "$binary.tmp" 2> >(grep -v "Cannot export local symbol" >&2)
    mv "$binary.tmp" "$binary"
    flock -u 9
}

environment() {
    export TENDER_FUZZ_TARGET=$1
    export TENDER_FUZZ_ROUND=Tests/TenderKitTests/Fixtures/validation/base-round
    # Swift's runtime keeps its one-time allocations for the life of the process.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
    # Swift's own crash handler reads memory AddressSanitizer guards: let libFuzzer report instead.
    export SWIFT_BACKTRACE=enable=no
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
# The longest input tried, so that each corpus stays a few hundred KB: a rubric's every part fits
# in 3,000 bytes, and 4,096 bytes of JSON or CSV hold every construct; the other targets' seeds
# are small, and libFuzzer's default follows them.
limits=()
case $target in
rubric) limits=(-max_len=3000) ;;
json | csv | scores) limits=(-max_len=4096) ;;
esac
scratch=$out/corpus/$target
findings=$out/findings/$target
mkdir -p "$corpus" "$scratch" "$findings"

merge() {
    local merged=$out/merged/$target
    rm -rf "$merged"
    mkdir -p "$merged"
    nice -n "$nice_level" "$binary" -merge=1 -timeout=1 -rss_limit_mb=2048 "${limits[@]}" "$merged" "$corpus" "$scratch" >/dev/null 2>"$out/merge-$target.log" \
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

# SECONDS is CPU time, not wall time: on a shared machine a niced fuzzer may get half a core, so
# the run lasts until the fuzzer has used SECONDS of CPU (or six times SECONDS have passed).
"$binary" -max_total_time=$((seconds * 6)) -timeout=1 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 "${limits[@]}" "$@" "$scratch" "$corpus" &
pid=$!
renice -n "$nice_level" -p "$pid" >/dev/null
started=$(date +%s)
cpu=0
while kill -0 "$pid" 2>/dev/null; do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || break
    cpu=$(echo "$stat" | sed 's/^.*) //' | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) / hz)}')
    if [[ $cpu -ge $seconds ]]; then
        kill -INT "$pid"
        break
    fi
    sleep 2
done
status=0
wait "$pid" || status=$?
# libFuzzer exits 72 when interrupted: that is the planned end of a run.
[[ $status -eq 72 ]] && status=0
echo "fuzz: $target: ${cpu} s CPU in $(($(date +%s) - started)) s" >&2
merge
if [[ $status -ne 0 ]]; then
    echo "fuzz: $target stopped with a finding (exit $status): see $findings/" >&2
fi
exit "$status"
