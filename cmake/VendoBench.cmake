# The `bench` label and the `bench` target (README "Performance").
#
# Every bench writes its rows as JSON lines into ${VENDO_BENCH_RESULTS_DIR}; after the last bench the
# `bench_table` test (a CTest fixture cleanup, so it runs even when a bench failed) collects them into
# one table, prints it and saves it as ${CMAKE_BINARY_DIR}/bench-results.md. So
# `ctest --preset bench` and `cmake --build <dir> --target bench` both end with the table.
#
# vendo_add_bench_executable(<target> SOURCES <files...> [LIBRARIES <targets...>])
# vendo_add_bench(<name> COMMAND <command...> [DEPENDS <targets...>] [ENVIRONMENT <VAR=value>...]
#                 [TIMEOUT <seconds>])
# Benches registered with vendo_add_test(... LABELS bench) join the same fixture and table.

set(VENDO_BENCH_RESULTS_DIR "${CMAKE_BINARY_DIR}/bench-results")
set(VENDO_BENCH_TABLE "${CMAKE_BINARY_DIR}/bench-results.md")
set(VENDO_BENCH_TARGETS "" CACHE INTERNAL "Executables the bench target builds")

# Called by vendo_add_test() for the bench label too: serial (figures of two benches running at
# once would be worthless), part of the table fixture, results directory in the environment.
function(vendo_bench_test_properties name)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "VENDO_BENCH_RESULTS=${VENDO_BENCH_RESULTS_DIR}")
    set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE FIXTURES_REQUIRED vendo_bench_results)
endfunction()

function(vendo_add_bench_executable target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LIBRARIES")
    add_executable(${target} ${arg_SOURCES})
    target_link_libraries(${target} PRIVATE vendo_strict vendo_bench_support ${arg_LIBRARIES})
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bench")
    set(VENDO_BENCH_TARGETS ${VENDO_BENCH_TARGETS} ${target} CACHE INTERNAL "")
endfunction()

function(vendo_add_bench name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TIMEOUT" "COMMAND;DEPENDS;ENVIRONMENT")
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    add_test(NAME ${name} COMMAND ${arg_COMMAND})
    set_tests_properties(${name} PROPERTIES LABELS bench TIMEOUT ${arg_TIMEOUT} ENVIRONMENT "${arg_ENVIRONMENT}")
    vendo_bench_test_properties(${name})
    set(VENDO_BENCH_TARGETS ${VENDO_BENCH_TARGETS} ${arg_DEPENDS} CACHE INTERNAL "")
endfunction()

# After every bench is registered: the fixture's setup/cleanup tests and the `bench` target.
function(vendo_finalize_bench)
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    set(collect "${PROJECT_SOURCE_DIR}/tests/bench/collect_results.py")
    add_test(NAME bench_reset COMMAND ${CMAKE_COMMAND} -E rm -rf ${VENDO_BENCH_RESULTS_DIR})
    add_test(NAME bench_table
        COMMAND ${Python3_EXECUTABLE} ${collect} --results ${VENDO_BENCH_RESULTS_DIR} --output ${VENDO_BENCH_TABLE}
                --build-type "${CMAKE_BUILD_TYPE}")
    set_tests_properties(bench_reset PROPERTIES LABELS bench FIXTURES_SETUP vendo_bench_results)
    set_tests_properties(bench_table PROPERTIES LABELS bench FIXTURES_CLEANUP vendo_bench_results)

    if(NOT CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo)$")
        message(STATUS "bench: this is a ${CMAKE_BUILD_TYPE} build; use `cmake --preset bench` for figures")
    endif()
    add_custom_target(bench
        COMMAND ${CMAKE_COMMAND} -DCTEST=${CMAKE_CTEST_COMMAND} -DBUILD_DIR=${CMAKE_BINARY_DIR}
                -DTABLE=${VENDO_BENCH_TABLE} -P ${PROJECT_SOURCE_DIR}/cmake/VendoBenchRun.cmake
        WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
        USES_TERMINAL
        COMMENT "Running the bench label (serially) and collecting one table")
    list(REMOVE_DUPLICATES VENDO_BENCH_TARGETS)
    add_dependencies(bench ${VENDO_BENCH_TARGETS})
endfunction()
