# Logging a parsed error with spdlog (Debian package libspdlog-dev), which formats through fmt.

find_package(spdlog CONFIG)
if(spdlog_FOUND)
    # spdlog::spdlog brings the fmt it was built with (SPDLOG_FMT_EXTERNAL), the one fmt.hpp then uses.
    add_executable(spdlog_log "${CMAKE_CURRENT_SOURCE_DIR}/spdlog_log.cpp")
    target_link_libraries(spdlog_log PRIVATE plaid_errors::plaid_errors plaid_errors_warnings spdlog::spdlog)
    add_test(NAME spdlog_log_example
        COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:spdlog_log>" -DEXIT=0
                "-DMATCH=\\[error\\] plaid: ITEM_ERROR ITEM_LOGIN_REQUIRED: the login details of this item have changed .* \\(request_id HNTDNrA8F1shFEW\\)\n;\\[info\\] ITEM_LOGIN_REQUIRED  +remedy relink\n;\\[warning\\] plaid: INVALID_INPUT INVALID_ACCESS_TOKEN: no access-sandbox-\\*\\*\\*\\*c0f6\\\\n\\\\x1b\\[2J \\(request_id r1\\)\n"
                "-DFORBID=de3ce8ef-33f8-452c-a685-8671031fc0f6"
                -P "${CMAKE_CURRENT_SOURCE_DIR}/preflight_expect.cmake")
else()
    message(STATUS "spdlog not found: spdlog_log is skipped (install libspdlog-dev)")
endif()
