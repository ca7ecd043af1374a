#ifndef PLAID_ERRORS_VERSION_HPP
#define PLAID_ERRORS_VERSION_HPP

/// The release of these headers, to gate code on a release or to log which
/// one a program was built with: `plaid::version` in code, and for the
/// preprocessor `PLAID_ERRORS_VERSION` (`#if PLAID_ERRORS_VERSION >= 200`
/// for 0.2.0 or later), `PLAID_ERRORS_VERSION_MAJOR`, `_MINOR`, `_PATCH` and
/// `_STRING`. Releases follow semantic versioning: before 1.0 a minor
/// release may break the API and the ABI, after it only a major one does.

#include <string_view>

#include "detail/abi.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A release's semantic version.
struct semantic_version {
    int major = 0;
    int minor = 0;
    int patch = 0;
    /// `"0.3.0"`.
    std::string_view text;

    friend constexpr bool operator==(const semantic_version& a, const semantic_version& b) noexcept {
        return a.major == b.major && a.minor == b.minor && a.patch == b.patch;
    }
    friend constexpr bool operator!=(const semantic_version& a, const semantic_version& b) noexcept { return !(a == b); }
    /// Release order.
    friend constexpr bool operator<(const semantic_version& a, const semantic_version& b) noexcept {
        if (a.major != b.major) return a.major < b.major;
        if (a.minor != b.minor) return a.minor < b.minor;
        return a.patch < b.patch;
    }
};

/// The release of the headers a translation unit was compiled with.
inline constexpr semantic_version version{PLAID_ERRORS_VERSION_MAJOR, PLAID_ERRORS_VERSION_MINOR,
                                          PLAID_ERRORS_VERSION_PATCH, PLAID_ERRORS_VERSION_STRING};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
