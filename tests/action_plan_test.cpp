// The remedy rules of action_plan.hpp over every plan, and the plans of the
// entries read against Plaid's troubleshooting steps.
#include <plaid/errors.hpp>

#include <catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using plaid::action_plan;
using plaid::actor;
using plaid::link_action;
using plaid::next_request;
using plaid::remedy;
using plaid::retry_policy;

/// Every value of an enum that `to_string` names, from 0 up: a value added to
/// the enum joins the walk without this file changing.
template <class Enum>
constexpr int count_of() noexcept {
    int n = 0;
    while (!plaid::to_string(static_cast<Enum>(n)).empty()) ++n;
    return n;
}

/// Calls `f` with every plan the fields that the rules read can make.
template <class F>
constexpr void for_each_plan(F f) {
    for (int who = 0; who < count_of<actor>(); ++who)
        for (int retry = 0; retry < count_of<retry_policy>(); ++retry)
            for (int link = 0; link < count_of<link_action>(); ++link)
                for (int next = 0; next < count_of<next_request>(); ++next)
                    for (bool remove : {false, true})
                        for (bool user_first : {false, true})
                            f(action_plan{static_cast<actor>(who), static_cast<retry_policy>(retry),
                                          static_cast<link_action>(link), remove, user_first,
                                          static_cast<next_request>(next)});
}

constexpr bool every_plan_calls_for_a_remedy() noexcept {
    bool all = true;
    for_each_plan([&all](const action_plan& plan) {
        all = all && plaid::primary_remedy(plan) != remedy::unknown && !plaid::calls_for(plan, remedy::unknown);
    });
    return all;
}
static_assert(every_plan_calls_for_a_remedy(), "no combination of a plan's fields leaves a program without a remedy");

/// The remedies a plan calls for, in `remedies_in_order`'s order.
std::vector<remedy> remedies_of(const action_plan& plan) {
    std::vector<remedy> out;
    for (auto what : plaid::remedies_in_order)
        if (plaid::calls_for(plan, what)) out.push_back(what);
    return out;
}

}  // namespace

TEST_CASE("every combination of a plan's fields calls for a remedy, the primary one first") {
    int plans = 0;
    for_each_plan([&plans](const action_plan& plan) {
        ++plans;
        const auto remedies = remedies_of(plan);
        CAPTURE(plaid::to_string(plan.who), plaid::to_string(plan.retry), plaid::to_string(plan.link), plan.remove_item,
                plan.user_acts_first, plaid::to_string(plan.next));
        REQUIRE_FALSE(remedies.empty());
        CHECK(plaid::primary_remedy(plan) == remedies.front());
        // The rules read `link` whoever acts.
        CHECK(plaid::calls_for(plan, remedy::relink) == (plan.link != link_action::none));
    });
    CHECK(plans == count_of<actor>() * count_of<retry_policy>() * count_of<link_action>() * count_of<next_request>() * 4);
}

TEST_CASE("remedies combine in the order a program acts on them") {
    const auto position = [](remedy what) {
        int at = 0;
        for (auto listed : plaid::remedies_in_order) {
            if (listed == what) return at;
            ++at;
        }
        return at;
    };
    for (auto before : {remedy::remove_item, remedy::contact_plaid, remedy::fix_integration, remedy::ask_user})
        CHECK(position(before) < position(remedy::relink));
    for (auto after : {remedy::wait_for_webhook, remedy::retry_later}) CHECK(position(remedy::relink) < position(after));
    SECTION("a fix, then a new Link session") {
        const action_plan plan{actor::developer, retry_policy::no, link_action::new_link_session, false};
        CHECK(remedies_of(plan) == std::vector<remedy>{remedy::fix_integration, remedy::relink});
    }
    SECTION("the user acts at the bank, then Link's update mode") {
        const action_plan plan{actor::end_user, retry_policy::after_action, link_action::update_mode, false, true};
        CHECK(remedies_of(plan) == std::vector<remedy>{remedy::ask_user, remedy::relink});
        const action_plan in_link_only{actor::end_user, retry_policy::after_action, link_action::update_mode, false};
        CHECK(remedies_of(in_link_only) == std::vector<remedy>{remedy::relink});
    }
    SECTION("Plaid or the institution acts, then the request goes again") {
        for (auto who : {actor::plaid, actor::institution}) {
            CHECK(remedies_of(action_plan{who, retry_policy::after_action, link_action::none, false}) ==
                  std::vector<remedy>{remedy::retry_later});
            CHECK(remedies_of(action_plan{who, retry_policy::no, link_action::none, false}) ==
                  std::vector<remedy>{remedy::contact_plaid});
        }
    }
    SECTION("removal before the new Link session") {
        const action_plan plan{actor::end_user, retry_policy::no, link_action::new_link_session, true};
        CHECK(remedies_of(plan) == std::vector<remedy>{remedy::remove_item, remedy::relink});
    }
}

