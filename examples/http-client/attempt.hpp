#ifndef PLAID_ERRORS_EXAMPLES_ATTEMPT_HPP
#define PLAID_ERRORS_EXAMPLES_ATTEMPT_HPP

#include <plaid/errors/error_code.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/retry_advice.hpp>

#include <system_error>
#include <utility>
#include <variant>
#include <vector>

#include "../sdk-client/next_step.hpp"
#include "curl_transport.hpp"

namespace plaid_http {

/// A request that did not succeed: what came back and what follows from it.
struct failed_attempt {
    int http_status = 0;  ///< 0 when no reply arrived
    /// A Plaid error, a body that is not one (a proxy's HTML page), or no reply.
    std::variant<plaid::error, plaid::parse_failure, no_reply> outcome;
    next_step step = next_step::report;
    /// Every step the failure calls for, `step` first (see `steps_for`).
    std::vector<next_step> steps{next_step::report};
    /// Whether and when the very same body may go again, and whether to
    /// check the request's outcome first (see `plaid::advise`).
    plaid::retry_advice advice{};
    /// Whether the client sent the body again.
    bool resend = false;
};

/// The failure as `plaid::advise` reads it.
inline plaid::failed_request failed_request_of(const failed_attempt& attempt) {
    if (const auto* error = std::get_if<plaid::error>(&attempt.outcome)) return *error;
    if (const auto* unparsed = std::get_if<plaid::parse_failure>(&attempt.outcome))
        return plaid::failed_request(*unparsed, attempt.http_status);
    return std::get<no_reply>(attempt.outcome).kind == no_reply_kind::timed_out ? plaid::transport_failure::timeout
                                                                              : plaid::transport_failure::connection_error;
}

/// Sets the steps of a failure from its remedies.
inline failed_attempt judged(failed_attempt attempt, const std::error_code& ec) {
    attempt.steps = steps_for(ec, attempt.http_status);
    attempt.step = attempt.steps.front();
    return attempt;
}

/// Parses a reply other than a success and decides by the remedy its code
/// calls for, as the SDK client does. A body that is not a Plaid error has no
/// code, so its HTTP status decides (a 502 is resent); so does a request
/// without a reply, which is reported: a timeout leaves unknown whether Plaid
/// acted on the request.
inline failed_attempt judge(exchange result) {
    if (auto* none = std::get_if<no_reply>(&result)) {
        const auto ec = none->code();
        return judged({0, std::move(*none)}, ec);
    }
    auto& reply = std::get<http_reply>(result);
    auto parsed = plaid::parse_error(reply.body, reply.status);
    if (!parsed)
        return judged({reply.status, parsed.failure()}, std::make_error_code(std::errc::protocol_error));
    const auto ec = plaid::make_error_code(*parsed);
    return judged({reply.status, std::move(parsed).value()}, ec);
}

}  // namespace plaid_http

#endif
