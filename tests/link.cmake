# Link exits: the readers, remedies, printers, fixtures and Catch2 matchers in one program; the
# GoogleMock matchers and fmt's formatting join the programs that test those integrations.

plaid_errors_add_test(link_exit_test link/link_exit_test.cpp link/link_derived_test.cpp link/link_exit_differential_test.cpp)

if(TARGET gmock_test)
    target_sources(gmock_test PRIVATE link/gmock_link_test.cpp)
endif()
if(TARGET fmt_test)
    target_sources(fmt_test PRIVATE link/fmt_link_test.cpp)
endif()

# The generated headers match cmake/link/link.json, and the data matches Plaid's spec and the
# Link SDK where a copy of their extract lies beside the checkout (exit 77, skipped, where not).
add_test(NAME link:generated_headers_are_current
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/link/generate.py" --check)
add_test(NAME link:data_matches_the_reference
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/link/check_reference.py")
set_tests_properties(link:data_matches_the_reference PROPERTIES SKIP_RETURN_CODE 77)
