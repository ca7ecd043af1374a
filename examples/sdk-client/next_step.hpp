#ifndef PLAID_ERRORS_EXAMPLES_NEXT_STEP_HPP
#define PLAID_ERRORS_EXAMPLES_NEXT_STEP_HPP

#include <plaid/errors/action_plan.hpp>
#include <plaid/errors/retry_advice.hpp>

#include <vector>

/// What the application does after a failed Plaid request: one step for each remedy.
enum class next_step {
    remove_item,       ///< remove the Item (`/item/remove`), or forget its access token where it is already gone
    contact_plaid,     ///< Plaid support or sales must act first
    fix_integration,   ///< change the request, keys or settings, or make the call the plan names: never resend as is
    ask_user,          ///< the user acts outside Link (at the bank), before any Link step
    relink,            ///< send the user through Link: update mode or a new session
    wait_for_webhook,  ///< the data is not ready: resend once the product's webhook arrives
    retry,             ///< transient: send again later, when `plaid::advise` says (the plan's `next` says what)
    report,            ///< nothing is known to help: report the error
};

/// The step that acts on a remedy; `report` for `remedy::unknown`.
constexpr next_step step_for(plaid::remedy what) noexcept {
    switch (what) {
        case plaid::remedy::remove_item: return next_step::remove_item;
        case plaid::remedy::contact_plaid: return next_step::contact_plaid;
        case plaid::remedy::fix_integration: return next_step::fix_integration;
        case plaid::remedy::ask_user: return next_step::ask_user;
        case plaid::remedy::relink: return next_step::relink;
        case plaid::remedy::wait_for_webhook: return next_step::wait_for_webhook;
        case plaid::remedy::retry_later: return next_step::retry;
        case plaid::remedy::unknown: break;
    }
    return next_step::report;
}

/// Every step a plan calls for, in the order of `plaid::remedies_in_order`:
/// the rules decide, not a list of codes, so removal comes before a relink and
/// a fix or the user's step at the bank before the Link step.
inline std::vector<next_step> steps_for(const plaid::action_plan& plan) {
    std::vector<next_step> out;
    for (auto what : plaid::remedies_in_order)
        if (plaid::calls_for(plan, what)) out.push_back(step_for(what));
    return out;
}

/// The step for a failure without a documented code (a proxy's page, a code
/// newer than this library, no reply), which has no remedy: the advice
/// decides, so a resend later where it resends after a delay (or would, had
/// the attempts not run out), else a report.
inline std::vector<next_step> steps_for(const plaid::retry_advice& advice) {
    const bool transient = advice.when == plaid::resend::after_delay || advice.attempts_exhausted;
    return {transient ? next_step::retry : next_step::report};
}

#endif
