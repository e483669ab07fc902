#!/usr/bin/env bash
# The fuzz-label tests' driver (README.md, Reliability).
#   run-fuzzer.sh build SOURCE_DIR BUILD_DIR CLANGXX TARGET...
#       configure BUILD_DIR as a clang -DVENDO_FUZZ=ON tree (once) and build the fuzz targets in it
#       (incrementally: a no-op when they are up to date)
#   run-fuzzer.sh run BINARY SECONDS INPUT_DIR...
#   run-fuzzer.sh runs BINARY EXECUTIONS INPUT_DIR...
#       run one libFuzzer binary for SECONDS (or a number of EXECUTIONS) over the committed inputs; fail on
#       any crash, leak, timeout, out-of-memory or broken invariant; print one line of figures
#       (executions, exec/s, corpus, new entries, peak RSS, findings). New corpus entries go to a scratch
#       directory, never into the source tree. VENDO_FUZZ_TIMEOUT: seconds one input may take (2);
#       VENDO_FUZZ_ARTIFACTS: a directory that keeps the crash inputs; VENDO_FUZZ_MAX_SECONDS: a time
#       cap for `runs`; VENDO_FUZZ_FORK: N worker processes for `runs` (libFuzzer's fork mode, below).
set -euo pipefail

mode=${1:-}
case "$mode" in
build)
    source_dir=$2 build_dir=$3 clangxx=$4
    shift 4
    # A tree configured with another compiler (an older clang) is configured anew.
    if [[ -f "$build_dir/CMakeCache.txt" ]]; then
        configured=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
        if [[ "$configured" != "$clangxx" && "$configured" != "$(command -v "$clangxx" || true)" ]]; then
            rm -rf "${build_dir:?}/CMakeCache.txt" "$build_dir/CMakeFiles"
        fi
    fi
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER="$clangxx" -DVENDO_FUZZ=ON -DVENDO_BUILD_TESTS=ON >/dev/null
    fi
    start=$(date +%s)
    cmake --build "$build_dir" --target "$@" -j "$(nproc 2>/dev/null || echo 2)"
    echo "fuzz tree $build_dir: targets up to date in $(($(date +%s) - start)) s"
    ;;
run | runs)
    # run: for SECONDS (the fuzz-label tests); runs: for a number of executions (the long runs).
    binary=$2 limit=$3
    shift 3
    if [[ ! -x "$binary" ]]; then
        echo "no fuzzer at $binary (did the fuzz_build test run?)" >&2
        exit 1
    fi
    name=$(basename "$binary")
    work=$(mktemp -d "${TMPDIR:-/tmp}/vendo-$name.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/corpus"
    inputs=()
    for dir in "$@"; do
        [[ -d "$dir" ]] && inputs+=("$dir")
    done
    # A dictionary of the format's words, when there is one (tests/fuzz/dict/<target>.dict).
    dict=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/dict/${name#fuzz_}.dict
    options=()
    [[ -f "$dict" ]] && options+=("-dict=$dict")
    if [[ $mode == run ]]; then
        options+=("-max_total_time=$limit")
    else
        options+=("-runs=$limit")
        # A time cap as well, for a machine too busy to finish the executions in time.
        [[ -n "${VENDO_FUZZ_MAX_SECONDS:-}" ]] && options+=("-max_total_time=$VENDO_FUZZ_MAX_SECONDS")
        # One run on N cores: libFuzzer's fork mode, N worker processes on one corpus, the executions
        # counted together. Fork mode would pass over timeouts and out-of-memory inputs: here they stop
        # the run, as they do in a single process. Its workers run short jobs, in each of which the
        # input length limit would start small again (a single process raises it slowly to 64 KiB):
        # they may make inputs of any length up to 64 KiB from the start (-len_control=0).
        [[ -n "${VENDO_FUZZ_FORK:-}" ]] && options+=("-fork=$VENDO_FUZZ_FORK" -len_control=0 -ignore_crashes=0
            -ignore_timeouts=0 -ignore_ooms=0)
    fi
    # Inputs up to 64 KiB (the token limit; the other parsers' limits are larger). No input of that size
    # takes a parser anywhere near a second under ASan: one that does is a finding (VENDO_FUZZ_TIMEOUT).
    status=0
    start=$(date +%s)
    # Sanitizer reports abort; UBSan findings are fatal (the tree builds with -fno-sanitize-recover).
    # No allocation stacks (malloc_context_size=0): recording them was a third of the parsers' time; a
    # report still shows where the bad access is, and the replay test shows the rest.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:malloc_context_size=0} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        "$binary" -timeout="${VENDO_FUZZ_TIMEOUT:-2}" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$work/" "${options[@]}" "$work/corpus" "${inputs[@]}" >"$work/log" 2>&1 || status=$?
    seconds=$(($(date +%s) - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -n 1)
    # Fork mode prints no final stats: its last status line ("#10000123: cov: ...") counts every worker.
    if [[ -z "$runs" ]]; then
        runs=$(sed -n 's/^#\([0-9][0-9]*\):* .*/\1/p' "$work/log" | tail -n 1)
        [[ -n "$runs" && $seconds -gt 0 ]] && rate=$((runs / seconds))
    fi
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$work/log" | tail -n 1)
    # The last status line's corpus ("corp: 812/190Kb"): what the run ended with, seeds included.
    corpus=$(sed -n 's/.* corp: \([0-9]*\(\/[0-9]*[a-zA-Z]*\)*\).*/\1/p' "$work/log" | tail -n 1)
    artifacts=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
        -o -name 'oom-*' -o -name 'slow-unit-*' \) | wc -l)
    echo "$name: ${runs:-?} executions in $seconds s (${rate:-?} exec/s), corpus ${corpus:-?} (inputs/bytes)," \
        "$(find "$work/corpus" -type f | wc -l) new, peak RSS ${rss:-?} MB, $artifacts crash/leak/timeout/oom," \
        "exit status $status"
    if [[ $status -ne 0 ]]; then
        tail -n 60 "$work/log"
        for artifact in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* "$work"/slow-unit-*; do
            [[ -f "$artifact" ]] || continue
            echo "--- $(basename "$artifact") (commit it under tests/fuzz/regressions/${name#fuzz_}/ with the fix), base64:"
            base64 -w 0 "$artifact"
            echo
            # Kept outside the scratch directory for whoever fixes it (VENDO_FUZZ_ARTIFACTS).
            [[ -n "${VENDO_FUZZ_ARTIFACTS:-}" ]] && mkdir -p "$VENDO_FUZZ_ARTIFACTS" \
                && cp "$artifact" "$VENDO_FUZZ_ARTIFACTS/${name#fuzz_}-$(basename "$artifact")"
        done
        exit 1
    fi
    ;;
*)
    echo "usage: $0 build SOURCE_DIR BUILD_DIR CLANGXX TARGET... | run BINARY SECONDS INPUT_DIR... | runs BINARY EXECUTIONS INPUT_DIR..." >&2
    exit 2
    ;;
esac
