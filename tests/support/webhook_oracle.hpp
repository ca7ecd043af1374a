#ifndef PLAID_ERRORS_TESTS_WEBHOOK_ORACLE_HPP
#define PLAID_ERRORS_TESTS_WEBHOOK_ORACLE_HPP

/// What `plaid::parse_webhook(body)` must answer, worked out with
/// nlohmann/json, for the differential test and the fuzz target:
/// - nlohmann/json rejects the body: a failure of a syntax kind (`not_json`,
///   `too_deep`, `nul_byte`, `empty_body`) naming no field;
/// - it accepts it: the outcome nlohmann/json's document implies, member by
///   member in table order, the nested `error` judged by `parse_error` on its
///   own document; and the library's DOM reader gives the same outcome.

#include <plaid/errors/document_reader.hpp>
#include <plaid/errors/webhook.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace webhook_oracle {

using json = nlohmann::json;
using plaid::parse_failure_kind;

struct tally {
    std::size_t accepted = 0;        ///< both parsed the webhook
    std::size_t failed_on_json = 0;  ///< nlohmann/json parsed the body; the webhook failed, as expected
    std::size_t not_json = 0;        ///< nlohmann/json rejected the body
};

inline std::size_t depth_of(const json& root) {
    std::size_t deepest = 0;
    std::vector<std::pair<const json*, std::size_t>> pending{{&root, root.is_structured() ? 1 : 0}};
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        deepest = std::max(deepest, depth);
        if (node->is_structured())
            for (const auto& child : *node)
                if (child.is_structured()) pending.emplace_back(&child, depth + 1);
    }
    return deepest;
}

inline std::size_t cause_depth_of(const json& root) {
    std::size_t deepest = 0;
    std::vector<std::pair<const json*, std::size_t>> pending{{&root, 0}};
    while (!pending.empty()) {
        const auto [node, level] = pending.back();
        pending.pop_back();
        deepest = std::max(deepest, level);
        if (!node->is_object()) continue;
        const auto causes = node->find("causes");
        if (causes == node->end() || !causes->is_array()) continue;
        for (const auto& cause : *causes)
            if (cause.is_object()) pending.emplace_back(&cause, level + 1);
    }
    return deepest;
}

/// The outcome a body must have: a failure's kind and field, or no value for a webhook.
struct expected_failure {
    parse_failure_kind kind;
    std::string field;
};

