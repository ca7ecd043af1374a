#ifndef PLAID_ERRORS_DETAIL_ABI_HPP
#define PLAID_ERRORS_DETAIL_ABI_HPP

/// The release of these headers, written here once: CMakeLists.txt's project
/// version is the same (a test compares them), and <plaid/errors/version.hpp>
/// presents it. A header-only user without CMake reads it here too.
#define PLAID_ERRORS_VERSION_MAJOR 0
#define PLAID_ERRORS_VERSION_MINOR 3
#define PLAID_ERRORS_VERSION_PATCH 0

/// One number that grows with every release, for `#if`: 0.2.0 is 200, 1.0.0 is 10000.
#define PLAID_ERRORS_VERSION \
    (PLAID_ERRORS_VERSION_MAJOR * 10000 + PLAID_ERRORS_VERSION_MINOR * 100 + PLAID_ERRORS_VERSION_PATCH)

#define PLAID_ERRORS_DETAIL_TEXT(x) #x
#define PLAID_ERRORS_DETAIL_STRING(x) PLAID_ERRORS_DETAIL_TEXT(x)
/// `"0.3.0"`.
#define PLAID_ERRORS_VERSION_STRING                                                                        \
    PLAID_ERRORS_DETAIL_STRING(PLAID_ERRORS_VERSION_MAJOR)                                                 \
    "." PLAID_ERRORS_DETAIL_STRING(PLAID_ERRORS_VERSION_MINOR) "." PLAID_ERRORS_DETAIL_STRING( \
        PLAID_ERRORS_VERSION_PATCH)

#define PLAID_ERRORS_DETAIL_PASTE_(a, b) a##b
#define PLAID_ERRORS_DETAIL_PASTE(a, b) PLAID_ERRORS_DETAIL_PASTE_(a, b)
/// The inline namespace every name of the library is declared in, so that two
/// releases whose ABIs differ give their names different mangled names, and
/// code built against one cannot link to, or share an inline definition with,
/// code built against the other. Semantic versioning says which releases may
/// break it: before 1.0 every minor release (`errors_v0_2`), after it every
/// major one (`PLAID_ERRORS_ABI_NAMESPACE`).
#if PLAID_ERRORS_VERSION_MAJOR == 0
#define PLAID_ERRORS_ABI_NAMESPACE PLAID_ERRORS_DETAIL_PASTE(errors_v0_, PLAID_ERRORS_VERSION_MINOR)
#else
#define PLAID_ERRORS_ABI_NAMESPACE PLAID_ERRORS_DETAIL_PASTE(errors_v, PLAID_ERRORS_VERSION_MAJOR)
#endif

#endif
