# Command-line tests of `plaid-errors parse`, and the helper the tool's other tests use too.

set(parse_bodies "${PLAID_ERRORS_CORPORA}/plaid-bodies")
set(parse_cli_data "${PROJECT_SOURCE_DIR}/tests/data/cli")

function(parse_cli_test name)
    cli_test(parse_cli_${name} ${ARGN})
endfunction()

parse_cli_test(documented_code EXIT 0
    MATCH "^INVALID_INPUT / INVALID_PUBLIC_TOKEN\n" "request_id: qcaHi"
          "Docs: https://plaid.com/docs/errors/invalid-input/#invalid_public_token"
    ARGS parse "${parse_bodies}/poanetwork.poa-poba__invalid_public_token.json")
parse_cli_test(code_under_another_type EXIT 0
    MATCH "^ITEM_ERROR / USER_PERMISSION_REVOKED, HTTP 400" "The docs list USER_PERMISSION_REVOKED under INVALID_INPUT"
          "remove the Item: +yes"
    ARGS parse "${parse_bodies}/plaid.plaid-openapi__user_permission_revoked_webhook.json")
parse_cli_test(unknown_type_and_code_from_stdin EXIT 0
    INPUT_FILE "${parse_bodies}/MrNewport.laravel-plaid__rate_limit_nonstandard_type.json"
    MATCH "^RATE_LIMIT_ERROR / RATE_LIMIT_EXCEEDED\n" "RATE_LIMIT_ERROR is not an error type this version knows"
    ARGS parse)
parse_cli_test(causes_from_dash EXIT 0
    INPUT_FILE "${parse_bodies}/plaid.plaid-python__api_error_with_causes.json"
    MATCH "cause 0: API_ERROR / INTERNAL_SERVER_ERROR \\(item 456\\): an unexpected error occurred"
    ARGS parse -)
parse_cli_test(html_page EXIT 1
    MATCH "not a Plaid error \\(not_json\\)"
    ARGS parse "${parse_cli_data}/nginx_502.html")
parse_cli_test(control_characters_escaped EXIT 0 NO_CONTROL_CHARACTERS
    MATCH "ITEM_ERROR\\\\x1b.31m / X\\\\x07" "\\\\x1b.0.owned\\\\x07\\\\x1b.2J\\\\u009b31m" "line\\\\nbreak"
          "r\\\\x7f" "item \\\\x1b.1m"
    ARGS parse "${parse_cli_data}/control_characters.json")

parse_cli_test(json_every_field EXIT 0
    JSON_CHECKS "ok=ON" "error_type_known=ON" "error_code_known=ON" "error.error_type=ITEM_ERROR"
                "error.error_code=ITEM_LOGIN_REQUIRED" "error.error_code_reason:NULL" "error.status=400"
                "error.request_id=req_xyz789" "error.causes:ARRAY"
                "error.suggested_action=Prompt the user to re-authenticate their account."
                "error.documentation_url=https://plaid.com/docs/errors/item/#item_login_required"
                "error.required_account_subtypes:ARRAY"
    ARGS parse --json "${parse_bodies}/plaid.plaid-openapi__item_login_required_full_fields.json")
parse_cli_test(json_unknown_values_and_causes EXIT 0
    INPUT_FILE "${parse_bodies}/plaid.plaid-ruby__api_error_with_causes.json"
    JSON_CHECKS "ok=ON" "error_type_known=ON" "error_code_known=ON" "error.request_id:NULL"
                "error.causes.0.item_id=456" "error.causes.0.error_type=API_ERROR"
    ARGS parse --json -)
parse_cli_test(json_documented_code EXIT 0
    JSON_CHECKS "ok=ON" "error_type_known=ON" "error_code_known=ON" "error.error_code=INVALID_PUBLIC_TOKEN"
                "error.display_message:NULL" "error.status:NULL"
    ARGS parse --json "${parse_bodies}/poanetwork.poa-poba__invalid_public_token.json")
parse_cli_test(json_not_json EXIT 1
    JSON_CHECKS "ok=OFF" "failure.kind=not_json" "failure.offset=0" "failure.message:STRING"
    ARGS parse --json "${parse_cli_data}/nginx_502.html")
