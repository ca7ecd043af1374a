/// The parts derived from Link exits: the fixture's four forms reading back
/// as one exit, `parse_any_link_exit`, the Catch2 matchers and the printers
/// (operator<<, std::format where the standard library has it), which
/// redact tokens and escape control characters.
#include <plaid/errors/catch2.hpp>
#include <plaid/errors/format.hpp>
#include <plaid/errors/link_exit.hpp>
#include <plaid/errors/link_exit_remedy.hpp>
#include <plaid/errors/link_testing.hpp>

#include <sstream>
#include <string>

using plaid::link_error_code;
using plaid::link_exit_status;
using plaid_testing::HasLinkErrorCode;
using plaid_testing::IsLinkExit;
using plaid_testing::LinkExitCallsFor;
using plaid_testing::link_exit_fixture;

namespace {

template <class T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

}  // namespace

TEST_CASE("the fixture's four forms read back as the same exit, for every status and every LinkErrorCode") {
    std::vector<link_exit_fixture> fixtures;
    for (const auto status : plaid::all_link_exit_statuses) fixtures.emplace_back(status);
    for (const auto code : plaid::all_link_error_codes) fixtures.push_back(link_exit_fixture().error(code));
    fixtures.push_back(link_exit_fixture().status(std::nullopt).institution(std::nullopt, std::nullopt).request_id(std::nullopt));
    fixtures.push_back(link_exit_fixture().error("ITEM_ERROR", "NEW_CODE").error_message(std::nullopt).display_message("Try again"));
    for (const auto& fixture : fixtures) {
        const auto exit = plaid::parse_link_exit(fixture.exit_body());
        INFO(fixture.exit_body());
        REQUIRE(exit.has_value());
        CHECK(plaid::parse_link_exit(fixture.session_body()).value() == *exit);
        CHECK(plaid::parse_link_exit(fixture.callback_webhook_body()).value() == *exit);
        CHECK(plaid::parse_link_sdk_exit(fixture.sdk_body()).value() == *exit);
        CHECK(plaid::parse_any_link_exit(fixture.sdk_body()).value() == *exit);
        CHECK(plaid::parse_any_link_exit(fixture.exit_body()).value() == *exit);
    }
    const auto read = plaid::parse_link_exit(link_exit_fixture(link_exit_status::requires_oauth)
                                                 .error(link_error_code::invalid_link_token)
                                                 .link_session_id("s-9")
                                                 .institution("ins_3", "Chase")
                                                 .exit_body());
    REQUIRE(read);
    CHECK(read->status == link_exit_status::requires_oauth);
    CHECK(read->link_code == link_error_code::invalid_link_token);
    CHECK(read->error->code == plaid::code(plaid::invalid_input::invalid_link_token));
    CHECK(read->link_session_id == "s-9");
    CHECK(read->institution_id == "ins_3");
    CHECK(read->institution_name == "Chase");
}

TEST_CASE("parse_any_link_exit takes the camelCase form where only it names the session") {
    // both forms read an exit without an error; only the camelCase one finds the ids
    const auto camel = plaid::parse_any_link_exit(R"({"metadata": {"status": "requires_code", "linkSessionId": "s", "requestId": "r"}})");
    REQUIRE(camel);
    CHECK(camel->link_session_id == "s");
    CHECK(camel->request_id == "r");
    const auto neither = plaid::parse_any_link_exit(R"({"metadata": [], "error": null})");
    REQUIRE_FALSE(neither);
    CHECK(neither.failure().field == "metadata");
}

