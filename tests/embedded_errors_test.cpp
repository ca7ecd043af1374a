// The OAuth error shape (`parse_any_error`, and `parse_error`'s `oauth_response`
// failure) and the errors inside successful bodies (`find_errors`): unit cases,
// the spec's 22 examples against the paths the reference lists, the differential
// test against nlohmann/json over the corpora, and the check of the enums against
// the reference.

#include <plaid/errors/embedded_errors.hpp>
#include <plaid/errors/format.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/parse.hpp>

#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "corpora.hpp"
#include "embedded_errors_oracle.hpp"

using plaid::parse_failure_kind;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The reference beside the corpora, or no value (the test then says it skips).
std::optional<nlohmann::json> reference() {
    const auto path = std::filesystem::path(PLAID_ERRORS_CORPORA).parent_path() / "reference" /
                      "plaid-api-errors-spec-2026-06.json";
    if (!std::filesystem::is_regular_file(path)) {
        std::cout << "skipped: " << path.string() << " is absent" << std::endl;
        return std::nullopt;
    }
    return nlohmann::json::parse(read_file(path));
}

/// The JSON pointer of a path as the reference writes it: `institutions[2].errors` is `/institutions/2/errors`.
nlohmann::json::json_pointer pointer_to(const std::string& path) {
    const auto indices = std::regex_replace(path, std::regex(R"(\[(\d+)\])"), "/$1");
    return nlohmann::json::json_pointer("/" + std::regex_replace(indices, std::regex(R"(\.)"), "/"));
}

const plaid::body_errors& found_in(const plaid::find_errors_result&& result) = delete;
const plaid::body_errors& found_in(const plaid::find_errors_result& result) {
    INFO((result ? std::string() : result.failure().message));
    REQUIRE(result.has_value());
    return *result;
}

}  // namespace

TEST_CASE("an OAuth error body parses to its typed code, description, URI and request id") {
    const std::pair<std::string_view, plaid::oauth_error_code> codes[] = {
        {"invalid_request", plaid::oauth_error_code::invalid_request},
        {"invalid_client", plaid::oauth_error_code::invalid_client},
        {"invalid_grant", plaid::oauth_error_code::invalid_grant},
        {"unauthorized_client", plaid::oauth_error_code::unauthorized_client},
        {"invalid_scope", plaid::oauth_error_code::invalid_scope},
        {"unsupported_grant_type", plaid::oauth_error_code::unsupported_grant_type},
    };
    for (const auto& [name, code] : codes) {
        CAPTURE(name);
        const std::string body = R"({"error":")" + std::string(name) +
                                 R"(","error_description":"the refresh token has expired","error_uri":"https://example.com/e","request_id":"Hx9q"})";
        const auto result = plaid::parse_any_error(body);
        const auto* oauth = std::get_if<plaid::oauth_error_response>(&result);
        REQUIRE(oauth);
        CHECK(oauth->code == code);
        CHECK(plaid::to_string(code) == name);
        CHECK(plaid::to_oauth_error_code(name) == code);
        CHECK(oauth->error == name);
        CHECK(oauth->error_description == "the refresh token has expired");
        CHECK(oauth->error_uri == "https://example.com/e");
        CHECK(oauth->request_id == "Hx9q");
    }
}

TEST_CASE("an OAuth error with a code this version does not know keeps it as sent") {
    const auto result = plaid::parse_any_error(R"({"error":"access_denied","request_id":"r"})");
    const auto* oauth = std::get_if<plaid::oauth_error_response>(&result);
    REQUIRE(oauth);
    CHECK(oauth->code == plaid::oauth_error_code::unknown);
    CHECK(oauth->error == "access_denied");
    CHECK_FALSE(oauth->error_description.has_value());
    CHECK(plaid::to_oauth_error_code("INVALID_GRANT") == plaid::oauth_error_code::unknown);
}

