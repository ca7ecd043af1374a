#ifndef PLAID_ERRORS_ACTION_PLAN_HPP
#define PLAID_ERRORS_ACTION_PLAN_HPP

#include "detail/abi.hpp"

#include <cstdint>
#include <string_view>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Who has to act before a request failing with a code can succeed.
enum class actor : std::uint8_t {
    developer,      ///< the integration: code, request, keys, tokens, configuration or Dashboard settings
    end_user,       ///< the person who linked the account
    institution,    ///< the financial institution, whose systems are down or failing
    plaid,          ///< Plaid itself: an internal failure or maintenance
    plaid_support,  ///< Plaid support must act first
    plaid_sales,    ///< access that Plaid sales or the Account Manager grants
};

/// Whether and when the very same request can succeed.
enum class retry_policy : std::uint8_t {
    no,             ///< never: the request itself must change
    after_action,   ///< once `who` has acted elsewhere (logged in again, granted access, fixed a setting)
    with_backoff,   ///< later, on its own: the failure is transient; retry with backoff
    after_webhook,  ///< once the data is ready: wait for the product's webhook, then retry
};

/// What the end user has to do in Plaid Link.
enum class link_action : std::uint8_t {
    none,              ///< nothing in Link
    update_mode,       ///< repair the existing Item through Link's update mode (a link token made for its access token)
    new_link_session,  ///< create a new link token and open Link again (a new Item or a new public token)
};

/// What a program sends once the plan's remedies are done: what `retry_later`
/// resends and what follows a fix, when it is not the failed request itself.
enum class next_request : std::uint8_t {
    same,                  ///< the failed request again (fixed, once the remedies are done)
    same_idempotency_key,  ///< the failed request again with the idempotency key it first carried, so it cannot run twice
    restart_pagination,    ///< the pagination loop again from the cursor its first request used
    different_call,        ///< another request, which `next_call` names where the docs give its path
};

/// What a program can do about a code without reading prose, decided from
/// the troubleshooting steps the docs give for it. A plan is steps in order:
/// removing the Item, someone acting outside Link (`who`), the Link step
/// (`link`), then sending `next` when `retry` allows.
struct action_plan {
    actor who;
    retry_policy retry;
    link_action link;
    /// True when the Item is unusable for good and should be removed
    /// (`/item/remove`, or only the stored access token where it is already gone).
    bool remove_item;
    /// True when the end user must act outside Link (at the bank, on its site)
    /// before the Link step can succeed; only read when `who` is `end_user`
    /// and `link` is not `none`.
    bool user_acts_first = false;
    /// What to send next; `same` unless the docs name another step.
    next_request next = next_request::same;
    /// The path of the call to make next (`"/asset_report/create"`), where `next`
    /// is `different_call` and the docs name one; empty otherwise.
    std::string_view next_call = {};
};

/// What a program does about an error: the `std::error_condition`s that codes
/// compare equal to, so callers branch on the remedy rather than on each code.
/// Each is a predicate over a code's `action_plan` (see `calls_for`); a code
/// can call for several, and every plan calls for at least one. Value 0 is
/// reserved: it means "no error".
enum class remedy : std::uint8_t {
    fix_integration = 1,  ///< the developer changes code, request, keys or settings, or makes the call `next` names
    relink,               ///< send the end user through Link (update mode or a new session), after any fix or removal
    ask_user,             ///< the end user acts outside Link (at the bank, re-entering input), before any Link step
    remove_item,          ///< the Item is unusable for good: remove it, or drop its access token where it is already gone
    contact_plaid,        ///< Plaid support or sales must act, or say when a failure that will not clear by itself will
    retry_later,          ///< send `next` again later with backoff, once the institution or Plaid has acted
    wait_for_webhook,     ///< the data is not ready: retry after the product's webhook
    unknown,              ///< the code is not in the taxonomy: no remedy is known
};

