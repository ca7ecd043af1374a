#include <plaid/errors/json.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <charconv>
#include <climits>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parser_test_support.hpp"

using plaid::parse_failure_kind;
using parser_test::data_files;
using parser_test::read_file;

namespace {

/// What the bodies corpus's SOURCES.md says each file it lists holds: `TYPE / CODE`, by file name.
std::map<std::string, std::string> source_rows(const std::filesystem::path& dir) {
    std::map<std::string, std::string> rows;
    std::istringstream in(read_file(dir / "SOURCES.md"));
    for (std::string line; std::getline(in, line);) {
        const auto open = line.find('`');
        if (line.rfind("| ", 0) != 0 || open == std::string::npos) continue;
        const auto close = line.find('`', open + 1);
        const auto cell = line.find('|', close);
        const auto next = line.find('|', cell + 1);
        REQUIRE(next != std::string::npos);
        const auto what = line.substr(cell + 1, next - cell - 1);
        const auto first = what.find_first_not_of(' ');
        const auto trimmed = what.substr(first, what.find_last_not_of(' ') + 1 - first);
        CHECK(rows.emplace(line.substr(open + 1, close - open - 1), trimmed).second);
    }
    return rows;
}

/// The failure a body gives; fails the test when it parses.
plaid::parse_failure failure_of(std::string_view body, const plaid::parse_limits& limits = {}) {
    auto result = plaid::parse_error(body, std::nullopt, limits);
    INFO(parser_test::describe(result));
    REQUIRE_FALSE(result.has_value());
    return result.failure();
}

std::string with_member(std::string_view member) {
    return R"({"error_type":"INVALID_INPUT","error_code":"INVALID_API_KEYS",)" + std::string(member) + "}";
}

/// A member compared against what nlohmann/json reads from the same body.
void check_optional(const nlohmann::json& body, const char* name, const std::optional<std::string>& parsed) {
    CAPTURE(name);
    if (body.contains(name) && !body.at(name).is_null()) {
        REQUIRE(parsed);
        CHECK(*parsed == body.at(name).get<std::string>());
    } else {
        CHECK_FALSE(parsed);
    }
}

void check_against_dom(const plaid::error& parsed, const nlohmann::json& body) {
    CHECK(parsed.type_name == body.at("error_type").get<std::string>());
    CHECK(parsed.code_name == body.at("error_code").get<std::string>());
    CHECK(parsed.type == plaid::to_error_type(parsed.type_name).value_or(plaid::error_type::unknown));
    // The documented pair, else the one code documented under that name.
    auto expected = plaid::to_code(parsed.type_name, parsed.code_name);
    if (!expected) expected = plaid::to_code(parsed.code_name);
    CHECK((parsed.code == expected));
    CHECK(parsed.documented_pair() == (expected && expected->type() == parsed.type));
    using member = std::optional<std::string> plaid::error::*;
    const std::pair<const char*, member> members[] = {
        {"error_code_reason", &plaid::error::error_code_reason}, {"error_message", &plaid::error::error_message},
        {"display_message", &plaid::error::display_message},     {"request_id", &plaid::error::request_id},
        {"documentation_url", &plaid::error::documentation_url}, {"suggested_action", &plaid::error::suggested_action},
    };
    for (const auto& [name, field] : members) check_optional(body, name, parsed.*field);
    if (body.contains("status") && !body.at("status").is_null())
        CHECK(parsed.status == body.at("status").get<int>());
    else
        CHECK_FALSE(parsed.status);
    const auto causes = body.value("causes", nlohmann::json::array());
    REQUIRE(parsed.causes.size() == causes.size());
    for (std::size_t i = 0; i < causes.size(); ++i) {
        check_against_dom(parsed.causes[i], causes[i]);
        check_optional(causes[i], "item_id", parsed.causes[i].item_id);
    }
}

}  // namespace

TEST_CASE("every real body of Plaid's SDKs parses to the fields nlohmann/json reads from it") {
    const auto dir = corpora::find("plaid-bodies");
    if (!dir) return;
    const auto sources = source_rows(*dir);
    const auto files = corpora::json_files(dir);
    REQUIRE(files.size() == sources.size());
    for (const auto& path : files) {
        const auto name = path.filename().string();
        CAPTURE(name);
        const auto body = read_file(path);
        const auto result = plaid::parse_error(body);
        INFO(parser_test::describe(result));
        REQUIRE(result);
        check_against_dom(*result, nlohmann::json::parse(body));
        REQUIRE(sources.count(name) == 1);
        CHECK(result->type_name + " / " + result->code_name == sources.at(name));
    }
}

TEST_CASE("real bodies keep unknown types and codes, causes, webhook and http_code shapes") {
    const auto dir = corpora::find("plaid-bodies");
    if (!dir) return;
    const auto parse = [&](const char* name) {
        auto result = plaid::parse_error(read_file(*dir / name));
        REQUIRE(result);
        return std::move(result).value();
    };

    const auto rate_limit = parse("MrNewport.laravel-plaid__rate_limit_nonstandard_type.json");
    CHECK(rate_limit.type == plaid::error_type::unknown);
    CHECK(rate_limit.type_name == "RATE_LIMIT_ERROR");
    CHECK(rate_limit.code_name == "RATE_LIMIT_EXCEEDED");
    CHECK_FALSE(rate_limit.code);
    CHECK_FALSE(rate_limit.request_id);
    CHECK_FALSE(rate_limit.documented_pair());

    const auto unknown_code = parse("wfgilman.plaid-elixir__warning_cause_unknown_code.json");
    CHECK(unknown_code.type == plaid::error_type::invalid_request);
    CHECK(unknown_code.code_name == "ERR_CODE");
    CHECK_FALSE(unknown_code.code);
    CHECK(unknown_code.status == 400);
    CHECK(unknown_code.suggested_action == "Please retry request");

    const auto with_causes = parse("plaid.plaid-python__api_error_with_causes.json");
    CHECK(with_causes.type == plaid::error_type::api_error);
    REQUIRE(with_causes.causes.size() == 1);
    CHECK(with_causes.causes[0].item_id == "456");
    CHECK(with_causes.causes[0].type == plaid::error_type::api_error);
    CHECK(with_causes.causes[0].code_name == "INTERNAL_SERVER_ERROR");
    CHECK(with_causes.request_id == "abc123");

    const auto ruby = parse("plaid.plaid-ruby__api_error_with_causes.json");
    CHECK_FALSE(ruby.display_message);
    CHECK_FALSE(ruby.request_id);
    REQUIRE(ruby.causes.size() == 1);
    CHECK(ruby.causes[0].item_id == "456");

    const auto webhook = parse("plaid.plaid-openapi__user_permission_revoked_webhook.json");
    CHECK_FALSE(webhook.request_id);
    CHECK(webhook.type == plaid::error_type::item_error);
    CHECK((webhook.code == plaid::invalid_input::user_permission_revoked));
    CHECK_FALSE(webhook.documented_pair());
    REQUIRE(webhook.code);
    CHECK(plaid::info(*webhook.code).plan.remove_item);

    const auto full = parse("plaid.plaid-openapi__item_login_required_full_fields.json");
    CHECK((full.code == plaid::item_error::item_login_required));
    CHECK(full.documented_pair());
    CHECK_FALSE(full.error_code_reason);
    CHECK(full.causes.empty());
    CHECK(full.documentation_url == "https://plaid.com/docs/errors/item/#item_login_required");

    const auto http_code = parse("poanetwork.poa-poba__not_found_accounts_404.json");
    CHECK_FALSE(http_code.status);  // `http_code` is not a PlaidError member: ignored like any unknown one
    const auto with_transport = plaid::parse_error(
        read_file(*dir / "poanetwork.poa-poba__not_found_accounts_404.json"), 404);
    REQUIRE(with_transport);
    CHECK(with_transport->status == 404);

    const auto documented = parse("poanetwork.poa-poba__invalid_public_token.json");
    CHECK((documented.code == plaid::invalid_input::invalid_public_token));
    CHECK(documented.documented_pair());
}

