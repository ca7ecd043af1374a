/// `operator<<` and `std::format` for webhooks and Item health
/// (<plaid/errors/webhook_format.hpp>): one line, tokens redacted, controls escaped.
#include <plaid/errors/catch2.hpp>
#include <plaid/errors/webhook_format.hpp>
#include <plaid/errors/webhook_testing.hpp>

#include <cstdint>
#include <string>

#include "printed_values.hpp"

using plaid_test_support::printed;

namespace {

plaid::webhook parsed(const std::string& body) {
    auto result = plaid::parse_webhook(body);
    INFO(body);
    REQUIRE(result);
    return *std::move(result);
}

plaid::item_health health_of(const plaid::webhook& w) {
    const auto health = plaid::item_health_of(w);
    REQUIRE(health);
    return *health;
}

}  // namespace

TEST_CASE("webhook pairs print as type and code, per-type enums as the code") {
    for (std::uint16_t v = 1; v < plaid::webhook_code_count; ++v) {
        const auto code = plaid::webhook_code::from_value(v);
        CHECK(printed(code) == std::string(code.type_name()) + " " + std::string(code.name()));
    }
    CHECK(printed(plaid::webhook_code{}) == "no webhook");
    CHECK(printed(plaid::item_webhook::pending_disconnect) == "PENDING_DISCONNECT");
    CHECK(printed(static_cast<plaid::item_webhook>(0)) == "item_webhook(0)");
    CHECK(printed(static_cast<plaid::link_delivery_webhook>(999)) == "link_delivery_webhook(999)");
}

TEST_CASE("webhook enums print their wire strings, unknown, or the enum's name and the number") {
    CHECK(printed(plaid::webhook_type::item) == "ITEM");
    CHECK(printed(plaid::webhook_type::unknown) == "unknown");
    CHECK(printed(static_cast<plaid::webhook_type>(200)) == "webhook_type(200)");
    CHECK(printed(plaid::webhook_environment::production) == "production");
    CHECK(printed(plaid::webhook_environment::unknown) == "unknown");
    CHECK(printed(plaid::pending_disconnect_reason::institution_migration) == "INSTITUTION_MIGRATION");
    CHECK(printed(static_cast<plaid::pending_disconnect_reason>(7)) == "pending_disconnect_reason(7)");
    CHECK(printed(plaid::error_code_reason::oauth_user_revoked) == "OAUTH_USER_REVOKED");
    CHECK(printed(plaid::error_code_reason::unknown) == "unknown");
    CHECK(printed(plaid::item_state::pending_expiration) == "pending_expiration");
    CHECK(printed(static_cast<plaid::item_state>(40)) == "item_state(40)");
}

TEST_CASE("a webhook prints on one line: type, code, keys, Item-health members, error") {
    const auto w = parsed(plaid_testing::sample_webhook(plaid::item_webhook::pending_disconnect));
    CHECK(printed(w) ==
          "ITEM PENDING_DISCONNECT (item_id wz666MBjYWTp2PDzzggYhM6oWWmBb, user_id usr_9nSp2KuZ2x4JDw, environment "
          "production): reason INSTITUTION_MIGRATION, disconnect_time 2020-01-15T13:25:17.766Z");

    const auto error = parsed(plaid_testing::sample_webhook(plaid::item_webhook::error));
    REQUIRE(error.error);
    CHECK(printed(error) ==
          "ITEM ERROR (item_id wz666MBjYWTp2PDzzggYhM6oWWmBb, user_id usr_9nSp2KuZ2x4JDw, environment production): error " +
              printed(*error.error));

    plaid::webhook bare;
    bare.type_name = "NEW_TYPE";
    bare.code_name = "NEW_CODE";
    CHECK(printed(bare) == "NEW_TYPE NEW_CODE");
}

TEST_CASE("a webhook's text cannot carry a whole token or split a log line") {
    // The spec's ASSETS ERROR example quotes an access token in its error_message.
    const auto assets = parsed(plaid_testing::sample_webhook(plaid::assets_webhook::error));
    const std::string identifier = "fb88b20c-7b74-4197-8d01-0ab122dad0bc";
    REQUIRE(assets.error);
    REQUIRE(assets.error->error_message->find(identifier) != std::string::npos);
    const auto line = printed(assets);
    CHECK(line.find(identifier) == std::string::npos);
    CHECK(line.find("access-sandbox-****") != std::string::npos);

    const auto hostile = parsed(plaid_testing::webhook_body(plaid::item_webhook::pending_expiration)
                                    .item_id("item\n[FAKE] line\x1b[2J")
                                    .consent_expiration_time("2026\xE2\x80\xA8" "01")
                                    .code("CODE\r")
                                    .body());
    CHECK(printed(hostile) ==
          "ITEM CODE\\r (item_id item\\n[FAKE] line\\x1b[2J, user_id usr_9nSp2KuZ2x4JDw, environment production): "
          "consent_expiration_time 2026\\u202801");
}

TEST_CASE("Item health prints its state, what set it and its action plan") {
    const auto pending = health_of(parsed(plaid_testing::sample_webhook(plaid::item_webhook::pending_disconnect)));
    CHECK(printed(pending) ==
          "pending_disconnect until 2020-01-15T13:25:17.766Z, reason INSTITUTION_MIGRATION: end_user acts, link "
          "update_mode, retry after_action, keep the Item");

    const auto login = health_of(parsed(plaid_testing::sample_webhook(plaid::item_webhook::error)));
    CHECK(printed(login) == "login_required ITEM_LOGIN_REQUIRED (error_code_reason OAUTH_INVALID_TOKEN): " +
                                printed(login.plan.who) + " acts, link " + printed(login.plan.link) + ", retry " +
                                printed(login.plan.retry) + ", keep the Item");

    const auto revoked = health_of(parsed(plaid_testing::sample_webhook(plaid::item_webhook::user_permission_revoked)));
    CHECK(printed(revoked).find(": end_user acts, link new_link_session, retry no, remove the Item") != std::string::npos);

    auto forged = pending;
    forged.until = "soon\naccess-production-0123456789abcdef0123456789abcdef";
    const auto line = printed(forged);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find("0123456789abcdef0123456789abcdef") == std::string::npos);
}

#if defined(__cpp_lib_format)
TEST_CASE("std::format prints webhooks, Item health and their enums as operator<< does") {
    const auto w = parsed(plaid_testing::sample_webhook(plaid::assets_webhook::error));
    CHECK(std::format("{}", w) == printed(w));
    const auto health = health_of(parsed(plaid_testing::sample_webhook(plaid::item_webhook::pending_expiration)));
    CHECK(std::format("{}", health) == printed(health));
    CHECK(std::format("{}", *w.code) == "ASSETS ERROR");
    CHECK(std::format("[{:>6}]", plaid::webhook_type::item) == "[  ITEM]");
    CHECK(std::format("[{:<12}]", plaid::webhook_environment::sandbox) == "[sandbox     ]");
    CHECK(std::format("{}", plaid::pending_disconnect_reason::institution_token_expiration) ==
          "INSTITUTION_TOKEN_EXPIRATION");
    CHECK(std::format("{}", plaid::error_code_reason::oauth_consent_expired) == "OAUTH_CONSENT_EXPIRED");
    CHECK(std::format("{:*^24}", plaid::item_state::repaired) == "********repaired********");
}
#endif
