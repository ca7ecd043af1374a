# Compiles SOURCE with CXX and STD_FLAG plus only the flags pkg-config reads from the
# PACKAGE.pc (plaid_errors.pc unless given) installed under PREFIX, then runs the program.
# FIRST_INCLUDE_DIR, if given, goes on the include path before those flags.
# Without pkg-config the test reports itself skipped (SKIP_REGULAR_EXPRESSION).
find_program(PKG_CONFIG_EXECUTABLE NAMES pkg-config pkgconf)
if(NOT PKG_CONFIG_EXECUTABLE)
    message(FATAL_ERROR "pkg-config is not installed")
endif()

if(NOT PACKAGE)
    set(PACKAGE plaid_errors)
endif()
set(first_include "")
if(FIRST_INCLUDE_DIR)
    set(first_include "-I${FIRST_INCLUDE_DIR}")
endif()

set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --cflags ${PACKAGE}
    OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags ${PACKAGE} failed")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")
get_filename_component(expected "${PREFIX}/include" REALPATH)
set(found_include OFF)
foreach(flag IN LISTS cflags)
    if(flag MATCHES "^-I(.+)$")
        get_filename_component(dir "${CMAKE_MATCH_1}" REALPATH)
        if(dir STREQUAL expected)
            set(found_include ON)
        endif()
    endif()
endforeach()
if(NOT found_include)
    message(FATAL_ERROR "pkg-config flags '${cflags}' do not name ${expected}")
endif()

execute_process(COMMAND "${CXX}" ${STD_FLAG} -Wall -Wextra -Wpedantic -Werror ${first_include} ${cflags} "${SOURCE}" -o "${OUTPUT}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "compiling with the pkg-config flags failed")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the program built with the pkg-config flags failed")
endif()