TEST_CASE("every code's sample body parses back to it as a documented pair") {
    for (plaid::code code : plaid::all_codes()) {
        const auto entry = plaid::info(code);
        CAPTURE(entry.name, plaid::to_string(entry.type));
        const auto result = plaid::parse_error(entry.sample_body_text, entry.http_status);
        INFO(parser_test::describe(result));
        REQUIRE(result);
        CHECK((result->code == code));
        CHECK(result->documented_pair());
        CHECK(result->type == entry.type);
        CHECK(result->code_name == entry.name);
        CHECK(result->error_message == entry.sample_error_message);
        CHECK(result->display_message == entry.sample_display_message);
        CHECK(result->status == entry.http_status);
        const auto without_transport = plaid::parse_error(entry.sample_body_text);
        REQUIRE(without_transport);
        check_against_dom(*without_transport, nlohmann::json::parse(entry.sample_body_text));
    }
}

TEST_CASE("each docs sample body kept under tests/data/docs is its entry's, and gives its code") {
    const auto files = data_files("docs");
    REQUIRE_FALSE(files.empty());
    for (const auto& path : files) {
        const auto name = path.stem().string();
        CAPTURE(name);
        const auto code = plaid::to_code(plaid::error_type::invalid_input, name);
        REQUIRE(code);
        const auto entry = plaid::info(*code);
        const auto body = read_file(path);
        CHECK(body == std::string(entry.sample_body_text) + "\n");
        const auto result = plaid::parse_error(body, entry.http_status);
        INFO(parser_test::describe(result));
        REQUIRE(result);
        CHECK((result->code == *code));
        CHECK(result->documented_pair());
        CHECK(result->type == plaid::error_type::invalid_input);
        CHECK(result->error_message == entry.sample_error_message);
        CHECK(result->display_message == entry.sample_display_message);
        CHECK(result->request_id == "HNTDNrA8F1shFEW");
        CHECK(result->status == entry.http_status);
    }
}

TEST_CASE("a code documented under one other type resolves, but not as a documented pair") {
    const auto moved = plaid::parse_error(R"({"error_type":"ITEM_ERROR","error_code":"USER_PERMISSION_REVOKED"})");
    REQUIRE(moved);
    CHECK(moved->type == plaid::error_type::item_error);
    CHECK((moved->code == plaid::invalid_input::user_permission_revoked));
    CHECK_FALSE(moved->documented_pair());
    CHECK(moved->type_name == "ITEM_ERROR");
    CHECK(moved->code_name == "USER_PERMISSION_REVOKED");
}

TEST_CASE("a code name several types document resolves only with one of those types") {
    REQUIRE_FALSE(plaid::to_code("PRODUCT_NOT_READY"));
    std::size_t types = 0;
    for (plaid::code code : plaid::all_codes()) {
        if (code.name() != "PRODUCT_NOT_READY") continue;
        ++types;
        const auto body = R"({"error_type":")" + std::string(plaid::to_string(code.type())) +
                          R"(","error_code":"PRODUCT_NOT_READY"})";
        CAPTURE(body);
        const auto result = plaid::parse_error(body);
        REQUIRE(result);
        CHECK((result->code == code));
        CHECK(result->documented_pair());
    }
    CHECK(types > 1);
    // Under an unknown type, or a known one that does not list it, the name alone decides nothing.
    REQUIRE_FALSE(plaid::to_code(plaid::error_type::invalid_input, "PRODUCT_NOT_READY"));
    for (const char* type : {"FUTURE_ERROR", "INVALID_INPUT"}) {
        CAPTURE(type);
        const auto ambiguous =
            plaid::parse_error(R"({"error_type":")" + std::string(type) + R"(","error_code":"PRODUCT_NOT_READY"})");
        REQUIRE(ambiguous);
        CHECK_FALSE(ambiguous->code);
        CHECK_FALSE(ambiguous->documented_pair());
        CHECK(ambiguous->type_name == type);
        CHECK(ambiguous->code_name == "PRODUCT_NOT_READY");
    }
}

TEST_CASE("an unknown type and code survive parsing, printing as JSON and parsing again") {
    const std::string body = R"({"error_type":"FUTURE_ERROR","error_code":"FUTURE_CODE","error_message":"m"})";
    const auto result = plaid::parse_error(body);
    REQUIRE(result);
    CHECK(result->type == plaid::error_type::unknown);
    CHECK(result->type_name == "FUTURE_ERROR");
    CHECK_FALSE(result->code);
    CHECK(result->code_name == "FUTURE_CODE");
    CHECK_FALSE(result->documented_pair());
    const nlohmann::json j = *result;
    CHECK(j.at("error_type") == "FUTURE_ERROR");
    CHECK(j.at("error_code") == "FUTURE_CODE");
    CHECK(j.get<plaid::error>() == *result);
    CHECK(plaid::parse_error(j.dump()).value() == *result);

    // A known type with a code it does not list keeps the type typed.
    const auto new_code = plaid::parse_error(R"({"error_type":"ITEM_ERROR","error_code":"FUTURE_CODE"})");
    REQUIRE(new_code);
    CHECK(new_code->type == plaid::error_type::item_error);
    CHECK_FALSE(new_code->code);
}

