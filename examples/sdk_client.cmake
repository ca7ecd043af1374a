# The SDK client example: a demo replaying recorded replies, and its unit tests
# with the HTTP layer mocked by <plaid/errors/testing.hpp>.
find_package(Catch2 REQUIRED)
include(Catch)

add_executable(sdk-client-demo "${CMAKE_CURRENT_SOURCE_DIR}/sdk-client/demo.cpp")
target_link_libraries(sdk-client-demo PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)

# The demo exits 1 after a failed request; the printed decision is what is checked.
function(sdk_client_demo_test name status body expected)
    add_test(NAME sdk_client_demo_${name} COMMAND sdk-client-demo ${status} "${body}")
    set_tests_properties(sdk_client_demo_${name} PROPERTIES PASS_REGULAR_EXPRESSION "${expected}")
endfunction()
set(sdk_client_data "${PROJECT_SOURCE_DIR}/tests/data")
sdk_client_demo_test(configuration_error 400 "${sdk_client_data}/docs/INVALID_ACCESS_TOKEN.json"
    "request_id HNTDNrA8F1shFEW\\)\nnext step: configuration error")
sdk_client_demo_test(relink 400 "${sdk_client_data}/docs/USER_PERMISSION_REVOKED.json"
    "next step: ask the user to relink")
sdk_client_demo_test(retry 500 "${sdk_client_data}/bodies/MrNewport.laravel-plaid__internal_server_error_500.json"
    "attempt 3 failed with HTTP 500: API_ERROR INTERNAL_SERVER_ERROR: Internal server error\nnext step: retry later")

add_executable(sdk_client_test "${CMAKE_CURRENT_SOURCE_DIR}/sdk-client/client_test.cpp"
    "${CMAKE_CURRENT_SOURCE_DIR}/sdk-client/readme_test.cpp")
target_link_libraries(sdk_client_test PRIVATE plaid_errors::plaid_errors plaid_errors_warnings Catch2::Catch2WithMain)
catch_discover_tests(sdk_client_test TEST_PREFIX "sdk_client_test:")

# The README quotes these files byte for byte.
foreach(pair IN ITEMS sdk-client-decide:next_step.hpp sdk-client-test:readme_test.cpp)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 marker)
    list(GET pair 1 file)
    add_test(NAME readme_${marker}
        COMMAND ${CMAKE_COMMAND} "-DREADME=${PROJECT_SOURCE_DIR}/README.md"
                "-DEXAMPLE=${CMAKE_CURRENT_SOURCE_DIR}/sdk-client/${file}" -DMARKER=${marker}
                -P "${CMAKE_CURRENT_SOURCE_DIR}/preflight_readme.cmake")
endforeach()
