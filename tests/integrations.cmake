# The integrations: std::error_code (also across shared libraries), operator<< and std::format,
# and fmt.

plaid_errors_add_test(error_code_test integrations/error_code_test.cpp integrations/error_code_other_tu.cpp)
plaid_errors_add_test(format_test integrations/format_test.cpp)

# fmt's formatters (Debian package libfmt-dev), where fmt is installed.
find_package(fmt CONFIG)
if(fmt_FOUND)
    plaid_errors_add_test(fmt_test integrations/fmt_test.cpp)
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

# Category identity across shared libraries that hide every symbol they do not
# export, as release builds of plugins and SDKs do.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
    foreach(library IN ITEMS a b)
        add_library(plaid_errors_shared_${library} SHARED integrations/shared_library.cpp)
        # Loaded with RTLD_LOCAL by the dlopen test; without GNU unique symbols
        # each keeps its own copy of the categories.
        add_library(plaid_errors_local_${library} MODULE integrations/shared_library.cpp)
        foreach(target IN ITEMS plaid_errors_shared_${library} plaid_errors_local_${library})
            target_link_libraries(${target} PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)
            target_compile_definitions(${target} PRIVATE PLAID_TEST_LIBRARY=${library})
            set_target_properties(${target} PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
        endforeach()
        target_compile_options(plaid_errors_local_${library} PRIVATE $<$<CXX_COMPILER_ID:GNU>:-fno-gnu-unique>)
    endforeach()

    plaid_errors_add_test(shared_category_test integrations/shared_category_test.cpp)
    target_link_libraries(shared_category_test PRIVATE plaid_errors_shared_a plaid_errors_shared_b)
    set_target_properties(shared_category_test PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)

    plaid_errors_add_test(shared_category_dlopen_test integrations/shared_category_dlopen_test.cpp)
    target_link_libraries(shared_category_dlopen_test PRIVATE ${CMAKE_DL_LIBS})
    target_compile_definitions(shared_category_dlopen_test PRIVATE
        PLAID_TEST_LIBRARY_A="$<TARGET_FILE:plaid_errors_local_a>"
        PLAID_TEST_LIBRARY_B="$<TARGET_FILE:plaid_errors_local_b>")
    add_dependencies(shared_category_dlopen_test plaid_errors_local_a plaid_errors_local_b)
endif()

# <plaid/errors/error_code.hpp> specialises std::is_error_code_enum, which is
# ill-formed once a comparison inside namespace std has instantiated it: this
# object compiles only while no other header of the library does that, even
# after <iostream> and nlohmann/json.
set(late_error_code_source "${CMAKE_CURRENT_BINARY_DIR}/integrations/error_code_included_last.cpp")
set(late_error_code_content "#include <iostream>\n#include <nlohmann/json.hpp>\n")
foreach(header IN LISTS PLAID_ERRORS_HEADERS)
    file(RELATIVE_PATH relative "${PROJECT_SOURCE_DIR}/include" "${header}")
    if(NOT relative MATCHES "^plaid/errors/(error_code|format|catch2|fmt|gmock)\\.hpp$")
        string(APPEND late_error_code_content "#include <${relative}>\n")
    endif()
endforeach()
string(APPEND late_error_code_content "#include <plaid/errors/error_code.hpp>\n")
file(CONFIGURE OUTPUT "${late_error_code_source}" CONTENT "${late_error_code_content}")
add_library(error_code_included_last OBJECT "${late_error_code_source}")
target_link_libraries(error_code_included_last PRIVATE plaid_errors::plaid_errors plaid_errors_warnings)

# The printers of <plaid/errors/webhook_format.hpp>: operator<< and std::format in format_test,
# fmt in fmt_test.
target_sources(format_test PRIVATE integrations/webhook_format_test.cpp)
if(TARGET fmt_test)
    target_sources(fmt_test PRIVATE integrations/webhook_fmt_test.cpp)
endif()
