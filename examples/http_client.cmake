# The HTTP client example: libcurl requests to a local Plaid stand-in served by
# cpp-httplib, which answers with the library's fixtures. Debian's cpp-httplib
# is a compiled library described by pkg-config only.
find_package(CURL QUIET)
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(CPP_HTTPLIB QUIET IMPORTED_TARGET cpp-httplib)
endif()
if(NOT CURL_FOUND OR NOT CPP_HTTPLIB_FOUND)
    message(STATUS "Skipping the HTTP client example: it needs libcurl and cpp-httplib "
                   "(Debian: libcurl4-openssl-dev libcpp-httplib-dev)")
    return()
endif()
find_package(Catch2 REQUIRED)
include(Catch)
find_package(Threads REQUIRED)

# The library's headers are the project's own; cpp-httplib's and libcurl's are
# included as system headers, so the project's warnings stay as they are.
add_library(http_client_example INTERFACE)
target_link_libraries(http_client_example INTERFACE plaid_errors::plaid_errors plaid_errors_warnings
                      CURL::libcurl PkgConfig::CPP_HTTPLIB Threads::Threads)
target_include_directories(http_client_example SYSTEM INTERFACE ${CPP_HTTPLIB_INCLUDE_DIRS} ${CURL_INCLUDE_DIRS})

add_executable(http-client-demo "${CMAKE_CURRENT_SOURCE_DIR}/http-client/demo.cpp")
target_link_libraries(http-client-demo PRIVATE http_client_example)
cli_test(http_client_demo PROGRAM http-client-demo EXIT 0 NO_CONTROL_CHARACTERS
    MATCH "^stand-in Plaid on http://127.0.0.1:"
          "\nITEM_LOGIN_REQUIRED, 1 attempt: relink \\(Link in update mode\\)\n"
          "attempt 1 failed with HTTP 429: RATE_LIMIT_EXCEEDED RATE_LIMIT: .*\nRATE_LIMIT then success, 2 attempts: use the accounts\n"
          "attempt 3 failed with HTTP 502, a body that is not a Plaid error: not_json .*\nHTML 502 from a proxy, 3 attempts: retry later"
          "\nINVALID_ACCESS_TOKEN, 1 attempt: fix the integration. the request is not resent\n"
          "no reply: timed out after 500 ms .*\nslow reply, 1 attempt: report it: no reply, timed out\n"
    FORBID "de3ce8ef-33f8-452c-a685-8671031fc0f6")
set_tests_properties(http_client_demo PROPERTIES TIMEOUT 30)

add_executable(http_client_test "${CMAKE_CURRENT_SOURCE_DIR}/http-client/http_client_test.cpp")
target_link_libraries(http_client_test PRIVATE http_client_example ${PLAID_ERRORS_CATCH2_MAIN})
catch_discover_tests(http_client_test TEST_PREFIX "http_client_test:" PROPERTIES TIMEOUT 30)

# The README quotes attempt.hpp byte for byte.
add_test(NAME readme_http-client-attempt
    COMMAND ${CMAKE_COMMAND} "-DREADME=${PROJECT_SOURCE_DIR}/README.md"
            "-DEXAMPLE=${CMAKE_CURRENT_SOURCE_DIR}/http-client/attempt.hpp" -DMARKER=http-client-attempt
            -P "${CMAKE_CURRENT_SOURCE_DIR}/preflight_readme.cmake")
