#ifndef PLAID_ERRORS_ERROR_HPP
#define PLAID_ERRORS_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "code.hpp"
#include "codes.hpp"

namespace plaid {
inline namespace errors_v1 {

struct cause;

/// A Plaid error object (`PlaidError` in Plaid's OpenAPI spec), as parsed from
/// a response body or a webhook. Every string is kept as sent, so codes and
/// types this library does not know survive a round trip.
///
/// `code` is set whenever (`type_name`, `code_name`) is a documented pair, and
/// also when `code_name` alone names exactly one documented code under another
/// type: Plaid sends USER_PERMISSION_REVOKED as ITEM_ERROR in webhooks and the
/// remedy is the same. `documented_pair()` tells which of the two it is.
struct error {
    error_type type = error_type::unknown;  ///< `unknown` when `type_name` is not a known type
    std::string type_name;                  ///< `error_type` as sent
    std::optional<plaid::code> code;        ///< the documented code, when one matches (see above)
    std::string code_name;                  ///< `error_code` as sent
    std::optional<std::string> error_code_reason;
    std::optional<std::string> error_message;    ///< null (or absent) and "" stay distinct
    std::optional<std::string> display_message;  ///< null or absent: no value
    std::optional<std::string> request_id;       ///< absent in webhook errors
    std::vector<cause> causes;
    /// HTTP status: the transport's when the caller gave one, else the body's `status`.
    std::optional<int> status;
    std::optional<std::string> documentation_url;
    std::optional<std::string> suggested_action;
    std::vector<std::string> required_account_subtypes;  ///< absent or null: empty
    std::vector<std::string> provided_account_subtypes;  ///< absent or null: empty

    /// Whether (type, code) is exactly a pair the taxonomy documents.
    bool documented_pair() const noexcept { return code && code->type() == type; }
};

/// One entry of `causes`: a Plaid error about one Item.
struct cause : error {
    std::optional<std::string> item_id;
};

inline bool operator==(const cause& a, const cause& b);

inline bool operator==(const error& a, const error& b) {
    return a.type == b.type && a.type_name == b.type_name && a.code == b.code &&
           a.code_name == b.code_name &&
           a.error_code_reason == b.error_code_reason && a.error_message == b.error_message &&
           a.display_message == b.display_message && a.request_id == b.request_id && a.causes == b.causes &&
           a.status == b.status && a.documentation_url == b.documentation_url &&
           a.suggested_action == b.suggested_action && a.required_account_subtypes == b.required_account_subtypes &&
           a.provided_account_subtypes == b.provided_account_subtypes;
}
inline bool operator!=(const error& a, const error& b) { return !(a == b); }

inline bool operator==(const cause& a, const cause& b) {
    return static_cast<const error&>(a) == static_cast<const error&>(b) && a.item_id == b.item_id;
}
inline bool operator!=(const cause& a, const cause& b) { return !(a == b); }

/// Why a body is not a Plaid error.
enum class parse_failure_kind : std::uint8_t {
    empty_body = 1,    ///< zero bytes, or only JSON whitespace
    nul_byte,          ///< a NUL byte anywhere in the body
    body_too_large,    ///< longer than `parse_limits::max_body_bytes`
    not_json,          ///< a JSON syntax error; `offset` says where
    too_deep,          ///< nesting deeper than `parse_limits::max_depth`
    not_object,        ///< valid JSON whose top level is not an object
    not_plaid_error,   ///< `error_type` or `error_code` missing or not a string; `field` names it
    wrong_field_type,  ///< a known field holds the wrong JSON type; `field` names it
    out_of_memory,     ///< allocation failed while building the result
};

/// Snake-case name of a failure kind (`"not_json"`, ...), as tools print it.
constexpr std::string_view to_string(parse_failure_kind kind) noexcept {
    switch (kind) {
        case parse_failure_kind::empty_body: return "empty_body";
        case parse_failure_kind::nul_byte: return "nul_byte";
        case parse_failure_kind::body_too_large: return "body_too_large";
        case parse_failure_kind::not_json: return "not_json";
        case parse_failure_kind::too_deep: return "too_deep";
        case parse_failure_kind::not_object: return "not_object";
        case parse_failure_kind::not_plaid_error: return "not_plaid_error";
        case parse_failure_kind::wrong_field_type: return "wrong_field_type";
        case parse_failure_kind::out_of_memory: return "out_of_memory";
    }
    return {};
}

/// A clear reason a body was not parsed: what went wrong and where.
struct parse_failure {
    parse_failure_kind kind;
    std::optional<std::size_t> offset;  ///< byte offset in the body, where one applies
    std::string field;                  ///< the offending field's path (`causes[1].status`), where one applies
    std::string message;                ///< one line for humans
};

/// How deep `causes` may nest in a parsed error (a cause of a cause ...),
/// whatever `parse_limits` say: copying, comparing, destroying, converting
/// and redacting an error recurse once per level, so the bound keeps every
/// operation on a parsed error within a small stack. Deeper bodies fail as
/// `too_deep`. Plaid's bodies nest causes one level deep.
inline constexpr std::size_t max_cause_depth = 8;

/// Limits that keep memory and time bounded on hostile bodies.
struct parse_limits {
    std::size_t max_body_bytes = 1024 * 1024;  ///< Plaid's error bodies are well under 4 KiB
    std::size_t max_depth = 32;                ///< Plaid's error bodies nest 3 levels deep at most
};

/// Either a parsed `error` or the `parse_failure` saying why there is none.
class parse_result {
public:
    parse_result(plaid::error value) : state_(std::move(value)) {}
    /// Holds an empty error, for a parser to fill in place.
    explicit parse_result(std::in_place_t) : state_(std::in_place_index<0>) {}
    parse_result(parse_failure failure) : state_(std::move(failure)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The error; throws std::bad_variant_access when `has_value()` is false.
    const plaid::error& value() const& { return std::get<0>(state_); }
    plaid::error& value() & { return std::get<0>(state_); }
    plaid::error&& value() && { return std::get<0>(std::move(state_)); }
    const plaid::error& operator*() const& { return value(); }
    plaid::error& operator*() & { return value(); }
    const plaid::error* operator->() const { return &value(); }
    plaid::error* operator->() { return &value(); }

    /// The failure; throws std::bad_variant_access when `has_value()` is true.
    const parse_failure& failure() const& { return std::get<1>(state_); }

    /// Replaces the error or failure held with `why`, built in place: unlike
    /// assigning a `parse_result`, it never moves an error.
    void emplace_failure(parse_failure why) noexcept { state_.emplace<1>(std::move(why)); }

private:
    std::variant<plaid::error, parse_failure> state_;
};

}  // namespace errors_v1
}  // namespace plaid

#endif
