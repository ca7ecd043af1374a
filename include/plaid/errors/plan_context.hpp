#ifndef PLAID_ERRORS_PLAN_CONTEXT_HPP
#define PLAID_ERRORS_PLAN_CONTEXT_HPP

#include "detail/abi.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "action_plan.hpp"
#include "code.hpp"
#include "code_records.hpp"
#include "error.hpp"
#include "tokens.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// What a program knows about the failed request beyond its code, for the
/// codes whose plan the docs make depend on it (PRODUCT_NOT_READY from
/// `/signal/evaluate`, DIRECT_INTEGRATION_NOT_ENABLED in Sandbox). Leave out
/// what is not known: the code's own plan then stands.
struct plan_context {
    std::string_view endpoint;               ///< the path called, as in `"/signal/evaluate"`
    std::optional<environment> env;          ///< where it was called
};

namespace detail {

/// The position in `plans_in_context` of the first row for `c` that `where`
/// matches, or the table's size where the code's own plan holds: the one
/// matching rule that `plan_for` and the lookups keyed by the same rows share.
constexpr std::size_t context_row(code c, const plan_context& where) noexcept {
    const std::string_view env = where.env ? to_string(*where.env) : std::string_view{};
    for (std::size_t i = 0; i < plans_in_context.size(); ++i) {
        const auto& row = plans_in_context[i];
        if (row.code != c.value()) continue;
        const bool endpoint_matches = row.endpoint.empty() || row.endpoint == where.endpoint;
        const bool environment_matches = row.environment.empty() || row.environment == env;
        if (endpoint_matches && environment_matches) return i;
    }
    return plans_in_context.size();
}

}  // namespace detail

/// The plan for a code where its request went: the plan the docs give for
/// that endpoint or environment, else the code's own; no value for a code
/// outside the taxonomy, which has no plan.
constexpr std::optional<action_plan> plan_for(code c, const plan_context& where) noexcept {
    if (!c.is_known()) return std::nullopt;
    const std::size_t row = detail::context_row(c, where);
    return row < detail::plans_in_context.size() ? detail::plans_in_context[row].plan : c.plan();
}

/// Whether a code's plan is its causes' (DATA_UNAVAILABLE of a report: each
/// failing Item's own error), so a program that has the parsed error acts on
/// each cause (`for_each_plan`) rather than on the code's own plan.
constexpr bool follows_causes(code c) noexcept {
    for (auto value : detail::codes_following_causes)
        if (value == c.value()) return true;
    return false;
}

/// Calls `act(about, plan, item_id)` for each error a program acts on: each
/// cause where the code follows its causes and the error carries some (a
/// cause's `item_id` names the Item to act on), else the error itself (no
/// `item_id`). `plan` is `plan_for`'s, no value for a code outside the
/// taxonomy. A cause is an Item's own failure, not the called endpoint's, so
/// its plan reads only the environment.
template <class Act>
void for_each_plan(const error& e, const plan_context& where, Act&& act) {
    static const std::optional<std::string> no_item;
    if (!(e.code && follows_causes(*e.code) && !e.causes.empty())) {
        act(e, e.code ? plan_for(*e.code, where) : std::nullopt, no_item);
        return;
    }
    const plan_context of_causes{std::string_view{}, where.env};
    for (const cause& c : e.causes) {
        if (c.code && follows_causes(*c.code) && !c.causes.empty())
            for_each_plan(c, of_causes, act);
        else
            act(static_cast<const error&>(c), c.code ? plan_for(*c.code, of_causes) : std::nullopt, c.item_id);
    }
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
