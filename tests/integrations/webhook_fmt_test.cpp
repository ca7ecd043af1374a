/// fmt for webhooks and Item health: the text of `operator<<`, padded like a string.
#include <plaid/errors/fmt.hpp>
#include <plaid/errors/webhook_format.hpp>
#include <plaid/errors/webhook_testing.hpp>

#include <catch.hpp>

#include <string>

#include "printed_values.hpp"

using plaid_test_support::printed;

static_assert(fmt::is_formattable<plaid::webhook>::value);
static_assert(fmt::is_formattable<plaid::item_health>::value);
static_assert(fmt::is_formattable<plaid::webhook_code>::value);
static_assert(fmt::is_formattable<plaid::pending_disconnect_reason>::value);
static_assert(!fmt::is_formattable<plaid::webhook_schema>::value, "only what operator<< prints is formattable");

TEST_CASE("fmt prints webhooks and Item health as operator<< does, tokens redacted") {
    const auto w = plaid::parse_webhook(plaid_testing::sample_webhook(plaid::assets_webhook::error));
    REQUIRE(w);
    const auto line = fmt::format("{}", *w);
    CHECK(line == printed(*w));
    CHECK(line.find("fb88b20c-7b74-4197-8d01-0ab122dad0bc") == std::string::npos);

    const auto pending = plaid::parse_webhook(plaid_testing::sample_webhook(plaid::item_webhook::pending_disconnect));
    REQUIRE(pending);
    const auto health = plaid::item_health_of(*pending);
    REQUIRE(health);
    CHECK(fmt::format("{}", *health) == printed(*health));
    CHECK(fmt::format("[{:>25}]", *pending->code) == "[  ITEM PENDING_DISCONNECT]");
    CHECK(fmt::format("{}", plaid::webhook_environment::unknown) == "unknown");
    CHECK(fmt::format("{:.<16}", plaid::item_state::healthy) == "healthy.........");
}
