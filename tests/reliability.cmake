# Reliability: consumer builds, the JSONTestSuite, hostile bodies, threads and the fuzzer.

# Consumers build tests/consumer/consumer.cpp with this build's compiler and standard, as a
# user would: from an installed package, through add_subdirectory, and with pkg-config flags.
if(PLAID_ERRORS_INSTALL)
    set(consumer_dir "${CMAKE_CURRENT_SOURCE_DIR}/consumer")
    set(consumer_build "${CMAKE_CURRENT_BINARY_DIR}/consumer")
    set(consumer_prefix "${consumer_build}/prefix")
    if(DEFINED CMAKE_CXX_STANDARD)
        set(consumer_standard ${CMAKE_CXX_STANDARD})
    else()
        set(consumer_standard 17)
    endif()
    set(consumer_options
        "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
        "-DCMAKE_CXX_STANDARD=${consumer_standard}"
        -DCMAKE_CXX_STANDARD_REQUIRED=ON
        -DCMAKE_CXX_EXTENSIONS=OFF)

    add_test(NAME consumer:install
        COMMAND "${CMAKE_COMMAND}" "-DBUILD_DIR=${PROJECT_BINARY_DIR}" "-DPREFIX=${consumer_prefix}"
                -P "${consumer_dir}/install.cmake")
    set_tests_properties(consumer:install PROPERTIES FIXTURES_SETUP plaid_errors_installed)

    add_test(NAME consumer:find_package
        COMMAND "${CMAKE_CTEST_COMMAND}"
            --build-and-test "${consumer_dir}/find_package" "${consumer_build}/find_package"
            --build-generator "${CMAKE_GENERATOR}" --build-makeprogram "${CMAKE_MAKE_PROGRAM}"
            --build-options ${consumer_options} "-DCMAKE_PREFIX_PATH=${consumer_prefix}"
            --test-command consumer)
    set_tests_properties(consumer:find_package PROPERTIES FIXTURES_REQUIRED plaid_errors_installed)

    add_test(NAME consumer:add_subdirectory
        COMMAND "${CMAKE_CTEST_COMMAND}"
            --build-and-test "${consumer_dir}/add_subdirectory" "${consumer_build}/add_subdirectory"
            --build-generator "${CMAKE_GENERATOR}" --build-makeprogram "${CMAKE_MAKE_PROGRAM}"
            --build-options ${consumer_options} "-DPLAID_ERRORS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            --test-command consumer)

    add_test(NAME consumer:pkg_config
        COMMAND "${CMAKE_COMMAND}" "-DPREFIX=${consumer_prefix}" "-DCXX=${CMAKE_CXX_COMPILER}"
                "-DSTD_FLAG=${CMAKE_CXX${consumer_standard}_STANDARD_COMPILE_OPTION}"
                "-DSOURCE=${consumer_dir}/consumer.cpp" "-DOUTPUT=${consumer_build}/pkg_config_consumer"
                -P "${consumer_dir}/pkg_config.cmake")
    set_tests_properties(consumer:pkg_config PROPERTIES
        FIXTURES_REQUIRED plaid_errors_installed
        SKIP_REGULAR_EXPRESSION "pkg-config is not installed")
endif()

find_package(Threads REQUIRED)
plaid_errors_add_test(threads_test reliability/threads_test.cpp)
target_link_libraries(threads_test PRIVATE Threads::Threads)

# The fuzz target's differential checks, replayed over every file under tests/data and the corpora.
add_executable(body_fuzzer_replay fuzz/body_fuzzer.cpp fuzz/replay_main.cpp)
target_link_libraries(body_fuzzer_replay PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)
add_test(NAME fuzz:replay_test_data COMMAND body_fuzzer_replay "${PLAID_ERRORS_TEST_DATA}" "${PLAID_ERRORS_CORPORA}")

# The libFuzzer build (clang only): tests/fuzz/run.sh configures and runs it.
option(PLAID_ERRORS_BUILD_FUZZERS "Build the libFuzzer target body_fuzzer (clang)" OFF)
if(PLAID_ERRORS_BUILD_FUZZERS)
    set(fuzz_flags -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_executable(body_fuzzer fuzz/body_fuzzer.cpp)
    target_link_libraries(body_fuzzer PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)
    target_compile_options(body_fuzzer PRIVATE ${fuzz_flags})
    target_link_options(body_fuzzer PRIVATE ${fuzz_flags})
endif()

plaid_errors_add_test(json_test_suite_test reliability/json_test_suite_test.cpp)
plaid_errors_add_test(hostile_bodies_test reliability/hostile_bodies_test.cpp reliability/heap_counter.cpp)

# Under a 1 MiB stack, where anything that recursed once per nesting level would crash.
plaid_errors_add_test(deep_causes_test reliability/deep_causes_test.cpp)
add_test(NAME deep_causes_test:under_a_1_MiB_stack
    COMMAND sh -c "ulimit -s 1024 && exec \"$0\"" $<TARGET_FILE:deep_causes_test>)
