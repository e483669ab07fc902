# Configure-time dry run of the packaging code for each platform and both Qt deploy signatures
# (6.4: FILENAME_VARIABLE, 6.5+: OUTPUT_SCRIPT), on this Linux machine. Each run configures
# dry_run/ with the platform forced; then the Windows upgrade identity is checked to stay the same
# when the version changes.
#   cmake -DVENDO_SOURCE_DIR=<repo> -DVENDO_WORK_DIR=<scratch> -P packaging_dry_run.cmake
cmake_minimum_required(VERSION 3.25)
foreach(required IN ITEMS VENDO_SOURCE_DIR VENDO_WORK_DIR)
    if(NOT ${required})
        message(FATAL_ERROR "packaging_dry_run.cmake: -D${required}=... is required")
    endif()
endforeach()
file(REMOVE_RECURSE "${VENDO_WORK_DIR}")

function(dry_run platform qt version)
    set(dir "${VENDO_WORK_DIR}/${platform}-${qt}-${version}")
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -S "${CMAKE_CURRENT_LIST_DIR}/dry_run" -B "${dir}" -G "Unix Makefiles"
                "-DVENDO_SOURCE_DIR=${VENDO_SOURCE_DIR}" "-DVENDO_DRY_RUN_PLATFORM=${platform}"
                "-DVENDO_DRY_RUN_QT=${qt}" "-DVENDO_DRY_RUN_VERSION=${version}" "-DVENDO_DRY_RUN_SUMMARY=${dir}.summary"
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "dry run ${platform}, Qt ${qt}, version ${version} failed:\n${output}")
    endif()
    file(STRINGS "${dir}.summary" summary)

    # What `cmake --install` runs exists only after generation, so it is checked here.
    file(READ "${dir}/cmake_install.cmake" install_script)
    file(GLOB dll_scripts "${dir}/VendoDeployDlls-*.cmake")
    string(FIND "${install_script}" "qt-deploy-vendo-inspector.cmake" qt_deploy_at)
    string(FIND "${install_script}" "VendoDeployDlls-" dll_deploy_at)
    set(problems "")
    if(platform STREQUAL "Linux")
        if(NOT qt_deploy_at EQUAL -1 OR NOT dll_deploy_at EQUAL -1 OR dll_scripts)
            string(APPEND problems "\n  Linux must not deploy Qt or DLLs (the package depends on the system's Qt)")
        endif()
    else()
        if(qt_deploy_at EQUAL -1)
            string(APPEND problems "\n  cmake --install does not run Qt's deploy script")
        endif()
    endif()
    if(platform STREQUAL "Windows")
        if(dll_deploy_at EQUAL -1 OR NOT dll_scripts)
            string(APPEND problems "\n  cmake --install does not run the DLL deployment script")
        else()
            list(GET dll_scripts 0 dll_script)
            file(READ "${dll_script}" dll_text)
            foreach(needle IN ITEMS "\"/dry-run/bin/vendo-inspector.exe\"" "\"/dry-run/bin/vendo-inspector-cli.exe\""
                                    "\"/dry-run/bin/vendo-sandbox.exe\"" "\"C:/deps/bin\""
                                    "\"C:/Program Files/OpenSSL/bin\"" "file(GET_RUNTIME_DEPENDENCIES")
                string(FIND "${dll_text}" "${needle}" at)
                if(at EQUAL -1)
                    string(APPEND problems "\n  ${dll_script} lacks ${needle}")
                endif()
            endforeach()
            # The generated script must at least be valid CMake: parse it with the command stubbed.
            file(WRITE "${dir}/parse-dll-script.cmake"
                "function(file)\nendfunction()\ninclude(\"${dll_script}\")\n")
            execute_process(COMMAND "${CMAKE_COMMAND}" -P "${dir}/parse-dll-script.cmake"
                            RESULT_VARIABLE parse_status ERROR_VARIABLE parse_error)
            if(NOT parse_status EQUAL 0)
                string(APPEND problems "\n  ${dll_script} does not parse: ${parse_error}")
            endif()
        endif()
    elseif(dll_scripts OR NOT dll_deploy_at EQUAL -1)
        string(APPEND problems "\n  the Windows DLL deployment is set up on ${platform}")
    endif()
    if(problems)
        message(FATAL_ERROR "dry run ${platform}, Qt ${qt}, version ${version}:${problems}")
    endif()
    message(STATUS "dry run ${platform}, Qt ${qt}, version ${version}: OK (${summary})")
    set(summary "${summary}" PARENT_SCOPE)
endfunction()

foreach(platform IN ITEMS Linux Windows macOS)
    foreach(qt IN ITEMS 6.4.2 6.8.1)
        dry_run(${platform} ${qt} 0.1.0)
    endforeach()
endforeach()

# Upgrade identity: a later version must install over an earlier one.
dry_run(Windows 6.8.1 0.1.0)
set(first "${summary}")
dry_run(Windows 6.8.1 12.3.4)
set(later "${summary}")
foreach(key IN ITEMS registry_key wix_upgrade_guid)
    set(before "${first}")
    set(after "${later}")
    list(FILTER before INCLUDE REGEX "^${key}=.")
    list(FILTER after INCLUDE REGEX "^${key}=.")
    if(NOT before OR NOT before STREQUAL after)
        message(FATAL_ERROR "the Windows upgrade identity changes with the version: '${before}' then '${after}'")
    endif()
endforeach()
if(first STREQUAL later)
    message(FATAL_ERROR "the package file name does not change with the version: ${first}")
endif()
message(STATUS "Windows upgrade identity is the same for 0.1.0 and 12.3.4")
