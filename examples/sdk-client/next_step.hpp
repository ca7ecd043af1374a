#ifndef PLAID_ERRORS_EXAMPLES_NEXT_STEP_HPP
#define PLAID_ERRORS_EXAMPLES_NEXT_STEP_HPP

#include <plaid/errors/error_code.hpp>

#include <system_error>

/// What the application does after a failed Plaid request.
enum class next_step {
    relink,            ///< send the user through Link: update mode or a new session
    fix_integration,   ///< the request, keys or settings are wrong: report it, never resend it as is
    contact_plaid,     ///< Plaid support or sales must act first
    ask_user,          ///< the user acts outside Link, then tries again
    wait_for_webhook,  ///< the data is not ready: resend once the product's webhook arrives
    retry,             ///< transient: resend with backoff
    report,            ///< nothing is known to help: report the error
};

/// Decided by the remedies the error code calls for, whatever the code: no
/// list of codes to keep up to date. Someone acting comes before waiting or
/// resending; a code calls for at most one of the first four. A failure
/// without a documented code (a proxy's page, a code newer than this
/// library) has no remedy, so its HTTP status decides: 429 and 5xx are transient.
inline next_step decide(const std::error_code& ec, int http_status) {
    using plaid::remedy;
    if (ec == remedy::relink) return next_step::relink;
    if (ec == remedy::fix_integration) return next_step::fix_integration;
    if (ec == remedy::contact_plaid) return next_step::contact_plaid;
    if (ec == remedy::ask_user) return next_step::ask_user;
    if (ec == remedy::wait_for_webhook) return next_step::wait_for_webhook;
    if (ec == remedy::retry_later) return next_step::retry;
    return http_status == 429 || http_status >= 500 ? next_step::retry : next_step::report;
}

#endif
