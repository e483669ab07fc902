# The committed raster icons are renders of the current resources/icons/vendo-inspector.svg (see
# resources/icons/render-icons.sh): the hash recorded at render time must match the SVG, each hicolor
# PNG must have its directory's size, and the .ico / .icns must be what Windows / macOS expect.
#   cmake -DVENDO_SOURCE_DIR=<repo> -P icons_test.cmake
cmake_minimum_required(VERSION 3.25)
set(icons "${VENDO_SOURCE_DIR}/resources/icons")
set(errors "")

file(SHA256 "${icons}/vendo-inspector.svg" svg_hash)
file(STRINGS "${icons}/vendo-inspector.rendered-from" stamp LIMIT_COUNT 1)
if(NOT stamp STREQUAL "${svg_hash}  vendo-inspector.svg")
    string(APPEND errors "\n  vendo-inspector.svg changed since the icons were rendered "
                         "(stamp '${stamp}', SVG ${svg_hash}): run resources/icons/render-icons.sh")
endif()

# PNG: 8-byte signature, then the IHDR chunk whose data starts with 4-byte big-endian width, height.
foreach(size IN ITEMS 48 128 256)
    set(png "${icons}/hicolor/${size}x${size}/vendo-inspector.png")
    if(NOT EXISTS "${png}")
        string(APPEND errors "\n  missing ${png}")
        continue()
    endif()
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 24 8 chunk)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT chunk STREQUAL "49484452")
        string(APPEND errors "\n  ${png} is not a PNG")
    elseif(NOT width EQUAL size OR NOT height EQUAL size)
        string(APPEND errors "\n  ${png} is ${width}x${height}, expected ${size}x${size}")
    endif()
endforeach()

# ICO: reserved 0, type 1, then the image count (little-endian); Windows wants 16, 32, 48 and 256.
set(ico "${VENDO_SOURCE_DIR}/resources/windows/vendo-inspector.ico")
file(READ "${ico}" ico_header LIMIT 6 HEX)
if(NOT ico_header MATCHES "^00000100(..)00$")
    string(APPEND errors "\n  ${ico} is not an icon file (header ${ico_header})")
else()
    math(EXPR ico_count "0x${CMAKE_MATCH_1}")
    set(ico_sizes "")
    foreach(index RANGE 1 ${ico_count})
        math(EXPR offset "6 + (${index} - 1) * 16")
        file(READ "${ico}" entry OFFSET ${offset} LIMIT 1 HEX)
        math(EXPR entry_size "0x${entry}")
        if(entry_size EQUAL 0)
            set(entry_size 256) # the ICO format writes 256 as 0
        endif()
        list(APPEND ico_sizes ${entry_size})
    endforeach()
    list(SORT ico_sizes COMPARE NATURAL)
    if(NOT ico_sizes STREQUAL "16;32;48;256")
        string(APPEND errors "\n  ${ico} holds sizes '${ico_sizes}', expected 16;32;48;256")
    endif()
endif()

# ICNS: magic "icns" then the file's total length, big-endian.
set(icns "${VENDO_SOURCE_DIR}/resources/macos/vendo-inspector.icns")
file(READ "${icns}" icns_header LIMIT 8 HEX)
file(SIZE "${icns}" icns_size)
string(SUBSTRING "${icns_header}" 8 8 icns_length_hex)
math(EXPR icns_length "0x${icns_length_hex}")
if(NOT icns_header MATCHES "^69636e73" OR NOT icns_length EQUAL icns_size)
    string(APPEND errors "\n  ${icns} is not a complete icns file")
endif()

if(errors)
    message(FATAL_ERROR "icons:${errors}")
endif()
message(STATUS "icons: renders match the SVG; PNG 48/128/256, ICO 16/32/48/256, ICNS ${icns_size} bytes")
