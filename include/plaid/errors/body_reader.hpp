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

/// Why `body` is not a Plaid error, once `json` stopped reading it (or was
/// not started, for a body over the size limit): a NUL byte, which no JSON
/// holds, and a blank body are named before the syntax error they cause.
inline parse_failure body_failure(std::string_view body, const json_reader& json, const parse_limits& limits) {
    if (body.size() > limits.max_body_bytes)
        return failure_saying(parse_failure_kind::body_too_large, {"the body is ", decimal(body.size()),
                                                                   " bytes, over the limit of ", decimal(limits.max_body_bytes)});
    if (const auto nul = body.find('\0'); nul != std::string_view::npos)
        return failure_saying(parse_failure_kind::nul_byte, {"NUL byte at offset ", decimal(nul)}, nul);
    if (body.find_first_not_of(" \t\n\r") == std::string_view::npos)
        return failure_saying(parse_failure_kind::empty_body, {"the body is empty"});
    if (json.failure().too_deep) return too_deep(limits.max_depth);
    return failure_saying(parse_failure_kind::not_json,
                          {"not JSON at byte ", decimal(json.failure().offset), ": ", describe(json.failure().what)},
                          json.failure().offset);
}

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
