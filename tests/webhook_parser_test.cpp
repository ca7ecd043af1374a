/// `plaid::parse_webhook` and `plaid::parse_nullable_error`: the spec's
/// example webhooks, the null error told apart from a broken one, the limits
/// and failure kinds shared with `parse_error`, and a differential test
/// against an oracle written with nlohmann/json over the examples and their
/// mutations.
#include <plaid/errors/document_reader.hpp>
#include <plaid/errors/error_code_reason.hpp>
#include <plaid/errors/parse.hpp>
#include <plaid/errors/webhook.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "corpora.hpp"
#include "webhook_oracle.hpp"

using plaid::parse_failure_kind;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The webhook example files of the corpus: every file whose body has `webhook_type`.
std::vector<std::filesystem::path> webhook_examples() {
    std::vector<std::filesystem::path> examples;
    for (const auto& path : corpora::json_files(corpora::find("plaid-webhooks"))) {
        const auto doc = nlohmann::json::parse(read_file(path), nullptr, false);
        if (doc.is_object() && doc.contains("webhook_type")) examples.push_back(path);
    }
    return examples;
}

/// The spec's schema of the example file `name` (`<schema>.json` or `<schema>-<N>.json`).
const plaid::webhook_schema* schema_named(std::string name) {
    name = name.substr(0, name.rfind('.'));
    const auto dash = name.rfind('-');
    const auto find = [](std::string_view wanted) -> const plaid::webhook_schema* {
        for (const auto& schema : plaid::detail::webhook_schemas)
            if (schema.name == wanted) return &schema;
        return nullptr;
    };
    if (const auto* whole = find(name)) return whole;
    return dash == std::string::npos ? nullptr : find(std::string_view(name).substr(0, dash));
}

/// Whether the parsed webhook has member `name`, typed or among the others.
bool has_member(const plaid::webhook& w, std::string_view name) {
    if (name == "webhook_type" || name == "webhook_code") return true;
    if (name == "item_id") return w.item_id.has_value();
    if (name == "account_id") return w.account_id.has_value();
    if (name == "user_id") return w.user_id.has_value();
    if (name == "environment") return w.environment_name.has_value();
    if (name == "consent_expiration_time") return w.consent_expiration_time.has_value();
    if (name == "disconnect_time") return w.disconnect_time.has_value();
    if (name == "reason") return w.reason_name.has_value();
    return w.has_other_member(name);
}

TEST_CASE("each spec example parses to its pair with the members its schema requires") {
    const auto examples = webhook_examples();
    if (examples.empty()) return;
    CHECK(examples.size() == 89);
    std::size_t with_error = 0, with_null_error = 0;
    for (const auto& path : examples) {
        INFO(path.filename().string());
        const auto body = read_file(path);
        const auto w = plaid::parse_webhook(body);
        REQUIRE(w);
        const auto* schema = schema_named(path.filename().string());
        REQUIRE(schema);
        REQUIRE(w->code);
        CHECK(w->code->value() == schema->pair);
        CHECK(w->type == w->code->type());
        if (w->environment_name) CHECK(w->environment != plaid::webhook_environment::unknown);
        for (const auto& m : plaid::members_of(*schema))
            if (m.required && m.name != "error") CHECK(has_member(*w, m.name));  // `error`: null and absent are one
        const auto doc = nlohmann::json::parse(body);
        if (doc.contains("error") && doc["error"].is_object()) {
            ++with_error;
            REQUIRE(w->error);
            CHECK(w->error->code_name == doc["error"]["error_code"].get<std::string>());
        } else {
            with_null_error += doc.contains("error");
            CHECK(!w->error);
        }
        // The documented quirk: LinkEventsWebhook's example sends `environment`, which its schema lacks.
        bool listed = false;
        for (const auto& m : plaid::members_of(*schema)) listed = listed || m.name == "environment";
        if (w->environment_name && !listed) CHECK(schema->name == "LinkEventsWebhook");
    }
    CHECK(with_error == 4);
    CHECK(with_null_error == 20);
}

