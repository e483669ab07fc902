# vendo_changelog_release(): the dated section of the requested version becomes the metainfo release
# (date, escaped entries, wrapped lines joined, ';' and brackets kept); a version without a dated
# section, or with no entries, stops the configure. Also: the real CHANGELOG.md has a section for the
# real project(VERSION).
#   cmake -DVENDO_SOURCE_DIR=<repo> -DVENDO_WORK_DIR=<scratch> -P changelog_test.cmake
cmake_minimum_required(VERSION 3.25)
include("${VENDO_SOURCE_DIR}/installer/cmake/VendoChangelog.cmake")
file(MAKE_DIRECTORY "${VENDO_WORK_DIR}")
set(changelog "${VENDO_WORK_DIR}/CHANGELOG.md")
file(WRITE "${changelog}" [=[
# Changelog

## [Unreleased]
- not released

## [1.0.0] - 2026-01-02
### Fixed
- a [link](https://vendo.run) with `code`; and <tag> & more
  on a wrapped line
- second

## [0.9.0] - 2025-01-01
- older

## [0.8.0] - 2024-01-01
]=])

vendo_changelog_release("${changelog}" 1.0.0 date notes)
set(expected_notes [=[        <ul>
          <li>a [link](https://vendo.run) with code; and &lt;tag&gt; &amp; more on a wrapped line</li>
          <li>second</li>
        </ul>]=])
if(NOT date STREQUAL "2026-01-02" OR NOT notes STREQUAL expected_notes)
    message(FATAL_ERROR "1.0.0: date '${date}', notes:\n${notes}\nexpected:\n${expected_notes}")
endif()
vendo_changelog_release("${changelog}" 0.9.0 date notes)
if(NOT date STREQUAL "2025-01-01" OR NOT notes MATCHES "<li>older</li>" OR notes MATCHES "second")
    message(FATAL_ERROR "0.9.0: date '${date}', notes:\n${notes}")
endif()

# Failures run in a child cmake, since FATAL_ERROR cannot be caught in-process.
foreach(case IN ITEMS "1.1.0;has no section" "0.8.0;lists no changes" "1.0;has no section")
    list(GET case 0 version)
    list(GET case 1 message)
    file(WRITE "${VENDO_WORK_DIR}/fail.cmake"
        "include(\"${VENDO_SOURCE_DIR}/installer/cmake/VendoChangelog.cmake\")\n"
        "vendo_changelog_release(\"${changelog}\" ${version} d n)\n")
    execute_process(COMMAND "${CMAKE_COMMAND}" -P "${VENDO_WORK_DIR}/fail.cmake"
                    RESULT_VARIABLE status ERROR_VARIABLE error)
    string(REPLACE "\n" " " error "${error}")
    string(REGEX REPLACE " +" " " error "${error}")
    if(status EQUAL 0 OR NOT error MATCHES "${message}")
        message(FATAL_ERROR "version ${version}: expected a configure error '${message}', got status ${status}: ${error}")
    endif()
endforeach()

# The project's own version and changelog agree.
file(READ "${VENDO_SOURCE_DIR}/CMakeLists.txt" top)
if(NOT top MATCHES "project\\(VendoInspector[ \n]+VERSION ([0-9.]+)")
    message(FATAL_ERROR "no project(VendoInspector VERSION ...) in CMakeLists.txt")
endif()
vendo_changelog_release("${VENDO_SOURCE_DIR}/CHANGELOG.md" "${CMAKE_MATCH_1}" date notes)
message(STATUS "changelog: parsing rules hold; CHANGELOG.md has ${CMAKE_MATCH_1} dated ${date}")
