# Command-line tests of `plaid-errors link-exit`: both forms of an exit, its remedy, and a hostile exit.

set(link_cli_data "${PROJECT_SOURCE_DIR}/tests/data/cli")

cli_test(link_exit_cli_session_with_an_expired_link_token EXIT 0
    MATCH "^Link exit: no status\n" "\n  link_session_id: 356dbb28-7f98-44d1-8e6d-0cec580f3171\n"
          "\n  error: INVALID_INPUT / INVALID_LINK_TOKEN: link token has expired\n"
          "\nRemedy, from the error's code INVALID_LINK_TOKEN\n"
          "\n  The link token expired, was used already or belongs to another environment: create a new link token"
    ARGS link-exit "${link_cli_data}/link_session_invalid_link_token.json")
cli_test(link_exit_cli_sdk_exit_from_stdin EXIT 0
    INPUT_FILE "${link_cli_data}/link_sdk_exit_institution_not_found.json"
    MATCH "^Link exit: institution_not_found\n  institution_name: First Platypus Bank\n  institution_id: ins_109508\n"
          "\nRemedy, from the exit status\n" "offer another way to connect"
    ARGS link-exit -)
cli_test(link_exit_cli_json EXIT 0
    JSON_CHECKS "ok=ON" "status=institution_not_found" "status_known=ON" "error:NULL" "remedy.basis=status"
                "remedy.plan.link=new_link_session" "remedy.nothing_to_fix=OFF" "request_id=u3Kq9WmZp2sLd7R"
    ARGS link-exit --json "${link_cli_data}/link_sdk_exit_institution_not_found.json")
cli_test(link_exit_cli_json_error_code EXIT 0
    JSON_CHECKS "error.error_code=INVALID_LINK_TOKEN" "link_error_code_known=ON" "remedy.basis=error_code"
                "remedy.code=INVALID_LINK_TOKEN" "remedy.plan.retry=no"
    ARGS link-exit --json "${link_cli_data}/link_session_invalid_link_token.json")
cli_test(link_exit_cli_redacts_and_escapes EXIT 0 NO_CONTROL_CHARACTERS
    MATCH "not a status this version knows" "link-sandbox-\\*\\*\\*\\*1f0e"
    FORBID "4f6e3b2a-9c1d"
    ARGS link-exit "${link_cli_data}/link_sdk_exit_hostile.json")
cli_test(link_exit_cli_json_redacts_and_escapes EXIT 0 NO_CONTROL_CHARACTERS
    FORBID "4f6e3b2a-9c1d"
    ARGS link-exit --json "${link_cli_data}/link_sdk_exit_hostile.json")
cli_test(link_exit_cli_not_an_exit EXIT 1
    MATCH "not a Link exit \\(not_plaid_error\\)"
    ARGS link-exit "${link_cli_data}/accounts_get_success.json")
cli_test(link_exit_cli_json_failure EXIT 1
    JSON_CHECKS "ok=OFF" "failure.kind=not_json"
    ARGS link-exit --json "${link_cli_data}/nginx_502.html")
