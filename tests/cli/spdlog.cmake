# Logging a parsed error with spdlog (Debian package libspdlog-dev), which formats through fmt.

if(TARGET spdlog_log)
    add_test(NAME spdlog_log_example
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:spdlog_log>" -DEXIT=0
                "-DMATCH=\\[error\\] plaid: ITEM_ERROR ITEM_LOGIN_REQUIRED: the login details of this item have changed .* \\(request_id HNTDNrA8F1shFEW\\)\n;\\[info\\] ITEM_LOGIN_REQUIRED  +remedy relink\n;\\[warning\\] plaid: INVALID_INPUT INVALID_ACCESS_TOKEN: no access-sandbox-\\*\\*\\*\\*c0f6\\\\n\\\\x1b\\[2J \\(request_id r1\\)\n"
                "-DFORBID=de3ce8ef-33f8-452c-a685-8671031fc0f6"
                -P "${cli_tests_dir}/preflight_expect.cmake")
endif()
