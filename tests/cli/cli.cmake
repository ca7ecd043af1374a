# Tests of the plaid-errors tool and of the examples' output: each runs a program and checks
# what it prints (tests/cli/*_expect.cmake), and the README's quoted examples are byte for byte
# the sources that build.
set(cli_tests_dir "${CMAKE_CURRENT_LIST_DIR}")

# readme_quote_test(NAME MARKER EXAMPLE): the README quotes examples/EXAMPLE byte for byte between the
# MARKER begin and end comments, so the quoted code is code that builds.
function(readme_quote_test name marker example)
    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND} "-DREADME=${PROJECT_SOURCE_DIR}/README.md"
                "-DEXAMPLE=${PROJECT_SOURCE_DIR}/examples/${example}" -DMARKER=${marker}
                -P "${PROJECT_SOURCE_DIR}/tests/check_readme_quote.cmake")
endfunction()

# The README's table of error types is what `plaid-errors list --types --markdown` prints.
add_test(NAME readme_error_types_table
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:plaid-errors>;list;--types;--markdown"
            "-DREADME=${PROJECT_SOURCE_DIR}/README.md" -DMARKER=error-types
            -P "${PROJECT_SOURCE_DIR}/tests/check_readme_section.cmake")

# cli_test(NAME [PROGRAM target] EXIT status [FIXTURE arg...] [INPUT_FILE file] [MATCH regex...]
#          [FORBID text...] [JSON_ROOT ARRAY] [JSON_CHECKS check...] [NO_CONTROL_CHARACTERS] ARGS arg...)
# Runs PROGRAM (plaid-errors unless given) with ARGS through parse_expect.cmake. With FIXTURE,
# the output of `plaid-errors fixture FIXTURE...` goes first to a file that @BODY@ names in
# ARGS and INPUT_FILE. Patterns avoid `[` and `;`, which CMake lists treat as syntax.
function(cli_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NO_CONTROL_CHARACTERS" "PROGRAM;EXIT;INPUT_FILE;JSON_ROOT"
                          "FIXTURE;MATCH;FORBID;JSON_CHECKS;ARGS")
    if(NOT arg_PROGRAM)
        set(arg_PROGRAM plaid-errors)
    endif()
    set(body "${CMAKE_CURRENT_BINARY_DIR}/${name}_body.json")
    string(REPLACE "@BODY@" "${body}" arg_ARGS "${arg_ARGS}")
    string(REPLACE "@BODY@" "${body}" arg_INPUT_FILE "${arg_INPUT_FILE}")
    set(fixture_command "")
    if(arg_FIXTURE)
        set(fixture_command "$<TARGET_FILE:plaid-errors>;fixture;${arg_FIXTURE}")
    endif()
    # A test on another project's file (under PLAID_ERRORS_CORPORA) skips where it is absent.
    set(requires "")
    foreach(arg IN LISTS arg_ARGS arg_INPUT_FILE)
        string(FIND "${arg}" "${PLAID_ERRORS_CORPORA}/" at)
        if(at EQUAL 0)
            set(requires "${arg}")
        endif()
    endforeach()
    # One quoted argument each: a ;-list passed unquoted would become several arguments.
    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:${arg_PROGRAM}>;${arg_ARGS}" "-DEXIT=${arg_EXIT}"
                "-DMATCH=${arg_MATCH}" "-DFORBID=${arg_FORBID}" "-DINPUT_FILE=${arg_INPUT_FILE}"
                "-DFIXTURE_COMMAND=${fixture_command}" "-DBODY=${body}" "-DJSON_ROOT=${arg_JSON_ROOT}"
                "-DJSON_CHECKS=${arg_JSON_CHECKS}" "-DNO_CONTROL_CHARACTERS=${arg_NO_CONTROL_CHARACTERS}"
                "-DREQUIRES=${requires}" -P "${cli_tests_dir}/parse_expect.cmake")
    set_tests_properties(${name} PROPERTIES SKIP_REGULAR_EXPRESSION "skipped: .+ is absent")
endfunction()

foreach(area IN ITEMS explain parse preflight sdk_client spdlog http_client find_errors webhook link_exit)
    include("${cli_tests_dir}/${area}.cmake")
endforeach()
include("${cli_tests_dir}/transfer.cmake")
include("${cli_tests_dir}/advise.cmake")
