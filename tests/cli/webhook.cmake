# Command-line tests of `plaid-errors webhook` and `plaid-errors list --webhooks`.

set(webhook_cli_data "${PROJECT_SOURCE_DIR}/tests/data/cli")

cli_test(webhook_cli_pending_disconnect_keeps_the_item EXIT 0
    MATCH "^ITEM / PENDING_DISCONNECT: " "reason: INSTITUTION_TOKEN_EXPIRATION" "Item state: pending_disconnect"
          "Link: update_mode" "remove the Item: no"
    ARGS webhook "${webhook_cli_data}/webhook_pending_disconnect.json")
cli_test(webhook_cli_login_required_from_stdin EXIT 0
    INPUT_FILE "${webhook_cli_data}/webhook_login_required.json"
    MATCH "error: ITEM_ERROR / ITEM_LOGIN_REQUIRED \\(OAUTH_CONSENT_EXPIRED\\)" "Item state: login_required"
    ARGS webhook -)
cli_test(webhook_cli_json EXIT 0
    JSON_CHECKS "ok=ON" "documented=ON" "webhook_code=PENDING_DISCONNECT" "item_state=pending_disconnect"
                "plan.link=update_mode" "plan.remove_item=OFF" "until=2026-12-24T09:00:00Z" "error:NULL"
    ARGS webhook --json "${webhook_cli_data}/webhook_pending_disconnect.json")
cli_test(webhook_cli_not_a_webhook EXIT 1
    MATCH "not a Plaid webhook \\(not_json\\)"
    ARGS webhook "${webhook_cli_data}/nginx_502.html")
cli_test(webhook_cli_list_webhooks EXIT 0
    MATCH "^\\| webhook_type \\| webhook_code \\|"
          "\\| `ITEM` \\| .`PENDING_DISCONNECT`.\\(https://plaid.com/docs/api/items/#pending_disconnect\\) \\| item_id \\|"
          "\\| `TRANSACTIONS` \\| .`SYNC_UPDATES_AVAILABLE`.[^\n]* \\| item_id or account_id \\|"
          "\\| pending_disconnect \\| ITEM PENDING_DISCONNECT \\| end_user \\| update_mode \\| no \\|"
    ARGS list --webhooks)

# --json carries the Item-health members of the webhook, and the state's remedy in words and its cause.
cli_test(webhook_cli_json_remedy EXIT 0
    INPUT_FILE "${webhook_cli_data}/webhook_login_required.json"
    JSON_CHECKS "item_state=login_required" "state_error_code=ITEM_LOGIN_REQUIRED" "error_code_reason=OAUTH_CONSENT_EXPIRED"
                "disconnect_reason:NULL" "reason:NULL"
    MATCH "\"note\":\"The user must sign in again through update mode"
    ARGS webhook --json -)
cli_test(webhook_cli_json_pending_disconnect_members EXIT 0
    JSON_CHECKS "reason=INSTITUTION_TOKEN_EXPIRATION" "disconnect_reason=INSTITUTION_TOKEN_EXPIRATION"
                "disconnect_time=2026-12-24T09:00:00Z"
    ARGS webhook --json "${webhook_cli_data}/webhook_pending_disconnect.json")