TEST_CASE("absent, null and empty optional members") {
    const auto absent = plaid::parse_error(with_member(R"("unknown_member":1)"));
    const auto null = plaid::parse_error(with_member(R"("error_message":null,"display_message":null,"status":null,)"
                                                     R"("causes":null,"required_account_subtypes":null)"));
    const auto empty = plaid::parse_error(with_member(R"("error_message":"","display_message":"")"));
    REQUIRE(absent);
    REQUIRE(null);
    REQUIRE(empty);
    CHECK_FALSE(absent->error_message);
    CHECK_FALSE(null->error_message);
    CHECK(empty->error_message == "");
    CHECK(empty->display_message == "");
    CHECK_FALSE(null->status);
    CHECK(null->causes.empty());
    CHECK(null->required_account_subtypes.empty());
    CHECK(*absent == *null);
    CHECK(*absent != *empty);
}

TEST_CASE("every member is read, escapes and UTF-8 included") {
    const auto result = plaid::parse_error(
        R"({"error_type":"ITEM_ERROR","error_code":"NO_ACCOUNTS","error_code_reason":"R","error_message":"a\"b\\c\/d\n\t",)"
        R"("display_message":"caf\u00e9 \u2603 Link’s","request_id":"id","status":-0,"documentation_url":"u",)"
        R"("suggested_action":"s","required_account_subtypes":["checking","savings"],"provided_account_subtypes":[],)"
        R"("causes":[{"error_type":"X","error_code":"Y","item_id":"i","causes":[{"error_type":"Z","error_code":"W"}]}],)"
        R"("unknown":{"deep":[1,2,{"x":[true,false,null,-12,"s"]}]}})");
    INFO(parser_test::describe(result));
    REQUIRE(result);
    CHECK(result->error_code_reason == "R");
    CHECK(result->error_message == "a\"b\\c/d\n\t");
    CHECK(result->display_message == "caf\xC3\xA9 \xE2\x98\x83 Link\xE2\x80\x99s");
    CHECK(result->status == 0);
    CHECK(result->required_account_subtypes == std::vector<std::string>{"checking", "savings"});
    CHECK(result->provided_account_subtypes.empty());
    REQUIRE(result->causes.size() == 1);
    CHECK(result->causes[0].item_id == "i");
    REQUIRE(result->causes[0].causes.size() == 1);
    CHECK(result->causes[0].causes[0].type_name == "Z");
}

TEST_CASE("status: an integer in int range, else wrong_field_type, and the transport's status wins") {
    CHECK(plaid::parse_error(with_member(R"("status":2147483647)"))->status == INT_MAX);
    CHECK(plaid::parse_error(with_member(R"("status":-2147483648)"))->status == INT_MIN);
    for (const char* bad : {R"("status":2147483648)", R"("status":-2147483649)", R"("status":1.5)",
                            R"("status":400.0)", R"("status":4e2)", R"("status":"400")", R"("status":true)",
                            R"("status":99999999999999999999)", R"("status":-9223372036854775808)",
                            R"("status":[400])"}) {
        CAPTURE(bad);
        const auto failure = failure_of(with_member(bad));
        CHECK(failure.kind == parse_failure_kind::wrong_field_type);
        CHECK(failure.field == "status");
    }
    // nlohmann/json itself rejects numbers that overflow a double, so they are not JSON here.
    CHECK(failure_of(with_member(R"("status":1e400)")).kind == parse_failure_kind::not_json);

    CHECK(plaid::parse_error(with_member(R"("status":400)"), 503)->status == 503);
    CHECK(plaid::parse_error(with_member(R"("request_id":"r")"), 400)->status == 400);
    CHECK(failure_of(with_member(R"("status":"x")")).field == "status");
}

TEST_CASE("duplicate keys: the last one wins, as in nlohmann/json") {
    const auto last = plaid::parse_error(with_member(R"("error_message":"first","error_message":"second")"));
    REQUIRE(last);
    CHECK(last->error_message == "second");
    CHECK(plaid::parse_error(with_member(R"("status":"bad","status":400)"))->status == 400);
    CHECK(plaid::parse_error(with_member(R"("causes":[1],"causes":[])"))->causes.empty());
    CHECK(failure_of(with_member(R"("status":400,"status":"bad")")).field == "status");
    CHECK(plaid::parse_error(R"({"error_type":"A","error_code":"B","error_type":"C"})")->type_name == "C");
}

TEST_CASE("a wrong type in any member is named, down to the element of an array") {
    struct bad_member {
        const char* member;
        const char* field;
    };
    const bad_member cases[] = {
        {R"("error_code_reason":1)", "error_code_reason"},
        {R"("error_message":{})", "error_message"},
        {R"("display_message":[])", "display_message"},
        {R"("request_id":false)", "request_id"},
        {R"("documentation_url":1.5)", "documentation_url"},
        {R"("suggested_action":true)", "suggested_action"},
        {R"("status":"400")", "status"},
        {R"("causes":{})", "causes"},
        {R"("causes":"none")", "causes"},
        {R"("causes":[{"error_type":"A","error_code":"B"},7])", "causes[1]"},
        {R"("causes":[{"error_type":"A","error_code":"B"},{"error_type":"A","error_code":"B","status":"x"}])",
         "causes[1].status"},
        {R"("causes":[{"error_code":"B"}])", "causes[0].error_type"},
        {R"("causes":[{"error_type":"A","error_code":null}])", "causes[0].error_code"},
        {R"("causes":[{"error_type":"A","error_code":"B","item_id":5}])", "causes[0].item_id"},
        {R"("causes":[{"error_type":"A","error_code":"B","causes":[{"error_type":1,"error_code":"B"}]}])",
         "causes[0].causes[0].error_type"},
        {R"("required_account_subtypes":"checking")", "required_account_subtypes"},
        {R"("required_account_subtypes":["checking",null])", "required_account_subtypes[1]"},
        {R"("provided_account_subtypes":[1])", "provided_account_subtypes[0]"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.member);
        const auto failure = failure_of(with_member(c.member));
        CHECK(failure.kind == parse_failure_kind::wrong_field_type);
        CHECK(failure.field == c.field);
        CHECK(failure.message.find(c.field) != std::string::npos);
        CHECK_FALSE(failure.offset);
    }
    // The first bad member in PlaidError order is reported, wherever it sits in the body.
    CHECK(failure_of(with_member(R"("status":"x","error_message":1)")).field == "error_message");
    // item_id is a member of causes only; at the top level it is unknown, so ignored.
    CHECK(plaid::parse_error(with_member(R"("item_id":5)")).has_value());
}

TEST_CASE("not a Plaid error: error_type or error_code missing or not a string") {
    const auto missing_type = failure_of(R"({"error_code":"X"})");
    CHECK(missing_type.kind == parse_failure_kind::not_plaid_error);
    CHECK(missing_type.field == "error_type");
    CHECK(missing_type.message == "not a Plaid error: error_type is missing");
    const auto numeric_code = failure_of(R"({"error_type":"X","error_code":42})");
    CHECK(numeric_code.kind == parse_failure_kind::not_plaid_error);
    CHECK(numeric_code.field == "error_code");
    CHECK(failure_of(R"({"error_type":null,"error_code":"X"})").field == "error_type");
    CHECK(failure_of(R"({})").field == "error_type");
    CHECK(failure_of(R"({"message":"Internal Server Error"})").kind == parse_failure_kind::not_plaid_error);
}

