#ifndef PLAID_ERRORS_LINK_EXIT_HPP
#define PLAID_ERRORS_LINK_EXIT_HPP

#include "detail/abi.hpp"

/// Reading how a user left Plaid Link, standard library only, with the
/// limits and failure kinds of `parse_error`: `parse_link_exit` for the
/// snake_case exit a server receives from Plaid, `parse_link_sdk_exit` for
/// the camelCase `LinkExit` a Link SDK hands an app, which forwards it. Both
/// give the same `plaid::link_exit`, so one handler serves every client.
/// The shapes are member tables for the shape reader; an `error` that is
/// null or absent is no error, a malformed one a failure naming it.

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "error.hpp"
#include "link_error_code.hpp"
#include "link_exit_status.hpp"
#include "members.hpp"
#include "parsed.hpp"
#include "shape_reader.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A Link exit, whichever form it came in. Strings are kept as sent, so a
/// status or code this version does not know survives with its typed form
/// then `unknown`.
struct link_exit {
    link_exit_status status = link_exit_status::unknown;  ///< also `unknown` when no status was sent
    std::optional<std::string> status_name;               ///< `status` as sent
    std::optional<std::string> link_session_id;           ///< what Plaid support asks for
    std::optional<std::string> request_id;                ///< of the last request Link made
    std::optional<std::string> institution_id;
    std::optional<std::string> institution_name;
    /// The error the user met, as `parse_error` reads an error: no value for
    /// `"error": null` or none. Its `code` is only ever a documented code;
    /// `link_code` says how a Link-only code or an alias resolves.
    std::optional<plaid::error> error;
    /// The error's `error_code` as a Link SDK names it; `unknown` without an
    /// error or for a code no SDK names.
    link_error_code link_code = link_error_code::unknown;
};

inline bool operator==(const link_exit& a, const link_exit& b) {
    return a.status == b.status && a.status_name == b.status_name && a.link_session_id == b.link_session_id &&
           a.request_id == b.request_id && a.institution_id == b.institution_id &&
           a.institution_name == b.institution_name && a.error == b.error && a.link_code == b.link_code;
}
inline bool operator!=(const link_exit& a, const link_exit& b) { return !(a == b); }

namespace detail {

/// The snake_case shapes: `LinkSessionExit` (`exit`, `on_exit`), its
/// metadata, and the LINK_DELIVERY LINK_CALLBACK webhook, whose exit is its
/// own `error` beside `link_callback_metadata`.
struct link_institution_wire {
    std::optional<std::string> name;
    std::optional<std::string> institution_id;
};

struct link_metadata_wire {
    std::optional<link_institution_wire> institution;
    std::optional<std::string> status;
    std::optional<std::string> link_session_id;
    std::optional<std::string> request_id;
    std::optional<std::string> callback_type;  ///< `link_callback_metadata` only: ON_EXIT for an exit
};

struct link_exit_wire {
    std::optional<plaid::error> error;
    std::optional<link_metadata_wire> metadata;
};

/// Any of the bodies `parse_link_exit` takes: an exit itself, an element of
/// `/link/token/get`'s `link_sessions` (with `exit` or `on_exit`), or the
/// callback webhook.
struct link_exit_body : link_exit_wire {
    std::optional<link_metadata_wire> link_callback_metadata;
    std::optional<link_exit_wire> exit;
    std::optional<link_exit_wire> on_exit;
    std::optional<std::string> link_session_id;
};

/// The camelCase shapes of the Link SDKs: `LinkExit`, `LinkExitMetadata`,
/// `LinkInstitution` and `LinkError`.
struct link_sdk_institution {
    std::optional<std::string> id;
    std::optional<std::string> name;
};

struct link_sdk_metadata {
    std::optional<std::string> status;
    std::optional<link_sdk_institution> institution;
    std::optional<std::string> link_session_id;
    std::optional<std::string> request_id;
};

struct link_sdk_error {
    std::string error_code;
    std::string error_type;
    std::optional<std::string> error_message;
    std::optional<std::string> display_message;
};

struct link_sdk_exit {
    std::optional<link_sdk_error> error;
    std::optional<link_sdk_metadata> metadata;
};

}  // namespace detail

template <>
struct shape<detail::link_institution_wire> {
    static constexpr auto members =
        std::make_tuple(member{"name", json_kind::nullable_string, &detail::link_institution_wire::name},
                        member{"institution_id", json_kind::nullable_string, &detail::link_institution_wire::institution_id});
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_institution_wire&) noexcept {}
};

template <>
struct shape<detail::link_metadata_wire> {
    static constexpr auto members = std::make_tuple(
        member{"institution", json_kind::nullable_object, &detail::link_metadata_wire::institution},
        member{"status", json_kind::nullable_string, &detail::link_metadata_wire::status},
        member{"link_session_id", json_kind::nullable_string, &detail::link_metadata_wire::link_session_id},
        member{"request_id", json_kind::nullable_string, &detail::link_metadata_wire::request_id},
        member{"callback_type", json_kind::nullable_string, &detail::link_metadata_wire::callback_type});
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_metadata_wire&) noexcept {}
};

