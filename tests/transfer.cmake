# Transfer failures: the tables, reader, printers, fixtures and Catch2 matchers in one program;
# the GoogleMock matchers and fmt's formatting join the programs that test those integrations.

plaid_errors_add_test(transfer_failure_test transfer/transfer_failure_test.cpp)

if(TARGET gmock_test)
    target_sources(gmock_test PRIVATE transfer/gmock_transfer_test.cpp)
endif()
if(TARGET fmt_test)
    target_sources(fmt_test PRIVATE transfer/fmt_transfer_test.cpp)
endif()

# The generated headers match their data, and the data matches Plaid's reference where a copy
# of it lies beside the checkout (the check exits 77, skipped, where it does not).
add_test(NAME transfer:generated_headers_are_current
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/transfer/generate.py" --check)
add_test(NAME transfer:codes_match_the_reference
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/transfer/check_reference.py")
set_tests_properties(transfer:codes_match_the_reference PROPERTIES SKIP_RETURN_CODE 77)
