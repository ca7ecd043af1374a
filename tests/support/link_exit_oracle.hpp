#ifndef PLAID_ERRORS_TESTS_LINK_EXIT_ORACLE_HPP
#define PLAID_ERRORS_TESTS_LINK_EXIT_ORACLE_HPP

/// What the Link exit readers must answer, worked out with nlohmann/json, for
/// the differential test and the fuzz target, as webhook_oracle.hpp does for
/// `parse_webhook`:
/// - nlohmann/json rejects the body: a failure of a syntax kind naming no field;
/// - it accepts it: the outcome its document implies by the shape tables of
///   link_exit.hpp (members in table order, the first bad one named by its
///   path, a limit before any member), the nested `error` judged by
///   `parse_error` on its own document, then the documented choice of exit;
///   and the library's DOM reader gives the same outcome as the text reader.
/// `parse_any_link_exit` must answer what its rule makes of the two readers' answers.

#include <plaid/errors/document_reader.hpp>
#include <plaid/errors/link_exit.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "webhook_oracle.hpp"

namespace link_exit_oracle {

using json = nlohmann::json;
using plaid::parse_failure_kind;

struct tally {
    std::size_t accepted = 0;        ///< the reader gave an exit, as expected
    std::size_t failed_on_json = 0;  ///< nlohmann/json parsed the body; the reader failed, as expected
    std::size_t not_json = 0;        ///< nlohmann/json rejected the body
};

struct expected_failure {
    parse_failure_kind kind;
    std::string field;
};

/// An outcome: an exit or a failure.
struct outcome {
    std::optional<plaid::link_exit> exit;
    std::optional<expected_failure> failure;
};

/// Collects the first bad member in table order, a limit passed anywhere winning over it.
class judgement {
public:
    void bad(std::string field) {
        if (!first_) first_ = expected_failure{parse_failure_kind::wrong_field_type, std::move(field)};
    }
    void limit(parse_failure_kind kind) {
        if (!limit_) limit_ = expected_failure{kind, ""};
    }
    std::optional<expected_failure> result() const { return limit_ ? limit_ : first_; }

private:
    std::optional<expected_failure> first_, limit_;
};

/// The member `name` of `object`, or null for none; the last of duplicates, as nlohmann/json keeps it.
inline const json* member_of(const json& object, const char* name) {
    const auto it = object.find(name);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

inline std::optional<std::string> nullable_string(const json& object, const char* name, const std::string& prefix,
                                                  judgement& j) {
    const auto* value = member_of(object, name);
    if (!value) return std::nullopt;
    if (!value->is_string()) {
        j.bad(prefix + name);
        return std::nullopt;
    }
    return value->get<std::string>();
}

/// The nullable object `name` of an object at `level` (objects around it): no value for null or none,
/// or for a bad one, which is noted.
inline const json* nullable_object(const json& object, const char* name, const std::string& prefix, std::size_t level,
                                   judgement& j) {
    const auto* value = member_of(object, name);
    if (!value) return nullptr;
    if (!value->is_object()) {
        j.bad(prefix + name);
        return nullptr;
    }
    if (level == plaid::max_cause_depth) {
        j.limit(parse_failure_kind::too_deep);
        return nullptr;
    }
    return value;
}

/// A snake_case error object at `level`: what `parse_error` reads from it on its own.
inline std::optional<plaid::error> snake_error(const json& object, const std::string& prefix, std::size_t level,
                                               const plaid::parse_limits& limits, judgement& j) {
    const auto* e = nullable_object(object, "error", prefix, level, j);
    if (!e) return std::nullopt;
    if (level + 1 + webhook_oracle::cause_depth_of(*e) > plaid::max_cause_depth) {
        j.limit(parse_failure_kind::too_deep);
        return std::nullopt;
    }
    auto nested = plaid::parse_error(*e, std::nullopt, limits);
    if (nested) return std::move(*nested);
    const auto kind = nested.failure().kind;
    if (kind == parse_failure_kind::too_deep || kind == parse_failure_kind::too_many_elements)
        j.limit(kind);
    else
        j.bad(prefix + "error." + nested.failure().field);
    return std::nullopt;
}

/// What a snake_case metadata object holds.
struct metadata {
    std::optional<std::string> status, link_session_id, request_id, callback_type, institution_id, institution_name;
};

inline std::optional<metadata> snake_metadata(const json& object, const char* name, const std::string& prefix,
                                              std::size_t level, judgement& j) {
    const auto* m = nullable_object(object, name, prefix, level, j);
    if (!m) return std::nullopt;
    const std::string at = prefix + name + ".";
    metadata out;
    if (const auto* institution = nullable_object(*m, "institution", at, level + 1, j)) {
        out.institution_name = nullable_string(*institution, "name", at + "institution.", j);
        out.institution_id = nullable_string(*institution, "institution_id", at + "institution.", j);
    }
    out.status = nullable_string(*m, "status", at, j);
    out.link_session_id = nullable_string(*m, "link_session_id", at, j);
    out.request_id = nullable_string(*m, "request_id", at, j);
    out.callback_type = nullable_string(*m, "callback_type", at, j);
    return out;
}

struct snake_exit {
    std::optional<plaid::error> error;
    std::optional<metadata> meta;
};

inline plaid::link_exit exit_of(std::optional<plaid::error> error, const std::optional<metadata>& m) {
    plaid::link_exit out;
    out.error = std::move(error);
    if (m) {
        out.status_name = m->status;
        out.link_session_id = m->link_session_id;
        out.request_id = m->request_id;
        out.institution_id = m->institution_id;
        out.institution_name = m->institution_name;
    }
    out.status = out.status_name ? plaid::to_link_exit_status(*out.status_name) : plaid::link_exit_status::unknown;
    out.link_code = out.error ? plaid::to_link_error_code(out.error->code_name) : plaid::link_error_code::unknown;
    return out;
}

inline outcome not_an_exit(std::string field) { return {std::nullopt, expected_failure{parse_failure_kind::not_plaid_error, std::move(field)}}; }

/// What `parse_link_exit` must give for a document nlohmann/json read.
inline outcome expected_snake(const json& doc, const plaid::parse_limits& limits) {
    if (webhook_oracle::depth_of(doc) > limits.max_depth) return {std::nullopt, expected_failure{parse_failure_kind::too_deep, ""}};
    if (!doc.is_object()) return {std::nullopt, expected_failure{parse_failure_kind::not_object, ""}};
    judgement j;
    snake_exit top{snake_error(doc, "", 0, limits, j), snake_metadata(doc, "metadata", "", 0, j)};
    const auto callback = snake_metadata(doc, "link_callback_metadata", "", 0, j);
    std::optional<snake_exit> nested[2];
    const char* const nested_names[] = {"exit", "on_exit"};
    for (std::size_t i = 0; i < 2; ++i)
        if (const auto* e = nullable_object(doc, nested_names[i], "", 0, j)) {
            const std::string prefix = std::string(nested_names[i]) + ".";
            nested[i] = snake_exit{snake_error(*e, prefix, 1, limits, j), snake_metadata(*e, "metadata", prefix, 1, j)};
        }
    const auto session = nullable_string(doc, "link_session_id", "", j);
    if (auto failure = j.result()) return {std::nullopt, std::move(failure)};

    const snake_exit* chosen = &top;
    std::optional<metadata> meta = top.meta;
    std::string where = "metadata";
    if (nested[0] || nested[1]) {
        const std::size_t i = nested[0] ? 0 : 1;
        chosen = &*nested[i];
        meta = chosen->meta;
        where = std::string(nested_names[i]) + ".metadata";
    } else if (!top.meta && callback) {
        meta = callback;
        where = "link_callback_metadata";
        if (callback->callback_type && *callback->callback_type != "ON_EXIT") return not_an_exit("link_callback_metadata.callback_type");
    }
    if (!meta && !chosen->error) return not_an_exit(where);
    auto out = exit_of(chosen->error, meta);
    if (!out.link_session_id) out.link_session_id = session;
    return {std::move(out), std::nullopt};
}

/// What `parse_link_sdk_exit` must give for a document nlohmann/json read.
inline outcome expected_sdk(const json& doc, const plaid::parse_limits& limits) {
    if (webhook_oracle::depth_of(doc) > limits.max_depth) return {std::nullopt, expected_failure{parse_failure_kind::too_deep, ""}};
    if (!doc.is_object()) return {std::nullopt, expected_failure{parse_failure_kind::not_object, ""}};
    judgement j;
    std::optional<plaid::error> error;
    if (const auto* e = nullable_object(doc, "error", "", 0, j)) {
        json snake = json::object();
        for (const auto* name : {"errorCode", "errorType"}) {
            const auto it = e->find(name);
            if (it == e->end() || !it->is_string()) j.bad(std::string("error.") + name);
        }
        const auto message = nullable_string(*e, "errorMessage", "error.", j);
        const auto display = nullable_string(*e, "displayMessage", "error.", j);
        if (!j.result()) {
            snake["error_code"] = (*e)["errorCode"];
            snake["error_type"] = (*e)["errorType"];
            if (message) snake["error_message"] = *message;
            if (display) snake["display_message"] = *display;
            auto read = plaid::parse_error(snake, std::nullopt, limits);
            if (read) error = std::move(*read);
            else j.bad("error (a sound SDK error that parse_error refuses: " + read.failure().message + ")");
        }
    }
    std::optional<metadata> meta;
    if (const auto* m = nullable_object(doc, "metadata", "", 0, j)) {
        meta.emplace();
        meta->status = nullable_string(*m, "status", "metadata.", j);
        if (const auto* institution = nullable_object(*m, "institution", "metadata.", 1, j)) {
            meta->institution_id = nullable_string(*institution, "id", "metadata.institution.", j);
            meta->institution_name = nullable_string(*institution, "name", "metadata.institution.", j);
        }
        meta->link_session_id = nullable_string(*m, "linkSessionId", "metadata.", j);
        meta->request_id = nullable_string(*m, "requestId", "metadata.", j);
    }
    if (auto failure = j.result()) return {std::nullopt, std::move(failure)};
    if (!meta && !error) return not_an_exit("metadata");
    return {exit_of(std::move(error), meta), std::nullopt};
}

inline std::string describe(const plaid::parsed<plaid::link_exit>& result) {
    if (result) return "an exit with status '" + result->status_name.value_or("") + "'";
    return "failure " + std::string(plaid::to_string(result.failure().kind)) + " '" + result.failure().field + "': " +
           result.failure().message;
}

inline std::string describe(const outcome& o) {
    if (o.exit) return "an exit with status '" + o.exit->status_name.value_or("") + "'";
    return "failure " + std::string(plaid::to_string(o.failure->kind)) + " '" + o.failure->field + "'";
}

inline bool same(const plaid::parsed<plaid::link_exit>& ours, const outcome& expected) {
    if (expected.exit) return ours && *ours == *expected.exit;
    return !ours && ours.failure().kind == expected.failure->kind && ours.failure().field == expected.failure->field;
}

/// Whether two answers agree: equal exits, or failures of one kind naming one field.
inline bool same(const plaid::parsed<plaid::link_exit>& a, const plaid::parsed<plaid::link_exit>& b) {
    if (a.has_value() != b.has_value()) return false;
    return a ? *a == *b : a.failure().kind == b.failure().kind && a.failure().field == b.failure().field;
}

/// Empty when the reader `Body` (`link_exit_body`, `link_sdk_exit`) answers `body` as the document implies.
template <class Body>
std::string disagreement_of(std::string_view body, tally& seen, const plaid::parse_limits& limits,
                            const plaid::parsed<plaid::link_exit>& ours, outcome (*expected_from)(const json&, const plaid::parse_limits&)) {
    json doc;
    if (auto judged = webhook_oracle::judged_before_document(body, ours, limits, seen.not_json, doc,
                                                             [](const plaid::parsed<plaid::link_exit>& r) { return describe(r); }))
        return *judged;
    plaid::parsed<plaid::link_exit> dom(std::in_place);
    Body read;
    if (auto failure = plaid::detail::read_document(doc, limits, true, read)) {
        dom.emplace_failure(std::move(*failure));
    } else if (auto not_exit = plaid::detail::exit_from(read, dom.value())) {
        dom.emplace_failure(std::move(*not_exit));
    }
    if (!same(dom, ours)) return "the DOM reader says " + describe(dom) + ", the text reader " + describe(ours);
    const auto expected = expected_from(doc, limits);
    if (expected.exit) ++seen.accepted;
    else ++seen.failed_on_json;
    if (!same(ours, expected)) return "expected " + describe(expected) + ", got " + describe(ours);
    return "";
}

/// Empty when `parse_link_exit(body)` is what nlohmann/json's document implies; else what differs.
inline std::string disagreement(std::string_view body, tally& seen, const plaid::parse_limits& limits = {}) {
    return disagreement_of<plaid::detail::link_exit_body>(body, seen, limits, plaid::parse_link_exit(body, limits), &expected_snake);
}

/// The same for `parse_link_sdk_exit`.
inline std::string sdk_disagreement(std::string_view body, tally& seen, const plaid::parse_limits& limits = {}) {
    return disagreement_of<plaid::detail::link_sdk_exit>(body, seen, limits, plaid::parse_link_sdk_exit(body, limits), &expected_sdk);
}

/// Empty when `parse_any_link_exit(body)` follows its rule: the snake_case exit where it has a session or
/// request id, else the camelCase one where it reads and the other does not or it has one, else the snake_case answer.
inline std::string any_disagreement(std::string_view body, const plaid::parse_limits& limits = {}) {
    const auto snake = plaid::parse_link_exit(body, limits);
    const auto camel = plaid::parse_link_sdk_exit(body, limits);
    const bool snake_ids = snake && (snake->link_session_id || snake->request_id);
    const bool camel_wins = !snake_ids && camel && (!snake || camel->link_session_id || camel->request_id);
    const auto any = plaid::parse_any_link_exit(body, limits);
    if (!same(any, camel_wins ? camel : snake))
        return "parse_any_link_exit gave " + describe(any) + ", its rule " + describe(camel_wins ? camel : snake);
    return "";
}

}  // namespace link_exit_oracle

#endif
