#ifndef PLAID_ERRORS_FORMAT_HPP
#define PLAID_ERRORS_FORMAT_HPP

#include "detail/abi.hpp"

#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

#if __has_include(<version>)
#include <version>
#endif
#if defined(__cpp_lib_format)
#include <format>
#endif

#include "action_plan.hpp"
#include "code.hpp"
#include "embedded_errors.hpp"
#include "error.hpp"
#include "error_type.hpp"
#include "link_error_code.hpp"
#include "link_exit.hpp"
#include "link_exit_status.hpp"
#include "oauth_response.hpp"
#include "preflight.hpp"
#include "redact.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// The name of an enumerator, or `type_name(value)` for a value outside the enum.
template <class Enum>
std::ostream& write_enum(std::ostream& out, std::string_view name, std::string_view type_name, Enum value) {
    if (!name.empty()) return out << name;
    return out << type_name << '(' << static_cast<unsigned>(static_cast<std::underlying_type_t<Enum>>(value)) << ')';
}

/// The name of each enum printed by its `to_string`; empty for every other type.
template <class T>
inline constexpr std::string_view enum_name{};
template <>
inline constexpr std::string_view enum_name<actor> = "actor";
template <>
inline constexpr std::string_view enum_name<retry_policy> = "retry_policy";
template <>
inline constexpr std::string_view enum_name<link_action> = "link_action";
template <>
inline constexpr std::string_view enum_name<remedy> = "remedy";
template <>
inline constexpr std::string_view enum_name<parse_failure_kind> = "parse_failure_kind";
template <>
inline constexpr std::string_view enum_name<environment> = "environment";
template <>
inline constexpr std::string_view enum_name<token_kind> = "token_kind";
template <>
inline constexpr std::string_view enum_name<token_defect> = "token_defect";
template <>
inline constexpr std::string_view enum_name<preflight_problem> = "preflight_problem";

/// Writes text received from the network on one line, as `loggable` writes it.
inline std::ostream& write_one_line(std::ostream& out, std::string_view text) { return out << loggable(text); }

}  // namespace detail

/// The wire string (`ITEM_LOGIN_REQUIRED`); `no code` for a default-constructed code.
inline std::ostream& operator<<(std::ostream& out, code c) {
    if (!c.is_known()) return out << "no code";
    return out << c.name();
}

/// The wire string (`INVALID_ACCESS_TOKEN`); the enum's name and the number,
/// `item_error(N)`, for a value outside the enum.
template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
std::ostream& operator<<(std::ostream& out, Enum value) {
    if (const auto name = to_string(value); !name.empty()) return out << name;
    // Each code enum is named after its type's wire string, in lower case.
    for (char c : to_string(code_enum<Enum>::type))
        out << static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out << '(' << static_cast<std::underlying_type_t<Enum>>(value) << ')';
}

/// The wire string (`ITEM_ERROR`); `unknown` for `error_type::unknown`.
inline std::ostream& operator<<(std::ostream& out, error_type type) {
    if (type == error_type::unknown) return out << "unknown";
    return detail::write_enum(out, to_string(type), "error_type", type);
}

/// Lower-case names (`end_user`, `not_json`, `sandbox`, ...): the enum's
/// `to_string`, or `enum_name(N)` for a value outside the enum.
template <class Enum, std::enable_if_t<!detail::enum_name<Enum>.empty(), int> = 0>
std::ostream& operator<<(std::ostream& out, Enum value) {
    return detail::write_enum(out, to_string(value), detail::enum_name<Enum>, value);
}

/// One line for logs: type and code as sent, the message, the request_id.
/// `INVALID_INPUT INVALID_ACCESS_TOKEN: could not find matching access token (request_id HNTDNrA8F1shFEW)`.
/// Every formatter of `plaid::error` goes through this function.
inline std::ostream& operator<<(std::ostream& out, const error& e) {
    detail::write_one_line(out, e.type_name) << ' ';
    detail::write_one_line(out, e.code_name);
    if (e.error_message && !e.error_message->empty()) detail::write_one_line(out << ": ", *e.error_message);
    if (e.request_id) detail::write_one_line(out << " (request_id ", *e.request_id) << ')';
    return out;
}

