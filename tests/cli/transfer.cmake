# Command-line tests of `plaid-errors transfer-failure` and `list --transfer-failures`.

foreach(table IN ITEMS ach_return_codes rtp_failure_codes)
    add_test(NAME plaid_errors_transfer_failure_${table}
        COMMAND ${CMAKE_COMMAND} "-DTOOL=$<TARGET_FILE:plaid-errors>"
                "-DDATA=${PROJECT_SOURCE_DIR}/cmake/transfer/${table}.json" -P "${cli_tests_dir}/transfer_expect.cmake")
endforeach()

cli_test(transfer_failure_ach EXIT 0
    MATCH "^R01 \\(ACH return code\\): Insufficient funds\n  " "\nRetry: after_correction\n"
          "\nDocs: https://plaid.com/docs/errors/transfer/#ach-return-codes\n$"
    FORBID "(docs: "
    ARGS transfer-failure R01)
cli_test(transfer_failure_rtp EXIT 0
    MATCH "^9909 \\(RTP/RfP failure code, rails RTP\\): Central Switch system malfunction\n"
          "\nCategory: network\n  as the docs name it: Network issue \\(retryable\\)\n"
          "\nRetry: automatic \\(docs: Yes - auto"
          "\nDocs: https://plaid.com/docs/errors/transfer/#rtprfp-error-codes\n$"
    ARGS transfer-failure 9909)
cli_test(transfer_failure_rationale_relinks EXIT 0
    MATCH "^ITEM_LOGIN_REQUIRED \\(authorization rationale, decision approved\\)\n"
          "\nAction plan:\n  who acts: end_user\n  retry: after_action\n  Link: update_mode\nPrimary remedy: relink\n$"
    ARGS transfer-failure ITEM_LOGIN_REQUIRED)
cli_test(transfer_failure_rationale_declined EXIT 0 MATCH "^NSF \\(authorization rationale, decision declined\\)\n"
    ARGS transfer-failure NSF)
cli_test(transfer_failure_unlisted EXIT 3
    MATCH "'R39' is neither a listed transfer failure code nor a rationale code \\(see plaid-errors list --transfer-failures\\)"
    ARGS transfer-failure R39)
cli_test(transfer_failure_escapes_the_operand EXIT 3 NO_CONTROL_CHARACTERS MATCH "'R\\\\t01' is neither"
    ARGS transfer-failure "R\t01")
cli_test(transfer_failure_usage EXIT 2 MATCH "CODE is required" "usage: plaid-errors transfer-failure CODE"
    ARGS transfer-failure)

cli_test(list_transfer_failures EXIT 0
    MATCH "^ACH return codes\n  R01  +after_correction  +payment_details  +Insufficient funds\n"
          "\n\nRTP/RfP failure codes\n  1100  +no  +beneficiary_or_compliance  +Other Reasons - Not specified\n"
          "\n\nAuthorization rationale codes\n  NSF  +declined  +ask_user  +"
          "\n  ITEM_LOGIN_REQUIRED  +approved  +relink  +"
    FORBID "ITEM_ERROR" "INVALID_REQUEST"
    ARGS list --transfer-failures)
cli_test(list_transfer_failures_markdown EXIT 0
    MATCH "^### ACH return codes\n\n\\| code \\| retry \\| category \\| title \\|\n\\|---\\|---\\|---\\|---\\|\n\\| `R01` \\| after_correction \\| "
          "\n\n### RTP/RfP failure codes\n\n" "\n\n### Authorization rationale codes\n\n\\| code \\| decision \\| remedy \\| meaning \\|\n"
    ARGS list --transfer-failures --markdown)
cli_test(list_transfer_failures_json EXIT 0
    JSON_CHECKS "ach_return_codes.0.code=R01" "ach_return_codes.0.retry=after_correction" "ach_return_codes.0.rail=ach"
                "rtp_failure_codes.0.code=1100" "rtp_failure_codes.0.rail=rtp_and_rfp" "rtp_failure_codes.0.description:STRING"
                "decision_rationale_codes.4.code=ITEM_LOGIN_REQUIRED" "decision_rationale_codes.4.primary_remedy=relink"
    ARGS list --transfer-failures --json)
cli_test(list_transfer_failures_with_a_type EXIT 2 MATCH "--transfer-failures lists no error types" "usage: plaid-errors list"
    ARGS list --transfer-failures --type ITEM_ERROR)
cli_test(list_transfer_failures_markdown_and_json EXIT 2 MATCH "give --markdown or --json, not both"
    ARGS list --transfer-failures --markdown --json)

add_test(NAME plaid_errors_help_names_the_transfer_commands
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;--help"
            "-DROWS=list --transfer-failures;transfer-failure CODE" -P "${cli_tests_dir}/help_expect.cmake")