TEST_CASE("failures that are not about a member say what and where") {
    const auto empty = failure_of("");
    CHECK(empty.kind == parse_failure_kind::empty_body);
    CHECK(failure_of(" \r\n\t").kind == parse_failure_kind::empty_body);

    const auto nul = failure_of(std::string_view("{\"error_type\"\0}", 15));
    CHECK(nul.kind == parse_failure_kind::nul_byte);
    CHECK(nul.offset == 13u);

    const auto large = failure_of(with_member(R"("request_id":"r")"), plaid::parse_limits{10, 32});
    CHECK(large.kind == parse_failure_kind::body_too_large);
    CHECK(large.message.find("10") != std::string::npos);
    CHECK(failure_of(std::string(2 * 1024 * 1024, ' ')).kind == parse_failure_kind::body_too_large);

    const auto html = failure_of("<html><head><title>502 Bad Gateway</title></head></html>");
    CHECK(html.kind == parse_failure_kind::not_json);
    CHECK(html.offset == 0u);
    CHECK(html.message == "not JSON at byte 0: expected a value");
    const auto truncated = failure_of(R"({"error_type":"X",)");
    CHECK(truncated.kind == parse_failure_kind::not_json);
    CHECK(truncated.offset == 18u);
    const auto bad_byte = failure_of(R"({"error_type":"X" x})");
    CHECK(bad_byte.offset == 18u);
    CHECK(failure_of("{\"error_type\":\"\xC3\x28\"}").kind == parse_failure_kind::not_json);
    CHECK(failure_of(R"({"error_type":"\ud800"})").kind == parse_failure_kind::not_json);
    CHECK(failure_of(with_member(R"("request_id":"r"} trailing)")).kind == parse_failure_kind::not_json);

    for (const char* value : {"[]", "\"text\"", "42", "null", "true", "[{\"error_type\":\"A\",\"error_code\":\"B\"}]"}) {
        CAPTURE(value);
        CHECK(failure_of(value).kind == parse_failure_kind::not_object);
    }
}

TEST_CASE("emplace_failure replaces the error or the failure a result holds") {
    auto result = plaid::parse_error(R"({"error_type":"A","error_code":"B"})");
    REQUIRE(result.has_value());
    result.emplace_failure({parse_failure_kind::not_object, std::nullopt, {}, "replaced an error"});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.failure().kind == parse_failure_kind::not_object);
    CHECK(result.failure().message == "replaced an error");
    result.emplace_failure({parse_failure_kind::wrong_field_type, 7u, "causes[0].status", "replaced a failure"});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.failure().kind == parse_failure_kind::wrong_field_type);
    CHECK(result.failure().offset == 7u);
    CHECK(result.failure().field == "causes[0].status");
    CHECK(result.failure().message == "replaced a failure");
}

TEST_CASE("nesting deeper than the limit is too_deep, with memory bounded") {
    const auto nested = [](std::size_t depth) {
        return R"({"error_type":"A","error_code":"B","x":)" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
    };
    CHECK(plaid::parse_error(nested(32)).has_value());
    CHECK(failure_of(nested(33)).kind == parse_failure_kind::too_deep);
    CHECK(failure_of(nested(33)).message == "nesting deeper than 32 levels");
    CHECK(plaid::parse_error(nested(33), std::nullopt, {1024 * 1024, 100}).has_value());
    CHECK(failure_of(nested(3), {1024 * 1024, 2}).kind == parse_failure_kind::too_deep);

    const std::string million(1000000, '[');
    CHECK(failure_of(million).kind == parse_failure_kind::too_deep);
    const std::string million_objects = [] {
        std::string body;
        for (int i = 0; i < 200000; ++i) body += "{\"a\":";
        return body;
    }();
    CHECK(failure_of(million_objects, {2 * 1024 * 1024, 32}).kind == parse_failure_kind::too_deep);
    // A caller-raised limit costs no stack: unknown values are skipped without recursion.
    CHECK(failure_of(million, {2 * 1024 * 1024, std::size_t(-1)}).kind == parse_failure_kind::not_json);
}

TEST_CASE("the DOM overload gives what the body overload gives") {
    {
        for (const auto& path : parser_test::all_bodies()) {
            CAPTURE(path.filename().string());
            const auto body = read_file(path);
            const auto doc = nlohmann::json::parse(body);
            CHECK(parser_test::describe(plaid::parse_error(doc)) == parser_test::describe(plaid::parse_error(body)));
            CHECK(parser_test::describe(plaid::parse_error(doc, 500)) ==
                  parser_test::describe(plaid::parse_error(body, 500)));
            const auto ordered = nlohmann::ordered_json::parse(body);
            CHECK(parser_test::describe(plaid::parse_error(ordered)) == parser_test::describe(plaid::parse_error(body)));
        }
    }
    CHECK(plaid::parse_error(nlohmann::json::array()).failure().kind == parse_failure_kind::not_object);
    CHECK(plaid::parse_error(nlohmann::json::parse("[[[[1]]]]"), std::nullopt, {0, 3}).failure().kind ==
          parse_failure_kind::too_deep);
    // A string literal is a body, not a JSON string document.
    CHECK(plaid::parse_error("not json").failure().kind == parse_failure_kind::not_json);
    CHECK(plaid::parse_error(std::string("[]")).failure().kind == parse_failure_kind::not_object);
    static_assert(noexcept(plaid::parse_error(std::string_view())));
    static_assert(noexcept(plaid::parse_error(nlohmann::json())));
}

TEST_CASE("to_json and from_json round-trip every body, unknown type and code included") {
    {
        for (const auto& path : parser_test::all_bodies()) {
            CAPTURE(path.filename().string());
            const auto parsed = plaid::parse_error(read_file(path));
            REQUIRE(parsed);
            const nlohmann::json j = *parsed;
            CHECK(j.get<plaid::error>() == *parsed);
            CHECK(plaid::parse_error(j.dump()).value() == *parsed);
            const nlohmann::ordered_json ordered = *parsed;
            CHECK(ordered.begin().key() == "error_type");
            CHECK(ordered.get<plaid::error>() == *parsed);
            for (const auto& cause : parsed->causes) CHECK(nlohmann::json(cause).get<plaid::cause>() == cause);
        }
    }
    plaid::error unknown;
    unknown.type_name = "FUTURE_ERROR";
    unknown.code_name = "FUTURE_CODE";
    unknown.error_message = "";
    unknown.status = 418;
    unknown.causes.emplace_back().item_id = "item";
    unknown.causes[0].type_name = "T";
    unknown.causes[0].code_name = "C";
    unknown.required_account_subtypes = {"checking"};
    const nlohmann::json j = unknown;
    CHECK(j.at("error_type") == "FUTURE_ERROR");
    CHECK(j.at("display_message").is_null());
    CHECK(j.at("causes").at(0).at("item_id") == "item");
    CHECK(j.get<plaid::error>() == unknown);

    CHECK_THROWS_AS(nlohmann::json::parse(R"({"error_code":"X"})").get<plaid::error>(), plaid::bad_error_json);
    try {
        nlohmann::json::parse(R"({"error_type":"A","error_code":"B","status":"x"})").get<plaid::error>();
        FAIL("no exception");
    } catch (const plaid::bad_error_json& e) {
        CHECK(e.failure.field == "status");
    }
    CHECK_THROWS_AS(nlohmann::json(1).get<plaid::cause>(), plaid::bad_error_json);
}