parse_cli_test(json_not_plaid_error EXIT 1
    JSON_CHECKS "ok=OFF" "failure.kind=not_plaid_error" "failure.offset:NULL"
                "failure.message=not a Plaid error: error_type is missing"
    ARGS parse --json "${parse_cli_data}/accounts_get_success.json")
parse_cli_test(json_control_characters EXIT 0 NO_CONTROL_CHARACTERS
    JSON_CHECKS "ok=ON" "error_type_known=OFF" "error.causes.0.error_code=B"
    ARGS parse --json "${parse_cli_data}/control_characters.json")

parse_cli_test(usage_unknown_option EXIT 2 MATCH "usage: plaid-errors parse" ARGS parse --yaml)
parse_cli_test(usage_two_files EXIT 2 MATCH "usage: plaid-errors parse" ARGS parse a.json b.json)
parse_cli_test(missing_file EXIT 2 MATCH "cannot read" ARGS parse "${parse_cli_data}/no such file.json")

parse_cli_test(json_option_after_file EXIT 0
    JSON_CHECKS "ok=ON" "error_code_known=ON" "error.error_code=INVALID_PUBLIC_TOKEN"
    ARGS parse "${parse_bodies}/poanetwork.poa-poba__invalid_public_token.json" --json)
parse_cli_test(option_after_end_of_options EXIT 2 MATCH "give one FILE" ARGS parse -- a.json --json)

# A fixture parses back to its code and the code's action plan, from a file and from a pipe.
parse_cli_test(fixture_file EXIT 0 FIXTURE ITEM_LOGIN_REQUIRED
    MATCH "^ITEM_ERROR / ITEM_LOGIN_REQUIRED\n" "request_id: HNTDNrA8F1shFEW\n\nITEM_LOGIN_REQUIRED \\(ITEM_ERROR, HTTP 400\\)"
          "Link: +update_mode" "  - relink: " "Docs: https://plaid.com/docs/errors/item/#item_login_required"
    FORBID "The docs list"
    ARGS parse @BODY@)
parse_cli_test(fixture_stdin EXIT 0 FIXTURE PRODUCT_NOT_READY --type ASSET_REPORT_ERROR INPUT_FILE @BODY@
    MATCH "^ASSET_REPORT_ERROR / PRODUCT_NOT_READY\n" "  - wait_for_webhook: "
    ARGS parse)
parse_cli_test(fixture_json EXIT 0 FIXTURE plaid-internal-error
    JSON_CHECKS "ok=ON" "error_type_known=ON" "error_code_known=ON" "error.error_type=API_ERROR"
                "error.error_code=INTERNAL_SERVER_ERROR" "error.request_id=HNTDNrA8F1shFEW"
    ARGS parse --json @BODY@)
parse_cli_test(ambiguous_code_under_another_type EXIT 0
    MATCH "PRODUCT_NOT_ENABLED is documented under ITEM_ERROR, ASSET_REPORT_ERROR, INCOME_VERIFICATION_ERROR, not under BASE_REPORT_ERROR"
    FORBID "Action plan"
    ARGS parse "${parse_bodies}/plaid.plaid-openapi__base_report_product_not_enabled.json")

# The README's first steps: built, run, and quoted verbatim.
add_test(NAME first_steps_example
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:first_steps>" -DEXIT=0 -DFORBID=
            "-DMATCH=^ITEM_ERROR ITEM_LOGIN_REQUIRED: .*\n-> open Link in update mode;RATE_LIMIT\n?.*-> resend with backoff;A_CODE_ADDED_LATER.*\n-> a code this library does not know;not a Plaid error: not JSON at byte 0"
            -P "${cli_tests_dir}/preflight_expect.cmake")
readme_quote_test(readme_first_steps first-steps first_steps.cpp)

# The parsing example the README points to: built and run.
add_test(NAME parse_body_example
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:parse_body>" -DEXIT=0 -DFORBID=
            "-DMATCH=^ITEM_ERROR / USER_PERMISSION_REVOKED, HTTP 400\n;the docs list this code as INVALID_INPUT;remove the Item;round trip: equal;not_json at byte 0"
            -P "${cli_tests_dir}/preflight_expect.cmake")
