#include <plaid/errors.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string read_docs_body(std::string_view name) {
    std::ifstream in(std::string(PLAID_ERRORS_TEST_DATA) + "/docs/" + std::string(name) + ".json", std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string upper(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return out;
}

}  // namespace

// Usable at compile time: these fail the build, not the run.
static_assert(plaid::to_invalid_input("INVALID_ACCESS_TOKEN") == plaid::invalid_input::invalid_access_token);
static_assert(!plaid::to_invalid_input("invalid_access_token"));
static_assert(plaid::to_string(plaid::invalid_input::user_permission_revoked) == "USER_PERMISSION_REVOKED");
static_assert(plaid::info(plaid::invalid_input::too_many_verification_attempts).remedy.remove_item);
static_assert(plaid::to_error_type("ITEM_ERROR") == plaid::error_type::item_error);
static_assert(plaid::to_string(plaid::error_type::unknown).empty());
static_assert(plaid::all_invalid_input_codes.size() == 20);

TEST_CASE("every table entry agrees with the docs' sample body kept under tests/data/docs") {
    for (const auto& entry : plaid::invalid_input_table) {
        CAPTURE(entry.name);
        const auto file = read_docs_body(entry.name);
        CHECK(file == std::string(entry.sample_body) + "\n");

        const auto body = nlohmann::json::parse(file);
        CHECK(body == nlohmann::json::parse(entry.sample_body));
        CHECK(body.at("error_code") == entry.name);
        CHECK(body.at("error_type") == plaid::to_string(entry.type));
        CHECK(entry.http_status == 400);
        const auto& message = body.at("error_message");
        if (entry.sample_error_message) {
            REQUIRE(message.is_string());
            CHECK(message.get<std::string>() == *entry.sample_error_message);
        } else {
            CHECK(message.is_null());
        }
        CHECK(body.at("display_message").is_null());
    }
}

TEST_CASE("the docs keep null and empty error_message samples distinct") {
    using plaid::invalid_input;
    CHECK_FALSE(plaid::info(invalid_input::invalid_audit_copy_token).sample_error_message);
    CHECK_FALSE(plaid::info(invalid_input::invalid_processor_token).sample_error_message);
    for (auto code : {invalid_input::incorrect_deposit_verification, invalid_input::invalid_stripe_account,
                      invalid_input::too_many_verification_attempts}) {
        REQUIRE(plaid::info(code).sample_error_message);
        CHECK(plaid::info(code).sample_error_message->empty());
    }
}

TEST_CASE("exactly the four codes with a Link error preview carry a user-facing message") {
    std::set<std::string_view> with_message;
    for (const auto& entry : plaid::invalid_input_table) {
        CHECK(entry.shown_in_link == entry.user_message.has_value());
        if (entry.user_message) with_message.insert(entry.name);
    }
    CHECK(with_message == std::set<std::string_view>{"INCORRECT_DEPOSIT_VERIFICATION", "INVALID_LINK_TOKEN",
                                                     "TOO_MANY_VERIFICATION_ATTEMPTS", "UNAUTHORIZED_ENVIRONMENT"});
    CHECK(*plaid::info(plaid::invalid_input::too_many_verification_attempts).user_message ==
          "No attempts remaining: You\xE2\x80\x99ve used up all of your attempts. To continue, connect a different bank");
}