TEST_CASE("a taxonomy entry converts to JSON with every member") {
    const auto list_of = [](const plaid::string_list& items) {
        std::vector<std::string> out;
        for (auto item : items) out.emplace_back(item);
        return out;
    };
    const auto text_or_null = [](const std::optional<std::string_view>& text) {
        return text ? nlohmann::json(std::string(*text)) : nlohmann::json(nullptr);
    };
    for (plaid::code code : plaid::all_codes()) {
        const auto entry = plaid::info(code);
        CAPTURE(entry.name);
        const nlohmann::json j = entry;
        CHECK(j.at("name") == entry.name);
        CHECK(j.at("type") == plaid::to_string(entry.type));
        CHECK(j.at("http_status") == entry.http_status);
        CHECK(j.at("summary") == entry.summary);
        CHECK(j.at("causes") == list_of(entry.causes));
        CHECK(j.at("troubleshooting") == list_of(entry.troubleshooting));
        CHECK(j.at("user_messages") == list_of(entry.user_messages));
        CHECK(j.at("link_experience") == entry.link_experience);
        CHECK(j.at("sample_error_message") == text_or_null(entry.sample_error_message));
        CHECK(j.at("sample_display_message") == text_or_null(entry.sample_display_message));
        CHECK(j.at("sample_body_text") == entry.sample_body_text);
        CHECK(j.at("doc_url") == entry.doc_url);
        CHECK(j.at("endpoints") == list_of(entry.endpoints));
        CHECK(j.at("aliases") == list_of(entry.aliases));
        CHECK(j.at("plan").at("who") == plaid::to_string(entry.plan.who));
        CHECK(j.at("plan").at("retry") == plaid::to_string(entry.plan.retry));
        CHECK(j.at("plan").at("link") == plaid::to_string(entry.plan.link));
        CHECK(j.at("plan").at("remove_item") == entry.plan.remove_item);
        CHECK(j.at("plan").at("user_acts_first") == entry.plan.user_acts_first);
        CHECK(j.at("plan").at("next") == plaid::to_string(entry.plan.next));
        CHECK(j.at("plan").at("next_call") == entry.plan.next_call);
    }
}

TEST_CASE("a code converts to JSON as its wire name, no code as null") {
    for (plaid::code code : plaid::all_codes()) CHECK(nlohmann::json(code) == code.name());
    CHECK(nlohmann::json(plaid::code{}).is_null());
    CHECK(nlohmann::ordered_json(plaid::code(plaid::item_error::item_login_required)) == "ITEM_LOGIN_REQUIRED");
}

TEST_CASE("a code enum converts to and from JSON by wire name") {
    for (plaid::code code : plaid::all_codes()) {
        if (auto item = code.as<plaid::item_error>()) {
            const nlohmann::json j = *item;
            CHECK(j == code.name());
            CHECK(j.get<plaid::item_error>() == *item);
        }
    }
    CHECK(nlohmann::json(plaid::invalid_input::invalid_api_keys) == "INVALID_API_KEYS");
    CHECK_THROWS_AS(nlohmann::json("INVALID_API_KEYS").get<plaid::item_error>(), std::invalid_argument);
    CHECK_THROWS_AS(nlohmann::json(7).get<plaid::invalid_input>(), std::invalid_argument);
}

TEST_CASE("a syntax error's message quotes nothing of the body") {
    const std::string id = "de3ce8ef-33f8-452c-a685-8671031fc0f6";
    for (const std::string& body : std::vector<std::string>{
             R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN","error_message":"tokens: access-sandbox-)" + id,
             R"({"error_type":"X","error_code":"Y","error_message":"access\u002dsandbox-)" + id + R"(\q"})",
             "{\"error_type\":\"X\x9b" "2J\x1b[31m\x01",
         }) {
        CAPTURE(body);
        const auto result = plaid::parse_error(body);
        REQUIRE(!result);
        CHECK(result.failure().kind == plaid::parse_failure_kind::not_json);
        const auto& message = result.failure().message;
        CHECK(message.find(id) == std::string::npos);
        CHECK(message.rfind("not JSON at byte ", 0) == 0);
        for (char c : message) CHECK(static_cast<unsigned char>(c) >= 0x20);
        for (char c : message) CHECK(static_cast<unsigned char>(c) < 0x7F);
    }
}

namespace {

/// A body nlohmann/json accepts too, and the parse of it.
plaid::parse_result parse_valid(const std::string& body, const plaid::parse_limits& limits = {}) {
    CAPTURE(body);
    CHECK(nlohmann::json::accept(body));
    return plaid::parse_error(body, std::nullopt, limits);
}

}  // namespace

