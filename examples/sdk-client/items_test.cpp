// The example's Items, moved through their states by webhooks from a stand-in for Plaid.
#include <plaid/errors/catch2.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "items.hpp"
#include "stand_in_webhooks.hpp"

using plaid::item_state;

namespace {

const std::string item_id = "item-sandbox-4bdc3e8a";
const std::string token = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";

/// The application's Items, with a stand-in for Link's update mode that records each opening.
struct application {
    application() { items.add(item_id, token); }

    sdk::item item() const {
        const auto found = items.find(item_id);
        REQUIRE(found);
        return *found;
    }

    std::ostringstream log;
    std::vector<std::pair<std::string, std::string>> update_mode_opened;
    sdk::items items{[this](const std::string& id, const std::string& access_token) {
                         update_mode_opened.emplace_back(id, access_token);
                     },
                     log};
};

}  // namespace

TEST_CASE("ITEM ERROR with ITEM_LOGIN_REQUIRED: login required, update mode, then LOGIN_REPAIRED: healthy") {
    application app;
    CHECK(app.item().state == item_state::healthy);

    REQUIRE(app.items.on_webhook(stand_in_webhooks::login_required(item_id)));
    CHECK(app.item().state == item_state::login_required);
    CHECK(app.item().in_update_mode);
    CHECK(app.update_mode_opened == std::vector<std::pair<std::string, std::string>>{{item_id, token}});
    CHECK(app.item().access_token == token);

    // The same error again while the user has not yet been through Link: update mode is already open.
    REQUIRE(app.items.on_webhook(stand_in_webhooks::login_required(item_id, "OAUTH_CONSENT_EXPIRED")));
    CHECK(app.update_mode_opened.size() == 1);

    // The user went through update mode; Plaid says the login works again.
    REQUIRE(app.items.on_webhook(stand_in_webhooks::login_repaired(item_id)));
    CHECK(app.item().state == item_state::healthy);
    CHECK_FALSE(app.item().in_update_mode);
    CHECK(app.item().access_token == token);
    CHECK(app.update_mode_opened.size() == 1);
    CHECK(app.log.str().find("plaid: item " + item_id + " is login_required: ") != std::string::npos);
    CHECK(app.log.str().find("plaid: item " + item_id + " is healthy: ") != std::string::npos);
    CHECK(app.log.str().find(token) == std::string::npos);
}

TEST_CASE("PENDING_DISCONNECT opens update mode before the time and never removes the Item") {
    application app;
    REQUIRE(app.items.on_webhook(stand_in_webhooks::pending_disconnect(item_id, "2026-12-24T09:00:00Z")));
    const auto pending = app.item();
    CHECK(pending.state == item_state::pending_disconnect);
    CHECK(pending.repair_before == "2026-12-24T09:00:00Z");
    CHECK(pending.in_update_mode);
    CHECK(pending.access_token == token);
    CHECK(app.update_mode_opened == std::vector<std::pair<std::string, std::string>>{{item_id, token}});

    REQUIRE(app.items.on_webhook(stand_in_webhooks::login_repaired(item_id)));
    CHECK(app.item().state == item_state::healthy);
    CHECK_FALSE(app.item().repair_before);
    CHECK(app.item().access_token == token);
}

TEST_CASE("USER_PERMISSION_REVOKED removes the Item, as its plan says and PENDING_DISCONNECT's never does") {
    application app;
    REQUIRE(app.items.on_webhook(stand_in_webhooks::user_permission_revoked(item_id)));
    CHECK_FALSE(app.items.find(item_id));
    CHECK(app.update_mode_opened.empty());
}

TEST_CASE("a body that is not a webhook, or a webhook about another Item, leaves the Items as they are") {
    application app;
    CHECK_FALSE(app.items.on_webhook(R"({"webhook_code":"ERROR"})"));
    CHECK(app.log.str() == "plaid: not a webhook: not_plaid_error\n");
    CHECK(app.items.on_webhook(stand_in_webhooks::login_required("item-of-someone-else")));
    CHECK_FALSE(app.items.find("item-of-someone-else"));
    CHECK(app.item().state == item_state::healthy);
    CHECK(app.update_mode_opened.empty());
}
