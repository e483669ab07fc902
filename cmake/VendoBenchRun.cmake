# cmake -DCTEST=... -DBUILD_DIR=... -DTABLE=... -P VendoBenchRun.cmake
# Runs the bench label, then prints the collected table whatever the outcome, and fails the build
# when a bench failed.
execute_process(COMMAND ${CTEST} --test-dir ${BUILD_DIR} -L bench --output-on-failure RESULT_VARIABLE result)
if(EXISTS ${TABLE})
    file(READ ${TABLE} table)
    message("\n${table}")
endif()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "bench: a bench failed (see above); the table shows what was measured")
endif()