TEST_CASE("every escape decodes, \\u escapes to UTF-8 with surrogate pairs") {
    const auto result = parse_valid(with_member(
        R"("error_message":"q\" b\\ s\/ \b\f\n\r\t \u0041\u00e9\u00C9\u20ac\ud834\udd1e\uDBFF\uDFFF \u0000!")"));
    REQUIRE(result);
    constexpr char decoded[] = "q\" b\\ s/ \b\f\n\r\t A\xc3\xa9\xc3\x89\xe2\x82\xac\xf0\x9d\x84\x9e\xf4\x8f\xbf\xbf \0!";
    const std::string expected(decoded, sizeof decoded - 1);
    CHECK(result->error_message == expected);
    CHECK(result->error_message == nlohmann::json::parse(with_member(R"("error_message":"q\" b\\ s\/ \b\f\n\r\t )"
                                                                     R"(\u0041\u00e9\u00C9\u20ac\ud834\udd1e)"
                                                                     R"(\uDBFF\uDFFF \u0000!")"))
                                       .at("error_message")
                                       .get<std::string>());

    const auto in_arrays = parse_valid(with_member(
        R"("required_account_subtypes":["\u0063hecking","sav\u0069ngs"],"causes":[{"error_type":"\u0041",)"
        R"("error_code":"B\n","item_id":"\ud83d\ude00"}])"));
    REQUIRE(in_arrays);
    CHECK(in_arrays->required_account_subtypes == std::vector<std::string>{"checking", "savings"});
    REQUIRE(in_arrays->causes.size() == 1);
    CHECK(in_arrays->causes[0].type_name == "A");
    CHECK(in_arrays->causes[0].code_name == "B\n");
    CHECK(in_arrays->causes[0].item_id == "\xf0\x9f\x98\x80");
}

TEST_CASE("a \\u escape's digits are read as std::from_chars reads hex digits") {
    for (int byte = 0; byte < 256; ++byte) {
        const char c = static_cast<char>(byte);
        unsigned value = 16;
        const auto read = std::from_chars(&c, &c + 1, value, 16);
        INFO("byte " << byte);
        CHECK(plaid::detail::hex_digit_value(c) == (read.ec == std::errc() ? value : 16u));
    }
}

TEST_CASE("escaped member names name their field; other names are ignored") {
    const auto result = parse_valid(
        R"({"error_\u0074ype":"ITEM_ERROR","\u0065rror_code":"ITEM_LOGIN_REQUIRED","st\u0061tus":400,)"
        R"("causes":[{"error_type":"A","error_code":"B","item_\u0069d":"i"}],)"
        R"("\u0065rror_message_but_longer_than_any_field":1,"error_\u0074ypo":2})");
    REQUIRE(result);
    CHECK(result->code == plaid::item_error::item_login_required);
    CHECK(result->status == 400);
    REQUIRE(result->causes.size() == 1);
    CHECK(result->causes[0].item_id == "i");

    const auto wrong = failure_of(with_member(R"("st\u0061tus":"400")"));
    CHECK(wrong.kind == parse_failure_kind::wrong_field_type);
    CHECK(wrong.field == "status");
}

TEST_CASE("numbers of every shape are read in unknown members, and only int-range integers are a status") {
    for (const char* number : {"0", "-0", "7", "-7", "0.5", "-0.0", "1.25e3", "1E+10", "1e-10", "2E-0", "1e-400",
                               "123456789012345678901234567890", "1.7976931348623157e308", "-1.7976931348623158e308",
                               "0.0000000000000000000000000001e330", "4.9e-324", "1e308", "1.6999999999999999999e308",
                               "16e307", "1.7e308", "-1.79e308", "0.17e309"}) {
        CAPTURE(number);
        CHECK(parse_valid(with_member(std::string(R"("x":[)") + number + "," + number + R"(],"y":)" + number)));
        const auto status = plaid::parse_error(with_member(std::string(R"("status":)") + number));
        const auto doc = nlohmann::json::parse(with_member(std::string(R"("status":)") + number));
        const bool in_int_range = doc.at("status").is_number_integer() &&
                                  doc.at("status").get<std::int64_t>() >= INT_MIN &&
                                  doc.at("status").get<std::int64_t>() <= INT_MAX;
        CHECK(status.has_value() == in_int_range);
        if (status) CHECK(status->status == doc.at("status").get<int>());
    }
    for (const char* number : {"1.0", "1e2", "4E0", "2147483648", "-2147483649", "1234567890123456789012345", "400.5"}) {
        CAPTURE(number);
        const auto status = failure_of(with_member(std::string(R"("status":)") + number));
        CHECK(status.kind == parse_failure_kind::wrong_field_type);
        CHECK(status.field == "status");
    }
    const auto zero = parse_valid(with_member(R"("status":-0)"));
    REQUIRE(zero);
    CHECK(zero->status == 0);
}

TEST_CASE("a number beyond the range of a double is not JSON, as in nlohmann/json") {
    for (const std::string& number :
         {std::string("1e400"), std::string("-1e309"), std::string("1.7976931348623159e308"),
          std::string("17976931348623159e292"), std::string(309, '9'), std::string("0.1e310"), std::string("2e308"),
          std::string("-2.0e308"), std::string("1.8e308"), std::string("19e307")}) {
        CAPTURE(number);
        const auto body = with_member(R"("x":)" + number);
        CHECK_FALSE(nlohmann::json::accept(body));
        const auto failure = failure_of(body);
        CHECK(failure.kind == parse_failure_kind::not_json);
        CHECK(failure.offset == body.size() - 2);
        CHECK(failure.message == "not JSON at byte " + std::to_string(body.size() - 2) +
                                     ": expected a number within the range of a double");
    }
}

TEST_CASE("a leading UTF-8 byte order mark is skipped, as in nlohmann/json; anything else like it is not JSON") {
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(parse_valid(bom + with_member(R"("status":1)")));
    CHECK(parse_valid(bom + " \n" + with_member(R"("status":1)")));
    for (const auto& [body, offset] :
         {std::pair{" " + bom + "{}", std::size_t{1}}, std::pair{std::string("\xEF\xBB{}"), std::size_t{2}},
          std::pair{bom, std::size_t{3}}, std::pair{bom + bom + "{}", std::size_t{3}}}) {
        CAPTURE(body);
        CHECK_FALSE(nlohmann::json::accept(body));
        const auto failure = failure_of(body);
        CHECK(failure.kind == parse_failure_kind::not_json);
        CHECK(failure.offset == offset);
    }
}

TEST_CASE("every syntax error names its first bad byte and what was expected there") {
    const std::string top = R"({"error_type":"A","error_code":"B")";  // 34 bytes
    const struct {
        std::string body;
        std::size_t offset;
        const char* expected;
    } cases[] = {
        {"x", 0, "expected a value"},
        {"{", 1, "expected a member name in double quotes"},
        {"{,}", 1, "expected a member name in double quotes"},
        {R"({"a" 1})", 5, "expected ':' after a member name"},
        {R"({"a":})", 5, "expected a value"},
        {top + " 1}", 35, "expected ',' or '}' after an object member"},
        {top + ",}", 35, "expected a member name in double quotes"},
        {top, 34, "expected ',' or '}' after an object member"},
        {top + R"(,"x":[1 2]})", 42, "expected ',' or ']' after an array element"},
        {top + R"(,"x":[1,]})", 42, "expected a value"},
        {top + R"(,"x":[[[{"y":[1}]]]})", 49, "expected ',' or ']' after an array element"},
        {top + R"(,"x":{"y":[{"z":1]}]})", 51, "expected ',' or '}' after an object member"},
        {top + "} {}", 36, "expected the end of the body after the top-level value"},
        {"[1] x", 4, "expected the end of the body after the top-level value"},
        {top + R"(,"x":tru})", 42, "expected true, false or null"},
        {top + R"(,"x":nul)", 42, "expected true, false or null"},
        {top + R"(,"x":-})", 40, "expected a digit after '-'"},
        {top + R"(,"x":01})", 40, "expected ',' or '}' after an object member"},
        {top + R"(,"x":1.})", 41, "expected a digit after '.'"},
        {top + R"(,"x":1e+})", 42, "expected a digit in the exponent"},
        {top + R"(,"x":.5})", 39, "expected a value"},
        {top + R"(,"x":+5})", 39, "expected a value"},
        {top + R"(,"x":"abc)", 43, "expected the closing '\"' of a string"},
        {top + ",\"x\":\"a\tb\"}", 41, "expected a control character in a string to be escaped"},
        {top + R"(,"x":"a\qb"})", 42, "expected one of \" \\ / b f n r t u after '\\'"},
        {top + R"(,"x":"a\u12g4"})", 45, "expected four hex digits after '\\u'"},
        {top + R"(,"x":"\ud800"})", 46, "expected a low surrogate escape after a high surrogate"},
        {top + R"(,"x":"\ud800\n"})", 47, "expected a low surrogate escape after a high surrogate"},
        {top + R"(,"x":"\ud800\u0041"})", 48, "expected a low surrogate escape after a high surrogate"},
        {top + R"(,"x":"\ud800\ud800"})", 49, "expected a low surrogate escape after a high surrogate"},
        {top + R"(,"x":"\udc00"})", 43, "expected a high surrogate escape before a low surrogate"},
        {top + ",\"x\":\"\xC3\x28\"}", 41, "expected valid UTF-8 in a string"},
        {top + ",\"x\":\"\xFF\"}", 40, "expected valid UTF-8 in a string"},
        {top + ",\"x\":\"\xE2\x82", 42, "expected valid UTF-8 in a string"},
        {top + ",\"\xED\xA0\x80\":1}", 37, "expected valid UTF-8 in a string"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.body);
        CHECK_FALSE(nlohmann::json::accept(c.body));
        const auto failure = failure_of(c.body);
        CHECK(failure.kind == parse_failure_kind::not_json);
        CHECK(failure.offset == c.offset);
        CHECK(failure.message == "not JSON at byte " + std::to_string(c.offset) + ": " + c.expected);
    }
}

TEST_CASE("a bad string names the same byte whether its member is read, in an array, or skipped") {
    // Read members decode as they validate; skipped ones only validate: both stop at the same byte.
    const std::string values[] = {
        R"("abc)",
        R"("a\nbc)",
        R"("a\n\"bc\\)",
        R"("0123456789\n0123456789\")",
        R"("a\qb")",
        R"("a\n\qb")",
        R"("a\n\u12g4")",
        R"("a\n\ud800")",
        R"("a\n\ud800\u0041")",
        R"("a\n\udc00")",
        "\"a\\n\tb\"",
        "\"0123456789\\n0123456789\tb\"",
        "\"a\\n\xC3\x28\"",
        "\"0123456789\\n01234567\xE2\x82\"",
        "\"a\\n\xE2\x82",
        "\"a\\",
    };
    const std::string top = R"({"error_type":"A","error_code":"B",)";
    for (const auto& value : values) {
        CAPTURE(value);
        const auto skipped = failure_of(top + R"("x":)" + value + "}");
        REQUIRE(skipped.kind == parse_failure_kind::not_json);
        REQUIRE(skipped.offset);
        for (const char* name : {R"("error_message":)", R"("required_account_subtypes":[)"}) {
            const std::string body = top + name + value + "}";
            CAPTURE(body);
            CHECK_FALSE(nlohmann::json::accept(body));
            const auto read = failure_of(body);
            CHECK(read.kind == parse_failure_kind::not_json);
            CHECK(read.offset == *skipped.offset + std::string_view(name).size() - 4);
            CHECK(read.message.substr(read.message.find(':')) == skipped.message.substr(skipped.message.find(':')));
        }
    }
}

