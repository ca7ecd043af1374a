/// The typed webhooks (`plaid::webhook_code`, the per-type enums, the spec's
/// schemas), `plaid::error_code_reason`, and the error types plaid-python
/// knows beyond the reference.
#include <plaid/errors/code.hpp>
#include <plaid/errors/error_code_reason.hpp>
#include <plaid/errors/error_type.hpp>
#include <plaid/errors/webhook_code.hpp>

#include <catch.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace {

using plaid::webhook_code;

// Compile-time: the lookups are constexpr and agree with the enums.
static_assert(plaid::to_webhook_code("ITEM", "PENDING_DISCONNECT") == webhook_code(plaid::item_webhook::pending_disconnect));
static_assert(plaid::to_webhook_code(plaid::webhook_type::transactions, "SYNC_UPDATES_AVAILABLE")->type() ==
              plaid::webhook_type::transactions);
static_assert(!plaid::to_webhook_code("ITEM", "SYNC_UPDATES_AVAILABLE"), "a code is looked up under its own type only");
static_assert(!webhook_code(static_cast<plaid::item_webhook>(1)).is_known(), "a value outside the enum is no pair");
static_assert(sizeof(webhook_code) == 2);

TEST_CASE("every pair round-trips through its wire strings and its enum") {
    std::set<std::pair<std::string, std::string>> seen;
    for (std::uint16_t v = 1; v < plaid::webhook_code_count; ++v) {
        const auto c = webhook_code::from_value(v);
        INFO(c.type_name() << " " << c.name());
        REQUIRE(c.is_known());
        CHECK(plaid::to_webhook_code(c.type_name(), c.name()) == c);
        CHECK(plaid::to_webhook_type(c.type_name()) == c.type());
        CHECK(!c.summary().empty());
        CHECK(c.doc_url().substr(0, 23) == "https://plaid.com/docs/");
        CHECK(c.doc_url().find('#') != std::string_view::npos);
        CHECK(!c.schemas().empty());
        for (const auto& schema : c.schemas()) CHECK(schema.pair == v);
        CHECK(seen.emplace(std::string(c.type_name()), std::string(c.name())).second);
    }
    CHECK(seen.size() == plaid::webhook_code_count - 1u);
}

TEST_CASE("the same code string under two types is two pairs") {
    const auto item_error = plaid::to_webhook_code("ITEM", "ERROR");
    const auto assets_error = plaid::to_webhook_code("ASSETS", "ERROR");
    REQUIRE(item_error);
    REQUIRE(assets_error);
    CHECK(*item_error != *assets_error);
    CHECK(item_error->as<plaid::item_webhook>() == plaid::item_webhook::error);
    CHECK(!assets_error->as<plaid::item_webhook>());
    CHECK(plaid::to_string(plaid::assets_webhook::error) == "ERROR");
}

TEST_CASE("unknown types and codes are no pair and keep no value") {
    CHECK(!plaid::to_webhook_type("NOT_A_TYPE"));
    CHECK(!plaid::to_webhook_type("item"));
    CHECK(!plaid::to_webhook_code("ITEM", "NOT_A_CODE"));
    CHECK(!plaid::to_webhook_code("NOT_A_TYPE", "ERROR"));
    CHECK(!plaid::to_webhook_code(plaid::webhook_type::unknown, "ERROR"));
    CHECK(webhook_code().name().empty());
    CHECK(webhook_code().summary().empty());
    CHECK(webhook_code().schemas().empty());
    CHECK(plaid::to_string(static_cast<plaid::webhook_type>(250)).empty());
}

TEST_CASE("processor variants are keyed by account_id, Item webhooks by item_id") {
    const auto removed = webhook_code(plaid::transactions_webhook::transactions_removed);
    REQUIRE(removed.schemas().size() == 2);
    std::set<std::string> keyed;
    for (const auto& schema : removed.schemas())
        keyed.insert(std::string(schema.name) + ":" + (schema.key == plaid::webhook_key::item_id      ? "item_id"
                                                       : schema.key == plaid::webhook_key::account_id ? "account_id"
                                                                                                     : "other"));
    CHECK(keyed == std::set<std::string>{"ProcessorTransactionsRemovedWebhook:account_id", "TransactionsRemovedWebhook:item_id"});

    const auto& pending = webhook_code(plaid::item_webhook::pending_disconnect).schemas()[0];
    CHECK(pending.key == plaid::webhook_key::item_id);
    CHECK(pending.error == plaid::error_member::absent);
    std::set<std::string> required;
    for (const auto& m : plaid::members_of(pending))
        if (m.required) required.insert(std::string(m.name));
    CHECK(required == std::set<std::string>{"webhook_type", "webhook_code", "item_id", "reason", "disconnect_time", "environment"});
    CHECK(webhook_code(plaid::item_webhook::error).schemas()[0].error == plaid::error_member::required);
}

TEST_CASE("environment and pending-disconnect reason are typed, other strings unknown") {
    CHECK(plaid::to_webhook_environment("sandbox") == plaid::webhook_environment::sandbox);
    CHECK(plaid::to_webhook_environment("production") == plaid::webhook_environment::production);
    CHECK(plaid::to_webhook_environment("development") == plaid::webhook_environment::unknown);
    CHECK(plaid::to_string(plaid::webhook_environment::production) == "production");
    CHECK(plaid::to_pending_disconnect_reason("INSTITUTION_MIGRATION") == plaid::pending_disconnect_reason::institution_migration);
    CHECK(plaid::to_pending_disconnect_reason("institution_migration") == plaid::pending_disconnect_reason::unknown);
    CHECK(plaid::to_string(plaid::pending_disconnect_reason::institution_token_expiration) == "INSTITUTION_TOKEN_EXPIRATION");
}

TEST_CASE("error_code_reason is typed; null stays no value and other strings unknown") {
    CHECK(plaid::to_error_code_reason("OAUTH_INVALID_TOKEN") == plaid::error_code_reason::oauth_invalid_token);
    CHECK(plaid::to_error_code_reason("OAUTH_CONSENT_EXPIRED") == plaid::error_code_reason::oauth_consent_expired);
    CHECK(plaid::to_error_code_reason("OAUTH_USER_REVOKED") == plaid::error_code_reason::oauth_user_revoked);
    CHECK(plaid::to_error_code_reason("OAUTH_SOMETHING_NEW") == plaid::error_code_reason::unknown);
    const std::optional<std::string> absent, sent = std::string("OAUTH_USER_REVOKED");
    CHECK(!plaid::error_code_reason_of(absent));
    CHECK(plaid::error_code_reason_of(sent) == plaid::error_code_reason::oauth_user_revoked);
    for (const auto reason : {plaid::error_code_reason::oauth_invalid_token, plaid::error_code_reason::oauth_consent_expired,
                              plaid::error_code_reason::oauth_user_revoked})
        CHECK(plaid::to_error_code_reason(plaid::to_string(reason)) == reason);
}

TEST_CASE("plaid-python's extra error types are named, with no documented codes") {
    for (const auto* name : {"IDEMPOTENCY_ERROR", "ASSETS_ERROR", "CRA_MONITORING_ERROR", "TRANSFER_REFUND_ERROR"}) {
        INFO(name);
        const auto type = plaid::to_error_type(name);
        REQUIRE(type);
        CHECK(plaid::to_string(*type) == name);
        CHECK(plaid::codes_of(*type).empty());
        CHECK(!plaid::to_code(*type, "ANY_CODE"));
    }
    CHECK(plaid::to_error_type("FREDDIE_MAC_ERROR") == plaid::error_type::freddie_mac_error);
}

}  // namespace