inline std::optional<std::string> optional_string(const json& doc, const char* name) {
    const auto it = doc.find(name);
    if (it == doc.end() || it->is_null() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

/// The failure the document implies, if any; `error` gets the nested error where it is one.
inline std::optional<expected_failure> judge(const json& doc, std::optional<plaid::error>& error,
                                             const plaid::parse_limits& limits) {
    if (depth_of(doc) > limits.max_depth) return expected_failure{parse_failure_kind::too_deep, ""};
    if (!doc.is_object()) return expected_failure{parse_failure_kind::not_object, ""};
    std::optional<expected_failure> first;
    const auto bad = [&](parse_failure_kind kind, std::string field) {
        if (!first) first = expected_failure{kind, std::move(field)};
    };
    for (const auto* name : {"webhook_type", "webhook_code"}) {
        const auto it = doc.find(name);
        if (it == doc.end() || !it->is_string()) bad(parse_failure_kind::not_plaid_error, name);
    }
    for (const auto* name : {"item_id", "account_id", "user_id", "environment"}) {
        const auto it = doc.find(name);
        if (it != doc.end() && !it->is_null() && !it->is_string()) bad(parse_failure_kind::wrong_field_type, name);
    }
    const auto e = doc.find("error");
    if (e != doc.end() && !e->is_null()) {
        if (!e->is_object()) {
            bad(parse_failure_kind::wrong_field_type, "error");
        } else if (cause_depth_of(*e) >= plaid::max_cause_depth) {  // the error sits one level down
            return expected_failure{parse_failure_kind::too_deep, ""};
        } else {
            auto nested = plaid::parse_error(*e, std::nullopt, limits);
            if (nested) {
                error = std::move(*nested);
            } else if (nested.failure().kind == parse_failure_kind::too_deep ||
                       nested.failure().kind == parse_failure_kind::too_many_elements) {
                return expected_failure{nested.failure().kind, ""};  // a limit is named before any member
            } else {
                bad(parse_failure_kind::wrong_field_type, "error." + nested.failure().field);
            }
        }
    }
    for (const auto* name : {"consent_expiration_time", "disconnect_time", "reason"}) {
        const auto it = doc.find(name);
        if (it != doc.end() && !it->is_null() && !it->is_string()) bad(parse_failure_kind::wrong_field_type, name);
    }
    return first;
}

inline std::string describe(const plaid::parsed<plaid::webhook>& result) {
    if (result) return "parsed " + result->type_name + "/" + result->code_name;
    return "failure " + std::string(plaid::to_string(result.failure().kind)) + " '" + result.failure().field + "': " +
           result.failure().message;
}

/// The judgement every reader's oracle makes before there is a document: a
/// body over the size limit, one with a NUL (where nlohmann/json ends its
/// input; the readers refuse every NUL), or one nlohmann/json rejects, must
/// fail with a syntax kind naming no field. A value (empty for agreement)
/// when the body is judged so; else no value, and `doc` holds the document.
template <class Result, class Describe>
std::optional<std::string> judged_before_document(std::string_view body, const Result& ours, const plaid::parse_limits& limits,
                                                  std::size_t& not_json, json& doc, Describe describe_result) {
    if (body.size() > limits.max_body_bytes)
        return !ours && ours.failure().kind == parse_failure_kind::body_too_large ? "" : "a body over the size limit not refused";
    if (body.find('\0') != std::string_view::npos)
        return !ours && ours.failure().kind == parse_failure_kind::nul_byte ? "" : "a NUL byte not refused";
    doc = json::parse(body.begin(), body.end(), nullptr, false);
    if (!doc.is_discarded()) return std::nullopt;
    ++not_json;
    if (ours) return "accepted a body nlohmann/json rejects";
    const auto kind = ours.failure().kind;
    const bool syntax = kind == parse_failure_kind::not_json || kind == parse_failure_kind::too_deep ||
                        kind == parse_failure_kind::nul_byte || kind == parse_failure_kind::empty_body;
    if (!syntax || !ours.failure().field.empty()) return "rejected JSON nlohmann/json rejects as " + describe_result(ours);
    return "";
}

/// Empty when the parser's answer for `body` is the one nlohmann/json implies; else what differs.
inline std::string disagreement(std::string_view body, tally& seen, const plaid::parse_limits& limits = {}) {
    const auto ours = plaid::parse_webhook(body, limits);
    json doc;
    if (auto judged = judged_before_document(body, ours, limits, seen.not_json, doc,
                                             [](const plaid::parsed<plaid::webhook>& r) { return describe(r); }))
        return *judged;
    std::optional<plaid::error> error;
    const auto expected = judge(doc, error, limits);

    plaid::parsed<plaid::webhook> dom(std::in_place);
    if (auto failure = plaid::detail::read_document(doc, limits, true, dom.value())) dom.emplace_failure(std::move(*failure));
    if (dom.has_value() != ours.has_value() ||
        (!ours && (dom.failure().kind != ours.failure().kind || dom.failure().field != ours.failure().field)))
        return "the DOM reader says " + describe(dom) + ", the text reader " + describe(ours);

    if (expected) {
        ++seen.failed_on_json;
        if (ours) return "accepted; expected failure " + std::string(plaid::to_string(expected->kind)) + " " + expected->field;
        if (ours.failure().kind != expected->kind || ours.failure().field != expected->field)
            return "expected failure " + std::string(plaid::to_string(expected->kind)) + " '" + expected->field + "', got " +
                   describe(ours);
        return "";
    }
    ++seen.accepted;
    if (!ours) return "expected a webhook, got " + describe(ours);
    const auto& w = *ours;
    if (w.type_name != doc["webhook_type"].get<std::string>() || w.code_name != doc["webhook_code"].get<std::string>())
        return "type or code differs";
    if (w.item_id != optional_string(doc, "item_id") || w.account_id != optional_string(doc, "account_id") ||
        w.user_id != optional_string(doc, "user_id") || w.environment_name != optional_string(doc, "environment") ||
        w.consent_expiration_time != optional_string(doc, "consent_expiration_time") ||
        w.disconnect_time != optional_string(doc, "disconnect_time") || w.reason_name != optional_string(doc, "reason"))
        return "a string member differs";
    if (w.error != error) return "the error differs from parse_error's on its document";
    if (w.type != plaid::to_webhook_type(w.type_name).value_or(plaid::webhook_type::unknown) ||
        w.code != plaid::to_webhook_code(w.type_name, w.code_name))
        return "the typed pair differs";
    std::set<std::string> others;
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (plaid::find_member<plaid::webhook>(it.key()) == plaid::member_count<plaid::webhook> && !it.key().empty() &&
            it.key().size() <= plaid::detail::json_reader::longest_name)
            others.insert(it.key());
    if (others != std::set<std::string>(w.other_members.begin(), w.other_members.end())) return "other_members differ";
    return "";
}

}  // namespace webhook_oracle

#endif
