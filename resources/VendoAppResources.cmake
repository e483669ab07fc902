# vendo_add_app_resources(<gui-target>)
#
# Platform metadata of the GUI executable, from resources/: on Windows the icon and version
# information compiled in from windows/vendo-inspector.rc.in; on macOS the bundle's Info.plist
# (macos/Info.plist.in) and icon. Version strings come from project(VERSION).
set(VENDO_RESOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(vendo_add_app_resources target)
    if(WIN32)
        set(VENDO_ICO "${VENDO_RESOURCES_DIR}/windows/vendo-inspector.ico")
        configure_file("${VENDO_RESOURCES_DIR}/windows/vendo-inspector.rc.in"
                       "${CMAKE_CURRENT_BINARY_DIR}/vendo-inspector.rc" @ONLY)
        target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/vendo-inspector.rc")
    elseif(APPLE)
        set(icns "${VENDO_RESOURCES_DIR}/macos/vendo-inspector.icns")
        target_sources(${target} PRIVATE "${icns}")
        set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE ON
            MACOSX_BUNDLE_INFO_PLIST "${VENDO_RESOURCES_DIR}/macos/Info.plist.in"
            MACOSX_BUNDLE_GUI_IDENTIFIER "run.vendo.inspector"
            MACOSX_BUNDLE_BUNDLE_NAME "Vendo Inspector"
            MACOSX_BUNDLE_ICON_FILE "vendo-inspector.icns"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "Copyright Vendo. MIT licence.")
    endif()
endfunction()