template <>
struct shape<detail::link_exit_wire> {
    static constexpr auto members =
        std::make_tuple(member{"error", json_kind::nullable_object, &detail::link_exit_wire::error},
                        member{"metadata", json_kind::nullable_object, &detail::link_exit_wire::metadata});
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_exit_wire&) noexcept {}
};

template <>
struct shape<detail::link_exit_body> {
    static constexpr std::string_view noun = "Link exit";
    static constexpr auto members = std::tuple_cat(
        detail::rows_for_derived<detail::link_exit_body, detail::link_exit_wire>(),
        std::make_tuple(
            member{"link_callback_metadata", json_kind::nullable_object, &detail::link_exit_body::link_callback_metadata},
            member{"exit", json_kind::nullable_object, &detail::link_exit_body::exit},
            member{"on_exit", json_kind::nullable_object, &detail::link_exit_body::on_exit},
            member{"link_session_id", json_kind::nullable_string, &detail::link_exit_body::link_session_id}));
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_exit_body&) noexcept {}
};

template <>
struct shape<detail::link_sdk_institution> {
    static constexpr auto members =
        std::make_tuple(member{"id", json_kind::nullable_string, &detail::link_sdk_institution::id},
                        member{"name", json_kind::nullable_string, &detail::link_sdk_institution::name});
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_sdk_institution&) noexcept {}
};

template <>
struct shape<detail::link_sdk_metadata> {
    static constexpr auto members = std::make_tuple(
        member{"status", json_kind::nullable_string, &detail::link_sdk_metadata::status},
        member{"institution", json_kind::nullable_object, &detail::link_sdk_metadata::institution},
        member{"linkSessionId", json_kind::nullable_string, &detail::link_sdk_metadata::link_session_id},
        member{"requestId", json_kind::nullable_string, &detail::link_sdk_metadata::request_id});
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_sdk_metadata&) noexcept {}
};

template <>
struct shape<detail::link_sdk_error> {
    static constexpr auto members = std::make_tuple(
        member{"errorCode", json_kind::string, &detail::link_sdk_error::error_code},
        member{"errorType", json_kind::string, &detail::link_sdk_error::error_type},
        member{"errorMessage", json_kind::nullable_string, &detail::link_sdk_error::error_message},
        member{"displayMessage", json_kind::nullable_string, &detail::link_sdk_error::display_message});
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_sdk_error&) noexcept {}
};

template <>
struct shape<detail::link_sdk_exit> {
    static constexpr std::string_view noun = "Link SDK exit";
    static constexpr auto members =
        std::make_tuple(member{"error", json_kind::nullable_object, &detail::link_sdk_exit::error},
                        member{"metadata", json_kind::nullable_object, &detail::link_sdk_exit::metadata});
    static constexpr std::tuple<> derived{};
    static void derive(detail::link_sdk_exit&) noexcept {}
};

