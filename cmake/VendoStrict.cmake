# One INTERFACE target that every target of the project links: language level, warnings and the
# strict Qt definitions. Nothing sets these per target.
add_library(vendo_strict INTERFACE)
add_library(Vendo::Strict ALIAS vendo_strict)

target_compile_features(vendo_strict INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(vendo_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    VENDO_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(vendo_strict INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough)
    if(VENDO_WERROR)
        target_compile_options(vendo_strict INTERFACE -Werror)
    endif()
    if(VENDO_SANITIZE)
        target_compile_options(vendo_strict INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(vendo_strict INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(vendo_strict INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(VENDO_WERROR)
        target_compile_options(vendo_strict INTERFACE /WX)
    endif()
endif()
