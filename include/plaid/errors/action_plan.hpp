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
    update_mode,       ///< repair the existing Item through Link's update mode
    new_link_session,  ///< start Link again with a new link token (a new Item or a new public token)
};

/// What a program can do about a code without reading prose, decided from
/// the troubleshooting steps the docs give for it.
struct action_plan {
    actor who;
    retry_policy retry;
    link_action link;
    /// True when the Item is unusable for good and should be removed.
    bool remove_item;
};

/// What a program does about an error: the `std::error_condition`s that codes
/// compare equal to, so callers branch on the remedy rather than on each code.
/// Each is a predicate over a code's `action_plan` (see `calls_for`); a code
/// can call for several. Value 0 is reserved: it means "no error".
enum class remedy : std::uint8_t {
    fix_integration = 1,  ///< the developer changes code, request, keys or settings
    relink,               ///< send the end user through Link (update mode or a new session)
    ask_user,             ///< the end user acts outside Link (at the bank, re-entering input)
    remove_item,          ///< the Item is unusable for good: remove it
    contact_plaid,        ///< Plaid support or sales must act first
    retry_later,          ///< transient: retry the same request with backoff
    wait_for_webhook,     ///< the data is not ready: retry after the product's webhook
    unknown,              ///< the code is not in the taxonomy: no remedy is known
};

/// Whether a plan calls for `what`: the one place the conditions are defined.
constexpr bool calls_for(const action_plan& plan, remedy what) noexcept {
    switch (what) {
        case remedy::fix_integration:
            return plan.who == actor::developer &&
                   (plan.retry == retry_policy::no || plan.retry == retry_policy::after_action);
        case remedy::relink: return plan.who == actor::end_user && plan.link != link_action::none;
        case remedy::ask_user: return plan.who == actor::end_user && plan.link == link_action::none;
        case remedy::remove_item: return plan.remove_item;
        case remedy::contact_plaid: return plan.who == actor::plaid_support || plan.who == actor::plaid_sales;
        case remedy::retry_later: return plan.retry == retry_policy::with_backoff;
        case remedy::wait_for_webhook: return plan.retry == retry_policy::after_webhook;
        case remedy::unknown: return false;
    }
    return false;
}

/// Every remedy a plan can call for, in the order to act on them: the most
/// drastic first (removing the Item before relinking), waiting and resending last.
inline constexpr remedy remedies_in_order[] = {remedy::remove_item,  remedy::contact_plaid,    remedy::fix_integration,
                                               remedy::relink,       remedy::ask_user,         remedy::wait_for_webhook,
                                               remedy::retry_later};

/// The first thing to do: the first of `remedies_in_order` a plan calls
/// for, `remedy::unknown` when it calls for none.
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