TEST_CASE("the Catch2 matchers match exits as text, parsed results and values") {
    const auto body = link_exit_fixture(link_exit_status::requires_credentials).error(link_error_code::invalid_link_token).sdk_body();
    CHECK_THAT(body, IsLinkExit());
    CHECK_THAT(body, IsLinkExit(link_exit_status::requires_credentials));
    CHECK_THAT(body, HasLinkErrorCode(link_error_code::invalid_link_token));
    CHECK_THAT(body, LinkExitCallsFor(plaid::remedy::relink));
    CHECK_THAT(plaid::parse_link_sdk_exit(body), !HasLinkErrorCode(link_error_code::item_locked));
    CHECK_THAT(*plaid::parse_link_sdk_exit(body), IsLinkExit() && !IsLinkExit(link_exit_status::requires_code));
    CHECK_THAT(link_exit_fixture(link_exit_status::institution_not_found).exit_body(),
               !HasLinkErrorCode(link_error_code::unknown) && LinkExitCallsFor(plaid::remedy::fix_integration));
    CHECK_THAT(link_exit_fixture().error("ITEM_ERROR", "NEW_CODE").exit_body(), LinkExitCallsFor(plaid::remedy::unknown));
    CHECK_THAT("[]", !IsLinkExit());
    CHECK_THAT(static_cast<const char*>(nullptr), !IsLinkExit());
    CHECK(IsLinkExit(link_exit_status::requires_oauth).describe() == "is a Link exit with status requires_oauth");
    CHECK((!HasLinkErrorCode(link_error_code::item_no_error_hyphenated)).describe() ==
          "is not a Link exit with error code item-no-error");
}

TEST_CASE("a Link exit prints on one line: status, institution, error, ids") {
    const auto exit = plaid::parse_link_exit(link_exit_fixture(link_exit_status::requires_code)
                                                 .error(link_error_code::invalid_mfa)
                                                 .error_message("wrong code")
                                                 .institution("ins_20", "Citizens Bank")
                                                 .link_session_id("s-1")
                                                 .request_id("r-1")
                                                 .exit_body());
    REQUIRE(exit);
    CHECK(printed(*exit) ==
          "requires_code at Citizens Bank (ins_20): ITEM_ERROR INVALID_MFA: wrong code (link_session_id s-1) (exit request_id r-1)");
    const auto bare = plaid::parse_link_exit(R"({"error": null, "metadata": {"institution": {"institution_id": "ins_1"}}})");
    REQUIRE(bare);
    CHECK(printed(*bare) == "no status at (ins_1): no error");
    CHECK(printed(link_exit_status::institution_not_found) == "institution_not_found");
    CHECK(printed(link_exit_status::unknown) == "unknown");
    CHECK(printed(static_cast<link_exit_status>(99)) == "link_exit_status(99)");
    CHECK(printed(link_error_code::item_no_error_hyphenated) == "item-no-error");
    CHECK(printed(static_cast<link_error_code>(250)) == "link_error_code(250)");
}

TEST_CASE("text from a Link exit cannot split a log line or leak a token") {
    const std::string identifier = "af1a0311-da53-4636-b754-dd15cc058176";
    const auto exit = plaid::parse_link_exit(link_exit_fixture()
                                                 .status("requires\ncode")
                                                 .error("INVALID_INPUT", "INVALID_LINK_TOKEN")
                                                 .error_message("token link-sandbox-" + identifier + " expired\r\n\x1b[31m")
                                                 .institution(std::nullopt, "Bank\tName")
                                                 .link_session_id("s\n2")
                                                 .exit_body());
    REQUIRE(exit);
    const auto line = printed(*exit);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\x1b') == std::string::npos);
    CHECK(line.find(identifier) == std::string::npos);
    CHECK(line == "requires\\ncode at Bank\\tName: INVALID_INPUT INVALID_LINK_TOKEN: token link-sandbox-****8176 expired\\r\\n\\x1b[31m "
                  "(link_session_id s\\n2) (exit request_id fixture-request)");
#if defined(__cpp_lib_format)
    CHECK(std::format("{}", *exit) == line);
    CHECK(std::format("{:>16}", link_exit_status::requires_code) == "   requires_code");
    CHECK(std::format("{}", link_error_code::invalid_link_token) == "INVALID_LINK_TOKEN");
#endif
}

TEST_CASE("Catch2 prints a parsed Link exit, or the failure") {
    const auto ok = plaid::parse_link_exit(link_exit_fixture(link_exit_status::requires_code).exit_body());
    CHECK(Catch::StringMaker<plaid::parsed<plaid::link_exit>>::convert(ok) == printed(*ok));
    const auto bad = plaid::parse_link_exit("[]");
    CHECK(Catch::StringMaker<plaid::parsed<plaid::link_exit>>::convert(bad) ==
          "parse_failure not_object: the body is JSON but not an object");
}
