# Performance programs: built when their tools are installed, never run by ctest.
# tests/perf/run-all.sh builds and runs them and prints the figures.

# The word-at-a-time lookups the benchmarks measure, against plain comparison.
plaid_errors_add_test(lookup_differential_test lookup_differential_test.cpp)

# Off by default, as ctest never runs them; tests/perf/run-all.sh and CI's compile-only cells turn them on.
option(PLAID_ERRORS_BUILD_PERF_PROGRAMS "Build the performance programs, which ctest never runs" OFF)
if(NOT PLAID_ERRORS_BUILD_PERF_PROGRAMS)
    message(STATUS "plaid_errors: the performance programs are not built (PLAID_ERRORS_BUILD_PERF_PROGRAMS=OFF)")
    return()
endif()

# The allocation counter replaces operator new, which ThreadSanitizer's runtime defines too.
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*thread")
    message(STATUS "plaid_errors: ThreadSanitizer build; the performance programs are not built")
    return()
endif()

set(PLAID_ERRORS_PERF_SUPPORT perf/baselines.cpp perf/allocation_counter.cpp)

find_package(simdjson QUIET)
if(NOT simdjson_FOUND)
    message(STATUS "plaid_errors: simdjson not found; the simdjson on-demand baseline is skipped")
endif()

function(plaid_errors_add_perf_program name)
    add_executable(${name} ${ARGN} ${PLAID_ERRORS_PERF_SUPPORT})
    target_link_libraries(${name} PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)
    target_compile_definitions(${name} PRIVATE PLAID_ERRORS_TEST_DATA="${PLAID_ERRORS_TEST_DATA}"
                                               PLAID_ERRORS_CORPORA="${PLAID_ERRORS_CORPORA}")
    if(simdjson_FOUND)
        target_link_libraries(${name} PRIVATE simdjson::simdjson)
        target_compile_definitions(${name} PRIVATE PLAID_PERF_HAVE_SIMDJSON)
    endif()
endfunction()

find_package(benchmark QUIET)
if(benchmark_FOUND)
    plaid_errors_add_perf_program(parse_benchmark perf/parse_benchmark.cpp)
    target_link_libraries(parse_benchmark PRIVATE benchmark::benchmark)
else()
    message(STATUS "plaid_errors: Google Benchmark not found; parse_benchmark is not built")
endif()

include(CheckIncludeFileCXX)
check_include_file_cxx(valgrind/callgrind.h PLAID_ERRORS_HAVE_CALLGRIND_H)
if(PLAID_ERRORS_HAVE_CALLGRIND_H)
    plaid_errors_add_perf_program(instruction_driver perf/instruction_driver.cpp)
else()
    message(STATUS "plaid_errors: valgrind/callgrind.h not found; instruction_driver is not built")
endif()
