cmake_minimum_required(VERSION 3.23)
# Builds tests/abi against two releases of the headers: INCLUDE (this one) and a copy made in
# WORK with the version bumped as the next release that may break the ABI would bump it, then
# runs the program and compares the libraries' exported names (nm -D). Passes where the two
# libraries share no name of plaid-errors and each keeps its own plaid::version. With
# SAME_NAMESPACE=ON the copy keeps this release's namespace name, as the headers did before
# they named it after the version: the test then passes only where it sees the clash.
file(REMOVE_RECURSE "${WORK}")
file(COPY "${INCLUDE}/" DESTINATION "${WORK}/next/include")
set(abi "${WORK}/next/include/plaid/errors/detail/abi.hpp")
file(READ "${abi}" text)
foreach(part IN ITEMS MAJOR MINOR)
    if(NOT text MATCHES "#define PLAID_ERRORS_VERSION_${part} ([0-9]+)")
        message(FATAL_ERROR "${abi} has no PLAID_ERRORS_VERSION_${part}")
    endif()
    set(${part} ${CMAKE_MATCH_1})
endforeach()
if(MAJOR EQUAL 0)
    set(namespace errors_v0_${MINOR})
    math(EXPR next "${MINOR} + 1")
    string(REGEX REPLACE "#define PLAID_ERRORS_VERSION_MINOR [0-9]+" "#define PLAID_ERRORS_VERSION_MINOR ${next}" text "${text}")
else()
    set(namespace errors_v${MAJOR})
    math(EXPR next "${MAJOR} + 1")
    string(REGEX REPLACE "#define PLAID_ERRORS_VERSION_MAJOR [0-9]+" "#define PLAID_ERRORS_VERSION_MAJOR ${next}" text "${text}")
endif()
if(SAME_NAMESPACE)
    string(REGEX REPLACE "\n#endif\n$" "\n#undef PLAID_ERRORS_ABI_NAMESPACE\n#define PLAID_ERRORS_ABI_NAMESPACE ${namespace}\n#endif\n" text "${text}")
endif()
file(WRITE "${abi}" "${text}")

execute_process(COMMAND "${CMAKE_COMMAND}" -S "${CMAKE_CURRENT_LIST_DIR}" -B "${WORK}/build" -G "${GENERATOR}"
                        "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}" "-DCMAKE_CXX_COMPILER=${CXX}" "-DCMAKE_CXX_STANDARD=${STANDARD}"
                        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DINCLUDE_A=${INCLUDE}" "-DINCLUDE_B=${WORK}/next/include"
                RESULT_VARIABLE status)
if(status EQUAL 0)
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK}/build" RESULT_VARIABLE status)
endif()
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the two libraries and the program did not build")
endif()
execute_process(COMMAND "${WORK}/build/two_releases" RESULT_VARIABLE ran OUTPUT_VARIABLE output)
message(STATUS "${output}")

# The names of plaid-errors each library defines for the dynamic linker, and those both define.
foreach(release IN ITEMS a b)
    execute_process(COMMAND "${NM}" -D --defined-only "${WORK}/build/librelease_${release}.so"
                    OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${NM} could not read librelease_${release}.so")
    endif()
    string(REGEX MATCHALL "[^ \n]*5plaid[^ \n]*" names_${release} "${symbols}")
endforeach()
set(shared "")
foreach(name IN LISTS names_a)
    if(name IN_LIST names_b)
        list(APPEND shared "${name}")
    endif()
endforeach()
list(LENGTH names_a count_a)
list(LENGTH shared count_shared)
message(STATUS "librelease_a.so defines ${count_a} names of plaid-errors; librelease_b.so defines ${count_shared} of them too")
if(count_a EQUAL 0)
    message(FATAL_ERROR "librelease_a.so defines no name of plaid-errors: the libraries do not exercise the clash")
endif()

if(SAME_NAMESPACE)
    if(NOT ran EQUAL 3 OR count_shared EQUAL 0)
        message(FATAL_ERROR "two releases under one namespace name: the program (exit ${ran}) or nm saw no clash")
    endif()
elseif(NOT ran EQUAL 0 OR NOT count_shared EQUAL 0)
    list(JOIN shared "\n  " shared)
    message(FATAL_ERROR "two releases clash (the program exited ${ran}); names both define:\n  ${shared}")
endif()
