# Command-line tests of `plaid-errors parse`, `list --json` and `fixture`.

set(parse_bodies "${PROJECT_SOURCE_DIR}/tests/data/bodies")
set(parse_cli_data "${PROJECT_SOURCE_DIR}/tests/data/cli")

# parse_cli_test(NAME EXIT status [INPUT_FILE file] [MATCH regex...] [JSON_ROOT ARRAY]
#                [JSON_CHECKS check...] [NO_CONTROL_CHARACTERS] ARGS arg...)
# Patterns avoid `[` and `;`, which CMake lists treat as syntax.
function(parse_cli_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NO_CONTROL_CHARACTERS" "EXIT;INPUT_FILE;JSON_ROOT" "MATCH;JSON_CHECKS;ARGS")
    set(options "")
    if(arg_JSON_ROOT)
        list(APPEND options "-DJSON_ROOT=${arg_JSON_ROOT}")
    endif()
    if(arg_INPUT_FILE)
        list(APPEND options "-DINPUT_FILE=${arg_INPUT_FILE}")
    endif()
    if(arg_JSON_CHECKS)
        list(APPEND options "-DJSON_CHECKS=${arg_JSON_CHECKS}")
    endif()
    if(arg_NO_CONTROL_CHARACTERS)
        list(APPEND options -DNO_CONTROL_CHARACTERS=ON)
    endif()
    add_test(NAME parse_cli_${name}
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;${arg_ARGS}" "-DEXIT=${arg_EXIT}"
                "-DMATCH=${arg_MATCH}" -DFORBID= ${options} -P "${CMAKE_CURRENT_SOURCE_DIR}/parse_expect.cmake")
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
    MATCH "ITEM_ERROR\\\\x1b.31m / X\\\\x07" "\\\\x1b.0.owned\\\\x07\\\\x1b.2J\\\\u009b31m" "line\\\\x0abreak"
          "r\\\\x7f" "item \\\\x1b.1m"
    ARGS parse "${parse_cli_data}/control_characters.json")

parse_cli_test(json_every_field EXIT 0
    JSON_CHECKS "ok=ON" "error_type_known=ON" "error_code_known=OFF" "error.error_type=ITEM_ERROR"
                "error.error_code=ITEM_LOGIN_REQUIRED" "error.error_code_reason:NULL" "error.status=400"
                "error.request_id=req_xyz789" "error.causes:ARRAY"
                "error.suggested_action=Prompt the user to re-authenticate their account."
                "error.documentation_url=https://plaid.com/docs/errors/item/#item_login_required"
                "error.required_account_subtypes:ARRAY"
    ARGS parse --json "${parse_bodies}/plaid.plaid-openapi__item_login_required_full_fields.json")
parse_cli_test(json_unknown_values_and_causes EXIT 0
    INPUT_FILE "${parse_bodies}/plaid.plaid-ruby__api_error_with_causes.json"
    JSON_CHECKS "ok=ON" "error_type_known=ON" "error_code_known=OFF" "error.request_id:NULL"
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
    ARGS parse --json "${PROJECT_SOURCE_DIR}/CMakePresets.json")
parse_cli_test(json_control_characters EXIT 0 NO_CONTROL_CHARACTERS
    JSON_CHECKS "ok=ON" "error_type_known=OFF" "error.causes.0.error_code=B"
    ARGS parse --json "${parse_cli_data}/control_characters.json")

parse_cli_test(usage_unknown_option EXIT 2 MATCH "usage: plaid-errors parse" ARGS parse --yaml)
parse_cli_test(usage_two_files EXIT 2 MATCH "usage: plaid-errors parse" ARGS parse a.json b.json)
parse_cli_test(missing_file EXIT 2 MATCH "cannot read" ARGS parse "${parse_cli_data}/no such file.json")

parse_cli_test(list_json EXIT 0 JSON_ROOT ARRAY
    JSON_CHECKS "0.name=DIRECT_INTEGRATION_NOT_ENABLED" "19.name=USER_PERMISSION_REVOKED" "19.remedy.remove_item=ON"
                "2.sample_error_message=could not find matching access token" "5.sample_error_message:NULL"
                "2.troubleshooting:ARRAY"
    ARGS list --json)
parse_cli_test(list_usage EXIT 2 MATCH "usage: plaid-errors list" ARGS list --yaml)

# Each docs sample body comes out byte for byte as the file kept under tests/data/docs.
file(GLOB parse_docs_bodies "${PROJECT_SOURCE_DIR}/tests/data/docs/*.json")
foreach(body IN LISTS parse_docs_bodies)
    get_filename_component(code "${body}" NAME_WE)
    add_test(NAME parse_cli_fixture_${code}
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;fixture;${code}" "-DEXPECTED=${body}"
                -P "${CMAKE_CURRENT_SOURCE_DIR}/fixture_expect.cmake")
endforeach()
parse_cli_test(fixture_unknown_code EXIT 3 MATCH "is not a documented INVALID_INPUT code" ARGS fixture NOPE)
parse_cli_test(fixture_usage EXIT 2 MATCH "usage: plaid-errors fixture CODE" ARGS fixture)

# The README's parsing example: built, run, and quoted verbatim.
add_executable(parse_body "${CMAKE_CURRENT_SOURCE_DIR}/parse_body.cpp")
target_link_libraries(parse_body PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)
add_test(NAME parse_body_example
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:parse_body>" -DEXIT=0 -DFORBID=
            "-DMATCH=^ITEM_ERROR / USER_PERMISSION_REVOKED, HTTP 400\n;the docs list this code as INVALID_INPUT;remove the Item;round trip: equal;not_json at byte 0"
            -P "${CMAKE_CURRENT_SOURCE_DIR}/preflight_expect.cmake")
add_test(NAME readme_parse_body
    COMMAND ${CMAKE_COMMAND} "-DREADME=${PROJECT_SOURCE_DIR}/README.md"
            "-DEXAMPLE=${CMAKE_CURRENT_SOURCE_DIR}/parse_body.cpp" -DMARKER=parse-body
            -P "${CMAKE_CURRENT_SOURCE_DIR}/preflight_readme.cmake")