TEST_CASE("ITEM webhooks carry their Item-health members, typed") {
    const auto error = plaid::parse_webhook(R"({"webhook_type":"ITEM","webhook_code":"ERROR","item_id":"it_1",
        "error":{"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED","error_code_reason":"OAUTH_INVALID_TOKEN",
        "error_message":"m","display_message":null,"status":400},"environment":"production"})");
    REQUIRE(error);
    CHECK(error->code == plaid::webhook_code(plaid::item_webhook::error));
    CHECK(error->item_id == "it_1");
    REQUIRE(error->error);
    CHECK(error->error->code == plaid::code(plaid::item_error::item_login_required));
    CHECK(plaid::error_code_reason_of(error->error->error_code_reason) == plaid::error_code_reason::oauth_invalid_token);
    CHECK(error->environment == plaid::webhook_environment::production);

    const auto pending = plaid::parse_webhook(R"({"webhook_type":"ITEM","webhook_code":"PENDING_DISCONNECT","item_id":"it_1",
        "reason":"INSTITUTION_TOKEN_EXPIRATION","disconnect_time":"2026-01-15T13:25:17.766Z","environment":"sandbox"})");
    REQUIRE(pending);
    CHECK(pending->reason == plaid::pending_disconnect_reason::institution_token_expiration);
    CHECK(pending->disconnect_time == "2026-01-15T13:25:17.766Z");
    CHECK(pending->other_members.empty());

    const auto odd = plaid::parse_webhook(R"({"webhook_type":"ITEM","webhook_code":"PENDING_DISCONNECT","reason":"SOMETHING_NEW"})");
    REQUIRE(odd);
    CHECK(odd->reason == plaid::pending_disconnect_reason::unknown);
    CHECK(odd->reason_name == "SOMETHING_NEW");
}

TEST_CASE("unknown webhook types and codes round-trip as raw strings") {
    const auto w = plaid::parse_webhook(R"({"webhook_type":"FUTURE_PRODUCT","webhook_code":"NEW_THING","extra":1,"extra":2})");
    REQUIRE(w);
    CHECK(w->type == plaid::webhook_type::unknown);
    CHECK(w->type_name == "FUTURE_PRODUCT");
    CHECK(!w->code);
    CHECK(w->code_name == "NEW_THING");
    CHECK(w->other_members == std::vector<std::string>{"extra", "extra"});
    const auto long_name = plaid::parse_webhook(R"({"webhook_type":"A","webhook_code":"B","":1,")" + std::string(65, 'n') +
                                                R"(":2,")" + std::string(64, 'm') + R"(":3})");
    REQUIRE(long_name);
    CHECK(long_name->other_members == std::vector<std::string>{std::string(64, 'm')});
    const auto known_type = plaid::parse_webhook(R"({"webhook_type":"ITEM","webhook_code":"NEW_THING"})");
    REQUIRE(known_type);
    CHECK(known_type->type == plaid::webhook_type::item);
    CHECK(!known_type->code);
}

