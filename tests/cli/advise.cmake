# Command-line tests of `plaid-errors advise` and `plaid-errors list --limits`.

cli_test(advise_balance_limit_waits_out_the_minute EXIT 0
    MATCH "^BALANCE_LIMIT \\(RATE_LIMIT_EXCEEDED\\) at /accounts/balance/get in production, attempt 1 of 3\n"
          "\n  resend: +after_delay\n" "\n  scope: +item\n" "\n  safety: +read\n" "\n  floor: +60 s\n"
          "\n  wait: +60 s to 75 s\n"
    ARGS advise BALANCE_LIMIT --endpoint /accounts/balance/get)
cli_test(advise_json EXIT 0
    JSON_CHECKS "error_code=BALANCE_LIMIT" "environment=sandbox" "attempt=2" "resend=after_delay" "kind=throttling"
                "floor_ms=60000" "jitter_min_ms=120000" "safe_to_resend=ON" "webhook_code:NULL" "reading:STRING"
    ARGS advise BALANCE_LIMIT --endpoint /accounts/balance/get --env sandbox --attempt 2 --json)
cli_test(advise_last_attempt_stops EXIT 0 MATCH "\n  resend: +no \\(no attempts left\\)\n"
    ARGS advise AUTH_LIMIT --endpoint /auth/get --attempt 3)
cli_test(advise_never_resends_credits_exhausted EXIT 0 MATCH "\n  resend: +no\n" FORBID "floor:"
    ARGS advise CREDITS_EXHAUSTED --endpoint /accounts/balance/get)
cli_test(advise_write_without_key_is_reconciled EXIT 0
    JSON_CHECKS "resend=no" "safety=write_without_key" "safe_to_resend=OFF" "reconcile_first=ON"
    ARGS advise INTERNAL_SERVER_ERROR --endpoint /item/remove --json)
cli_test(advise_transfer_create_resends_with_its_authorization_id EXIT 0
    JSON_CHECKS "resend=after_delay" "safety=write_with_authorization_id" "reconcile_first=ON"
    ARGS advise INTERNAL_SERVER_ERROR --endpoint /transfer/create --json)
cli_test(advise_optional_key EXIT 0 JSON_CHECKS "safety=write_with_key" "resend=after_delay"
    ARGS advise INTERNAL_SERVER_ERROR --endpoint /transfer/authorization/create --key-sent --json)
cli_test(advise_institution_down_waits_an_hour EXIT 0
    MATCH "\n  kind: +long_outage\n" "\n  scope: +institution\n" "\n  floor: +3600 s\n"
    ARGS advise INSTITUTION_DOWN --endpoint /accounts/get)
cli_test(advise_webhook EXIT 0 MATCH "\n  resend: +after_webhook\n" "\n  webhook: +TRANSACTIONS SYNC_UPDATES_AVAILABLE\n"
    ARGS advise PRODUCT_NOT_READY --type ITEM_ERROR --endpoint /transactions/sync)
cli_test(advise_retry_after_honoured EXIT 0 JSON_CHECKS "retry_after=honoured" "jitter_min_ms=300000"
    ARGS advise BALANCE_LIMIT --endpoint /accounts/balance/get --retry-after 300 --json)
cli_test(advise_retry_after_malformed EXIT 0 MATCH "\n  Retry-After: +ignored \\(malformed\\)\n" "\n  floor: +60 s\n"
    ARGS advise BALANCE_LIMIT --endpoint /accounts/balance/get --retry-after soon)
cli_test(advise_needs_endpoint EXIT 2 MATCH "--endpoint is required" "usage: plaid-errors advise"
    ARGS advise BALANCE_LIMIT)
cli_test(advise_endpoint_is_a_path EXIT 2 MATCH "--endpoint takes a path" ARGS advise BALANCE_LIMIT --endpoint accounts)
cli_test(advise_env EXIT 2 MATCH "--env takes production or sandbox"
    ARGS advise BALANCE_LIMIT --endpoint /accounts/get --env development)
cli_test(advise_attempt EXIT 2 MATCH "--attempt takes a number from 1 to 1000"
    ARGS advise BALANCE_LIMIT --endpoint /accounts/get --attempt 0)
cli_test(advise_attempt_not_a_number EXIT 2 MATCH "--attempt takes a number from 1 to 1000"
    ARGS advise BALANCE_LIMIT --endpoint /accounts/get --attempt 99999999999999999999)
cli_test(advise_ambiguous EXIT 2 MATCH "choose one with --type" ARGS advise PRODUCT_NOT_READY --endpoint /item/get)
cli_test(advise_unknown_code EXIT 3 MATCH "'NOPE' is not a documented code" ARGS advise NOPE --endpoint /item/get)
add_test(NAME plaid_errors_advise_help
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;advise;--help"
            "-DROWS=--endpoint PATH;--env ENV;--attempt N;--retry-after VALUE;--key-sent;--json;CODE"
            -P "${cli_tests_dir}/help_expect.cmake")

cli_test(list_limits_markdown EXIT 0
    MATCH "^### Production\n\n\\| Endpoint \\| Per Item \\| Per client \\| Codes \\| Floor \\|\n\\|---\\|---\\|---\\|---\\|---\\|\n"
          "\n\\| `/accounts/balance/get` \\| 5 per minute \\| 1,200 per minute \\| ACCOUNTS_BALANCE_GET_LIMIT, BALANCE_LIMIT, INSTITUTION_RATE_LIMIT \\| 60 s \\|\n"
          "\n\\| `/signal/evaluate` \\| 70 per hour, 10 per transaction per hour \\| 20 per second \\|  \\| 3600 s \\|\n"
          "\n\\| `/payment_initiation/consent/payment/execute` \\| N/A \\| 100 per minute .5 per consent. \\|  \\| no resend on its own \\|\n"
          "\n\n### Sandbox\n\n"
    ARGS list --limits --markdown)
cli_test(list_limits_text EXIT 0 MATCH "^Production\n  /accounts/balance/get +per Item 5 per minute. per client 1,200 per minute. floor 60 s. "
    ARGS list --limits)
cli_test(list_limits_alone EXIT 2 MATCH "--limits prints text or Markdown, alone" ARGS list --limits --json)
