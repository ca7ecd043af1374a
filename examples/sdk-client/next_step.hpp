#ifndef PLAID_ERRORS_EXAMPLES_NEXT_STEP_HPP
#define PLAID_ERRORS_EXAMPLES_NEXT_STEP_HPP

#include <plaid/errors/error_code.hpp>

#include <optional>

/// What the application does after a failed Plaid request.
enum class next_step { retry, relink, fix_configuration, ask_user, report };

/// Transient failures (HTTP 429 and 5xx) are retried; otherwise the error's
/// remedy decides, whatever the code: no list of codes to keep up to date.
inline next_step decide(int http_status, const std::optional<plaid::error>& parsed) {
    if (http_status == 429 || http_status >= 500) return next_step::retry;
    if (!parsed) return next_step::report;
    const std::error_code ec = plaid::make_error_code(*parsed);
    if (ec == plaid::remedy::relink) return next_step::relink;
    if (ec == plaid::remedy::fix_integration || ec == plaid::remedy::contact_plaid)
        return next_step::fix_configuration;
    if (ec == plaid::remedy::ask_user) return next_step::ask_user;
    return next_step::report;
}

#endif
