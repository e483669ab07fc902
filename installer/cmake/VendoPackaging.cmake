# CPack settings for every platform's installer. Only variables are set here (no targets, no install
# rules), so tests/installer/packaging_dry_run.cmake can include this file in script mode with
# WIN32 / APPLE forced and check each platform's branch on this Linux machine.
#
# Inputs: PROJECT_VERSION, PROJECT_DESCRIPTION, PROJECT_HOMEPAGE_URL, PROJECT_SOURCE_DIR, WIN32/APPLE,
# CMAKE_SYSTEM_PROCESSOR. The version has one source: project(VERSION) in the top-level CMakeLists.txt.

set(CPACK_PACKAGE_NAME "vendo-inspector")
set(CPACK_PACKAGE_VENDOR "Vendo")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Vendo Inspector maintainers <inspector@vendo.run>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Vendo Inspector keeps the Vendo service API key in the operating system's keychain, decodes an end "
    "user's identity token and judges its structure, expiry and signature, and asks the service, scoped "
    "to that user, for the user's connections and provider tokens, showing every failure as the error "
    "the SDKs would raise. It includes the command-line twin vendo-inspector-cli and the local "
    "vendo-sandbox service.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Vendo Inspector")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Installers ship stripped binaries; the build tree keeps the symbols.
set(CPACK_STRIP_FILES ON)
# The start-menu (Windows) entry: executable name, then its label.
set(CPACK_PACKAGE_EXECUTABLES "vendo-inspector" "Vendo Inspector")

if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set(vendo_arch "x64")
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(arm64|aarch64|ARM64)$")
    set(vendo_arch "arm64")
else()
    set(vendo_arch "${CMAKE_SYSTEM_PROCESSOR}")
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "vendo-inspector-${PROJECT_VERSION}-windows-${vendo_arch}")
    # Upgrade identity: the uninstall registry key stays the same across versions (CPack's default
    # has the version in it), so a new installer finds and replaces the old installation.
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "VendoInspector")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_PACKAGE_NAME "Vendo Inspector")
    set(CPACK_NSIS_DISPLAY_NAME "Vendo Inspector")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/windows/vendo-inspector.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/windows/vendo-inspector.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\vendo-inspector.exe")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "vendo-inspector.exe")
    # Offers to put bin/ (vendo-inspector-cli) on PATH; the uninstaller takes it off again.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Vendo Inspector")
    # `cpack -G WIX` works too; its upgrade code is fixed forever so MSI upgrades replace old versions.
    set(CPACK_WIX_UPGRADE_GUID "A1F959E5-350C-4398-A2A2-DACCB8F4030D")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/vendo-inspector.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Vendo Inspector")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "vendo-inspector-${PROJECT_VERSION}-macos-${vendo_arch}")
    set(CPACK_DMG_VOLUME_NAME "Vendo Inspector ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/macos/vendo-inspector.icns")
    # The license is shown by the app's About box; a DMG licence agreement needs tools macOS dropped.
    set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
else()
    set(CPACK_GENERATOR "DEB")
    # RPM needs rpmbuild (Debian package `rpm`, installed by installer/bootstrap.sh).
    find_program(VENDO_RPMBUILD rpmbuild)
    if(VENDO_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    # Libraries come from dpkg-shlibdeps. Two run-time needs are invisible to it: Qt's platform
    # plugins (loaded by name) and libsecret, which QtKeychain opens with dlopen().
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libsecret-1-0")
    # A Secret Service to keep the API key in; without one the app keeps it for the session only.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_PACKAGE_LICENSE "MIT")
    set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    # Library requirements are found automatically (AutoReq); the same two as for the DEB, by their
    # Fedora names.
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, libsecret")
    set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
    # Shared directories belong to the filesystem and hicolor-icon-theme packages, not to this one.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications
        /usr/share/metainfo
        /usr/share/icons
        /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable
        /usr/share/icons/hicolor/scalable/apps
        /usr/share/icons/hicolor/48x48
        /usr/share/icons/hicolor/48x48/apps
        /usr/share/icons/hicolor/128x128
        /usr/share/icons/hicolor/128x128/apps
        /usr/share/icons/hicolor/256x256
        /usr/share/icons/hicolor/256x256/apps)
endif()
unset(vendo_arch)
