#ifndef PLAID_ERRORS_PARSE_HPP
#define PLAID_ERRORS_PARSE_HPP

#include "detail/abi.hpp"

/// Parsing Plaid error bodies: `parse_error(body)`, standard library only.
/// Its inline definition, in body_reader.hpp, comes with this header by
/// default. Where `PLAID_ERRORS_SEPARATE_COMPILATION` is defined, this
/// header only declares it and one source file of the program includes
/// <plaid/errors/body_reader.hpp>: a file that calls `parse_error` then
/// costs the compiler little more than error.hpp does.

#include <optional>
#include <string_view>

#include "error.hpp"
#include "oauth_response.hpp"

#ifdef PLAID_ERRORS_SEPARATE_COMPILATION
#define PLAID_ERRORS_PARSE_INLINE
#else
#define PLAID_ERRORS_PARSE_INLINE inline
#endif

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Parses an HTTP response body (or a webhook's `error` member) into a Plaid
/// error. `http_status`, the transport's status, replaces the body's `status`
/// when given. Duplicate keys: the last one wins, as in nlohmann/json.
/// Absent and null optional members both give no value; unknown members are
/// ignored. Never throws: every problem, allocation failure included, comes
/// back as a `parse_failure`.
PLAID_ERRORS_PARSE_INLINE parse_result parse_error(std::string_view body, std::optional<int> http_status = std::nullopt,
                                                   const parse_limits& limits = {}) noexcept;

/// Parses an error body of either shape Plaid answers with: a PlaidError, as
/// `parse_error` reads it, or the OAuth endpoints' `OAuthErrorResponse`. For
/// a client of the OAuth endpoints, or one that cannot tell which endpoint
/// a body came from; `parse_error` fails on an OAuth body as `oauth_response`.
/// `http_status` applies to a PlaidError only. Never throws.
PLAID_ERRORS_PARSE_INLINE any_error_result parse_any_error(std::string_view body,
                                                           std::optional<int> http_status = std::nullopt,
                                                           const parse_limits& limits = {}) noexcept;

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#ifndef PLAID_ERRORS_SEPARATE_COMPILATION
#include "body_reader.hpp"
#endif

#endif