namespace detail {

static_assert(table_is_consistent<link_institution_wire>() && table_is_consistent<link_metadata_wire>() &&
                  table_is_consistent<link_exit_wire>() && table_is_consistent<link_exit_body>() &&
                  table_is_consistent<link_sdk_institution>() && table_is_consistent<link_sdk_metadata>() &&
                  table_is_consistent<link_sdk_error>() && table_is_consistent<link_sdk_exit>(),
              "each member's kind is the one its C++ type holds, and names are unique");
static_assert(aggregate_size<link_metadata_wire>() == member_count<link_metadata_wire> &&
                  aggregate_size<link_sdk_metadata>() == member_count<link_sdk_metadata> &&
                  aggregate_size<link_sdk_error>() == member_count<link_sdk_error> &&
                  aggregate_size<link_exit_body>() == 1 + member_count<link_exit_body> - member_count<link_exit_wire>,
              "every member of a Link shape is a row of its table");

/// A failure for a body that reads soundly but is no exit: `field` names
/// the member that makes it so.
inline parse_failure not_an_exit(std::string_view noun, std::string_view field, std::string_view why) {
    auto failure = failure_saying(parse_failure_kind::not_plaid_error, {"not a ", noun, ": ", field, " ", why});
    failure.field = std::string(field);
    return failure;
}

/// Sets the members every form shares, once the error and status are in.
/// The record of a Link error code; entry 0's for a value outside the enum.
constexpr const link_error_code_record& link_record(link_error_code c) noexcept {
    const auto i = static_cast<std::size_t>(c);
    return link_error_code_records[i < link_error_code_records.size() ? i : 0];
}

inline void finish_exit(link_exit& out) noexcept {
    out.status = out.status_name ? to_link_exit_status(*out.status_name) : link_exit_status::unknown;
    out.link_code = out.error ? to_link_error_code(out.error->code_name) : link_error_code::unknown;
}

inline std::optional<parse_failure> exit_from(link_exit_body& body, link_exit& out) {
    link_exit_wire* chosen = &body;
    std::optional<link_metadata_wire>* metadata = &body.metadata;
    std::string_view where = "metadata";
    if (body.exit || body.on_exit) {
        chosen = body.exit ? &*body.exit : &*body.on_exit;
        metadata = &chosen->metadata;
        where = body.exit ? "exit.metadata" : "on_exit.metadata";
    } else if (!body.metadata && body.link_callback_metadata) {
        metadata = &body.link_callback_metadata;
        where = "link_callback_metadata";
        if (metadata->value().callback_type && *metadata->value().callback_type != "ON_EXIT")
            return not_an_exit("Link exit", "link_callback_metadata.callback_type",
                               *metadata->value().callback_type == "ON_SUCCESS" ? "is ON_SUCCESS" : "is not ON_EXIT");
    }
    if (!*metadata && !chosen->error) return not_an_exit("Link exit", where, "is missing or null, and so is error");
    out.error = std::move(chosen->error);
    if (auto& m = *metadata) {
        out.status_name = std::move(m->status);
        out.link_session_id = std::move(m->link_session_id);
        out.request_id = std::move(m->request_id);
        if (m->institution) {
            out.institution_id = std::move(m->institution->institution_id);
            out.institution_name = std::move(m->institution->name);
        }
    }
    if (!out.link_session_id) out.link_session_id = std::move(body.link_session_id);
    finish_exit(out);
    return std::nullopt;
}

inline std::optional<parse_failure> exit_from(link_sdk_exit& body, link_exit& out) {
    if (!body.metadata && !body.error) return not_an_exit("Link SDK exit", "metadata", "is missing or null, and so is error");
    if (body.error) {
        auto& e = out.error.emplace();
        e.type_name = std::move(body.error->error_type);
        e.code_name = std::move(body.error->error_code);
        e.error_message = std::move(body.error->error_message);
        e.display_message = std::move(body.error->display_message);
        shape<plaid::error>::derive(e);
    }
    if (auto& m = body.metadata) {
        out.status_name = std::move(m->status);
        out.link_session_id = std::move(m->link_session_id);
        out.request_id = std::move(m->request_id);
        if (m->institution) {
            out.institution_id = std::move(m->institution->id);
            out.institution_name = std::move(m->institution->name);
        }
    }
    finish_exit(out);
    return std::nullopt;
}

template <class Body>
parsed<link_exit> read_exit(std::string_view text, const parse_limits& limits) noexcept {
    try {
        Body body;
        if (auto failure = read_text(text, limits, body)) return std::move(*failure);
        parsed<link_exit> result(std::in_place);
        if (auto failure = exit_from(body, result.value())) result.emplace_failure(std::move(*failure));
        return result;
    } catch (...) {
        return out_of_memory_failure();
    }
}

}  // namespace detail

/// Parses a Link exit as Plaid sends it to a server: the `exit` (or the
/// deprecated `on_exit`) of an element of `/link/token/get`'s
/// `link_sessions`, such an element whole (`exit` is read before
/// `on_exit`), or the LINK_DELIVERY LINK_CALLBACK webhook of Hosted Link.
/// Never throws. A body that is neither an exit nor a session with one
/// (no `metadata` and no `error`), or a callback of another `callback_type`,
/// fails as `not_plaid_error`; a malformed member as `wrong_field_type`
/// naming it (`metadata.institution.name`).
inline parsed<link_exit> parse_link_exit(std::string_view body, const parse_limits& limits = {}) noexcept {
    return detail::read_exit<detail::link_exit_body>(body, limits);
}

/// Parses the camelCase `LinkExit` a Link SDK gives the app's exit callback
/// (`error.errorCode`, `error.errorType`, `error.errorMessage`,
/// `error.displayMessage`, `metadata.status`, `metadata.linkSessionId`,
/// `metadata.requestId`, `metadata.institution.{id,name}`), as an app
/// forwards it to its server. Never throws; failures as `parse_link_exit`'s,
/// an error without string `errorCode` and `errorType` failing as
/// `wrong_field_type` naming the member.
inline parsed<link_exit> parse_link_sdk_exit(std::string_view body, const parse_limits& limits = {}) noexcept {
    return detail::read_exit<detail::link_sdk_exit>(body, limits);
}

/// Parses an exit in either form, for a server that takes exits from its
/// own apps and from Plaid alike: the camelCase form where only it reads,
/// or where both read and only it found the session or request id (an exit
/// without an error reads in both); else the snake_case form, whose failure
/// is the one returned when neither reads. Never throws.
inline parsed<link_exit> parse_any_link_exit(std::string_view body, const parse_limits& limits = {}) noexcept {
    auto snake = parse_link_exit(body, limits);
    if (snake && (snake->link_session_id || snake->request_id)) return snake;
    auto camel = parse_link_sdk_exit(body, limits);
    if (camel && (!snake || camel->link_session_id || camel->request_id)) return camel;
    return snake;
}

/// The documented code an exit's error stands for: its own `code`, else
/// the code an alias (`INVALD_UPDATED_USERNAME`) spells differently; no
/// value without an error, and for a Link-only or unknown code.
inline std::optional<plaid::code> resolved_code(const link_exit& e) noexcept {
    if (!e.error) return std::nullopt;
    if (e.error->code) return e.error->code;
    const auto& record = detail::link_record(e.link_code);
    if (record.resolution == link_code_resolution::alias) return record.code;
    return std::nullopt;
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
