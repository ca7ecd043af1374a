#include <plaid/errors.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace {

std::string read_seed_body(std::string_view name) {
    std::ifstream in(std::string(PLAID_ERRORS_TEST_DATA) + "/docs/" + std::string(name) + ".json", std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string upper(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return out;
}

nlohmann::json nullable(std::optional<std::string_view> text) {
    return text ? nlohmann::json(std::string(*text)) : nlohmann::json(nullptr);
}

}  // namespace

// Usable at compile time: these fail the build, not the run.
static_assert(sizeof(plaid::code) == 2);
static_assert(plaid::to_code<plaid::invalid_input>("INVALID_ACCESS_TOKEN") == plaid::invalid_input::invalid_access_token);
static_assert(!plaid::to_code<plaid::invalid_input>("invalid_access_token"));
static_assert(plaid::to_string(plaid::invalid_input::user_permission_revoked) == "USER_PERMISSION_REVOKED");
static_assert(plaid::to_code("ITEM_ERROR", "ITEM_LOGIN_REQUIRED") == plaid::code(plaid::item_error::item_login_required));
static_assert(plaid::to_code(plaid::error_type::rate_limit_exceeded, "RATE_LIMIT")->as<plaid::rate_limit_exceeded>() ==
              plaid::rate_limit_exceeded::rate_limit);
static_assert(!plaid::to_code("PRODUCT_NOT_READY"), "documented under several types: ambiguous");
static_assert(plaid::to_code("ASSET_REPORT_ERROR", "PRODUCT_NOT_READY") ==
              plaid::code(plaid::asset_report_error::product_not_ready));
static_assert(plaid::to_code("plaid-internal-error") == plaid::code(plaid::api_error::internal_server_error));
static_assert(plaid::to_code("no-depository-accounts") == plaid::code(plaid::item_error::no_auth_accounts));
static_assert(plaid::to_code("TRANSACTION_IBAN_INVALID") != plaid::to_code("TRANSACTION_BACS_INVALID"));
static_assert(plaid::to_code("USER_ERROR", "INVALID_USER_IDENTITY_DATA")->http_status() == 403);
static_assert(plaid::info(plaid::invalid_input::too_many_verification_attempts).plan.remove_item);
static_assert(plaid::calls_for(plaid::item_error::item_login_required, plaid::remedy::relink));
static_assert(plaid::to_error_type("ITEM_ERROR") == plaid::error_type::item_error);
static_assert(plaid::to_string(plaid::error_type::unknown).empty());
static_assert(!plaid::info(plaid::code{}).name.size() && plaid::info(plaid::code{}).causes.empty());

TEST_CASE("every entry's sample body is JSON that names its own type, code and messages") {
    for (plaid::code c : plaid::all_codes()) {
        const auto entry = plaid::info(c);
        CAPTURE(entry.type, entry.name);
        const auto body = nlohmann::json::parse(entry.sample_body_text);
        CHECK(body.at("error_type") == plaid::to_string(entry.type));
        CHECK(body.at("error_code") == entry.name);
        CHECK(body.at("error_message") == nullable(entry.sample_error_message));
        CHECK(body.at("display_message") == nullable(entry.sample_display_message));
        CHECK(entry.code == c);
        CHECK(entry.type == c.type());
        CHECK(entry.http_status == c.http_status());
        CHECK(entry.http_status >= 200);
        CHECK(entry.http_status < 600);
    }
}

TEST_CASE("every entry is explained, linked and has a plan that calls for a remedy") {
    for (plaid::code c : plaid::all_codes()) {
        const auto entry = plaid::info(c);
        CAPTURE(entry.type, entry.name);
        CHECK(!entry.summary.empty());
        CHECK(entry.summary.find('\n') == std::string_view::npos);
        CHECK(!entry.causes.empty());
        CHECK(!entry.troubleshooting.empty());
        for (auto item : entry.causes) CHECK(!item.empty());
        for (auto item : entry.troubleshooting) CHECK(!item.empty());
        CHECK(entry.doc_url.substr(0, 30) == "https://plaid.com/docs/errors/");
        CHECK(entry.doc_url.find('#') != std::string_view::npos);
        for (auto endpoint : entry.endpoints) CHECK(endpoint.substr(0, 1) == "/");
        CHECK(plaid::primary_remedy(c) != plaid::remedy::unknown);
        CHECK(plaid::calls_for(c, plaid::primary_remedy(c)));
        CHECK(!plaid::calls_for(c, plaid::remedy::unknown));
    }
}

TEST_CASE("the taxonomy holds each documented (type, code) pair once, grouped by type") {
    std::set<std::pair<std::string, std::string>> pairs;
    std::map<std::string, int> types_of_code;
    std::size_t listed = 0;
    for (auto type : plaid::all_error_types) {
        for (plaid::code c : plaid::codes_of(type)) {
            CHECK(c.type() == type);
            CHECK(pairs.emplace(std::string(plaid::to_string(type)), std::string(c.name())).second);
            ++types_of_code[std::string(c.name())];
            ++listed;
        }
    }
    CHECK(listed == plaid::all_codes().size());
    CHECK(plaid::codes_of(plaid::error_type::unknown).empty());
    CHECK(types_of_code.at("PRODUCT_NOT_READY") == 4);
    for (const auto& [name, types] : types_of_code) {
        CAPTURE(name);
        CHECK(plaid::to_code(name).has_value() == (types == 1));
    }
}

TEST_CASE("lookups find every code under its type, and its aliases") {
    for (plaid::code c : plaid::all_codes()) {
        const auto entry = plaid::info(c);
        CAPTURE(entry.type, entry.name);
        CHECK(plaid::to_code(plaid::to_string(c.type()), c.name()) == c);
        CHECK(plaid::to_code(c.type(), c.name()) == c);
        CHECK(plaid::to_string(c) == entry.name);
        for (auto alias : entry.aliases) CHECK(plaid::to_code(c.type(), alias) == c);
        CHECK(!plaid::to_code(c.type(), upper(c.name()) + " "));
        CHECK(!plaid::to_code(plaid::error_type::unknown, c.name()));
        for (auto other : plaid::all_error_types)
            if (other != c.type() && plaid::to_code(other, c.name())) CHECK(plaid::to_code(other, c.name()) != c);
    }
}

TEST_CASE("lookups reject strings that are not documented names") {
    const std::string long_name(10000, 'A');
    for (std::string_view probe : {std::string_view{}, std::string_view("ITEM_LOGIN_REQUIRED\0", 20),
                                   std::string_view("item_login_required"), std::string_view(long_name),
                                   std::string_view("ITEM_LOGIN_REQUIRE"), std::string_view(" ITEM_LOGIN_REQUIRED")}) {
        CHECK(!plaid::to_code(probe));
        CHECK(!plaid::to_code("ITEM_ERROR", probe));
        CHECK(!plaid::to_error_type(probe));
    }
}

TEST_CASE("every code enum converts to plaid::code and back") {
    using plaid::code;
    CHECK(code(plaid::item_error::item_login_required).as<plaid::item_error>() ==
          plaid::item_error::item_login_required);
    CHECK(!code(plaid::item_error::item_login_required).as<plaid::invalid_input>());
    CHECK(!code(static_cast<plaid::invalid_input>(0)).is_known());
    CHECK(!code(static_cast<plaid::invalid_input>(60000)).is_known());
    CHECK(!plaid::is_known(static_cast<plaid::item_error>(1)));
    CHECK(plaid::to_string(static_cast<plaid::item_error>(1)).empty());
    CHECK(code::from_value(60000) == code{});
    for (code c : plaid::all_codes()) CHECK(code::from_value(c.value()) == c);
}

TEST_CASE("INVALID_INPUT follows its 2026-03 page; the seed's sample bodies still name their entries") {
    for (plaid::code c : plaid::all_invalid_input_codes) {
        CHECK(c.type() == plaid::error_type::invalid_input);
        CHECK(plaid::to_code<plaid::invalid_input>(c.name()) == c.as<plaid::invalid_input>());
    }
    std::size_t seed_bodies = 0;
    for (const auto& file : std::filesystem::directory_iterator(std::string(PLAID_ERRORS_TEST_DATA) + "/docs")) {
        const auto name = file.path().stem().string();
        CAPTURE(name);
        const auto seed = nlohmann::json::parse(read_seed_body(name));
        const auto c = plaid::to_code<plaid::invalid_input>(name);
        REQUIRE(c);
        CHECK(seed == nlohmann::json::parse(plaid::info(*c).sample_body_text));
        ++seed_bodies;
    }
    CHECK(seed_bodies > 0);
    CHECK(seed_bodies < plaid::all_invalid_input_codes.size());  // the page has grown since the seed
    CHECK(plaid::to_code("INVALID_USER_IDENTITY_DATA")->type() == plaid::error_type::user_error);
}

TEST_CASE("the remedy rules are the documented predicates over the plan") {
    using plaid::actor;
    using plaid::link_action;
    using plaid::remedy;
    using plaid::retry_policy;
    CHECK(plaid::calls_for({actor::developer, retry_policy::no, link_action::new_link_session, false},
                           remedy::fix_integration));
    CHECK(plaid::calls_for({actor::developer, retry_policy::no, link_action::new_link_session, false}, remedy::relink));
    CHECK(!plaid::calls_for({actor::developer, retry_policy::with_backoff, link_action::none, false},
                            remedy::fix_integration));
    CHECK(plaid::calls_for({actor::institution, retry_policy::with_backoff, link_action::none, false},
                           remedy::retry_later));
    CHECK(plaid::calls_for({actor::end_user, retry_policy::after_action, link_action::none, false}, remedy::ask_user));
    CHECK(plaid::calls_for({actor::plaid_sales, retry_policy::after_action, link_action::none, false},
                           remedy::contact_plaid));
    CHECK(plaid::primary_remedy({actor::end_user, retry_policy::no, link_action::new_link_session, true}) ==
          remedy::remove_item);
    CHECK(plaid::primary_remedy(plaid::item_error::item_login_required) == remedy::relink);
    CHECK(plaid::primary_remedy(plaid::invalid_input::direct_integration_not_enabled) == remedy::fix_integration);
    CHECK(plaid::primary_remedy(plaid::rate_limit_exceeded::rate_limit) == remedy::retry_later);
    CHECK(plaid::primary_remedy(plaid::institution_error::institution_not_responding) == remedy::retry_later);
    CHECK(plaid::primary_remedy(plaid::item_error::product_not_ready) == remedy::wait_for_webhook);
    CHECK(plaid::primary_remedy(plaid::code{}) == remedy::unknown);
    CHECK(plaid::calls_for(plaid::code{}, remedy::unknown));
}

TEST_CASE("a type without entries has a name and no codes and a body of it keeps its type") {
    std::size_t without_entries = 0;
    for (const auto type : plaid::all_error_types) {
        if (!plaid::codes_of(type).empty()) continue;
        ++without_entries;
        const auto name = std::string(plaid::to_string(type));
        INFO(name);
        CHECK(plaid::to_error_type(name) == type);
        // ITEM_LOGIN_REQUIRED is documented under one type only, so the code is found whatever the type.
        const auto result = plaid::parse_error(R"({"error_type":")" + name + R"(","error_code":"ITEM_LOGIN_REQUIRED"})");
        REQUIRE(result);
        CHECK(result->type == type);
        REQUIRE(plaid::to_code("ITEM_LOGIN_REQUIRED"));
        CHECK(result->code == plaid::to_code("ITEM_LOGIN_REQUIRED"));
        CHECK_FALSE(result->documented_pair());
    }
    CHECK(without_entries > 0);  // the loop above checked something
}