/// One line for logs: `invalid_grant: <error_description> (request_id ...)`, the code as sent.
inline std::ostream& operator<<(std::ostream& out, const oauth_error_response& e) {
    detail::write_one_line(out, e.error);
    if (e.error_description && !e.error_description->empty()) detail::write_one_line(out << ": ", *e.error_description);
    if (e.request_id) detail::write_one_line(out << " (request_id ", *e.request_id) << ')';
    return out;
}

/// One line for logs: `results[1].error (item_id ...): ` and the error as `operator<<` prints it.
inline std::ostream& operator<<(std::ostream& out, const embedded_error& e) {
    detail::write_one_line(out, e.path);
    if (e.item_id) detail::write_one_line(out << " (item_id ", *e.item_id) << ')';
    return out << ": " << e.error;
}

/// One line for logs: `report.warnings[0]: ASSET_REPORT_WARNING OWNERS_UNAVAILABLE`, then
/// `, caused by ` and its cause where it has one.
inline std::ostream& operator<<(std::ostream& out, const report_warning& w) {
    if (!w.path.empty()) detail::write_one_line(out, w.path) << ": ";
    detail::write_one_line(out, w.type_name) << ' ';
    detail::write_one_line(out, w.code_name);
    if (w.cause) out << ", caused by " << static_cast<const error&>(*w.cause);
    return out;
}

/// The wire string (`requires_credentials`); `unknown` for `link_exit_status::unknown`,
/// `link_exit_status(N)` for a value outside the enum.
inline std::ostream& operator<<(std::ostream& out, link_exit_status status) {
    if (status == link_exit_status::unknown) return out << "unknown";
    return detail::write_enum(out, to_string(status), "link_exit_status", status);
}

/// The wire string (`INVALID_LINK_TOKEN`); `unknown` for `link_error_code::unknown`,
/// `link_error_code(N)` for a value outside the enum.
inline std::ostream& operator<<(std::ostream& out, link_error_code c) {
    if (c == link_error_code::unknown) return out << "unknown";
    return detail::write_enum(out, to_string(c), "link_error_code", c);
}

/// One line for logs: the status as sent (`no status` without one), the institution, the
/// error as `operator<<` prints it or `no error`, then the session and request ids:
/// `requires_credentials at Citizens Bank (ins_20): ITEM_ERROR INVALID_CREDENTIALS: ... (link_session_id ..., request_id ...)`.
inline std::ostream& operator<<(std::ostream& out, const link_exit& e) {
    if (e.status_name)
        detail::write_one_line(out, *e.status_name);
    else
        out << "no status";
    if (e.institution_name) detail::write_one_line(out << " at ", *e.institution_name);
    if (e.institution_id) detail::write_one_line(out << (e.institution_name ? " (" : " at ("), *e.institution_id) << ')';
    if (e.error)
        out << ": " << *e.error;
    else
        out << ": no error";
    if (e.link_session_id) detail::write_one_line(out << " (link_session_id ", *e.link_session_id) << ')';
    if (e.request_id) detail::write_one_line(out << " (exit request_id ", *e.request_id) << ')';
    return out;
}

namespace detail {

/// Every type that `operator<<` above prints: the types each formatting
/// library's integration formats, so that none of them can miss one.
template <class T>
inline constexpr bool printed_by_stream = is_code_enum<T>::value || !enum_name<T>.empty() ||
                                          std::is_same_v<T, code> || std::is_same_v<T, error_type> ||
                                          std::is_same_v<T, error> || std::is_same_v<T, oauth_error_response> ||
                                          std::is_same_v<T, embedded_error> || std::is_same_v<T, report_warning> ||
                                          std::is_same_v<T, link_exit> || std::is_same_v<T, link_exit_status> ||
                                          std::is_same_v<T, link_error_code>;

/// The text of `operator<<`, which formatters then pad and align like any string.
template <class T>
std::string streamed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// A code's name, with its type where several types document that name:
/// how a test's expectation names the one code it means.
inline std::string name_with_type(code c) {
    auto text = streamed(c);
    if (c.is_known() && to_code(c.name()) != c) text.append(" under error_type ").append(streamed(c.type()));
    return text;
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#if defined(__cpp_lib_format)

namespace std {

/// Formats like `operator<<`, with the width, fill and alignment of a string.
template <class T>
    requires plaid::detail::printed_by_stream<T>
struct formatter<T, char> : formatter<string_view, char> {
    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const {
        return formatter<string_view, char>::format(plaid::detail::streamed(value), ctx);
    }
};

}  // namespace std

#endif

#endif