TEST_CASE("parse_error tells an OAuth body apart from a malformed PlaidError") {
    const auto oauth = plaid::parse_error(R"({"error":"invalid_grant","request_id":"r"})");
    REQUIRE_FALSE(oauth.has_value());
    CHECK(oauth.failure().kind == parse_failure_kind::oauth_response);
    CHECK(oauth.failure().field == "error");
    CHECK(oauth.failure().message == "an OAuth error response, not a Plaid error: error invalid_grant");
    CHECK(plaid::to_string(parse_failure_kind::oauth_response) == "oauth_response");

    // A body with either PlaidError member is a malformed PlaidError; so is one whose `error` is no string
    // (a webhook's) or whose OAuth members have the wrong type.
    for (const std::string_view body :
         {R"({"error":"invalid_grant","error_type":"ITEM_ERROR"})", R"({"error":"invalid_grant","error_code":7})",
          R"({"error":{"error_type":"ITEM_ERROR"}})", R"({"error":"invalid_grant","error_description":3})",
          R"({"message":"Internal Server Error"})", R"({"error_type":"ITEM_ERROR"})"}) {
        CAPTURE(body);
        const auto result = plaid::parse_error(body);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.failure().kind == parse_failure_kind::not_plaid_error);
        const auto any = plaid::parse_any_error(body);
        REQUIRE(std::holds_alternative<plaid::parse_failure>(any));
        CHECK(std::get<plaid::parse_failure>(any).kind == parse_failure_kind::not_plaid_error);
    }
}

TEST_CASE("parse_any_error reads a PlaidError as parse_error does, and fails as it does") {
    const std::string_view body = R"({"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED","status":400})";
    const auto any = plaid::parse_any_error(body, 401);
    const auto* e = std::get_if<plaid::error>(&any);
    REQUIRE(e);
    CHECK(*e == *plaid::parse_error(body, 401));
    CHECK(e->status == 401);
    const auto failed = plaid::parse_any_error("{");
    REQUIRE(std::holds_alternative<plaid::parse_failure>(failed));
    CHECK(std::get<plaid::parse_failure>(failed).kind == parse_failure_kind::not_json);
}

TEST_CASE("the document overload of parse_error names an OAuth body as the text overload does") {
    const auto text = R"({"error":"invalid_client","error_description":null,"request_id":"r"})";
    const auto from_doc = plaid::parse_error(nlohmann::json::parse(text));
    const auto from_text = plaid::parse_error(text);
    REQUIRE_FALSE(from_doc.has_value());
    CHECK(from_doc.failure().kind == parse_failure_kind::oauth_response);
    CHECK(from_doc.failure().message == from_text.failure().message);
    CHECK(plaid::parse_error(nlohmann::json::parse(R"({"error":"x","error_code":null,"error_type":1})")).failure().kind ==
          parse_failure_kind::not_plaid_error);
}

TEST_CASE("find_errors returns each error with its path and the item_id beside it") {
    const auto result = plaid::find_errors(R"({"request_id":"r",
        "results":[{"item_id":"a","product":"transactions"},
                   {"error":{"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED","status":400},"item_id":"b"}],
        "institutions":[{"errors":[{"error_type":"PARTNER_ERROR","error_code":"OAUTH_REGISTRATION_ERROR"}]}]})");
    const auto& found = found_in(result);
    REQUIRE(found.errors.size() == 2);
    CHECK(found.errors[0].path == "results[1].error");
    CHECK(found.errors[0].item_id == "b");  // the member after the error, beside it all the same
    CHECK(found.errors[0].error.code == plaid::item_error::item_login_required);
    CHECK(found.errors[0].error.status == 400);
    CHECK(found.errors[1].path == "institutions[0].errors[0]");
    CHECK_FALSE(found.errors[1].item_id.has_value());
    CHECK(found.errors[1].error.code_name == "OAUTH_REGISTRATION_ERROR");
    CHECK(found.warnings.empty());
    CHECK(found.malformed.empty());
}

TEST_CASE("find_errors takes a Cause's own item_id first, and counts an error's causes as part of it") {
    const auto result = plaid::find_errors(R"({"item":{"item_id":"outer","error":{"error_type":"ITEM_ERROR",
        "error_code":"ITEM_LOGIN_REQUIRED","item_id":"own","causes":[{"error_type":"ITEM_ERROR","error_code":"X","item_id":"c"}]}}})");
    const auto& found = found_in(result);
    REQUIRE(found.errors.size() == 1);
    CHECK(found.errors[0].path == "item.error");
    CHECK(found.errors[0].item_id == "own");
    REQUIRE(found.errors[0].error.causes.size() == 1);
    CHECK(found.errors[0].error.causes[0].item_id == "c");
}