TEST_CASE("escaped strings of every length decode as nlohmann/json decodes them") {
    // Escapes before, inside and after eight-byte runs, UTF-8 between them, quotes and backslashes at the end.
    const std::string pieces[] = {R"(\n)", R"(\u00e9)", R"(\ud83d\ude00)", "\xC3\xA9", "\xF0\x9F\x98\x80",
                                  R"(\\)", R"(\")", "abcdefghij", "x"};
    std::string value;
    for (std::size_t length = 0; length < 40; ++length) {
        value += pieces[length * 7 % std::size(pieces)];
        const std::string body = with_member(R"("error_message":")" + value + R"(","required_account_subtypes":[")" +
                                             value + R"("],"request_id":"\\)" + value + R"(\\")");
        const auto parsed = parse_valid(body);
        REQUIRE(parsed);
        const auto oracle = nlohmann::json::parse(body);
        CHECK(parsed->error_message == oracle.at("error_message").get<std::string>());
        CHECK(parsed->required_account_subtypes ==
              oracle.at("required_account_subtypes").get<std::vector<std::string>>());
        CHECK(parsed->request_id == oracle.at("request_id").get<std::string>());
    }
}

TEST_CASE("a syntax error and nesting past the limit: whichever comes first decides") {
    const std::string top = R"({"error_type":"A","error_code":"B","x":)";
    const plaid::parse_limits limits{1024 * 1024, 4};
    CHECK(failure_of(top + "[[[[1]]]] x}", limits).kind == parse_failure_kind::too_deep);
    CHECK(failure_of(top + "[[x[[1]]]]}", limits).kind == parse_failure_kind::not_json);
    CHECK(failure_of(top + "[[[1]]], \"y\":[[[[2]]]]}", limits).kind == parse_failure_kind::too_deep);
    CHECK(failure_of(top + "[[[1]]], \"y\":[[[[2]]]]", limits).kind == parse_failure_kind::too_deep);
    CHECK(failure_of("[[[[[", limits).kind == parse_failure_kind::too_deep);
    CHECK(failure_of("[[[[", limits).kind == parse_failure_kind::not_json);
    // Nested past the limit in a known member too.
    CHECK(failure_of(top + R"(1,"causes":[{"error_type":"A","error_code":"B","causes":[{}]}]})", limits).kind ==
          parse_failure_kind::too_deep);
    CHECK(parse_valid(top + R"(1,"causes":[{"error_type":"A","error_code":"B","causes":[]}]})", limits));
}

TEST_CASE("nesting at a raised limit of 100000 levels parses without recursion; one more is too_deep") {
    constexpr std::size_t levels = 100000;
    const plaid::parse_limits limits{16 * 1024 * 1024, levels};
    const std::string top = R"({"error_type":"A","error_code":"B","x":)";
    for (const char open : {'[', '{'}) {
        CAPTURE(open);
        const auto nested = [&](std::size_t depth) {  // `depth` levels in all, the error object included
            std::string body = top;
            for (std::size_t i = 1; i < depth; ++i) body += open == '[' ? "[" : R"({"a":)";
            body += "0";
            body.append(depth - 1, open == '[' ? ']' : '}');
            return body + "}";
        };
        const auto at_limit = plaid::parse_error(nested(levels), std::nullopt, limits);
        INFO(parser_test::describe(at_limit));
        CHECK(at_limit);
        const auto past = failure_of(nested(levels + 1), limits);
        CHECK(past.kind == parse_failure_kind::too_deep);
        CHECK(past.message == "nesting deeper than 100000 levels");
    }
}

