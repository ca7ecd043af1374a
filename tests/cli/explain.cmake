# Command-line tests of `plaid-errors explain`, `list`, `fixture` and `--help`.

set(explain_entries "${PROJECT_SOURCE_DIR}/cmake/taxonomy/entries")

# Every entry of every docs page, through every command that shows one.
file(GLOB explain_pages "${explain_entries}/*.json")
foreach(page IN LISTS explain_pages)
    get_filename_component(type "${page}" NAME_WE)
    add_test(NAME plaid_errors_entries_${type}
        COMMAND ${CMAKE_COMMAND} "-DTOOL=$<TARGET_FILE:plaid-errors>" "-DENTRIES=${page}"
                -P "${cli_tests_dir}/entries_expect.cmake")
endforeach()

cli_test(plaid_errors_explain EXIT 0
    MATCH "^INVALID_ACCESS_TOKEN \\(INVALID_INPUT, HTTP 400\\)\n"
          "\nDocs: https://plaid.com/docs/errors/invalid-input/#invalid_access_token\n$"
    ARGS explain INVALID_ACCESS_TOKEN)
cli_test(explain_action_plan EXIT 0
    MATCH "\nThe user sees:\n  - " "\nAction plan:\n  who acts: +end_user\n  retry: +after_action\n  Link: +update_mode\n  remove the Item: +no\n"
          "\nRemedies, the primary one first:\n  - relink: send the end user through Link\nDocs: "
    ARGS explain ITEM_LOGIN_REQUIRED)
cli_test(explain_primary_remedy_first EXIT 0
    MATCH "\nRemedies, the primary one first:\n  - remove_item: .*\n  - relink: "
    ARGS explain USER_PERMISSION_REVOKED)
cli_test(explain_next_request EXIT 0
    MATCH "\n  next request:    different_call \\(/asset_report/create\\)\n" ARGS explain ASSET_REPORT_GENERATION_FAILED)
cli_test(explain_user_acts_first EXIT 0
    MATCH "\n  the user acts at the bank before Link\n" ARGS explain ITEM_LOCKED)
cli_test(explain_ending_webhooks EXIT 0
    MATCH "\n  retry: +after_webhook\n" "\n  ending webhooks: TRANSACTIONS INITIAL_UPDATE, INVESTMENTS_TRANSACTIONS HISTORICAL_UPDATE\n"
          "\n    from /transactions/get: TRANSACTIONS INITIAL_UPDATE\n" "\n    from /signal/evaluate: no webhook, retry with_backoff\n"
          "\n    from /auth/get: the docs name none\n      ." "\n    from /investments/transactions/get: INVESTMENTS_TRANSACTIONS HISTORICAL_UPDATE\n"
    ARGS explain PRODUCT_NOT_READY --type ITEM_ERROR)
cli_test(explain_ending_webhooks_of_a_report EXIT 0
    MATCH "\n  ending webhooks: CHECK_REPORT CHECK_REPORT_READY, CHECK_REPORT CHECK_REPORT_FAILED\n    ."
    FORBID "    from /"
    ARGS explain PRODUCT_NOT_READY --type CONSUMER_REPORT_ERROR)
cli_test(explain_no_webhook_wait EXIT 0 MATCH "\n  retry: +after_action\n" FORBID "ending webhooks"
    ARGS explain ITEM_LOGIN_REQUIRED)
cli_test(explain_json EXIT 0
    JSON_CHECKS "name=PRODUCT_NOT_READY" "type=ASSET_REPORT_ERROR" "plan.retry=after_webhook" "troubleshooting:ARRAY"
                "webhook_wait.ended_by=named_webhooks" "webhook_wait.webhooks.0.webhook_type=ASSETS"
                "webhook_wait.webhooks.0.webhook_code=PRODUCT_READY" "webhook_wait.by_endpoint:ARRAY"
    ARGS explain --json PRODUCT_NOT_READY --type ASSET_REPORT_ERROR)
cli_test(explain_json_by_endpoint EXIT 0
    JSON_CHECKS "webhook_wait.webhooks.1.webhook_type=INVESTMENTS_TRANSACTIONS" "webhook_wait.by_endpoint.0.endpoint=/transactions/get"
                "webhook_wait.by_endpoint.0.webhooks.0.webhook_code=INITIAL_UPDATE" "webhook_wait.by_endpoint.1.ended_by=no_wait"
                "webhook_wait.by_endpoint.2.endpoint=/auth/get" "webhook_wait.by_endpoint.2.ended_by=undocumented"
                "webhook_wait.by_endpoint.2.webhooks:ARRAY"
    ARGS explain PRODUCT_NOT_READY --type ITEM_ERROR --json)
