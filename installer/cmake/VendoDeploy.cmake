# vendo_deploy_runtime(<gui-target> [DLL_DIRECTORIES <dir>...])
#
# Makes the installation self-contained on Windows and macOS, where no package manager provides Qt:
# Qt's deploy script (windeployqt / macdeployqt) copies the Qt libraries and plugins the GUI needs,
# which cover the CLI and the sandbox too (they use a subset of the GUI's Qt modules and sit beside it:
# bin\ on Windows, the bundle's Contents/MacOS on macOS). On Windows the non-Qt DLLs (OpenSSL,
# QtKeychain when built shared) are found with file(GET_RUNTIME_DEPENDENCIES) in DLL_DIRECTORIES.
# On Linux it does nothing: the distribution packages provide Qt and the package depends on them.
#
# qt_generate_deploy_app_script takes FILENAME_VARIABLE in Qt 6.4 and OUTPUT_SCRIPT from 6.5 on.
set(VENDO_DEPLOY_TEMPLATE_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(vendo_deploy_runtime target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "DLL_DIRECTORIES")
    if(NOT (WIN32 OR APPLE))
        return()
    endif()
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${deploy_script}")

    if(WIN32)
        set(vendo_executables "\"$<TARGET_FILE:${target}>\"")
        foreach(helper IN ITEMS vendo-inspector-cli vendo-sandbox)
            if(TARGET ${helper})
                string(APPEND vendo_executables " \"$<TARGET_FILE:${helper}>\"")
            endif()
        endforeach()
        set(vendo_directories "")
        foreach(directory IN LISTS arg_DLL_DIRECTORIES)
            string(REPLACE "\\" "/" directory "${directory}")
            string(APPEND vendo_directories " \"${directory}\"")
        endforeach()
        configure_file("${VENDO_DEPLOY_TEMPLATE_DIR}/VendoDeployDlls.cmake.in"
                       "${CMAKE_CURRENT_BINARY_DIR}/VendoDeployDlls.cmake.gen" @ONLY)
        file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/VendoDeployDlls-$<CONFIG>.cmake"
                      INPUT "${CMAKE_CURRENT_BINARY_DIR}/VendoDeployDlls.cmake.gen")
        install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/VendoDeployDlls-$<CONFIG>.cmake")
    endif()
endfunction()