TEST_CASE("a null or missing error is no error; a malformed one is a failure naming the member") {
    for (const auto* body : {R"({"webhook_type":"ITEM","webhook_code":"NEW_ACCOUNTS_AVAILABLE","error":null})",
                             R"({"webhook_type":"ITEM","webhook_code":"NEW_ACCOUNTS_AVAILABLE"})",
                             R"({"webhook_type":"ITEM","webhook_code":"NEW_ACCOUNTS_AVAILABLE","error":{"error_type":"ITEM_ERROR","error_code":"X"},"error":null})"}) {
        INFO(body);
        const auto w = plaid::parse_webhook(body);
        REQUIRE(w);
        CHECK(!w->error);
    }
    const struct {
        const char* body;
        parse_failure_kind kind;
        const char* field;
    } broken[] = {
        {R"({"webhook_type":"ITEM","webhook_code":"ERROR","error":"ITEM_LOGIN_REQUIRED"})", parse_failure_kind::wrong_field_type, "error"},
        {R"({"webhook_type":"ITEM","webhook_code":"ERROR","error":[]})", parse_failure_kind::wrong_field_type, "error"},
        {R"({"webhook_type":"ITEM","webhook_code":"ERROR","error":{}})", parse_failure_kind::wrong_field_type, "error.error_type"},
        {R"({"webhook_type":"ITEM","webhook_code":"ERROR","error":{"error_type":"ITEM_ERROR","error_code":"X","status":"400"}})",
         parse_failure_kind::wrong_field_type, "error.status"},
        {R"({"webhook_type":"ITEM","webhook_code":"ERROR","error":{"error_type":"ITEM_ERROR","error_code":"X","causes":[{"error_type":1}]}})",
         parse_failure_kind::wrong_field_type, "error.causes[0].error_type"},
        {R"({"webhook_code":"ERROR"})", parse_failure_kind::not_plaid_error, "webhook_type"},
        {R"({"webhook_type":"ITEM","webhook_code":7})", parse_failure_kind::not_plaid_error, "webhook_code"},
        {R"({"webhook_type":"ITEM","webhook_code":"ERROR","item_id":5})", parse_failure_kind::wrong_field_type, "item_id"},
    };
    for (const auto& b : broken) {
        INFO(b.body);
        const auto w = plaid::parse_webhook(b.body);
        REQUIRE(!w);
        CHECK(w.failure().kind == b.kind);
        CHECK(w.failure().field == b.field);
    }
    CHECK(plaid::parse_webhook(R"({"webhook_code":"ERROR"})").failure().message == "not a Plaid webhook: webhook_type is missing");
}

TEST_CASE("the webhook parser has parse_error's limits and failure kinds") {
    CHECK(plaid::parse_webhook("").failure().kind == parse_failure_kind::empty_body);
    CHECK(plaid::parse_webhook(std::string_view("{\0}", 3)).failure().kind == parse_failure_kind::nul_byte);
    CHECK(plaid::parse_webhook("{").failure().kind == parse_failure_kind::not_json);
    CHECK(plaid::parse_webhook("[]").failure().kind == parse_failure_kind::not_object);
    CHECK(plaid::parse_webhook("null").failure().kind == parse_failure_kind::not_object);
    plaid::parse_limits small;
    small.max_body_bytes = 8;
    CHECK(plaid::parse_webhook(R"({"webhook_type":"ITEM"})", small).failure().kind == parse_failure_kind::body_too_large);
    CHECK(plaid::parse_webhook(std::string(40, '[') + std::string(40, ']')).failure().kind == parse_failure_kind::too_deep);
    small = {};
    small.max_array_elements = 2;
    CHECK(plaid::parse_webhook(R"({"webhook_type":"A","webhook_code":"B","a":1,"b":2,"c":3})", small).failure().kind ==
          parse_failure_kind::too_many_elements);
    small.max_causes = 1;
    small.max_array_elements = 100;
    CHECK(plaid::parse_webhook(R"({"webhook_type":"A","webhook_code":"B","error":{"error_type":"T","error_code":"C",
        "causes":[{"error_type":"T","error_code":"C"},{"error_type":"T","error_code":"C"}]}})", small).failure().kind ==
          parse_failure_kind::too_many_elements);
    std::string deep = R"({"webhook_type":"A","webhook_code":"B","error":)";
    std::string tail = "}";
    for (std::size_t i = 0; i < plaid::max_cause_depth + 1; ++i) {
        deep += R"({"error_type":"T","error_code":"C","causes":[)";
        tail = "]}" + tail;
    }
    deep += "{}" + tail;
    plaid::parse_limits roomy;
    roomy.max_depth = 64;
    CHECK(plaid::parse_webhook(deep, roomy).failure().kind == parse_failure_kind::too_deep);
}

