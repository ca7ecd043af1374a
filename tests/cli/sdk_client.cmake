# The SDK client example's demo: the next step it prints for recorded replies.

# The demo exits 1 after a failed request; the printed decision is what is checked.
function(sdk_client_demo_test name status body expected)
    if(NOT EXISTS "${body}")  # another project's body, absent without the corpora
        add_test(NAME sdk_client_demo_${name} COMMAND ${CMAKE_COMMAND} -E echo "skipped: ${body} is absent")
        set_tests_properties(sdk_client_demo_${name} PROPERTIES SKIP_REGULAR_EXPRESSION "skipped: ")
        return()
    endif()
    add_test(NAME sdk_client_demo_${name} COMMAND sdk-client-demo ${status} "${body}")
    set_tests_properties(sdk_client_demo_${name} PROPERTIES PASS_REGULAR_EXPRESSION "${expected}")
endfunction()
set(sdk_client_data "${PROJECT_SOURCE_DIR}/tests/data")
sdk_client_demo_test(fix_integration 400 "${sdk_client_data}/docs/INVALID_ACCESS_TOKEN.json"
    "request_id HNTDNrA8F1shFEW\\)\nnext step: fix the integration. the request is not resent \\(INVALID_INPUT INVALID_ACCESS_TOKEN: ")
sdk_client_demo_test(remove_and_relink 400 "${sdk_client_data}/docs/USER_PERMISSION_REVOKED.json"
    "next step: remove the Item, then ask the user to relink \\(a new Link session\\)")
sdk_client_demo_test(server_error 500 "${PLAID_ERRORS_CORPORA}/plaid-bodies/MrNewport.laravel-plaid__internal_server_error_500.json"
    "resent in .+ ms\nplaid: POST /accounts/get attempt 3 failed with HTTP 500: API_ERROR INTERNAL_SERVER_ERROR: Internal server error\nnext step: retry later")

# The docs' sample of a code, as `plaid-errors fixture` writes it, replayed to the demo.
function(sdk_client_fixture_test name status)
    cli_test(sdk_client_demo_${name} PROGRAM sdk-client-demo EXIT 1 FIXTURE ${ARGN} ARGS ${status} @BODY@)
endfunction()
sdk_client_fixture_test(update_mode 400 ITEM_LOGIN_REQUIRED
    MATCH "attempt 1 failed with HTTP 400: ITEM_ERROR ITEM_LOGIN_REQUIRED: "
          "\nnext step: ask the user to relink \\(Link in update mode\\)"
    FORBID "attempt 2" "remove the Item")
# The advice's waits: a minute or more for a per-endpoint limit, a day for the general one, an
# hour for an institution, the last two longer than the client waits in a call.
sdk_client_fixture_test(rate_limit 429 ACCOUNTS_LIMIT
    MATCH "attempt 1 failed with HTTP 429: RATE_LIMIT_EXCEEDED ACCOUNTS_LIMIT: .*resent in .+ ms\n"
          "attempt 3 failed with HTTP 429" "\nnext step: retry later \\(RATE_LIMIT_EXCEEDED ACCOUNTS_LIMIT: ")
sdk_client_fixture_test(general_rate_limit 429 RATE_LIMIT
    MATCH "attempt 1 failed with HTTP 429: RATE_LIMIT_EXCEEDED RATE_LIMIT: .*not resent: the advice waits .+ ms, "
          "\nnext step: retry later \\(RATE_LIMIT_EXCEEDED RATE_LIMIT: "
    FORBID "attempt 2" "resent in")
sdk_client_fixture_test(institution_not_responding 400 INSTITUTION_NOT_RESPONDING
    MATCH "attempt 1 failed with HTTP 400: INSTITUTION_ERROR INSTITUTION_NOT_RESPONDING: .*not resent: the advice waits "
          "\nnext step: retry later"
    FORBID "attempt 2")
sdk_client_fixture_test(after_plaid_acts 400 INCOMPLETE_CUSTOMER_ONBOARDING
    MATCH "attempt 1 failed with HTTP 400: TRANSFER_ERROR INCOMPLETE_CUSTOMER_ONBOARDING: " "\nnext step: retry later"
    FORBID "attempt 2" "resent")
sdk_client_fixture_test(wait_for_webhook 400 PRODUCT_NOT_READY --type ITEM_ERROR
    MATCH "\nnext step: wait for the product's webhook, then resend" FORBID "attempt 2")
sdk_client_fixture_test(contact_plaid 429 CREDITS_EXHAUSTED
    MATCH "\nnext step: contact Plaid" FORBID "attempt 2")

readme_quote_test(readme_sdk-client-test sdk-client-test sdk-client/readme_test.cpp)