TEST_CASE("find_errors types report warnings and their causes, with http_code standing in for status") {
    const auto result = plaid::find_errors(R"({"report":{"warnings":[
        {"warning_type":"ASSET_REPORT_WARNING","warning_code":"OWNERS_UNAVAILABLE",
         "cause":{"error_type":"ITEM_ERROR","http_code":400,"error_code":"PRODUCTS_NOT_SUPPORTED","item_id":"i1"}},
        {"warning_type":"SIGNAL_WARNING","warning_code":"SOMETHING_NEW","warning_message":"m"}]}})");
    const auto& found = found_in(result);
    REQUIRE(found.warnings.size() == 2);
    const auto& owners = found.warnings[0];
    CHECK(owners.path == "report.warnings[0]");
    CHECK(owners.type == plaid::warning_type::asset_report_warning);
    CHECK(owners.code == plaid::warning_code::owners_unavailable);
    REQUIRE(owners.cause.has_value());
    CHECK(owners.cause->code == plaid::item_error::products_not_supported);
    CHECK(owners.cause->status == 400);
    CHECK(owners.cause->item_id == "i1");
    const auto& other = found.warnings[1];
    CHECK(other.type == plaid::warning_type::unknown);
    CHECK(other.type_name == "SIGNAL_WARNING");
    CHECK(other.code == plaid::warning_code::unknown);
    CHECK(other.code_name == "SOMETHING_NEW");
    CHECK_FALSE(other.cause.has_value());
    REQUIRE(found.errors.size() == 1);
    CHECK(found.errors[0].path == "report.warnings[0].cause");
}

TEST_CASE("find_errors reports an error-like object with a bad member as malformed, not as an error") {
    const auto result = plaid::find_errors(R"({"payment":{"error":{"error_type":"PAYMENT_ERROR","error_code":"X","status":"400"}}})");
    const auto& found = found_in(result);
    CHECK(found.errors.empty());
    REQUIRE(found.malformed.size() == 1);
    CHECK(found.malformed[0].path == "payment.error");
    CHECK(found.malformed[0].failure.kind == parse_failure_kind::wrong_field_type);
    CHECK(found.malformed[0].failure.field == "status");
}

TEST_CASE("find_errors finds nothing where there is no error, nor in a body that is itself an error") {
    for (const std::string_view body :
         {R"({"item":{"error":null,"item_id":"a"},"request_id":"r"})", "[]", "3", R"({"error_type":"ITEM_ERROR"})",
          R"({"errors":[{"error_code":"NO_TYPE"}],"error":"invalid_grant"})",
          R"({"error_type":"ITEM_ERROR","error_code":"X","causes":[{"error_type":"ITEM_ERROR","error_code":"Y"}]})"}) {
        CAPTURE(body);
        const auto result = plaid::find_errors(body);
        CHECK(found_in(result).empty());
    }
}

TEST_CASE("find_errors fails as parse_error does on a body it cannot read, and past its limits") {
    CHECK(plaid::find_errors(R"({"a":[1,})").failure().kind == parse_failure_kind::not_json);
    CHECK(plaid::find_errors("").failure().kind == parse_failure_kind::empty_body);
    CHECK(plaid::find_errors(std::string_view("{\0}", 3)).failure().kind == parse_failure_kind::nul_byte);
    CHECK(plaid::find_errors(std::string(40, '[') + std::string(40, ']')).failure().kind == parse_failure_kind::too_deep);
    plaid::parse_limits small;
    small.max_body_bytes = 8;
    CHECK(plaid::find_errors(R"({"a":"bcdefgh"})", small).failure().kind == parse_failure_kind::body_too_large);
    plaid::parse_limits few;
    few.max_causes = 2;
    std::string many = "[";
    for (int i = 0; i < 3; ++i) many += std::string(i ? "," : "") + R"({"e":{"error_type":"A","error_code":"B"}})";
    many += "]";
    CHECK(plaid::find_errors(many, few).failure().kind == parse_failure_kind::too_many_elements);
    const auto all = plaid::find_errors(many);
    CHECK(found_in(all).errors.size() == 3);
}

