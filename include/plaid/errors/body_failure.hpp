#ifndef PLAID_ERRORS_BODY_FAILURE_HPP
#define PLAID_ERRORS_BODY_FAILURE_HPP

#include "detail/abi.hpp"

/// Why a body is no JSON to read, as every reader of whole bodies
/// (`parse_error`, `find_errors`, `parse_transfer_failure`) reports it.

#include <string_view>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "shape_reader.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Why `body` cannot be read, once `json` stopped reading it (or was
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

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
