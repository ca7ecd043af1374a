#ifndef PLAID_ERRORS_EXAMPLES_ATTEMPT_HPP
#define PLAID_ERRORS_EXAMPLES_ATTEMPT_HPP

#include <plaid/errors/error_code.hpp>
#include <plaid/errors/json.hpp>

#include <system_error>
#include <utility>
#include <variant>

#include "../sdk-client/next_step.hpp"
#include "curl_transport.hpp"

namespace plaid_http {

/// A request that did not succeed: what came back and what follows from it.
struct failed_attempt {
    int http_status = 0;  ///< 0 when no reply arrived
    /// A Plaid error, a body that is not one (a proxy's HTML page), or no reply.
    std::variant<plaid::error, plaid::parse_failure, no_reply> outcome;
    next_step step = next_step::report;
};

/// Parses a reply other than a success and decides by the remedy its code
/// calls for, as the SDK client does. A body that is not a Plaid error has no
/// code, so its HTTP status decides (a 502 is resent); so does a request
/// without a reply, which is reported: a timeout leaves unknown whether Plaid
/// acted on the request.
inline failed_attempt judge(exchange result) {
    if (auto* none = std::get_if<no_reply>(&result)) {
        const auto step = decide(none->code(), 0);
        return {0, std::move(*none), step};
    }
    auto& reply = std::get<http_reply>(result);
    auto parsed = plaid::parse_error(reply.body, reply.status);
    if (!parsed)
        return {reply.status, parsed.failure(), decide(std::make_error_code(std::errc::protocol_error), reply.status)};
    const auto step = decide(plaid::make_error_code(*parsed), reply.status);
    return {reply.status, std::move(parsed).value(), step};
}

}  // namespace plaid_http

#endif