TEST_CASE("a bare error value tells no error from not an error") {
    const auto none = plaid::parse_nullable_error(" null ");
    REQUIRE(none);
    CHECK(!*none);
    const auto marked = plaid::parse_nullable_error("\xEF\xBB\xBFnull");  // a byte order mark, as every reader skips it
    REQUIRE(marked);
    CHECK(!*marked);
    using namespace std::string_view_literals;
    CHECK(plaid::parse_nullable_error("null\0x"sv).failure().kind == parse_failure_kind::nul_byte);
    const auto some = plaid::parse_nullable_error(R"({"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED"})");
    REQUIRE(some);
    REQUIRE(*some);
    CHECK((*some)->code == plaid::code(plaid::item_error::item_login_required));
    CHECK(plaid::parse_nullable_error("\"ITEM_ERROR\"").failure().kind == parse_failure_kind::not_object);
    CHECK(plaid::parse_nullable_error("{}").failure().kind == parse_failure_kind::not_plaid_error);
    CHECK(plaid::parse_nullable_error("nul").failure().kind == parse_failure_kind::not_json);
    CHECK(plaid::parse_nullable_error("").failure().kind == parse_failure_kind::empty_body);
    // parse_error keeps its answer: null is no Plaid error object.
    CHECK(plaid::parse_error("null").failure().kind == parse_failure_kind::not_object);
}

/// Rewrites of a webhook body: members dropped, retyped, duplicated, nested
/// deeper, and bytes cut or flipped; every generator has a fixed seed.
std::vector<std::string> mutations(const std::string& body, std::mt19937& random) {
    std::vector<std::string> out;
    const auto doc = nlohmann::json::parse(body);
    const nlohmann::json replacements[] = {nullptr, 1, -2.5, "s", true, nlohmann::json::array(), nlohmann::json::object(),
                                           nlohmann::json::array({"x"}),
                                           {{"error_type", "ITEM_ERROR"}, {"error_code", "ITEM_LOGIN_REQUIRED"}},
                                           {{"error_type", "ITEM_ERROR"}, {"error_code", 3}},
                                           {{"error_type", "ITEM_ERROR"}, {"error_code", "X"}, {"causes", {{{"error_type", 1}}}}}};
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        auto dropped = doc;
        dropped.erase(it.key());
        out.push_back(dropped.dump());
        for (const auto& r : replacements) {
            auto changed = doc;
            changed[it.key()] = r;
            out.push_back(changed.dump());
        }
    }
    for (const auto& r : replacements) {
        auto with_error = doc;
        with_error["error"] = r;
        out.push_back(with_error.dump());
        out.push_back(body.substr(0, body.size() - 2) + ",\"error\":" + r.dump() + "}");  // a duplicate member
    }
    std::uniform_int_distribution<std::size_t> at(0, body.size() - 1);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int i = 0; i < 20; ++i) {
        out.push_back(body.substr(0, at(random)));
        auto flipped = body;
        flipped[at(random)] = static_cast<char>(byte(random));
        out.push_back(flipped);
    }
    return out;
}

TEST_CASE("the webhook parser agrees with nlohmann/json over the examples and their mutations") {
    const auto examples = webhook_examples();
    if (examples.empty()) return;
    std::mt19937 random(24);
    webhook_oracle::tally seen;
    for (const auto& path : examples) {
        const auto body = read_file(path);
        std::vector<std::string> bodies{body};
        for (auto& m : mutations(body, random)) bodies.push_back(std::move(m));
        for (const auto& b : bodies) {
            INFO(b);
            const auto problem = webhook_oracle::disagreement(b, seen);
            CHECK(problem == "");
        }
    }
    INFO("accepted " << seen.accepted << ", failed on JSON " << seen.failed_on_json << ", rejected by nlohmann " << seen.not_json);
    CHECK(seen.accepted > 89);
    CHECK(seen.failed_on_json > 89);
    CHECK(seen.not_json > 89);
}

}  // namespace
