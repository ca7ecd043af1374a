# fmt's formatters (Debian package libfmt-dev), where fmt is installed.

find_package(fmt CONFIG)
if(fmt_FOUND)
    plaid_errors_add_test(fmt_test fixtures/fmt_test.cpp)
    # Header-only where the package offers it, so the test also builds against another standard
    # library than the one the shared libfmt was compiled with (clang with libc++).
    if(TARGET fmt::fmt-header-only)
        target_link_libraries(fmt_test PRIVATE fmt::fmt-header-only)
    else()
        target_link_libraries(fmt_test PRIVATE fmt::fmt)
    endif()
else()
    message(STATUS "fmt not found: fmt_test is skipped (install libfmt-dev)")
endif()
