#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer) and ThreadSanitizer.
#
#   Tests/Sanitizers/run.sh              both, address first
#   Tests/Sanitizers/run.sh address      AddressSanitizer only (scratch path .build-asan)
#   Tests/Sanitizers/run.sh thread       ThreadSanitizer only (scratch path .build-tsan)
#   Tests/Sanitizers/run.sh address --filter ScoresCSV    extra arguments go to `swift test`
#
# Each sanitizer builds into its own scratch path, so neither disturbs the plain .build. The
# tests that run the built `tender` run the sanitized one, with the same options, so a leak or a
# race in the executable fails its test too.
#
# Leak detection stays on. lsan.supp suppresses only allocations the Swift runtime and Foundation
# make once and keep for the life of the process (type metadata, conformance caches, the
# Foundation singletons): each entry there says what it is. A leak in tender's own code is a
# failure. Set NICE=0 to run at normal priority (default: nice -n 10).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=$PWD/Tests/Sanitizers
nice_level=${NICE:-10}

sanitizers=(address thread)
if [[ $# -ge 1 && ($1 == address || $1 == thread) ]]; then
    sanitizers=("$1")
    shift
fi

export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export TSAN_OPTIONS="suppressions=$here/tsan.supp:halt_on_error=1:second_deadlock_stack=1"

for sanitizer in "${sanitizers[@]}"; do
    case $sanitizer in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    esac
    echo "sanitizers: swift test --sanitize=$sanitizer --scratch-path $scratch $*" >&2
    nice -n "$nice_level" swift test --sanitize="$sanitizer" --scratch-path "$scratch" "$@"
done