TEST_CASE("doc URLs, endpoints and list items are well formed") {
    for (const auto& entry : plaid::invalid_input_table) {
        CAPTURE(entry.name);
        std::string lower(entry.name);
        for (auto& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        CHECK(entry.doc_url == "https://plaid.com/docs/errors/invalid-input/#" + lower);
        for (auto endpoint : entry.endpoints) {
            CHECK(endpoint.substr(0, 1) == "/");
            CHECK(endpoint.find(' ') == std::string_view::npos);
        }
        for (const auto& list : {entry.causes, entry.troubleshooting, entry.endpoints}) {
            std::size_t count = 0;
            for (auto item : list) {
                CHECK_FALSE(item.empty());
                CHECK(item == list[count]);
                ++count;
            }
            CHECK(count == list.size());
        }
    }
    CHECK(plaid::info(plaid::invalid_input::invalid_audit_copy_token).endpoints.size() == 3);
    CHECK(plaid::info(plaid::invalid_input::user_permission_revoked).endpoints[0] == "/item/remove");
}

TEST_CASE("the remediation of the codes that end an Item") {
    for (const auto& entry : plaid::invalid_input_table) {
        CAPTURE(entry.name);
        const bool ends_item = entry.code == plaid::invalid_input::too_many_verification_attempts ||
                               entry.code == plaid::invalid_input::user_permission_revoked;
        CHECK(entry.remedy.remove_item == ends_item);
        if (entry.remedy.remove_item) CHECK(entry.remedy.link == plaid::link_action::new_link_session);
        if (entry.remedy.remove_item) CHECK_FALSE(entry.remedy.resend_can_succeed);
    }
}

TEST_CASE("every code round-trips through its wire name") {
    for (auto code : plaid::all_invalid_input_codes) {
        const auto name = plaid::to_string(code);
        CAPTURE(name);
        CHECK(plaid::to_invalid_input(name) == code);
        CHECK(plaid::to_invalid_input(std::string(name)) == code);
        CHECK(plaid::is_known(code));
        CHECK(&plaid::info(code) == &plaid::invalid_input_table[static_cast<std::size_t>(code) - 1]);
    }
    for (const auto& entry : plaid::error_type_table) {
        CHECK(plaid::to_error_type(entry.name) == entry.type);
        CHECK(plaid::to_string(entry.type) == entry.name);
    }
}

TEST_CASE("strings that are not documented codes find nothing") {
    const std::string embedded_nul("INVALID_ACCESS_TOKEN\0", 21);
    const std::string nul_inside("INVALID\0ACCESS_TOKEN", 20);
    const std::string huge(10 * 1024, 'A');
    std::string huge_with_code(10 * 1024, 'A');
    huge_with_code.replace(0, 20, "INVALID_ACCESS_TOKEN");
    for (std::string_view miss : {std::string_view{}, std::string_view(""), std::string_view("invalid_access_token"),
                                  std::string_view("Invalid_Access_Token"), std::string_view("INVALID_ACCESS_TOKEN "),
                                  std::string_view(" INVALID_ACCESS_TOKEN"), std::string_view("INVALID_ACCESS_TOKE"),
                                  std::string_view("ITEM_ERROR"), std::string_view(embedded_nul),
                                  std::string_view(nul_inside), std::string_view(huge),
                                  std::string_view(huge_with_code)}) {
        CAPTURE(miss.size());
        CHECK_FALSE(plaid::to_invalid_input(miss));
    }
    for (std::string_view miss : {std::string_view(""), std::string_view("invalid_input"),
                                  std::string_view("INVALID_INPUT\0", 14), std::string_view(huge)}) {
        CHECK_FALSE(plaid::to_error_type(miss));
    }
    for (const auto& entry : plaid::invalid_input_table) {
        CHECK_FALSE(plaid::to_invalid_input(upper(entry.name) + "_"));
        CHECK_FALSE(plaid::to_error_type(entry.name));
    }
}

TEST_CASE("values outside the enumerators are total and empty") {
    for (auto raw : {0, 21, 255}) {
        const auto code = static_cast<plaid::invalid_input>(raw);
        CHECK_FALSE(plaid::is_known(code));
        CHECK(plaid::to_string(code).empty());
        CHECK(&plaid::info(code) == &plaid::unknown_code_info);
        CHECK(plaid::info(code).causes.empty());
    }
    CHECK(plaid::to_string(static_cast<plaid::error_type>(200)).empty());
}
