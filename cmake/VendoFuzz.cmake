# Fuzzing support (tests/fuzz).
#
# Every tree builds each fuzz target's LLVMFuzzerTestOneInput together with a replay driver that feeds
# it every committed seed and regression input: a plain `unit` test, so the default suite (g++) keeps
# every crash ever found fixed.
#
# A tree configured with -DVENDO_FUZZ=ON (clang only) additionally builds the real libFuzzer binaries:
# the whole project is compiled with -fsanitize=fuzzer-no-link,address,undefined so coverage reaches
# into core/, and each fuzz target is linked with -fsanitize=fuzzer. Other trees register `fuzz`-label
# tests that build such a tree (VENDO_FUZZ_BUILD_DIR) and run each fuzzer for a bounded time.
option(VENDO_FUZZ "Build libFuzzer binaries (clang only); see README, Reliability" OFF)
set(VENDO_FUZZ_BUILD_DIR "${PROJECT_SOURCE_DIR}/build/fuzz" CACHE PATH
    "Where the fuzz-label tests of a non-fuzz tree configure and build the libFuzzer binaries")
set(VENDO_FUZZ_SECONDS 60 CACHE STRING "Seconds each fuzz-label test lets its fuzzer run")

if(VENDO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "VENDO_FUZZ=ON needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(vendo_strict INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(vendo_strict INTERFACE -fsanitize=address,undefined)
endif()
