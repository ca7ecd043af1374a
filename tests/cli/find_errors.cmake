# Command-line tests of `plaid-errors find-errors`, and of `parse` on an OAuth error response.

parse_cli_test(oauth_error EXIT 0
    MATCH "^OAuth error invalid_grant\n" "error_description: the refresh token was revoked" "request_id: cli-oauth-1"
    ARGS parse "${parse_cli_data}/oauth_invalid_grant.json")
parse_cli_test(json_oauth_error EXIT 0
    JSON_CHECKS "ok=ON" "oauth_error.error=invalid_grant" "oauth_error_code_known=ON" "oauth_error.error_uri:NULL"
                "oauth_error.request_id=cli-oauth-1"
    ARGS parse --json "${parse_cli_data}/oauth_invalid_grant.json")

cli_test(find_errors_cli_errors_and_warning EXIT 1
    MATCH "error results\\[1\\]\\.error \\(item_id cli-item-b\\): ITEM_ERROR ITEM_LOGIN_REQUIRED: login required for access-sandbox-\\*\\*\\*\\*c0f6"
          "warning warnings\\[0\\]: ASSET_REPORT_WARNING OWNERS_UNAVAILABLE, caused by ITEM_ERROR PRODUCTS_NOT_SUPPORTED"
    FORBID "de3ce8ef"
    ARGS find-errors "${parse_cli_data}/batch_refresh_with_error.json")
cli_test(find_errors_cli_json EXIT 1
    INPUT_FILE "${parse_cli_data}/batch_refresh_with_error.json"
    JSON_CHECKS "ok=ON" "errors.0.path=results[1].error" "errors.0.item_id=cli-item-b"
                "errors.0.error.error_code=ITEM_LOGIN_REQUIRED" "errors.1.path=warnings[0].cause"
                "errors.1.error.status=400" "warnings.0.warning_code=OWNERS_UNAVAILABLE" "warnings.0.warning_code_known=ON"
                "warnings.0.cause.item_id=cli-item-c" "malformed:ARRAY"
    ARGS find-errors --json -)
cli_test(find_errors_cli_none EXIT 0
    MATCH "^no errors or warnings in this body\n"
    ARGS find-errors "${parse_cli_data}/accounts_get_success.json")
cli_test(find_errors_cli_not_json EXIT 1
    MATCH "cannot read the body \\(not_json\\)"
    ARGS find-errors "${parse_cli_data}/nginx_502.html")
