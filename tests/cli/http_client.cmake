# The HTTP client example's demo against a local Plaid stand-in, where libcurl and cpp-httplib are
# installed.
if(NOT TARGET http-client-demo)
    return()
endif()

cli_test(http_client_demo PROGRAM http-client-demo EXIT 0 NO_CONTROL_CHARACTERS
    MATCH "^stand-in Plaid on http://127.0.0.1:"
          "\nITEM_LOGIN_REQUIRED, 1 attempt: relink \\(Link in update mode\\)\n"
          "attempt 1 failed with HTTP 500: API_ERROR INTERNAL_SERVER_ERROR: .*\nINTERNAL_SERVER_ERROR then success, 2 attempts: use the accounts\n"
          "attempt 3 failed with HTTP 502, a body that is not a Plaid error: not_json .*\nHTML 502 from a proxy, 3 attempts: retry later"
          "\nINVALID_ACCESS_TOKEN, 1 attempt: fix the integration. the request is not resent\n"
          "no reply: timed out after 500 ms .*\nslow reply, 3 attempts: retry later\n"
    FORBID "de3ce8ef-33f8-452c-a685-8671031fc0f6")
set_tests_properties(http_client_demo PROPERTIES TIMEOUT 30)