namespace {

/// `count` copies of `element`, comma-separated.
std::string repeated(std::string_view element, std::size_t count) {
    std::string list;
    for (std::size_t i = 0; i < count; ++i) (list += i ? "," : "") += element;
    return list;
}

/// A body whose causes hold `count` causes, and whose two string arrays hold `strings` strings in all.
std::string with_elements(std::size_t count, std::size_t strings) {
    const std::size_t required = strings / 2;
    return with_member(R"("causes":[)" + repeated(R"({"error_type":"ITEM_ERROR","error_code":"X"})", count) +
                       R"(],"required_account_subtypes":[)" + repeated(R"("checking")", required) +
                       R"(],"provided_account_subtypes":[)" + repeated(R"("savings")", strings - required) + "]");
}

/// The body overload's failure, which the DOM overload gives too.
plaid::parse_failure failure_both_ways(const std::string& body, const plaid::parse_limits& limits = {}) {
    const auto failure = failure_of(body, limits);
    const auto from_doc = plaid::parse_error(nlohmann::json::parse(body), std::nullopt, limits);
    CHECK(parser_test::describe(from_doc) == parser_test::describe(plaid::parse_error(body, std::nullopt, limits)));
    return failure;
}

}  // namespace

TEST_CASE("parse_limits cap the causes and the array elements of a body, default and custom") {
    const plaid::parse_limits defaults;
    REQUIRE(defaults.max_causes == 256);
    REQUIRE(defaults.max_array_elements == 1024);

    const auto at_limit = parse_valid(with_elements(256, 1024));
    REQUIRE(at_limit);
    CHECK(at_limit->causes.size() == 256);
    CHECK(at_limit->required_account_subtypes.size() + at_limit->provided_account_subtypes.size() == 1024);
    CHECK(parser_test::describe(plaid::parse_error(nlohmann::json::parse(with_elements(256, 1024)))) ==
          parser_test::describe(plaid::parse_error(with_elements(256, 1024))));

    // A limit names no member and no byte: it is the body as a whole that holds too many.
    const auto causes = failure_both_ways(with_elements(257, 0));
    CHECK(causes.kind == parse_failure_kind::too_many_elements);
    CHECK(causes.message == "more than 256 causes");
    CHECK(causes.field.empty());
    CHECK_FALSE(causes.offset);
    const auto strings = failure_both_ways(with_elements(0, 1025));
    CHECK(strings.kind == parse_failure_kind::too_many_elements);
    CHECK(strings.message == "more than 1024 array elements");
    CHECK(strings.field.empty());
    CHECK_FALSE(strings.offset);

    // Causes count at every level together, and so do the strings of every array, causes' included.
    const std::string nested_cause = R"({"error_type":"ITEM_ERROR","error_code":"X","required_account_subtypes":["a","b"],)"
                                     R"("causes":[{"error_type":"ITEM_ERROR","error_code":"Y"}]})";
    const std::string two_levels = with_member(R"("causes":[)" + repeated(nested_cause, 3) + "]");  // 6 causes, 6 strings
    const plaid::parse_limits six{1024 * 1024, 32, 6, 6};
    CHECK(parse_valid(two_levels, six));
    const plaid::parse_limits five_causes{1024 * 1024, 32, 5, 6};
    const auto past_causes = failure_both_ways(two_levels, five_causes);
    CHECK(past_causes.kind == parse_failure_kind::too_many_elements);
    CHECK(past_causes.message == "more than 5 causes");
    CHECK_FALSE(past_causes.offset);
    const plaid::parse_limits five_strings{1024 * 1024, 32, 6, 5};
    const auto past_strings = failure_both_ways(two_levels, five_strings);
    CHECK(past_strings.kind == parse_failure_kind::too_many_elements);
    CHECK(past_strings.message == "more than 5 array elements");
    CHECK_FALSE(past_strings.offset);

    // A limit passed is named before any bad member, wherever that member lies; an array whose
    // element is bad is read no further, so its later elements pass no limit.
    const plaid::parse_limits two{1024 * 1024, 32, 2, 2};
    const auto before_bad = failure_both_ways(
        with_member(R"("required_account_subtypes":[1],"causes":[)" +
                    repeated(R"({"error_type":"ITEM_ERROR","error_code":"X"})", 3) + "]"),
        two);
    CHECK(before_bad.kind == parse_failure_kind::too_many_elements);
    CHECK(before_bad.message == "more than 2 causes");
    const auto bad_first = failure_both_ways(with_member(R"("causes":[)" + repeated("{}", 3) + "]"), two);
    CHECK(bad_first.kind == parse_failure_kind::wrong_field_type);
    CHECK(bad_first.field == "causes[0].error_type");
    // A syntax error after the limit is still a syntax error, with its offset.
    const std::string truncated = with_elements(3, 0);
    const auto not_json = failure_of(truncated.substr(0, truncated.size() - 1), {1024 * 1024, 32, 2, 2});
    CHECK(not_json.kind == parse_failure_kind::not_json);
    CHECK(not_json.offset == truncated.size() - 1);
}

TEST_CASE("a short \\u escape fails at its first byte that rules out every completion") {
    struct short_escape {
        std::string value;       // the string member's JSON, quotes included
        std::size_t bad;         // the offset of the byte to name, in `value`
        const char* expected;
    };
    const short_escape cases[] = {
        // \uDE can only start a low surrogate, which cannot come first: its `e` is the byte named.
        {R"("\ude")", 4, "expected a high surrogate escape before a low surrogate"},
        // After a high surrogate, \u0 starts no low surrogate: its `0` is named.
        {R"("\ud83d\u00")", 9, "expected a low surrogate escape after a high surrogate"},
        {R"("\ud83d\u0)", 9, "expected a low surrogate escape after a high surrogate"},
        {R"("\ud83d\ud")", 10, "expected a low surrogate escape after a high surrogate"},
        {R"("\u00")", 5, "expected four hex digits after '\\u'"},
        {R"("\u")", 3, "expected four hex digits after '\\u'"},
    };
    const std::string top = R"({"error_type":"A","error_code":"B",)";
    for (const auto& c : cases) {
        for (const char* name : {R"("error_message":)", R"("unknown":)", R"("provided_account_subtypes":[)"}) {
            const std::string body = top + name + c.value + "}";
            CAPTURE(body);
            CHECK_FALSE(nlohmann::json::accept(body));
            const auto failure = failure_of(body);
            CHECK(failure.kind == parse_failure_kind::not_json);
            const std::size_t at = top.size() + std::string_view(name).size() + c.bad;
            CHECK(failure.offset == at);
            CHECK(failure.message == "not JSON at byte " + std::to_string(at) + ": " + c.expected);
        }
    }
}
