#ifndef PLAID_ERRORS_ERROR_CODE_REASON_HPP
#define PLAID_ERRORS_ERROR_CODE_REASON_HPP

#include "detail/abi.hpp"

/// `error_code_reason`, typed: why an OAuth Item's error happened, which
/// decides what to tell the user before sending them to update mode.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The documented values of `error_code_reason`; `unknown` for a string the
/// library does not know (the error keeps it as sent).
enum class error_code_reason : std::uint8_t {
    unknown = 0,
    oauth_invalid_token,    ///< the institution no longer accepts the Item's OAuth token
    oauth_consent_expired,  ///< the consent the user gave through OAuth ran out
    oauth_user_revoked,     ///< the user withdrew the OAuth connection at the institution
};

namespace detail {
inline constexpr std::array<std::string_view, 4> error_code_reason_names{
    {"", "OAUTH_INVALID_TOKEN", "OAUTH_CONSENT_EXPIRED", "OAUTH_USER_REVOKED"}};
}  // namespace detail

/// The reason a wire string names; `unknown` for any other string.
constexpr error_code_reason to_error_code_reason(std::string_view wire) noexcept {
    for (std::size_t i = 1; i < detail::error_code_reason_names.size(); ++i)
        if (detail::error_code_reason_names[i] == wire) return static_cast<error_code_reason>(i);
    return error_code_reason::unknown;
}

/// The reason of an `error_code_reason` member as read (`plaid::error::error_code_reason`):
/// no value where it was null or absent, `unknown` for an undocumented string.
inline std::optional<error_code_reason> error_code_reason_of(const std::optional<std::string>& wire) noexcept {
    if (!wire) return std::nullopt;
    return to_error_code_reason(*wire);
}

/// The wire string of a reason; empty for `unknown` and out-of-range values.
constexpr std::string_view to_string(error_code_reason reason) noexcept {
    const auto i = static_cast<std::size_t>(reason);
    return i < detail::error_code_reason_names.size() ? detail::error_code_reason_names[i] : std::string_view{};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
