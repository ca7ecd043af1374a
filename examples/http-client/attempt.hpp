#ifndef PLAID_ERRORS_EXAMPLES_ATTEMPT_HPP
#define PLAID_ERRORS_EXAMPLES_ATTEMPT_HPP

#include <plaid/errors/json.hpp>
#include <plaid/errors/retry_advice.hpp>

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

/// Parses a reply other than a success: a Plaid error, a body that is not
/// one (a proxy's HTML page), or no reply at all.
inline failed_attempt judge(exchange result) {
    if (auto* none = std::get_if<no_reply>(&result)) return {0, std::move(*none)};
    auto& reply = std::get<http_reply>(result);
    auto parsed = plaid::parse_error(reply.body, reply.status);
    if (!parsed) return {reply.status, parsed.failure()};
    return {reply.status, std::move(parsed).value()};
}

/// Sets the advice of a failure and the steps that follow from it: the
/// remedies its code calls for, as the SDK client does; a failure without a
/// documented code has none, so the advice decides (a 502 is resent later; a
/// write that timed out without a key is reported, as unknown whether Plaid
/// acted on it).
inline void set_advice(failed_attempt& attempt, const plaid::retry_advice& advice) {
    attempt.advice = advice;
    const auto* error = std::get_if<plaid::error>(&attempt.outcome);
    attempt.steps = error && error->code ? steps_for(error->code->plan()) : steps_for(advice);
    attempt.step = attempt.steps.front();
}

}  // namespace plaid_http

#endif
