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
#include "parse.hpp"
#include "shape_reader.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Reads the body's top-level value into `result`: true when the body is
/// JSON throughout, `result` then holding the error, or the failure of a
/// JSON body (not an object, a bad member).
inline bool read_body(json_reader& json, parse_result& result, const parse_limits& limits) {
    if (!json.start()) return false;
    if (json.type() != json_reader::json_type::object) {
        if (!json.skip_value() || !json.finish()) return false;
        result.emplace_failure(not_object());
        return true;
    }
    member_fill fill(table_for<error>::table, &result.value(), true);
    if (!shape_reader<json_reader>(limits).object(json, fill, 0) || !json.finish()) return false;
    if (auto problem = fill.finish()) result.emplace_failure(std::move(*problem).to_failure());
    return true;
}

/// One result object throughout, filled in place and returned without a
/// move: moving a parsed error costs about as much as reading it.
inline parse_result parse_body(std::string_view body, std::optional<int> http_status, const parse_limits& limits) {
    parse_result result(std::in_place);
    json_reader json(body, limits.max_depth);
    if (body.size() > limits.max_body_bytes || !read_body(json, result, limits))
        result.emplace_failure(body_failure(body, json, limits));
    else if (result && http_status)
        result->status = http_status;
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

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
