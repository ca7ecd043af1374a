#ifndef PLAID_ERRORS_ITEM_HEALTH_HPP
#define PLAID_ERRORS_ITEM_HEALTH_HPP

#include "detail/abi.hpp"

/// An Item's health from what Plaid tells about it: `item_health_of(webhook)`
/// for each incoming webhook, `item_health_of_item_get(body)` for an
/// `/item/get` response. Each state comes with an action plan in the words of
/// `plaid::action_plan` (who acts, update mode or not, remove the Item or
/// not), from the table generated from cmake/webhooks/webhooks.json.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "action_plan.hpp"
#include "code.hpp"
#include "error.hpp"
#include "error_code_reason.hpp"
#include "item_health_table.hpp"
#include "members.hpp"
#include "parsed.hpp"
#include "shape_reader.hpp"
#include "webhook.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// What an Item's state is and what to do about it.
struct item_health {
    item_state state = item_state::healthy;
    action_plan plan{};
    std::string_view note;                  ///< what to do, in a line
    std::optional<plaid::code> code;        ///< the error's code, where an error set the state and its code is documented
    std::optional<error_code_reason> reason;  ///< `login_required`: why, where the error says
    std::optional<std::string> until;         ///< `pending_*`: the time as sent; `healthy` from `/item/get`: consent expiry
    std::optional<pending_disconnect_reason> disconnect_reason;  ///< `pending_disconnect`
};

/// The name of a state (`"pending_disconnect"`); empty for a value outside the enum.
constexpr std::string_view to_string(item_state state) noexcept {
    const auto i = static_cast<std::size_t>(state);
    return i < detail::item_health_rules.size() ? detail::item_health_rules[i].name : std::string_view{};
}

/// The ITEM webhook that announces `state`; no pair for the states an error or `/item/get` tells.
constexpr webhook_code announcing_webhook(item_state state) noexcept {
    const auto i = static_cast<std::size_t>(state);
    return i < detail::item_health_rules.size() ? webhook_code::from_value(detail::item_health_rules[i].webhook)
                                                : webhook_code{};
}

namespace detail {

inline item_health health_in(item_state state) {
    const auto& rule = item_health_rules[static_cast<std::size_t>(state)];
    return {state, rule.plan, rule.note, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
}

/// The state an error puts an Item in: login required for ITEM_LOGIN_REQUIRED,
/// else an error with its code's plan (`remedy::unknown`'s empty plan for an
/// undocumented code).
inline item_health health_from(const plaid::error& e) {
    if (e.code == code(item_error::item_login_required)) {
        auto health = health_in(item_state::login_required);
        health.plan = e.code->plan();
        health.code = e.code;
        health.reason = error_code_reason_of(e.error_code_reason);
        return health;
    }
    auto health = health_in(item_state::error);
    if (e.code) {
        health.plan = e.code->plan();
        health.code = e.code;
    }
    return health;
}

/// `/item/get`'s `item`, only the members the Item's health needs.
struct item_get_item {
    std::optional<std::string> item_id;
    std::optional<plaid::error> error;
    std::optional<std::string> consent_expiration_time;
};

/// An `/item/get` response, only its `item`.
struct item_get_response {
    std::optional<item_get_item> item;
};

}  // namespace detail

template <>
struct shape<detail::item_get_item> {
    static constexpr auto members = std::make_tuple(
        member{"item_id", json_kind::nullable_string, &detail::item_get_item::item_id},
        member{"error", json_kind::nullable_object, &detail::item_get_item::error},
        member{"consent_expiration_time", json_kind::nullable_string, &detail::item_get_item::consent_expiration_time});
    static constexpr std::tuple<> derived{};
    static void derive(detail::item_get_item&) noexcept {}
};

template <>
struct shape<detail::item_get_response> {
    static constexpr std::string_view noun = "Plaid /item/get response";
    static constexpr auto members = std::make_tuple(member{"item", json_kind::nullable_object, &detail::item_get_response::item});
    static constexpr std::tuple<> derived{};
    static void derive(detail::item_get_response&) noexcept {}
};

/// The Item's state after `w`: no value for a webhook that says nothing
/// about it (another product's webhook without an error, an ITEM webhook
/// such as WEBHOOK_UPDATE_ACKNOWLEDGED). Any webhook carrying an error sets
/// the state from the error; ITEM ERROR without one is an error of unknown
/// remedy.
inline std::optional<item_health> item_health_of(const webhook& w) {
    const auto item = w.code ? w.code->as<item_webhook>() : std::nullopt;
    if (w.error && item != item_webhook::user_permission_revoked) return detail::health_from(*w.error);
    if (!item) return std::nullopt;
    for (const auto& rule : detail::item_health_rules) {
        if (rule.webhook != w.code->value()) continue;
        auto health = detail::health_in(rule.state);
        if (rule.state == item_state::pending_expiration) health.until = w.consent_expiration_time;
        if (rule.state == item_state::pending_disconnect) {
            health.until = w.disconnect_time;
            health.disconnect_reason = w.reason;
        }
        return health;
    }
    return std::nullopt;
}

/// The Item's state from an `/item/get` response body: healthy when
/// `item.error` is null, else the state its error puts the Item in. Never
/// throws; a body without an `item` object fails as `not_plaid_error`.
inline parsed<item_health> item_health_of_item_get(std::string_view body, const parse_limits& limits = {}) noexcept {
    try {
        detail::item_get_response response;
        if (auto failure = detail::read_text(body, limits, response)) return *std::move(failure);
        if (!response.item) {
            auto failure = detail::failure_saying(parse_failure_kind::not_plaid_error,
                                                  {"not a Plaid /item/get response: item is missing or null"});
            failure.field = "item";
            return failure;
        }
        if (response.item->error) return detail::health_from(*response.item->error);
        auto health = detail::health_in(item_state::healthy);
        health.until = std::move(response.item->consent_expiration_time);
        return health;
    } catch (...) {
        return detail::out_of_memory_failure();
    }
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
