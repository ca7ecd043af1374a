# fmt's formatters (Debian package libfmt-dev), where fmt is installed.

find_package(fmt CONFIG)
if(fmt_FOUND)
    plaid_errors_add_test(fmt_test fixtures/fmt_test.cpp)
    target_link_libraries(fmt_test PRIVATE fmt::fmt)
else()
    message(STATUS "fmt not found: fmt_test is skipped (install libfmt-dev)")
endif()