namespace {

std::vector<remedy> remedies_of(plaid::code c) { return remedies_of(c.plan()); }

using list = std::vector<remedy>;

}  // namespace

TEST_CASE("the Link step of a developer's fix is no longer dead data") {
    // Each is fixed in the integration first, then the user goes through Link with a new link token.
    for (plaid::code c : {plaid::code(plaid::asset_report_error::product_not_enabled),
                          plaid::code(plaid::item_error::product_not_enabled),
                          plaid::code(plaid::invalid_input::invalid_link_token),
                          plaid::code(plaid::invalid_input::invalid_public_token),
                          plaid::code(plaid::invalid_input::direct_integration_not_enabled),
                          plaid::code(plaid::payment_error::payment_invalid_recipient),
                          plaid::code(plaid::payment_error::payment_invalid_reference),
                          plaid::code(plaid::payment_error::payment_invalid_schedule),
                          plaid::code(plaid::payment_error::payment_rejected),
                          plaid::code(plaid::payment_error::payment_scheme_not_supported),
                          plaid::code(plaid::payment_error::payment_consent_invalid_constraints)}) {
        CAPTURE(c.name());
        CHECK(remedies_of(c) == list{remedy::fix_integration, remedy::relink});
        CHECK(c.plan().link == link_action::new_link_session);
    }
}

TEST_CASE("the user acts at the bank, then repairs the Item in update mode") {
    for (plaid::code c : {plaid::code(plaid::item_error::item_locked), plaid::code(plaid::item_error::password_reset_required),
                          plaid::code(plaid::item_error::user_setup_required)}) {
        CAPTURE(c.name());
        CHECK(remedies_of(c) == list{remedy::ask_user, remedy::relink});
        CHECK(c.plan().link == link_action::update_mode);
    }
    CHECK(remedies_of(plaid::item_error::item_login_required) == list{remedy::relink});
}

