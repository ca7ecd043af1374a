#ifndef PLAID_ERRORS_WEBHOOK_TESTING_HPP
#define PLAID_ERRORS_WEBHOOK_TESTING_HPP

#include "detail/abi.hpp"

/// Test fixtures for code that receives Plaid webhooks: the body of each
/// documented (webhook_type, webhook_code) pair, which is the spec's example
/// byte for byte where the spec has one, and a builder for variations of it,
/// derived from the webhook table as <plaid/errors/testing.hpp> derives error
/// responses from the taxonomy.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "code.hpp"
#include "detail/webhook_examples.hpp"
#include "error_code_reason.hpp"
#include "testing.hpp"
#include "webhook.hpp"
#include "webhook_code.hpp"

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// One example body of Plaid's spec: the pair and schema it documents, its
/// name in the spec (`example-1`) and its text, laid out as the spec's
/// examples are as JSON files (two-space indent, final newline).
struct webhook_example {
    plaid::webhook_code code;
    std::string_view schema;
    std::string_view name;
    std::string_view body;
};

/// Every example body of the spec, in the order of the pairs: for tests that
/// run a webhook handler over all of them.
inline std::vector<webhook_example> webhook_examples() {
    std::vector<webhook_example> all;
    all.reserve(plaid::detail::webhook_examples.size());
    for (const auto& e : plaid::detail::webhook_examples) {
        const auto& schema = plaid::detail::webhook_schemas[e.schema];
        all.push_back({plaid::webhook_code::from_value(schema.pair), schema.name, e.name, e.body});
    }
    return all;
}

namespace detail {

/// `std::invalid_argument` for no pair, which is what every out-of-range enum value converts to.
inline plaid::webhook_code documented(plaid::webhook_code code) {
    if (!code.is_known()) throw std::invalid_argument("plaid_testing: not a documented webhook");
    return code;
}

/// The first example the spec gives for `schema`, if any.
inline std::optional<std::string_view> example_of(const plaid::webhook_schema& schema) {
    for (const auto& e : plaid::detail::webhook_examples)
        if (plaid::detail::webhook_schemas[e.schema].name == schema.name) return e.body;
    return std::nullopt;
}

/// A value of a member's declared JSON type, for a schema without an example:
/// the pair's own type and code, `error` null, `environment` sandbox, times
/// in ISO 8601, other strings naming the member.
inline nlohmann::ordered_json placeholder(const plaid::webhook_member& m, plaid::webhook_code pair) {
    const std::string name(m.name);
    if (name == "webhook_type") return std::string(pair.type_name());
    if (name == "webhook_code") return std::string(pair.name());
    if (name == "error") return nullptr;
    if (name == "environment") return std::string(plaid::to_string(plaid::webhook_environment::sandbox));
    switch (m.type) {
        case plaid::json_type_declared::string:
            if (name == "timestamp" || (name.size() > 5 && name.compare(name.size() - 5, 5, "_time") == 0))
                return "2026-01-01T00:00:00Z";
            return "fixture-" + name;
        case plaid::json_type_declared::number:
        case plaid::json_type_declared::integer: return 0;
        case plaid::json_type_declared::boolean: return false;
        case plaid::json_type_declared::array: return nlohmann::ordered_json::array();
        case plaid::json_type_declared::object: return nlohmann::ordered_json::object();
        case plaid::json_type_declared::any: break;
    }
    return nullptr;
}

/// A body conforming to `schema`: each member it documents, in its order.
inline nlohmann::ordered_json conforming_body(const plaid::webhook_schema& schema) {
    const auto pair = plaid::webhook_code::from_value(schema.pair);
    auto body = nlohmann::ordered_json::object();
    for (const auto& m : plaid::members_of(schema)) body[std::string(m.name)] = placeholder(m, pair);
    return body;
}

/// The schema a pair's fixture starts from: its first with an example, else its first.
inline const plaid::webhook_schema& fixture_schema(plaid::webhook_code code) {
    for (const auto& schema : documented(code).schemas())
        if (example_of(schema)) return schema;
    return code.schemas()[0];
}

}  // namespace detail

