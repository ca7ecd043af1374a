# std::error_code integration, formatting, test fixtures and Catch2 matchers.

plaid_errors_add_test(error_code_test fixtures/error_code_test.cpp fixtures/error_code_other_tu.cpp)
plaid_errors_add_test(fixtures_test
    fixtures/testing_test.cpp fixtures/catch2_matchers_test.cpp fixtures/format_test.cpp)

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

# Category identity across shared libraries that hide every symbol they do not
# export, as release builds of plugins and SDKs do.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
    foreach(library IN ITEMS a b)
        add_library(plaid_errors_shared_${library} SHARED fixtures/shared_library.cpp)
        # Loaded with RTLD_LOCAL by the dlopen test; without GNU unique symbols
        # each keeps its own copy of the categories.
        add_library(plaid_errors_local_${library} MODULE fixtures/shared_library.cpp)
        foreach(target IN ITEMS plaid_errors_shared_${library} plaid_errors_local_${library})
            target_link_libraries(${target} PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)
            target_compile_definitions(${target} PRIVATE PLAID_TEST_LIBRARY=${library})
            set_target_properties(${target} PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
        endforeach()
        target_compile_options(plaid_errors_local_${library} PRIVATE $<$<CXX_COMPILER_ID:GNU>:-fno-gnu-unique>)
    endforeach()

    plaid_errors_add_test(shared_category_test fixtures/shared_category_test.cpp)
    target_link_libraries(shared_category_test PRIVATE plaid_errors_shared_a plaid_errors_shared_b)
    set_target_properties(shared_category_test PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)

    plaid_errors_add_test(shared_category_dlopen_test fixtures/shared_category_dlopen_test.cpp)
    target_link_libraries(shared_category_dlopen_test PRIVATE ${CMAKE_DL_LIBS})
    target_compile_definitions(shared_category_dlopen_test PRIVATE
        PLAID_TEST_LIBRARY_A="$<TARGET_FILE:plaid_errors_local_a>"
        PLAID_TEST_LIBRARY_B="$<TARGET_FILE:plaid_errors_local_b>")
    add_dependencies(shared_category_dlopen_test plaid_errors_local_a plaid_errors_local_b)
endif()

# <plaid/errors/error_code.hpp> specialises std::is_error_code_enum, which is
# ill-formed once a comparison inside namespace std has instantiated it: this
# object compiles only while no other header of the library does that, even
# after <iostream> and nlohmann/json.
set(late_error_code_source "${CMAKE_CURRENT_BINARY_DIR}/fixtures/error_code_included_last.cpp")
set(late_error_code_content "#include <iostream>\n#include <nlohmann/json.hpp>\n")
foreach(header IN LISTS PLAID_ERRORS_HEADERS)
    file(RELATIVE_PATH relative "${PROJECT_SOURCE_DIR}/include" "${header}")
    if(NOT relative MATCHES "^plaid/errors/(error_code|format|catch2|fmt|gmock)\\.hpp$")
        string(APPEND late_error_code_content "#include <${relative}>\n")
    endif()
endforeach()
string(APPEND late_error_code_content "#include <plaid/errors/error_code.hpp>\n")
file(CONFIGURE OUTPUT "${late_error_code_source}" CONTENT "${late_error_code_content}")
add_library(error_code_included_last OBJECT "${late_error_code_source}")
target_link_libraries(error_code_included_last PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)
