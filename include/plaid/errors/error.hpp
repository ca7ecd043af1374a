#ifndef PLAID_ERRORS_ERROR_HPP
#define PLAID_ERRORS_ERROR_HPP

#include "detail/abi.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "code.hpp"
#include "codes.hpp"
#include "error_type.hpp"
#include "members.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

struct cause;

/// A Plaid error object (`PlaidError` in Plaid's OpenAPI spec), as parsed from
/// a response body or a webhook. Every string is kept as sent, so codes and
/// types this library does not know survive a round trip. Its JSON members
/// are listed in `plaid::shape<error>`: a member added here needs a row there.
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

/// `PlaidError`'s members. Problems are reported in this order: whichever
/// reader reads a body, the first bad member in it is the one named.
template <>
struct shape<error> {
    static constexpr auto members = std::make_tuple(
        member{"error_type", json_kind::string, &error::type_name},
        member{"error_code", json_kind::string, &error::code_name},
        member{"error_code_reason", json_kind::nullable_string, &error::error_code_reason},
        member{"error_message", json_kind::nullable_string, &error::error_message},
        member{"display_message", json_kind::nullable_string, &error::display_message},
        member{"request_id", json_kind::nullable_string, &error::request_id},
        member{"causes", json_kind::object_array, &error::causes},
        member{"status", json_kind::integer, &error::status},
        member{"documentation_url", json_kind::nullable_string, &error::documentation_url},
        member{"suggested_action", json_kind::nullable_string, &error::suggested_action},
        member{"required_account_subtypes", json_kind::string_array, &error::required_account_subtypes},
        member{"provided_account_subtypes", json_kind::string_array, &error::provided_account_subtypes});

    /// The typed forms of `error_type` and `error_code`, which `derive` computes.
    static constexpr auto derived = std::make_tuple(&error::type, &error::code);

    /// Sets the derived members from the names read: the type a string
    /// names, and the documented code of the pair, else the one code of that
    /// name under any type.
    static void derive(error& e) noexcept {
        e.type = to_error_type(e.type_name).value_or(error_type::unknown);
        e.code = to_code(e.type, e.code_name);
        if (!e.code) e.code = to_code(e.code_name);
    }
};

/// A cause's members: those of an error, then `item_id`.
template <>
struct shape<cause> {
    static constexpr auto members = std::tuple_cat(
        detail::rows_for_derived<cause, error>(),
        std::make_tuple(member{"item_id", json_kind::nullable_string, &cause::item_id}));
    static constexpr auto derived = shape<error>::derived;
    static void derive(cause& c) noexcept { shape<error>::derive(c); }
};

static_assert(detail::table_is_consistent<error>() && detail::table_is_consistent<cause>(),
              "each member's kind is the one its C++ type holds, and names are unique");
static_assert(detail::aggregate_size<error>() == member_count<error> + std::tuple_size_v<decltype(shape<error>::derived)>,
              "every member of plaid::error is a row of its table or derived");
static_assert(detail::aggregate_size<cause>() == 1 + (member_count<cause> - member_count<error>),
              "every member of plaid::cause but its error is a row of its table");

inline bool operator==(const error& a, const error& b) { return same_members(a, b); }
inline bool operator!=(const error& a, const error& b) { return !(a == b); }
inline bool operator==(const cause& a, const cause& b) { return same_members(a, b); }
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
    too_many_elements,  ///< more causes or array elements than `parse_limits` allow
    /// an OAuth error response (`error`, no `error_type` or `error_code`); `field` is `error`, and
    /// `parse_any_error` reads it
    oauth_response,
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
        case parse_failure_kind::too_many_elements: return "too_many_elements";
        case parse_failure_kind::oauth_response: return "oauth_response";
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
/// What a parse may hold, so that neither time nor memory grows with a
/// hostile body beyond a bound stated in the body's size: the defaults lie
/// far above what Plaid sends.
struct parse_limits {
    std::size_t max_body_bytes = 1024 * 1024;  ///< Plaid's error bodies are well under 4 KiB
    std::size_t max_depth = 32;                ///< Plaid's error bodies nest 3 levels deep at most
    /// Causes in a body, at every level together, as read: a member given
    /// twice counts twice. Each costs `sizeof(plaid::cause)` however short
    /// its JSON.
    std::size_t max_causes = 256;
    /// Strings in the arrays of a body (`required_account_subtypes`, ...),
    /// counted the same way. Each costs `sizeof(std::string)` however short
    /// its JSON.
    std::size_t max_array_elements = 1024;
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

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
