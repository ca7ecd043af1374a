#ifndef PLAID_ERRORS_WEBHOOK_FORMAT_HPP
#define PLAID_ERRORS_WEBHOOK_FORMAT_HPP

#include "detail/abi.hpp"

/// Printing webhooks and Item health as <plaid/errors/format.hpp> prints
/// errors: `operator<<`, and through it `std::format` (C++20), fmt (with
/// <plaid/errors/fmt.hpp>) and the test frameworks' printers. Text received
/// from the network is written on one line, tokens redacted and controls
/// escaped, as `loggable` writes it. Include it wherever these values are formatted.

#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "error_code_reason.hpp"
#include "format.hpp"
#include "item_health.hpp"
#include "webhook.hpp"
#include "webhook_code.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

template <>
inline constexpr std::string_view enum_name<item_state> = "item_state";

template <>
inline constexpr bool printed_by_stream<webhook_code> = true;
template <>
inline constexpr bool printed_by_stream<webhook_type> = true;
template <>
inline constexpr bool printed_by_stream<webhook_environment> = true;
template <>
inline constexpr bool printed_by_stream<pending_disconnect_reason> = true;
template <>
inline constexpr bool printed_by_stream<error_code_reason> = true;
template <>
inline constexpr bool printed_by_stream<webhook> = true;
template <>
inline constexpr bool printed_by_stream<item_health> = true;

/// A wire-string enum whose 0 stands for strings the library does not know:
/// the wire string, `unknown`, or `type_name(N)` for a value outside the enum.
template <class Enum>
std::ostream& write_wire_enum(std::ostream& out, std::string_view name, std::string_view type_name, Enum value) {
    if (name.empty() && static_cast<std::underlying_type_t<Enum>>(value) == 0) return out << "unknown";
    return write_enum(out, name, type_name, value);
}

/// Writes each present member as `name value`, the first after `first`, the
/// others after `, `; whether it wrote any.
inline bool write_members(
    std::ostream& out, const char* first,
    std::initializer_list<std::pair<std::optional<std::string> webhook::*, const std::optional<std::string>*>> members) {
    const char* separator = first;
    for (const auto& [member, value] : members) {
        if (!*value) continue;
        write_one_line(out << separator << member_name<webhook>(member) << ' ', **value);
        separator = ", ";
    }
    return separator != first;
}

}  // namespace detail

/// The type and code as sent (`ITEM PENDING_DISCONNECT`), since several
/// types document one code name; `no webhook` for no pair.
inline std::ostream& operator<<(std::ostream& out, webhook_code c) {
    if (!c.is_known()) return out << "no webhook";
    return out << c.type_name() << ' ' << c.name();
}

/// The code name of a per-type enum (`PENDING_DISCONNECT`); the enum's name
/// and the number, `item_webhook(N)`, for a value outside it.
template <class Enum, std::enable_if_t<is_webhook_code_enum<Enum>::value, int> = 0>
std::ostream& operator<<(std::ostream& out, Enum value) {
    if (const auto name = to_string(value); !name.empty()) return out << name;
    for (char c : to_string(webhook_code_enum<Enum>::type))
        out << static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out << "_webhook(" << static_cast<std::underlying_type_t<Enum>>(value) << ')';
}

/// The wire string (`ITEM`); `unknown` for `webhook_type::unknown`.
inline std::ostream& operator<<(std::ostream& out, webhook_type t) {
    return detail::write_wire_enum(out, to_string(t), "webhook_type", t);
}

/// The wire string (`sandbox`); `unknown` for `webhook_environment::unknown`.
inline std::ostream& operator<<(std::ostream& out, webhook_environment e) {
    return detail::write_wire_enum(out, to_string(e), "webhook_environment", e);
}

/// The wire string (`INSTITUTION_MIGRATION`); `unknown` for an undocumented reason.
inline std::ostream& operator<<(std::ostream& out, pending_disconnect_reason r) {
    return detail::write_wire_enum(out, to_string(r), "pending_disconnect_reason", r);
}

/// The wire string (`OAUTH_INVALID_TOKEN`); `unknown` for an undocumented reason.
inline std::ostream& operator<<(std::ostream& out, error_code_reason r) {
    return detail::write_wire_enum(out, to_string(r), "error_code_reason", r);
}

/// One line for logs: type and code as sent, the members that key the
/// webhook, then the Item-health members and the error as `operator<<`
/// prints an error:
/// `ITEM PENDING_DISCONNECT (item_id wz66..., environment production): reason INSTITUTION_MIGRATION, disconnect_time 2020-01-15T13:25:17.766Z`.
inline std::ostream& operator<<(std::ostream& out, const webhook& w) {
    detail::write_one_line(out, w.type_name) << ' ';
    detail::write_one_line(out, w.code_name);
    if (detail::write_members(out, " (", {{&webhook::item_id, &w.item_id},
                                          {&webhook::account_id, &w.account_id},
                                          {&webhook::user_id, &w.user_id},
                                          {&webhook::environment_name, &w.environment_name}}))
        out << ')';
    const bool details = detail::write_members(out, ": ", {{&webhook::reason_name, &w.reason_name},
                                                          {&webhook::disconnect_time, &w.disconnect_time},
                                                          {&webhook::consent_expiration_time, &w.consent_expiration_time}});
    if (w.error) out << (details ? ", " : ": ") << member_name<webhook>(&webhook::error) << ' ' << *w.error;
    return out;
}

/// One line for logs: the state, what set it (the error's code and
/// `error_code_reason`, or the time and reason of a pending state), then its
/// action plan: `pending_disconnect until 2020-01-15T13:25:17.766Z, reason
/// INSTITUTION_MIGRATION: end_user acts, link update_mode, retry after_action, keep the Item`.
/// The note, which is the library's own text, is left to `item_health::note`.
inline std::ostream& operator<<(std::ostream& out, const item_health& h) {
    out << h.state;
    if (h.code) out << ' ' << *h.code;
    if (h.reason) out << " (error_code_reason " << *h.reason << ')';
    if (h.until) detail::write_one_line(out << " until ", *h.until);
    if (h.disconnect_reason) out << ", reason " << *h.disconnect_reason;
    return out << ": " << h.plan.who << " acts, link " << h.plan.link << ", retry " << h.plan.retry
               << (h.plan.remove_item ? ", remove the Item" : ", keep the Item");
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
