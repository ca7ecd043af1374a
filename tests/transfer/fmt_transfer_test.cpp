// fmt formats transfer failure values as operator<< prints them.
#include <plaid/errors/fmt.hpp>
#include <plaid/errors/transfer_format.hpp>

#include <catch.hpp>

#include <sstream>
#include <string>

TEST_CASE("fmt formats transfer codes, failure reasons and the transfer enums as operator<<") {
    const auto code = plaid::to_transfer_code("R01").value_or(plaid::transfer_code{});
    std::ostringstream streamed;
    streamed << code;
    CHECK(fmt::format("{}", code) == streamed.str());
    CHECK(fmt::format("[{:>4}]", code) == "[ R01]");
    const auto failure = plaid::parse_transfer_failure(R"({"failure_code": "R01", "description": "x\ty"})");
    REQUIRE(failure);
    CHECK(fmt::format("{}", *failure) == "R01: x\\ty");
    CHECK(fmt::format("{}", plaid::transfer_retry::automatic) == "automatic");
    CHECK(fmt::format("{}", plaid::transfer_failure_category{42}) == "transfer_failure_category(42)");
}
