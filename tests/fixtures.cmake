# The test fixtures of <plaid/errors/testing.hpp> and the Catch2 and GoogleMock matchers.

plaid_errors_add_test(fixtures_test fixtures/testing_test.cpp fixtures/catch2_matchers_test.cpp)

# The webhook fixtures of <plaid/errors/webhook_testing.hpp>, and the webhook and Item-health
# matchers, in the same program.
target_sources(fixtures_test PRIVATE fixtures/webhook_testing_test.cpp fixtures/webhook_catch2_test.cpp)

# Failing assertions show the body and the expected code, the second alike
# though one matcher object serves both, and a parsed code by name.
add_test(NAME fixtures_test:failure_report COMMAND fixtures_test "[.failure-report]")
set_tests_properties(fixtures_test:failure_report PROPERTIES
    PASS_REGULAR_EXPRESSION "INVALID_API_KEYS.*req-first.*is a Plaid error with error_code[ \n]+INVALID_ACCESS_TOKEN\n.*ITEM_LOGIN_REQUIRED.*req-second.*is a Plaid error with error_code[ \n]+INVALID_ACCESS_TOKEN\n.*INVALID_API_KEYS == ITEM_LOGIN_REQUIRED")

# The fixtures in GoogleTest's parametrised tests, and the GoogleMock matchers
# (Debian packages libgtest-dev and libgmock-dev).
find_package(GTest)
if(GTest_FOUND)
    include(GoogleTest)
    add_executable(fixtures_gtest fixtures/testing_gtest.cpp)
    target_link_libraries(fixtures_gtest PRIVATE plaid_errors::plaid_errors plaid_errors_warnings GTest::gtest_main)
    gtest_discover_tests(fixtures_gtest TEST_PREFIX "fixtures_gtest:")

    # The GoogleMock matchers and GoogleTest printers of <plaid/errors/gmock.hpp>.
    add_executable(gmock_test fixtures/gmock_test.cpp)
    target_link_libraries(gmock_test PRIVATE plaid_errors::plaid_errors plaid_errors_warnings GTest::gmock GTest::gtest_main)
    gtest_discover_tests(gmock_test TEST_PREFIX "gmock_test:")
else()
    message(WARNING "GoogleTest not found: fixtures_gtest and gmock_test are not built (install libgtest-dev and libgmock-dev)")
endif()

# The webhook and Item-health matchers and printers of <plaid/errors/gmock.hpp>, in gmock_test.
if(TARGET gmock_test)
    target_sources(gmock_test PRIVATE fixtures/webhook_gmock_test.cpp)
endif()