/// Whether a plan calls for `what`: the one place the conditions are defined.
/// `link` always reads: a fix and a relink hold together, as do the user's
/// step at the bank and the Link step after it. Plaid's or the institution's
/// failures are retried once they have acted, and taken to Plaid when the same
/// request never succeeds.
constexpr bool calls_for(const action_plan& plan, remedy what) noexcept {
    const bool plaid_or_institution = plan.who == actor::institution || plan.who == actor::plaid;
    switch (what) {
        case remedy::fix_integration:
            return plan.who == actor::developer &&
                   (plan.retry == retry_policy::no || plan.retry == retry_policy::after_action);
        case remedy::relink: return plan.link != link_action::none;
        case remedy::ask_user:
            return plan.who == actor::end_user && (plan.link == link_action::none || plan.user_acts_first);
        case remedy::remove_item: return plan.remove_item;
        case remedy::contact_plaid:
            return plan.who == actor::plaid_support || plan.who == actor::plaid_sales ||
                   (plaid_or_institution && plan.retry == retry_policy::no);
        case remedy::retry_later:
            return plan.retry == retry_policy::with_backoff ||
                   (plaid_or_institution && plan.retry == retry_policy::after_action);
        case remedy::wait_for_webhook: return plan.retry == retry_policy::after_webhook;
        case remedy::unknown: return false;
    }
    return false;
}

/// Every remedy a plan can call for, in the order to act on them: the most
/// drastic first (removing the Item before relinking), the fix and the user's
/// step at the bank before the Link step, waiting and resending last.
inline constexpr remedy remedies_in_order[] = {remedy::remove_item,  remedy::contact_plaid,    remedy::fix_integration,
                                               remedy::ask_user,     remedy::relink,           remedy::wait_for_webhook,
                                               remedy::retry_later};

/// The first thing to do: the first of `remedies_in_order` a plan calls
/// for; `remedy::unknown` only for a code outside the taxonomy, since every
/// plan calls for one.
constexpr remedy primary_remedy(const action_plan& plan) noexcept {
    for (auto what : remedies_in_order)
        if (calls_for(plan, what)) return what;
    return remedy::unknown;
}

constexpr std::string_view to_string(actor who) noexcept {
    switch (who) {
        case actor::developer: return "developer";
        case actor::end_user: return "end_user";
        case actor::institution: return "institution";
        case actor::plaid: return "plaid";
        case actor::plaid_support: return "plaid_support";
        case actor::plaid_sales: return "plaid_sales";
    }
    return {};
}

constexpr std::string_view to_string(retry_policy retry) noexcept {
    switch (retry) {
        case retry_policy::no: return "no";
        case retry_policy::after_action: return "after_action";
        case retry_policy::with_backoff: return "with_backoff";
        case retry_policy::after_webhook: return "after_webhook";
    }
    return {};
}

constexpr std::string_view to_string(link_action link) noexcept {
    switch (link) {
        case link_action::none: return "none";
        case link_action::update_mode: return "update_mode";
        case link_action::new_link_session: return "new_link_session";
    }
    return {};
}

constexpr std::string_view to_string(next_request next) noexcept {
    switch (next) {
        case next_request::same: return "same";
        case next_request::same_idempotency_key: return "same_idempotency_key";
        case next_request::restart_pagination: return "restart_pagination";
        case next_request::different_call: return "different_call";
    }
    return {};
}

/// Lower-case name of a `remedy` (`"relink"`, ...); empty for an out-of-range value.
constexpr std::string_view to_string(remedy what) noexcept {
    switch (what) {
        case remedy::fix_integration: return "fix_integration";
        case remedy::relink: return "relink";
        case remedy::ask_user: return "ask_user";
        case remedy::remove_item: return "remove_item";
        case remedy::contact_plaid: return "contact_plaid";
        case remedy::retry_later: return "retry_later";
        case remedy::wait_for_webhook: return "wait_for_webhook";
        case remedy::unknown: return "unknown";
    }
    return {};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