/// Builds a webhook body. Starts from the spec's example of the pair (of its
/// first schema that has one), else from a body conforming to its schema,
/// and overrides single members; strings are escaped by nlohmann/json, so the
/// body is valid JSON whatever they hold. Strings must be UTF-8: `body()`
/// throws `nlohmann::json::type_error` otherwise.
///
///     auto body = plaid_testing::webhook_body(plaid::item_webhook::pending_disconnect)
///                     .item_id("item-1").reason(plaid::pending_disconnect_reason::institution_migration).body();
class webhook_body {
public:
    /// A documented pair (any per-type enum converts); throws
    /// `std::invalid_argument` for a value that is none.
    explicit webhook_body(plaid::webhook_code code) : webhook_body(detail::fixture_schema(code)) {}
    /// One schema of a pair (`code.schemas()`), such as its processor variant
    /// (keyed by `account_id`): its first example, else a body conforming to it.
    explicit webhook_body(const plaid::webhook_schema& schema)
        : example_(detail::example_of(schema)),
          body_(example_ ? nlohmann::ordered_json::parse(*example_) : detail::conforming_body(schema)) {}

    /// Any `webhook_type` string, known or not.
    webhook_body& type(std::string_view name) { return field("webhook_type", std::string(name)); }
    /// Any `webhook_code` string, documented under the type or not.
    webhook_body& code(std::string_view name) { return field("webhook_code", std::string(name)); }
    /// No value removes the member.
    webhook_body& item_id(std::optional<std::string_view> id) { return member("item_id", id); }
    /// No value removes the member.
    webhook_body& account_id(std::optional<std::string_view> id) { return member("account_id", id); }
    /// No value removes the member.
    webhook_body& user_id(std::optional<std::string_view> id) { return member("user_id", id); }
    webhook_body& environment(plaid::webhook_environment value) { return environment(plaid::to_string(value)); }
    /// Any `environment` string, known or not.
    webhook_body& environment(std::string_view name) { return field("environment", std::string(name)); }
    /// The docs' sample error body of `code` (any code enum converts) as
    /// `error`; throws `std::invalid_argument` for no code, as `error_response` does.
    webhook_body& error(plaid::code code) { return error(error_response(code)); }
    /// An error built as the fixtures of error responses build it.
    webhook_body& error(const error_response& e) { return field("error", nlohmann::ordered_json::parse(e.body())); }
    /// `"error": null`, the spec's way of saying "no error"; `without("error")` removes it.
    webhook_body& error(std::nullptr_t) { return field("error", nullptr); }
    /// The `error_code_reason` of the error set before; throws
    /// `std::logic_error` when `error` is no object.
    webhook_body& error_code_reason(plaid::error_code_reason reason) {
        const auto name = plaid::to_string(reason);
        if (name.empty()) throw std::invalid_argument("plaid_testing: error_code_reason has no wire string");
        auto found = body_.find("error");
        if (found == body_.end() || !found->is_object())
            throw std::logic_error("plaid_testing: set an error before its error_code_reason");
        (*found)["error_code_reason"] = std::string(name);
        edited_ = true;
        return *this;
    }
    webhook_body& reason(plaid::pending_disconnect_reason value) { return reason(plaid::to_string(value)); }
    /// Any PENDING_DISCONNECT `reason` string, documented or not.
    webhook_body& reason(std::string_view name) { return field("reason", std::string(name)); }
    webhook_body& disconnect_time(std::string_view iso_8601) { return field("disconnect_time", std::string(iso_8601)); }
    webhook_body& consent_expiration_time(std::string_view iso_8601) {
        return field("consent_expiration_time", std::string(iso_8601));
    }
    /// Any member, with any JSON value (a wrong type, to test a reader's failure).
    webhook_body& field(std::string_view name, nlohmann::ordered_json value) {
        body_[std::string(name)] = std::move(value);
        edited_ = true;
        return *this;
    }
    webhook_body& without(std::string_view name) {
        body_.erase(std::string(name));
        edited_ = true;
        return *this;
    }

    /// The body: the spec's example byte for byte until a member changes, then
    /// laid out as the examples are (two-space indent, members in order, final newline).
    std::string body() const {
        if (!edited_ && example_) return std::string(*example_);
        return body_.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::strict) + '\n';
    }

private:
    webhook_body& member(const char* name, std::optional<std::string_view> text) {
        if (!text) return without(name);
        return field(name, std::string(*text));
    }

    std::optional<std::string_view> example_;
    nlohmann::ordered_json body_;
    bool edited_ = false;
};

/// The body of a documented pair: the spec's example byte for byte where it
/// has one, else a body conforming to the pair's schema. Throws
/// `std::invalid_argument` for a value that is not a documented pair.
inline std::string sample_webhook(plaid::webhook_code code) { return webhook_body(code).body(); }

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

#endif
