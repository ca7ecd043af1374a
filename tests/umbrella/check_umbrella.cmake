cmake_minimum_required(VERSION 3.23)
# Fails naming each standard-only public header (HEADERS, the core's list as CMakeLists.txt writes
# it, separated by |, less detail/ and body_reader.hpp, which one file of a program includes on
# purpose) that UMBRELLA does not include.
file(STRINGS "${UMBRELLA}" includes REGEX "^#include \"")
string(REPLACE "|" ";" headers "${HEADERS}")
set(missing "")
foreach(header IN LISTS headers)
    string(REGEX REPLACE "^include/plaid/" "" relative "${header}")
    if(relative MATCHES "^errors/detail/" OR relative STREQUAL "errors/body_reader.hpp" OR relative STREQUAL "errors.hpp")
        continue()
    endif()
    if(NOT "#include \"${relative}\"" IN_LIST includes)
        string(APPEND missing "\n  ${relative}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "${UMBRELLA} is to include every standard-only public header; it misses:${missing}")
endif()
