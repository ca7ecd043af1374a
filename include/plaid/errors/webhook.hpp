#ifndef PLAID_ERRORS_WEBHOOK_HPP
#define PLAID_ERRORS_WEBHOOK_HPP

#include "detail/abi.hpp"

/// Reading Plaid webhooks: `parse_webhook(body)`, standard library only, with
/// the limits and failure kinds of `parse_error`. A webhook is one more
/// member table for the shape reader; its `error` is a nullable object, so
/// `"error": null` and a missing `error` are no error while a malformed one
/// is a failure naming `error`.

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "members.hpp"
#include "parse.hpp"
#include "parsed.hpp"
#include "shape_reader.hpp"
#include "webhook_code.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A webhook body as Plaid sends it: the members every webhook or the Item
/// webhooks carry, typed, and the names of the others (product members such
/// as `new_transactions`), which a program reads from its own JSON document
/// when it needs their values. Strings are kept as sent, so types and codes
/// this library does not know survive a round trip.
struct webhook {
    webhook_type type = webhook_type::unknown;  ///< `unknown` when `type_name` is not a known type
    std::string type_name;                      ///< `webhook_type` as sent
    std::optional<webhook_code> code;           ///< the documented pair, when (type, code) is one
    std::string code_name;                      ///< `webhook_code` as sent
    std::optional<std::string> item_id;
    std::optional<std::string> account_id;  ///< what the processor variants are keyed by
    std::optional<std::string> user_id;
    std::optional<std::string> environment_name;              ///< `environment` as sent
    webhook_environment environment = webhook_environment::unknown;  ///< also `unknown` when absent
    /// The error the webhook reports: no value for `"error": null` or no `error` at all.
    std::optional<plaid::error> error;
    std::optional<std::string> consent_expiration_time;  ///< ISO 8601, as sent (PENDING_EXPIRATION)
    std::optional<std::string> disconnect_time;          ///< ISO 8601, as sent (PENDING_DISCONNECT)
    std::optional<std::string> reason_name;              ///< `reason` as sent (PENDING_DISCONNECT)
    std::optional<pending_disconnect_reason> reason;     ///< `unknown` for an undocumented string
    /// The names of the members outside this table, in the body's order; a
    /// duplicate is listed each time, the empty name and names longer than
    /// `detail::json_reader::longest_name` (than any Plaid member's) not at all. They count against
    /// `parse_limits::max_array_elements`, as the strings of arrays do.
    std::vector<std::string> other_members;

    /// Whether the body had a member of that name outside the typed ones.
    bool has_other_member(std::string_view name) const noexcept {
        for (const auto& other : other_members)
            if (other == name) return true;
        return false;
    }
};

/// A webhook's members, in the order problems are reported.
template <>
struct shape<webhook> {
    static constexpr std::string_view noun = "Plaid webhook";
    static constexpr auto members = std::make_tuple(
        member{"webhook_type", json_kind::string, &webhook::type_name},
        member{"webhook_code", json_kind::string, &webhook::code_name},
        member{"item_id", json_kind::nullable_string, &webhook::item_id},
        member{"account_id", json_kind::nullable_string, &webhook::account_id},
        member{"user_id", json_kind::nullable_string, &webhook::user_id},
        member{"environment", json_kind::nullable_string, &webhook::environment_name},
        member{"error", json_kind::nullable_object, &webhook::error},
        member{"consent_expiration_time", json_kind::nullable_string, &webhook::consent_expiration_time},
        member{"disconnect_time", json_kind::nullable_string, &webhook::disconnect_time},
        member{"reason", json_kind::nullable_string, &webhook::reason_name});
    static constexpr auto derived = std::make_tuple(&webhook::type, &webhook::code, &webhook::environment, &webhook::reason);
    static constexpr auto others = &webhook::other_members;

    static void derive(webhook& w) noexcept {
        w.type = to_webhook_type(w.type_name).value_or(webhook_type::unknown);
        w.code = to_webhook_code(w.type, w.code_name);
        w.environment = w.environment_name ? to_webhook_environment(*w.environment_name) : webhook_environment::unknown;
        w.reason = w.reason_name ? std::optional(to_pending_disconnect_reason(*w.reason_name)) : std::nullopt;
    }
};

static_assert(detail::table_is_consistent<webhook>(), "each member's kind is the one its C++ type holds, and names are unique");
static_assert(detail::aggregate_size<webhook>() ==
                  member_count<webhook> + std::tuple_size_v<decltype(shape<webhook>::derived)> + 1,
              "every member of plaid::webhook is a row of its table, derived, or the names of the others");

inline bool operator==(const webhook& a, const webhook& b) {
    return same_members(a, b) && a.other_members == b.other_members;
}
inline bool operator!=(const webhook& a, const webhook& b) { return !(a == b); }

/// Parses a webhook body. Never throws: every problem, allocation failure
/// included, comes back as a `parse_failure` (`not_plaid_error` for a body
/// without string `webhook_type` and `webhook_code`; `wrong_field_type`
/// naming `error`, or the member inside it, for a malformed error).
inline parsed<webhook> parse_webhook(std::string_view body, const parse_limits& limits = {}) noexcept {
    return detail::parse_text<webhook>(body, limits);
}

/// Parses a bare error value that may be JSON null: a webhook's `error`, or
/// `/item/get`'s `item.error`, handed over as text. No value (and no
/// failure) for `null`; an error for an error object; a failure for anything
/// else, so that "no error" and "not an error" are told apart.
inline parsed<std::optional<plaid::error>> parse_nullable_error(std::string_view body, const parse_limits& limits = {}) noexcept {
    try {
        detail::json_reader json(body, limits.max_depth);
        if (body.size() <= limits.max_body_bytes && json.start() && json.type() == detail::json_reader::json_type::null &&
            json.skip_value() && json.finish())
            return std::optional<plaid::error>();
        auto result = parse_error(body, std::nullopt, limits);  // any other body: exactly what parse_error makes of it
        if (!result) return result.failure();
        return std::optional<plaid::error>(std::move(result).value());
    } catch (...) {
        return detail::out_of_memory_failure();
    }
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