cli_test(explain_json_without_wait EXIT 0
    JSON_CHECKS "name=ITEM_LOGIN_REQUIRED" "webhook_wait.ended_by=no_wait" "webhook_wait.webhooks:ARRAY" "webhook_wait.note="
    ARGS explain ITEM_LOGIN_REQUIRED --json)
cli_test(explain_link_experience EXIT 0 MATCH "\nLink shows: ." ARGS explain INSTITUTION_NOT_RESPONDING)
cli_test(explain_alias EXIT 0
    MATCH "^INTERNAL_SERVER_ERROR \\(API_ERROR, HTTP 500\\)\n" "\nAlso sent as:\n  - plaid-internal-error\n"
          "  - retry_later: "
    ARGS explain plaid-internal-error)
cli_test(explain_ambiguous EXIT 2
    MATCH "PRODUCT_NOT_READY is documented under several error types. choose one with --type:\n"
          "\n  ITEM_ERROR\n" "\n  ASSET_REPORT_ERROR\n" "\n  INCOME_VERIFICATION_ERROR\n" "\n  CONSUMER_REPORT_ERROR\n"
    FORBID "Action plan"
    ARGS explain PRODUCT_NOT_READY)
cli_test(explain_type_after_code EXIT 0
    MATCH "^PRODUCT_NOT_READY \\(ASSET_REPORT_ERROR, HTTP " "Docs: https://plaid.com/docs/errors/assets/#product_not_ready"
    ARGS explain PRODUCT_NOT_READY --type ASSET_REPORT_ERROR)
cli_test(explain_type_before_code EXIT 0
    MATCH "^PRODUCT_NOT_READY \\(CONSUMER_REPORT_ERROR, HTTP "
    ARGS explain --type=CONSUMER_REPORT_ERROR PRODUCT_NOT_READY)
cli_test(explain_wrong_type EXIT 3
    MATCH "'ITEM_LOGIN_REQUIRED' is not a documented code under ASSET_REPORT_ERROR. the docs list it under ITEM_ERROR"
    ARGS explain ITEM_LOGIN_REQUIRED --type ASSET_REPORT_ERROR)
cli_test(explain_unknown_type EXIT 2 MATCH "unknown error type 'ITEM_ERRORS'" "usage: plaid-errors explain"
    ARGS explain ITEM_LOGIN_REQUIRED --type ITEM_ERRORS)
cli_test(explain_unknown_code EXIT 3 MATCH "'NOPE' is not a documented code \\(see plaid-errors list\\)"
    ARGS explain NOPE)
cli_test(explain_usage EXIT 2 MATCH "CODE is required" "usage: plaid-errors explain .--type TYPE. .--json. CODE" ARGS explain)
cli_test(explain_type_without_value EXIT 2 MATCH "--type needs a value" ARGS explain PRODUCT_NOT_READY --type)

cli_test(list_grouped EXIT 0
    MATCH "^INVALID_REQUEST\n  INCOMPATIBLE_API_VERSION +The " "\n\nITEM_ERROR\n  " "\n  ITEM_LOGIN_REQUIRED +The user "
    FORBID "MICRODEPOSITS_ERROR"
    ARGS list)
cli_test(list_one_type EXIT 0 MATCH "^RATE_LIMIT_EXCEEDED\n  " "\n  INSTITUTION_RATE_LIMIT +"
    FORBID "INVALID_REQUEST" "ITEM_LOGIN_REQUIRED"
    ARGS list --type RATE_LIMIT_EXCEEDED)
cli_test(list_type_without_codes EXIT 0 MATCH "^MICRODEPOSITS_ERROR\n  .the docs list no codes of this type.\n$"
    ARGS list --type MICRODEPOSITS_ERROR)
cli_test(list_markdown EXIT 0
    MATCH "^### INVALID_REQUEST\n\n\\| code \\| HTTP status \\| who \\| retry \\| link \\| remove item \\| remedies \\|\n\\|---\\|---\\|"
          "\n\n### ITEM_ERROR\n\n"
          "\n\\| .`USER_PERMISSION_REVOKED`.\\(https://plaid.com/docs/errors/invalid-input/#user_permission_revoked\\) \\| 400 \\| end_user \\| no \\| new_link_session \\| yes \\| remove_item, relink \\|\n"
          "\n\\| .`ITEM_LOGIN_REQUIRED`.\\(https://plaid.com/docs/errors/item/#item_login_required\\) \\| 400 \\| end_user \\| after_action \\| update_mode \\| no \\| relink \\|\n"
          "\\|\n$"
    FORBID "### MICRODEPOSITS_ERROR" "\n\n\n"
    ARGS list --markdown)
cli_test(list_json EXIT 0 JSON_ROOT ARRAY
    JSON_CHECKS "0.name=INCOMPATIBLE_API_VERSION" "0.type=INVALID_REQUEST" "0.plan.who=developer"
                "0.plan.remove_item=OFF" "0.troubleshooting:ARRAY" "0.aliases:ARRAY" "0.sample_display_message:NULL"
    ARGS list --json)
