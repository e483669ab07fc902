#!/usr/bin/env bash
# run-sanitized.sh BINARY [ARGS...] — run a program of the clang sanitizer tree (ASan + UBSan, with
# LeakSanitizer) and fail on any report. lsan.supp lists third-party leaks only, each with its reason.
set -euo pipefail
binary=$1
shift
if [[ ! -x "$binary" ]]; then
    echo "no sanitized build at $binary (did the fuzz_build test run?)" >&2
    exit 1
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:exitcode=23"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=1:exitcode=23"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
start=$(date +%s)
status=0
"$binary" "$@" || status=$?
echo "$(basename "$binary") under ASan/LSan/UBSan: exit status $status after $(($(date +%s) - start)) s"
exit $status