TEST_CASE("the plans of the entries read again against Plaid's steps") {
    SECTION("ITEM_NOT_FOUND: the Item is gone, its access token goes and a new Link session follows") {
        CHECK(remedies_of(plaid::item_error::item_not_found) == list{remedy::remove_item, remedy::relink});
        CHECK(plaid::code(plaid::item_error::item_not_found).plan().link == link_action::new_link_session);
    }
    SECTION("TRANSACTION_EXECUTION_FAILED: resent with backoff under the same idempotency key") {
        const auto& plan = plaid::code(plaid::transaction_error::transaction_execution_failed).plan();
        CHECK(remedies_of(plan) == list{remedy::retry_later});
        CHECK(plan.next == next_request::same_idempotency_key);
    }
    SECTION("INSTITUTION_NO_LONGER_SUPPORTED: Plaid Support, no removal and no relink before the migration") {
        CHECK(remedies_of(plaid::institution_error::institution_no_longer_supported) == list{remedy::contact_plaid});
    }
    SECTION("INVALID_UPDATED_USERNAME: the old Item removed and a new Link session, not update mode again") {
        CHECK(remedies_of(plaid::item_error::invalid_updated_username) == list{remedy::remove_item, remedy::relink});
        CHECK(plaid::code(plaid::item_error::invalid_updated_username).plan().link == link_action::new_link_session);
    }
    SECTION("INVALID_ACCOUNT_ID: mostly a bug, no Link step") {
        CHECK(remedies_of(plaid::invalid_input::invalid_account_id) == list{remedy::fix_integration});
    }
    SECTION("SANDBOX_WEBHOOK_INVALID: the developer sets the webhook and fires it again; no end user") {
        const auto& plan = plaid::code(plaid::sandbox_error::sandbox_webhook_invalid).plan();
        CHECK(remedies_of(plan) == list{remedy::fix_integration});
        CHECK(plan.retry == retry_policy::after_action);
    }
    SECTION("UNAUTHORIZED_ENVIRONMENT: the developer's own Dashboard steps, not Plaid Support") {
        CHECK(remedies_of(plaid::invalid_input::unauthorized_environment) == list{remedy::fix_integration});
    }
    SECTION("INCOMPLETE_CUSTOMER_ONBOARDING: Plaid reviews the originator, then the transfer goes again") {
        const auto& plan = plaid::code(plaid::transfer_error::incomplete_customer_onboarding).plan();
        CHECK(plan.who == actor::plaid);
        CHECK(remedies_of(plan) == list{remedy::retry_later});
    }
    SECTION("NO_INVESTMENT_AUTH_ACCOUNTS: a new Item with investments, the old one removed") {
        CHECK(remedies_of(plaid::item_error::no_investment_auth_accounts) == list{remedy::remove_item, remedy::relink});
    }
    SECTION("CONSUMER_REPORT_EXPIRED: a new report, named") {
        const auto& plan = plaid::code(plaid::consumer_report_error::consumer_report_expired).plan();
        CHECK(plan.next == next_request::different_call);
        CHECK(plan.next_call == "/cra/check_report/create");
        CHECK(plan.retry == retry_policy::no);
    }
    SECTION("TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION: the loop again from its first cursor, not a bug") {
        const auto& plan = plaid::code(plaid::transactions_error::transactions_sync_mutation_during_pagination).plan();
        CHECK(remedies_of(plan) == list{remedy::retry_later});
        CHECK(plan.next == next_request::restart_pagination);
    }
    SECTION("ASSET_REPORT_GENERATION_FAILED and DATA_QUALITY_CHECK_FAILED: the report created again later") {
        for (auto [c, call] : {std::pair{plaid::code(plaid::asset_report_error::asset_report_generation_failed),
                                         std::string_view("/asset_report/create")},
                               std::pair{plaid::code(plaid::asset_report_error::data_quality_check_failed),
                                         std::string_view("/asset_report/create")},
                               std::pair{plaid::code(plaid::check_report_error::data_quality_check_failed),
                                         std::string_view("/cra/check_report/create")}}) {
            CAPTURE(c.name());
            CHECK(remedies_of(c) == list{remedy::retry_later});
            CHECK(c.plan().next == next_request::different_call);
            CHECK(c.plan().next_call == call);
        }
    }
    SECTION("INTERNAL_SERVER_ERROR: resent with the idempotency key it first carried") {
        const auto& plan = plaid::code(plaid::api_error::internal_server_error).plan();
        CHECK(remedies_of(plan) == list{remedy::retry_later});
        CHECK(plan.next == next_request::same_idempotency_key);
    }
    SECTION("DATA_UNAVAILABLE without causes: the report's Items are looked up for their errors") {
        const auto& asset = plaid::code(plaid::asset_report_error::data_unavailable).plan();
        CHECK(remedies_of(asset) == list{remedy::fix_integration});
        CHECK(asset.next_call == "/item/get");
        CHECK(plaid::code(plaid::check_report_error::data_unavailable).plan().next == next_request::different_call);
    }
    SECTION("USER_PERMISSION_REVOKED: removal before the new Link session") {
        CHECK(remedies_of(plaid::invalid_input::user_permission_revoked) == list{remedy::remove_item, remedy::relink});
    }
}