cli_test(list_json_one_type EXIT 0 JSON_ROOT ARRAY
    JSON_CHECKS "0.name=INTERNAL_SERVER_ERROR" "0.aliases.0=plaid-internal-error" "0.plan.retry=with_backoff"
    ARGS list --type API_ERROR --json)
cli_test(list_markdown_and_json EXIT 2 MATCH "give --markdown or --json, not both" "usage: plaid-errors list"
    ARGS list --markdown --json)
cli_test(list_unknown_option EXIT 2 MATCH "unknown option '--yaml'" "usage: plaid-errors list" ARGS list --yaml)
cli_test(list_operand EXIT 2 MATCH "takes no operands" ARGS list ITEM_ERROR)
cli_test(list_unknown_type EXIT 2 MATCH "unknown error type 'item_error'" ARGS list --type item_error)

# The docs' sample bodies kept under tests/data/docs, from the page as captured.
file(GLOB explain_docs_bodies "${PROJECT_SOURCE_DIR}/tests/data/docs/*.json")
foreach(body IN LISTS explain_docs_bodies)
    get_filename_component(code "${body}" NAME_WE)
    add_test(NAME parse_cli_fixture_${code}
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;fixture;${code}" "-DEXPECTED=${body}"
                -P "${cli_tests_dir}/fixture_expect.cmake")
endforeach()
cli_test(fixture_no_line_break_added EXIT 0 MATCH "^{\n \"error_type\": \"ITEM_ERROR\",\n" "\n}$"
    ARGS fixture ITEM_LOGIN_REQUIRED)
cli_test(fixture_type_after_code EXIT 0 MATCH "\"error_type\": \"INCOME_VERIFICATION_ERROR\"" "\"error_code\": \"PRODUCT_NOT_READY\""
    ARGS fixture PRODUCT_NOT_READY --type INCOME_VERIFICATION_ERROR)
cli_test(fixture_alias EXIT 0 MATCH "\"error_code\": \"INTERNAL_SERVER_ERROR\"" ARGS fixture plaid-internal-error)
cli_test(fixture_ambiguous EXIT 2 MATCH "choose one with --type" "\n  ITEM_ERROR\n" FORBID "error_code"
    ARGS fixture PRODUCT_NOT_ENABLED)
cli_test(fixture_unknown_code EXIT 3 MATCH "'NOPE' is not a documented code" ARGS fixture NOPE)
cli_test(fixture_usage EXIT 2 MATCH "CODE is required" "usage: plaid-errors fixture .--type TYPE. CODE" ARGS fixture)

# The help lists every option of every command, in aligned columns.
add_test(NAME plaid_errors_help
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;--help"
            "-DROWS=explain --type TYPE;explain --json;explain CODE;list --type TYPE;list --markdown;list --json;parse --json;parse FILE;fixture --type TYPE;fixture CODE;check-token --env ENV;check-token --field FIELD;check-token TOKEN;-h, --help;explain [--type TYPE] [--json] CODE;check-token --env ENV [--field FIELD] TOKEN"
            -P "${cli_tests_dir}/help_expect.cmake")
add_test(NAME plaid_errors_command_help
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;check-token;--help"
            "-DROWS=--env ENV;--field FIELD;TOKEN" -P "${cli_tests_dir}/help_expect.cmake")
cli_test(plaid_errors_usage EXIT 2 MATCH "^usage: plaid-errors COMMAND" ARGS)

# The tool reports its own failures: a write error on standard output (a full disk, a closed
# descriptor) exits 4 with a message, and a token that cannot be read from standard input is a
# usage error.
foreach(case IN ITEMS "list 2>&1 >/dev/full" "list 2>&1 >&-" "explain ITEM_LOGIN_REQUIRED 2>&1 >/dev/full")
    string(MAKE_C_IDENTIFIER "${case}" id)
    add_test(NAME cli_output_failure_${id}
        COMMAND sh -c "out=$(\"$0\" ${case}); test $? -eq 4 && case \"$out\" in *'cannot write to standard output'*) ;; *) exit 1 ;; esac"
                $<TARGET_FILE:plaid-errors>)
endforeach()
foreach(case IN ITEMS "<&-" "</")
    string(MAKE_C_IDENTIFIER "${case}" id)
    add_test(NAME cli_check_token_unreadable_stdin_${id}
        COMMAND sh -c "out=$(\"$0\" check-token --env sandbox - ${case} 2>&1); test $? -eq 2 && case \"$out\" in *'cannot read the token'*) ;; *) exit 1 ;; esac"
                $<TARGET_FILE:plaid-errors>)
endforeach()