TEST_CASE("find_errors walks a body nested to its depth limit without recursion") {
    plaid::parse_limits deep;
    deep.max_depth = 100000;
    deep.max_body_bytes = 1 << 22;
    std::string body;
    for (int i = 0; i < 90000; ++i) body += R"({"a":)";
    body += R"({"error_type":"A","error_code":"B"})";
    body += std::string(90000, '}');
    const auto result = plaid::find_errors(body, deep);
    const auto& found = found_in(result);
    REQUIRE(found.errors.size() == 1);
    CHECK(found.errors[0].path.size() == 90000 * 2 - 1);
}

TEST_CASE("find_errors finds exactly the errors of each spec example the reference lists") {
    const auto ref = reference();
    if (!ref) return;
    const auto dir = std::filesystem::path(PLAID_ERRORS_CORPORA).parent_path() / "reference";
    const auto& examples = (*ref)["embedded_error_examples"];
    CHECK(examples.size() == 22);
    for (const auto& example : examples) {
        const std::string file = example["corpus_file"];
        DYNAMIC_SECTION(file) {
            const auto body = read_file(dir / file);
            const auto doc = nlohmann::json::parse(body);
            std::set<std::string> expected;
            for (const auto& member : example["error_members"]) {
                const std::string path = member["json_path"], kind = member["kind"];
                if (kind == "object") expected.insert(path);
                if (kind != "array") continue;
                // The array's elements with an `error_code`, as many as the reference counts.
                const auto& array = doc.at(pointer_to(path));
                std::size_t with_code = 0;
                for (std::size_t i = 0; i < array.size(); ++i)
                    if (array[i].contains("error_code")) {
                        expected.insert(path + "[" + std::to_string(i) + "]");
                        ++with_code;
                    }
                CHECK(with_code == member["items_with_error_code"].get<std::size_t>());
            }
            const auto result = plaid::find_errors(body);
            const auto& found = found_in(result);
            std::set<std::string> paths;
            for (const auto& e : found.errors) {
                paths.insert(e.path);
                for (const auto& member : example["error_members"])
                    if (member["json_path"] == e.path) {
                        CHECK(e.error.type_name == member["error_type"].get<std::string>());
                        CHECK(e.error.code_name == member["error_code"].get<std::string>());
                    }
            }
            CHECK(paths == expected);
            CHECK(found.malformed.empty());
            // The one warning example is a warning at the top level whose cause is the error found.
            if (example.contains("schema") && example["schema"] == "Warning") {
                REQUIRE(found.warnings.size() == 1);
                CHECK(found.warnings[0].type_name == doc["warning_type"].get<std::string>());
                CHECK(found.warnings[0].code == plaid::to_warning_code(doc["warning_code"].get<std::string>()));
                CHECK(found.warnings[0].code != plaid::warning_code::unknown);
                REQUIRE(found.warnings[0].cause.has_value());
                CHECK(found.warnings[0].cause->status == doc["cause"]["http_code"]);
            } else {
                CHECK(found.warnings.empty());
            }
        }
    }
}

TEST_CASE("find_errors agrees with a walk of nlohmann/json's document over every corpus body") {
    std::size_t compared = 0;
    for (const char* name : {"plaid-webhooks", "plaid-bodies", "JSONTestSuite"}) {
        for (const auto& path : corpora::json_files(corpora::find(name, false))) {
            const auto body = read_file(path);
            const auto doc = nlohmann::json::parse(body, nullptr, false);
            const auto result = plaid::find_errors(body);
            CAPTURE(path.string());
            if (doc.is_discarded()) {
                CHECK_FALSE(result.has_value());
                continue;
            }
            if (!result || oracle::has_duplicate_names(body)) continue;  // too deep, or walked twice
            CHECK(oracle::findings_of(*result) == oracle::expected_findings(doc));
            ++compared;
        }
    }
    // Without the corpora, the spec's shapes written out here.
    for (const std::string_view body : {
             R"({"results":[{"item_id":"x","error":{"error_type":"ITEM_ERROR","error_code":"A","http_code":401}}]})",
             R"({"w":[{"warning_type":"T","warning_code":"C","cause":{"error_type":"E","error_code":"F"}}],"item_id":"q"})",
             R"({"a":{"error_type":"E","error_code":"F","status":"bad"},"b":[[{"error_type":"E","error_code":"G"}]]})"}) {
        CAPTURE(body);
        const auto result = plaid::find_errors(body);
        REQUIRE(result.has_value());
        CHECK(oracle::findings_of(*result) == oracle::expected_findings(nlohmann::json::parse(body)));
        ++compared;
    }
    CHECK(compared >= 3);
}

