# The retry advice: its rules and static checks over Plaid's rate-limit tables, Retry-After
# parsing and the client-wide retry budget (its test runs several threads).
find_package(Threads REQUIRED)
plaid_errors_add_test(retry_advice_test retry_advice_test.cpp retry_static_checks.cpp)
target_link_libraries(retry_advice_test PRIVATE Threads::Threads)

# The generated table matches its data, and the data matches Plaid's pages where a copy of them
# lies beside the checkout (the check exits 77, skipped, where it does not).
add_test(NAME limits:generated_headers_are_current
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/limits/generate.py" --check)
add_test(NAME limits:data_matches_the_reference
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/limits/check_reference.py")
set_tests_properties(limits:data_matches_the_reference PROPERTIES SKIP_RETURN_CODE 77)
