# vendo_add_test(<name>
#     SOURCES <files...>
#     LIBRARIES <targets...>
#     LABELS <unit|ui|integration|keychain|installer|fuzz|bench>...
#     [LAUNCHER <command...>]       run the test executable through this command
#     [ENVIRONMENT <VAR=value>...]
#     [TIMEOUT <seconds>]           default 120
#     [ARGS <arguments...>])
#
# Registers a Qt Test executable with CTest. `ui` tests run on the offscreen platform unless the
# caller's ENVIRONMENT says otherwise; every test gets the project's test-support library.
set(VENDO_TEST_LABELS unit ui integration keychain installer fuzz bench)
set(VENDO_TEST_TARGETS "" CACHE INTERNAL "Test executables that the check target builds")

function(vendo_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;LAUNCHER;ENVIRONMENT;ARGS")
    if(NOT arg_SOURCES)
        message(FATAL_ERROR "vendo_add_test(${name}): SOURCES is required")
    endif()
    if(NOT arg_LABELS)
        message(FATAL_ERROR "vendo_add_test(${name}): at least one label is required")
    endif()
    foreach(label IN LISTS arg_LABELS)
        if(NOT label IN_LIST VENDO_TEST_LABELS)
            message(FATAL_ERROR "vendo_add_test(${name}): unknown label '${label}' (known: ${VENDO_TEST_LABELS})")
        endif()
    endforeach()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()

    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test vendo_test_support vendo_strict ${arg_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")

    add_test(NAME ${name} COMMAND ${arg_LAUNCHER} $<TARGET_FILE:${name}> ${arg_ARGS})
    set(env ${arg_ENVIRONMENT})
    if("ui" IN_LIST arg_LABELS)
        set(has_platform FALSE)
        foreach(entry IN LISTS env)
            if(entry MATCHES "^QT_QPA_PLATFORM=")
                set(has_platform TRUE)
            endif()
        endforeach()
        if(NOT has_platform)
            list(APPEND env "QT_QPA_PLATFORM=offscreen")
        endif()
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "${env}"
        SKIP_RETURN_CODE 77)

    if(NOT "bench" IN_LIST arg_LABELS)
        set(VENDO_TEST_TARGETS ${VENDO_TEST_TARGETS} ${name} CACHE INTERNAL "")
    else()
        # Serial, in the results fixture, built by the `bench` target (cmake/VendoBench.cmake).
        vendo_bench_test_properties(${name})
        set(VENDO_BENCH_TARGETS ${VENDO_BENCH_TARGETS} ${name} CACHE INTERNAL "")
    endif()
endfunction()

include(VendoBench)
