# Command-line tests of `plaid-errors check-token`, and the README's pre-flight client.
# No output may contain a whole identifier: every test forbids the identifiers it passes.

set(preflight_uuid "de3ce8ef-33f8-452c-a685-8671031fc0f6")
set(preflight_short_id "0asd1-a92nc")

# preflight_cli_test(NAME EXIT status [MATCH regex...] [FORBID text...] [INPUT_FILE file] ARGS arg...)
function(preflight_cli_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "EXIT;INPUT_FILE" "MATCH;FORBID;ARGS")
    set(input "")
    if(arg_INPUT_FILE)
        set(input "-DINPUT_FILE=${arg_INPUT_FILE}")
    endif()
    add_test(NAME preflight_cli_${name}
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;check-token;${arg_ARGS}"
                "-DEXIT=${arg_EXIT}" "-DMATCH=${arg_MATCH}"
                "-DFORBID=${preflight_uuid};${preflight_short_id};${arg_FORBID}" ${input}
                -P "${cli_tests_dir}/preflight_expect.cmake")
endfunction()

preflight_cli_test(consistent EXIT 0
    MATCH "token: +access-sandbox-\\*\\*\\*\\*c0f6" "client: +sandbox" "result: +consistent"
    ARGS --env sandbox access-sandbox-${preflight_uuid})

# A Sandbox token of each documented field sent to Production, and the code its docs' text predicts.
foreach(pair IN ITEMS access:INVALID_ACCESS_TOKEN public:INVALID_PUBLIC_TOKEN link:INVALID_LINK_TOKEN
                      processor:INVALID_PROCESSOR_TOKEN)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 kind)
    list(GET pair 1 code)
    preflight_cli_test(${kind}_sandbox_to_production EXIT 1
        MATCH "result: +environment_mismatch" "code: +${code}" "issued in Sandbox" "sent to Production"
        ARGS --env production ${kind}-sandbox-${preflight_uuid})
endforeach()

preflight_cli_test(processor_short_identifier EXIT 1
    MATCH "token: +processor-production-\\*\\*\\*\\*[^0-9a-z]" "code: +INVALID_PROCESSOR_TOKEN"
    ARGS --env sandbox processor-production-${preflight_short_id})

preflight_cli_test(no_code_documented EXIT 1
    MATCH "result: +environment_mismatch" "code: +none predicted by the docs"
    ARGS --env production a-sandbox-3TAU2CWVYBDVRHUCAAAI27ULU4
    FORBID 3TAU2CWVYBDVRHUCAAAI27ULU4)

preflight_cli_test(public_token_in_access_field EXIT 1
    MATCH "field: +access_token" "result: +wrong_kind" "code: +INVALID_ACCESS_TOKEN"
    ARGS --env sandbox --field access_token public-sandbox-${preflight_uuid})

preflight_cli_test(retired_development EXIT 1
    MATCH "environment: +development \\(retired\\)" "Development is retired"
    ARGS --env production link-development-${preflight_uuid})

# Pasted with a trailing space; from a file, as command lines lose trailing blanks.
set(preflight_pasted "${CMAKE_CURRENT_BINARY_DIR}/preflight_pasted_token.txt")
file(WRITE "${preflight_pasted}" "access-sandbox-${preflight_uuid} \n")
preflight_cli_test(trailing_whitespace EXIT 1 INPUT_FILE "${preflight_pasted}"
    MATCH "defect: +whitespace at byte 51" "result: +malformed_token" "code: +INVALID_ACCESS_TOKEN"
    ARGS --env sandbox -)

preflight_cli_test(unknown_kind EXIT 1
    MATCH "token: +\\*\\*\\*\\*[^0-9a-z]" "defect: +unknown_kind at byte 0" "code: +none predicted"
    ARGS --env sandbox "acess-sandbox-${preflight_uuid}")

string(REPEAT "${preflight_uuid}" 7 preflight_overlong_id)
preflight_cli_test(overlong EXIT 1
    MATCH "defect: +too_long at byte 256"
    ARGS --env sandbox "access-sandbox-${preflight_overlong_id}")

set(preflight_stdin "${CMAKE_CURRENT_BINARY_DIR}/preflight_token.txt")
file(WRITE "${preflight_stdin}" "public-production-${preflight_uuid}\n")
preflight_cli_test(token_from_stdin EXIT 0 INPUT_FILE "${preflight_stdin}"
    MATCH "token: +public-production-\\*\\*\\*\\*c0f6" "result: +consistent"
    ARGS --env production --field public_token -)

preflight_cli_test(usage_no_env EXIT 2 MATCH "--env is required" ARGS access-sandbox-${preflight_uuid})
preflight_cli_test(usage_unknown_env EXIT 2 MATCH "unknown environment 'staging'"
    ARGS --env staging access-sandbox-${preflight_uuid})
preflight_cli_test(usage_unknown_field EXIT 2 MATCH "no token kind goes in field 'user_token'"
    ARGS --env sandbox --field user_token access-sandbox-${preflight_uuid})
preflight_cli_test(usage_two_tokens EXIT 2 MATCH "give one TOKEN"
    ARGS --env sandbox access-sandbox-${preflight_uuid} public-sandbox-${preflight_uuid})
preflight_cli_test(usage_no_token EXIT 2 MATCH "TOKEN is required" ARGS --env sandbox)
preflight_cli_test(usage_env_without_value EXIT 2 MATCH "--env needs a value" ARGS --env)

