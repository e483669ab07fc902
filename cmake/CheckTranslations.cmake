# Fails when a catalogue lacks a translation: runs lupdate over the GUI's sources into a copy of each
# .ts file (the committed files are never touched) and looks for unfinished entries, so that a new
# tr() string without a German text fails the suite instead of shipping in English.
#   cmake -DLUPDATE=<lupdate> -DPROJECT_IN=<.lupdate/<target>_project.cmake> -DPROJECT_GENERATOR=<Qt's
#         GenerateLUpdateProject.cmake> -DWORK_DIR=<dir> -DTS_FILES=<a|b> -P CheckTranslations.cmake
# The project is the one qt_add_translations() describes at configure time, turned into lupdate's JSON
# here the way its update_translations target does it: the same sources and include paths, so that
# class contexts resolve exactly as they do there.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(project_json "${WORK_DIR}/project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${project_json}" -P "${PROJECT_GENERATOR}"
    RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project: ${errors}")
endif()
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -project "${project_json}" -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE status ERROR_VARIABLE errors)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${errors}")
    endif()
    # The English catalogue is the source language: its entries are unfinished by design.
    if(name MATCHES "_en\\.ts$")
        continue()
    endif()
    file(READ "${WORK_DIR}/${name}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" missing "${content}")
    list(LENGTH missing count)
    if(count GREATER 0)
        string(REGEX REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
        string(REPLACE ";" "\n  " missing "${missing}")
        list(APPEND failed "${name}: ${count} message(s) without a translation:\n  ${missing}")
    endif()
endforeach()
if(failed)
    string(REPLACE ";" "\n" failed "${failed}")
    message(FATAL_ERROR "${failed}\nAdd them: cmake --build <dir> --target update_translations, then edit the .ts file.")
endif()
message(STATUS "every message has a translation in: ${TS_FILES}")
