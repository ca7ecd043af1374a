#ifndef PLAID_ERRORS_BODY_READER_HPP
#define PLAID_ERRORS_BODY_READER_HPP

#include "detail/abi.hpp"

/// The definition of `parse_error(body)`: a `shape_reader` over the
/// `json_reader` of the body, one pass and no document. parse.hpp includes
/// it; a program built with `PLAID_ERRORS_SEPARATE_COMPILATION` includes it
/// in exactly one source file instead, so that the parser is compiled once
/// rather than in every file that calls it.

#include <optional>
#include <string_view>
#include <utility>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "oauth_response.hpp"
#include "parse.hpp"
#include "shape_reader.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Whether `body`, an object that is no Plaid error, is an OAuth error
/// instead, read into `probe`: read again, on this failure path only.
inline bool read_oauth(std::string_view body, const parse_limits& limits, oauth_probe& probe) {
    return !read_text(body, limits, probe) && !probe.error_type && !probe.error_code;
}

/// Turns `result`, a `not_plaid_error` failure, into `oauth_response` when
/// the body is an OAuth error, read into `*oauth` when given.
inline void name_oauth_body(std::string_view body, const parse_limits& limits, parse_result& result, oauth_probe* oauth) {
    oauth_probe probe;
    oauth_probe& read = oauth ? *oauth : probe;
    if (read_oauth(body, limits, read)) result.emplace_failure(oauth_failure(read));
}

/// One result object throughout, filled in place and returned without a
/// move: moving a parsed error costs about as much as reading it. An OAuth
/// body fails as `oauth_response`, its value then in `*oauth` when given.
inline parse_result parse_body(std::string_view body, std::optional<int> http_status, const parse_limits& limits,
                               oauth_probe* oauth = nullptr) {
    parse_result result(std::in_place);
    if (auto failure = read_text(body, limits, result.value())) {
        const bool maybe_oauth = failure->kind == parse_failure_kind::not_plaid_error;
        result.emplace_failure(std::move(*failure));
        if (maybe_oauth) name_oauth_body(body, limits, result, oauth);
    } else if (http_status) {
        result->status = http_status;
    }
    return result;
}

}  // namespace detail

PLAID_ERRORS_PARSE_INLINE parse_result parse_error(std::string_view body, std::optional<int> http_status,
                                                   const parse_limits& limits) noexcept {
    try {
        return detail::parse_body(body, http_status, limits);
    } catch (...) {
        return detail::out_of_memory();
    }
}

PLAID_ERRORS_PARSE_INLINE any_error_result parse_any_error(std::string_view body, std::optional<int> http_status,
                                                           const parse_limits& limits) noexcept {
    try {
        detail::oauth_probe oauth;
        auto result = detail::parse_body(body, http_status, limits, &oauth);
        if (result) return any_error_result(std::in_place_index<0>, std::move(result).value());
        if (result.failure().kind == parse_failure_kind::oauth_response)
            return any_error_result(std::in_place_index<1>, static_cast<oauth_error_response&&>(oauth));
        return any_error_result(std::in_place_index<2>, result.failure());
    } catch (...) {
        return any_error_result(std::in_place_index<2>, detail::out_of_memory().failure());
    }
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
