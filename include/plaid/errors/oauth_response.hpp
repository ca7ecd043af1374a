#ifndef PLAID_ERRORS_OAUTH_RESPONSE_HPP
#define PLAID_ERRORS_OAUTH_RESPONSE_HPP

#include "detail/abi.hpp"

/// The error body of Plaid's OAuth endpoints (`/oauth/token`,
/// `/oauth/introspect`, `/oauth/revoke`): `OAuthErrorResponse`, whose
/// `error` is one of RFC 6749's codes rather than a Plaid type and code.
/// `parse_any_error` (parse.hpp) reads it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>

#include "error.hpp"
#include "members.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The `error` values of an OAuth error response (RFC 6749, section 5.2),
/// as Plaid's spec lists them.
enum class oauth_error_code : std::uint8_t {
    unknown,  ///< an `error` string that is none of the others, kept in `oauth_error_response::error`
    invalid_request,
    invalid_client,
    invalid_grant,
    unauthorized_client,
    invalid_scope,
    unsupported_grant_type,
};

/// The wire string (`invalid_grant`); empty for `unknown` and values outside the enum.
constexpr std::string_view to_string(oauth_error_code code) noexcept {
    switch (code) {
        case oauth_error_code::unknown: return {};
        case oauth_error_code::invalid_request: return "invalid_request";
        case oauth_error_code::invalid_client: return "invalid_client";
        case oauth_error_code::invalid_grant: return "invalid_grant";
        case oauth_error_code::unauthorized_client: return "unauthorized_client";
        case oauth_error_code::invalid_scope: return "invalid_scope";
        case oauth_error_code::unsupported_grant_type: return "unsupported_grant_type";
    }
    return {};
}

/// The code a wire string names, case-sensitive as RFC 6749 spells them; `unknown` for any other.
constexpr oauth_error_code to_oauth_error_code(std::string_view text) noexcept {
    for (auto code = static_cast<std::uint8_t>(oauth_error_code::invalid_request);
         code <= static_cast<std::uint8_t>(oauth_error_code::unsupported_grant_type); ++code)
        if (to_string(static_cast<oauth_error_code>(code)) == text) return static_cast<oauth_error_code>(code);
    return oauth_error_code::unknown;
}

/// An OAuth error response as parsed. `error` is kept as sent, so a code
/// added after this version survives with `code` then `unknown`.
struct oauth_error_response {
    oauth_error_code code = oauth_error_code::unknown;  ///< what `error` names
    std::string error;                                  ///< `error` as sent
    std::optional<std::string> error_description;
    std::optional<std::string> error_uri;
    /// The spec requires it; a body without one is still read, as a Plaid error's is.
    std::optional<std::string> request_id;
};

/// `OAuthErrorResponse`'s members. `error` is the one required here: it is
/// what tells the shape apart from every other body.
template <>
struct shape<oauth_error_response> {
    static constexpr auto members = std::make_tuple(
        member{"error", json_kind::string, &oauth_error_response::error},
        member{"error_description", json_kind::nullable_string, &oauth_error_response::error_description},
        member{"error_uri", json_kind::nullable_string, &oauth_error_response::error_uri},
        member{"request_id", json_kind::nullable_string, &oauth_error_response::request_id});
    static constexpr auto derived = std::make_tuple(&oauth_error_response::code);
    static void derive(oauth_error_response& e) noexcept { e.code = to_oauth_error_code(e.error); }
};

static_assert(detail::table_is_consistent<oauth_error_response>(), "each member's kind is the one its C++ type holds");
static_assert(detail::aggregate_size<oauth_error_response>() ==
                  member_count<oauth_error_response> + std::tuple_size_v<decltype(shape<oauth_error_response>::derived)>,
              "every member of plaid::oauth_error_response is a row of its table or derived");

inline bool operator==(const oauth_error_response& a, const oauth_error_response& b) { return same_members(a, b); }
inline bool operator!=(const oauth_error_response& a, const oauth_error_response& b) { return !(a == b); }

/// What `parse_any_error` finds in an error body: a Plaid error, an OAuth
/// error, or the failure saying why it is neither. Visit it, or ask
/// `std::get_if<plaid::oauth_error_response>(&result)`.
using any_error_result = std::variant<error, oauth_error_response, parse_failure>;

namespace detail {

/// An OAuth error with the two members that make a body a Plaid error: a
/// body is an OAuth error when it reads soundly as this and holds neither.
struct oauth_probe : oauth_error_response {
    std::optional<std::string> error_type;
    std::optional<std::string> error_code;
};

/// `parse_error`'s failure for a body that is an OAuth error: it names the
/// `error` member and what it says.
inline parse_failure oauth_failure(const oauth_error_response& e) {
    parse_failure failure{parse_failure_kind::oauth_response, std::nullopt, "error",
                          "an OAuth error response, not a Plaid error: error "};
    failure.message += e.error;
    return failure;
}

}  // namespace detail

template <>
struct shape<detail::oauth_probe> {
    static constexpr auto members = std::tuple_cat(
        detail::rows_for_derived<detail::oauth_probe, oauth_error_response>(),
        std::make_tuple(member{"error_type", json_kind::nullable_string, &detail::oauth_probe::error_type},
                        member{"error_code", json_kind::nullable_string, &detail::oauth_probe::error_code}));
    static constexpr auto derived = shape<oauth_error_response>::derived;
    static void derive(detail::oauth_probe& e) noexcept { shape<oauth_error_response>::derive(e); }
};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