TEST_CASE("the OAuth codes and the warning types and codes are those of the reference") {
    const auto ref = reference();
    if (!ref) return;
    std::set<std::string> oauth;
    for (const auto& value : (*ref)["oauth_error_response"]["error_enum"]["enum"]) oauth.insert(value.get<std::string>());
    std::set<std::string> ours;
    for (auto code = plaid::oauth_error_code::invalid_request; !plaid::to_string(code).empty();
         code = static_cast<plaid::oauth_error_code>(static_cast<int>(code) + 1))
        ours.insert(std::string(plaid::to_string(code)));
    CHECK(ours == oauth);
    std::set<std::string> members;
    for (const auto& member : (*ref)["oauth_error_response"]["schema"]["members"]) members.insert(member["name"].get<std::string>());
    CHECK(members == std::set<std::string>(plaid::member_names<plaid::oauth_error_response>.begin(),
                                           plaid::member_names<plaid::oauth_error_response>.end()));

    std::set<std::string> types, codes;
    for (const auto& [name, shape] : (*ref)["related_shapes"].items()) {
        for (const auto& member : shape["members"]) {
            if (!member.contains("enum") || member["enum"].is_null()) {
                // The warning types the spec gives in prose only: "which will always be `ASSET_REPORT_WARNING`".
                if (member["name"] == "warning_type") {
                    const std::string text = member["description"];
                    const auto open = text.find('`'), close = text.find('`', open + 1);
                    if (open != std::string::npos && close != std::string::npos) types.insert(text.substr(open + 1, close - open - 1));
                }
                continue;
            }
            for (const auto& value : member["enum"]) {
                if (member["name"] == "warning_type") types.insert(value.get<std::string>());
                if (member["name"] == "warning_code") codes.insert(value.get<std::string>());
            }
        }
    }
    std::set<std::string> our_types, our_codes;
    for (int i = 1; !plaid::to_string(static_cast<plaid::warning_type>(i)).empty(); ++i)
        our_types.insert(std::string(plaid::to_string(static_cast<plaid::warning_type>(i))));
    for (int i = 1; !plaid::to_string(static_cast<plaid::warning_code>(i)).empty(); ++i)
        our_codes.insert(std::string(plaid::to_string(static_cast<plaid::warning_code>(i))));
    CHECK(our_types == types);
    CHECK(our_codes == codes);
}

TEST_CASE("the printers write an OAuth error, an embedded error and a warning on one line, tokens redacted") {
    const auto any = plaid::parse_any_error(
        R"({"error":"invalid_grant","error_description":"bad grant\nfor access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6","request_id":"r\u001b"})");
    const auto& oauth = std::get<plaid::oauth_error_response>(any);
    CHECK(plaid::detail::streamed(oauth) == R"(invalid_grant: bad grant\nfor access-sandbox-****c0f6 (request_id r\x1b))");
    CHECK(plaid::redacted(oauth).error_description == "bad grant\nfor access-sandbox-****c0f6");

    const auto result = plaid::find_errors(R"({"r":[{"item_id":"i\n1","error":{"error_type":"ITEM_ERROR","error_code":"X","error_message":"m"}}],
        "w":{"warning_type":"BASE_REPORT_WARNING","warning_code":"USER_FRAUD_ALERT","cause":{"error_type":"E","error_code":"F","item_id":"c"}}})");
    const auto& found = found_in(result);
    REQUIRE(found.errors.size() == 2);
    CHECK(plaid::detail::streamed(found.errors[0]) == R"(r[0].error (item_id i\n1): ITEM_ERROR X: m)");
    REQUIRE(found.warnings.size() == 1);
    CHECK(plaid::detail::streamed(found.warnings[0]) == "w: BASE_REPORT_WARNING USER_FRAUD_ALERT, caused by E F");
    CHECK(plaid::redacted(*found.warnings[0].cause).item_id == "c");
}
