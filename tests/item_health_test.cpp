/// `plaid::item_health_of`: the Item's state and its remedy from each ITEM
/// webhook, from an error any webhook carries, and from `/item/get`.
#include <plaid/errors/item_health.hpp>

#include <catch.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "corpora.hpp"

namespace {

plaid::item_health health_of(std::string_view body) {
    const auto w = plaid::parse_webhook(body);
    REQUIRE(w);
    const auto health = plaid::item_health_of(*w);
    REQUIRE(health);
    return *health;
}

TEST_CASE("PENDING_DISCONNECT and PENDING_EXPIRATION call for update mode before the time, never for removing the Item") {
    const auto disconnect = health_of(R"({"webhook_type":"ITEM","webhook_code":"PENDING_DISCONNECT","item_id":"i",
        "reason":"INSTITUTION_MIGRATION","disconnect_time":"2026-01-15T13:25:17.766Z","environment":"production"})");
    CHECK(disconnect.state == plaid::item_state::pending_disconnect);
    CHECK(disconnect.until == "2026-01-15T13:25:17.766Z");
    CHECK(disconnect.disconnect_reason == plaid::pending_disconnect_reason::institution_migration);
    const auto expiration = health_of(R"({"webhook_type":"ITEM","webhook_code":"PENDING_EXPIRATION","item_id":"i",
        "consent_expiration_time":"2026-02-01T00:00:00Z","environment":"production"})");
    CHECK(expiration.state == plaid::item_state::pending_expiration);
    CHECK(expiration.until == "2026-02-01T00:00:00Z");
    for (const auto& health : {disconnect, expiration}) {
        INFO(plaid::to_string(health.state));
        CHECK(health.plan.link == plaid::link_action::update_mode);
        CHECK(health.plan.who == plaid::actor::end_user);
        CHECK(!health.plan.remove_item);
        CHECK(!plaid::calls_for(health.plan, plaid::remedy::remove_item));
        CHECK(plaid::calls_for(health.plan, plaid::remedy::relink));
    }
}

TEST_CASE("ITEM ERROR with ITEM_LOGIN_REQUIRED is login required, with its typed reason") {
    const auto health = health_of(R"({"webhook_type":"ITEM","webhook_code":"ERROR","item_id":"i","error":{
        "error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED","error_code_reason":"OAUTH_INVALID_TOKEN",
        "error_message":"m","display_message":null,"status":400},"environment":"production"})");
    CHECK(health.state == plaid::item_state::login_required);
    CHECK(health.reason == plaid::error_code_reason::oauth_invalid_token);
    CHECK(health.code == plaid::code(plaid::item_error::item_login_required));
    CHECK(health.plan.link == plaid::link_action::update_mode);
    CHECK(!health.plan.remove_item);
}

TEST_CASE("an error under any webhook is an error state with its code's plan") {
    const auto health = health_of(R"({"webhook_type":"TRANSACTIONS","webhook_code":"DEFAULT_UPDATE","item_id":"i",
        "error":{"error_type":"INSTITUTION_ERROR","error_code":"INSTITUTION_DOWN"},"new_transactions":0})");
    CHECK(health.state == plaid::item_state::error);
    REQUIRE(health.code);
    CHECK(health.plan.retry == health.code->plan().retry);
    CHECK(health.plan.who == health.code->plan().who);
    const auto unknown = health_of(R"({"webhook_type":"ITEM","webhook_code":"ERROR","error":{"error_type":"ITEM_ERROR","error_code":"BRAND_NEW"}})");
    CHECK(unknown.state == plaid::item_state::error);
    CHECK(!unknown.code);
}

