// fmt formats Link exits and their enums as operator<< prints them.
#include <plaid/errors/fmt.hpp>
#include <plaid/errors/link_exit.hpp>

#include <catch.hpp>

#include <sstream>
#include <string>

TEST_CASE("fmt formats Link exits, exit statuses and Link error codes as operator<<") {
    const auto exit = plaid::parse_link_sdk_exit(
        R"({"error": {"errorCode": "INVALID_LINK_TOKEN", "errorType": "INVALID_INPUT", "errorMessage": "x\ty"}, "metadata": {"status": "requires_oauth", "linkSessionId": "s"}})");
    REQUIRE(exit);
    std::ostringstream streamed;
    streamed << *exit;
    CHECK(fmt::format("{}", *exit) == streamed.str());
    CHECK(fmt::format("{}", *exit) == "requires_oauth: INVALID_INPUT INVALID_LINK_TOKEN: x\\ty (link_session_id s)");
    CHECK(fmt::format("[{:>15}]", plaid::link_exit_status::requires_oauth) == "[ requires_oauth]");
    CHECK(fmt::format("{}", plaid::link_error_code::item_no_error_hyphenated) == "item-no-error");
    CHECK(fmt::format("{}", plaid::link_exit_status{42}) == "link_exit_status(42)");
}