# Other subcommands echo a mistaken argument: a token given there is redacted too.
function(preflight_echo_test name exit)
    add_test(NAME preflight_cli_${name}
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;${ARGN}" "-DEXIT=${exit}"
                "-DMATCH=access-sandbox-\\*\\*\\*\\*c0f6" "-DFORBID=${preflight_uuid}"
                -P "${cli_tests_dir}/preflight_expect.cmake")
endfunction()
preflight_echo_test(token_as_code 3 explain access-sandbox-${preflight_uuid})
preflight_echo_test(token_as_command 2 access-sandbox-${preflight_uuid})

# `plaid-errors parse` prints a body's text, human and JSON, and the parser's
# message about a broken body: a real Plaid body whose message echoes a token,
# and that body cut inside the token.
set(preflight_echoed_id "fb88b20c-7b74-4197-8d01-0ab122dad0bc")
set(preflight_echoing_body "${CMAKE_CURRENT_BINARY_DIR}/preflight_echoing_body.json")
file(WRITE "${preflight_echoing_body}"
    "{\"error_type\":\"ASSET_REPORT_ERROR\",\"error_code\":\"PRODUCT_NOT_ENABLED\",\"error_message\":"
    "\"the 'assets' product is not enabled for the following access tokens: access-sandbox-${preflight_echoed_id}\","
    "\"display_message\":null,\"request_id\":\"r1\"}")
set(preflight_cut_body "${CMAKE_CURRENT_BINARY_DIR}/preflight_cut_body.json")
file(WRITE "${preflight_cut_body}" "{\"error_message\": \"access-sandbox-${preflight_echoed_id}")
foreach(format IN ITEMS human json)
    set(parse_command "$<TARGET_FILE:plaid-errors>" parse)
    if(format STREQUAL "json")
        list(APPEND parse_command --json)
    endif()
    add_test(NAME preflight_cli_parse_${format}_redacts
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=${parse_command};${preflight_echoing_body}" -DEXIT=0
                "-DMATCH=access tokens: access-sandbox-\\*\\*\\*\\*d0bc" "-DFORBID=${preflight_echoed_id}"
                -P "${cli_tests_dir}/preflight_expect.cmake")
    add_test(NAME preflight_cli_parse_${format}_failure_redacts
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=${parse_command};${preflight_cut_body}" -DEXIT=1
                "-DMATCH=not_json" "-DFORBID=${preflight_echoed_id}"
                -P "${cli_tests_dir}/preflight_expect.cmake")
endforeach()

# Tokens right after a JSON escape, or written with escapes, whole bodies and bodies cut
# after the token (the parser's message then quotes nothing of the body).
set(preflight_after_escape
    "{\"error_type\":\"INVALID_INPUT\",\"error_code\":\"INVALID_ACCESS_TOKEN\",\"error_message\":\"could not find matching access tokens:\\naccess-sandbox-${preflight_uuid}")
set(preflight_escaped_bodies
    after_escape "${preflight_after_escape}\",\"display_message\":null,\"request_id\":\"HNTDNrA8F1shFEW\"}"
    after_escape_cut "${preflight_after_escape}"
    written_with_escape "{\"error_type\":\"X\",\"error_code\":\"Y\",\"error_message\":\"access\\u002dsandbox-${preflight_uuid}\\q\"}"
    in_key "{\"error_type\":\"X\",\"error_code\":\"Y\",\"access-sandbox-${preflight_uuid}\":1,}")
while(preflight_escaped_bodies)
    list(POP_FRONT preflight_escaped_bodies name content)
    set(body "${CMAKE_CURRENT_BINARY_DIR}/preflight_${name}.json")
    file(WRITE "${body}" "${content}")
    foreach(format IN ITEMS human json)
        set(parse_command "$<TARGET_FILE:plaid-errors>" parse "${body}")
        if(format STREQUAL "json")
            list(APPEND parse_command --json)
        endif()
        add_test(NAME preflight_cli_parse_${format}_${name}_redacts
            COMMAND ${CMAKE_COMMAND} "-DCOMMAND=${parse_command}" "-DFORBID=${preflight_uuid}"
                    -DEXIT=$<IF:$<STREQUAL:${name},after_escape>,0,1>
                    -P "${cli_tests_dir}/preflight_expect.cmake")
    endforeach()
endwhile()

set(preflight_client_log
    "/accounts/get sending .*access-production-\\*\\*\\*\\*198a"
    "/accounts/get not sent: .*INVALID_ACCESS_TOKEN"
    "/item/public_token/exchange not sent: .*INVALID_PUBLIC_TOKEN")
add_test(NAME preflight_client
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:preflight_client>" -DEXIT=0 "-DMATCH=${preflight_client_log}"
            "-DFORBID=${preflight_uuid};6f12f5bb-22dd-4855-b918-f47ec439198a"
            -P "${cli_tests_dir}/preflight_expect.cmake")

# An argument that holds an 8-bit C1 control (CSI, 0x9B: "clear the screen" to terminals that obey
# 8-bit controls) is echoed escaped.
string(ASCII 155 preflight_csi)
add_test(NAME preflight_cli_argument_c1_escaped
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;parse;${preflight_csi}2J" -DEXIT=2
            "-DMATCH=cannot read" "-DFORBID=${preflight_csi}"
            -P "${cli_tests_dir}/preflight_expect.cmake")
