# Reliability: the JSONTestSuite, hostile bodies, threads and the fuzzer.

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
target_link_libraries(deep_causes_test PRIVATE Threads::Threads)
add_test(NAME deep_causes_test:under_a_1_MiB_stack
    COMMAND sh -c "ulimit -s 1024 && exec \"$0\"" $<TARGET_FILE:deep_causes_test>)