TEST_CASE("the endpoint or the environment picks the plan the docs give there") {
    using plaid::plan_context;
    SECTION("PRODUCT_NOT_READY from /signal/evaluate is retried within seconds, not after a webhook") {
        const plaid::code c = plaid::item_error::product_not_ready;
        const auto signal = plaid::plan_for(c, plan_context{"/signal/evaluate", std::nullopt});
        REQUIRE(signal);
        CHECK(remedies_of(*signal) == list{remedy::retry_later});
        const auto transactions = plaid::plan_for(c, plan_context{"/transactions/get", plaid::environment::production});
        REQUIRE(transactions);
        CHECK(remedies_of(*transactions) == list{remedy::wait_for_webhook});
        CHECK(remedies_of(*plaid::plan_for(c, plan_context{})) == list{remedy::wait_for_webhook});
    }
    SECTION("DIRECT_INTEGRATION_NOT_ENABLED in Sandbox names /sandbox/public_token/create") {
        const plaid::code c = plaid::invalid_input::direct_integration_not_enabled;
        const auto sandbox = plaid::plan_for(c, plan_context{"/item/create", plaid::environment::sandbox});
        REQUIRE(sandbox);
        CHECK(remedies_of(*sandbox) == list{remedy::fix_integration});
        CHECK(sandbox->next == next_request::different_call);
        CHECK(sandbox->next_call == "/sandbox/public_token/create");
        const auto production = plaid::plan_for(c, plan_context{"/item/create", plaid::environment::production});
        REQUIRE(production);
        CHECK(remedies_of(*production) == list{remedy::fix_integration, remedy::relink});
        CHECK(production->next_call.empty());
    }
    SECTION("a code outside the taxonomy has no plan anywhere") {
        CHECK_FALSE(plaid::plan_for(plaid::code{}, plan_context{"/signal/evaluate", plaid::environment::sandbox}));
    }
    static_assert(plaid::plan_for(plaid::item_error::product_not_ready, plaid::plan_context{"/signal/evaluate", {}})
                      ->retry == retry_policy::with_backoff);
}

TEST_CASE("DATA_UNAVAILABLE follows the plans of its causes") {
    CHECK(plaid::follows_causes(plaid::asset_report_error::data_unavailable));
    CHECK(plaid::follows_causes(plaid::check_report_error::data_unavailable));
    CHECK_FALSE(plaid::follows_causes(plaid::item_error::item_login_required));
    CHECK_FALSE(plaid::follows_causes(plaid::code{}));

    const auto body = R"({"error_type": "ASSET_REPORT_ERROR", "error_code": "DATA_UNAVAILABLE",
        "error_message": "see causes", "display_message": null, "request_id": "r1", "causes": [
        {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "error_message": "m", "display_message": null, "item_id": "item-a"},
        {"error_type": "INSTITUTION_ERROR", "error_code": "INSTITUTION_DOWN", "error_message": "m", "display_message": null, "item_id": "item-b"},
        {"error_type": "ITEM_ERROR", "error_code": "SOMETHING_NEWER", "error_message": "m", "display_message": null, "item_id": "item-c"}]})";
    const auto parsed = plaid::parse_error(body);
    REQUIRE(parsed.has_value());
    std::vector<std::pair<std::string, remedy>> acted;
    plaid::for_each_plan(*parsed, plaid::plan_context{"/asset_report/get", plaid::environment::production},
                         [&acted](const plaid::error& about, std::optional<action_plan> plan,
                                  const std::optional<std::string>& item_id) {
                             CHECK(about.code.has_value() == plan.has_value());
                             acted.emplace_back(item_id.value_or("?"), plan ? plaid::primary_remedy(*plan) : remedy::unknown);
                         });
    CHECK(acted == std::vector<std::pair<std::string, remedy>>{
                       {"item-a", remedy::relink}, {"item-b", remedy::retry_later}, {"item-c", remedy::unknown}});

    SECTION("without causes the error's own plan stands: look the Items up") {
        const auto bare = plaid::parse_error(
            R"({"error_type": "ASSET_REPORT_ERROR", "error_code": "DATA_UNAVAILABLE", "error_message": "m", "display_message": null})");
        REQUIRE(bare.has_value());
        int calls = 0;
        plaid::for_each_plan(*bare, {}, [&calls](const plaid::error&, std::optional<action_plan> plan,
                                                 const std::optional<std::string>& item_id) {
            ++calls;
            REQUIRE(plan);
            CHECK(plan->next_call == "/item/get");
            CHECK_FALSE(item_id);
        });
        CHECK(calls == 1);
    }
}