TEST_CASE("each Item webhook leads to its state; others say nothing") {
    const struct {
        const char* code;
        plaid::item_state state;
        bool remove;
    } cases[] = {
        {"LOGIN_REPAIRED", plaid::item_state::repaired, false},
        {"NEW_ACCOUNTS_AVAILABLE", plaid::item_state::new_accounts_available, false},
        {"USER_PERMISSION_REVOKED", plaid::item_state::permission_revoked, true},
        {"USER_ACCOUNT_REVOKED", plaid::item_state::account_revoked, false},
    };
    for (const auto& c : cases) {
        INFO(c.code);
        const auto health = health_of(std::string(R"({"webhook_type":"ITEM","webhook_code":")") + c.code + R"(","item_id":"i"})");
        CHECK(health.state == c.state);
        CHECK(health.plan.remove_item == c.remove);
        CHECK(plaid::announcing_webhook(c.state) == plaid::to_webhook_code("ITEM", c.code));
        CHECK(!health.note.empty());
    }
    // USER_PERMISSION_REVOKED carries its error; the webhook decides, not the error.
    const auto revoked = health_of(R"({"webhook_type":"ITEM","webhook_code":"USER_PERMISSION_REVOKED","error":{
        "error_type":"ITEM_ERROR","error_code":"USER_PERMISSION_REVOKED"}})");
    CHECK(revoked.state == plaid::item_state::permission_revoked);
    CHECK(revoked.plan.remove_item);
    for (const auto* body : {R"({"webhook_type":"ITEM","webhook_code":"WEBHOOK_UPDATE_ACKNOWLEDGED","error":null})",
                             R"({"webhook_type":"TRANSACTIONS","webhook_code":"SYNC_UPDATES_AVAILABLE"})",
                             R"({"webhook_type":"ITEM","webhook_code":"SOMETHING_NEW"})"}) {
        INFO(body);
        const auto w = plaid::parse_webhook(body);
        REQUIRE(w);
        CHECK(!plaid::item_health_of(*w));
    }
}

TEST_CASE("every Item state has a name and a note, and the webhooks that announce one are ITEM webhooks") {
    for (std::size_t i = 0; i < plaid::detail::item_health_rules.size(); ++i) {
        const auto state = static_cast<plaid::item_state>(i);
        INFO(plaid::to_string(state));
        CHECK(!plaid::to_string(state).empty());
        const auto announcing = plaid::announcing_webhook(state);
        if (announcing.is_known()) CHECK(announcing.type() == plaid::webhook_type::item);
    }
    CHECK(plaid::to_string(static_cast<plaid::item_state>(200)).empty());
}

TEST_CASE("/item/get: a null item.error is healthy, an error sets the state, anything else fails") {
    const auto healthy = plaid::item_health_of_item_get(R"({"item":{"item_id":"i","error":null,
        "consent_expiration_time":"2026-03-01T00:00:00Z","webhook":null},"request_id":"r"})");
    REQUIRE(healthy);
    CHECK(healthy->state == plaid::item_state::healthy);
    CHECK(healthy->until == "2026-03-01T00:00:00Z");
    const auto login = plaid::item_health_of_item_get(R"({"item":{"item_id":"i","error":{"error_type":"ITEM_ERROR",
        "error_code":"ITEM_LOGIN_REQUIRED","error_code_reason":"OAUTH_CONSENT_EXPIRED"}},"request_id":"r"})");
    REQUIRE(login);
    CHECK(login->state == plaid::item_state::login_required);
    CHECK(login->reason == plaid::error_code_reason::oauth_consent_expired);
    const auto no_item = plaid::item_health_of_item_get(R"({"request_id":"r"})");
    REQUIRE(!no_item);
    CHECK(no_item.failure().kind == plaid::parse_failure_kind::not_plaid_error);
    CHECK(no_item.failure().field == "item");
    const auto broken = plaid::item_health_of_item_get(R"({"item":{"error":"ITEM_LOGIN_REQUIRED"}})");
    REQUIRE(!broken);
    CHECK(broken.failure().kind == plaid::parse_failure_kind::wrong_field_type);
    CHECK(broken.failure().field == "item.error");
    CHECK(plaid::item_health_of_item_get("[").failure().kind == plaid::parse_failure_kind::not_json);
}

TEST_CASE("the spec's /item/get example is a healthy Item") {
    const auto dir = corpora::find("plaid-webhooks");
    if (!dir) return;
    const auto path = *dir / "ItemGetResponse.json";
    if (!std::filesystem::exists(path)) {
        std::cout << "skipped: " << path.string() << " is absent" << std::endl;
        return;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const auto health = plaid::item_health_of_item_get(text.str());
    REQUIRE(health);
    CHECK(health->state == plaid::item_state::healthy);
}

}  // namespace
