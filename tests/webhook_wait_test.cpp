// The webhooks that end each after_webhook plan's wait (webhook_wait.hpp),
// read against the troubleshooting steps of the docs and the spec's examples.
#include <plaid/errors.hpp>

#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpora.hpp"

namespace {

using plaid::plan_context;
using plaid::retry_policy;
using plaid::wait_ended_by;

/// Every plan's wait is named exactly where the plan waits for a webhook,
/// for each code's own plan and each context row of the taxonomy.
constexpr bool waits_match_plans() noexcept {
    for (plaid::code c : plaid::all_codes())
        if ((c.plan().retry == retry_policy::after_webhook) != (plaid::ending_webhooks(c).ended_by != wait_ended_by::no_wait))
            return false;
    for (const auto& row : plaid::detail::plans_in_context) {
        plan_context where{row.endpoint, std::nullopt};
        for (auto env : {plaid::environment::sandbox, plaid::environment::development, plaid::environment::production})
            if (plaid::to_string(env) == row.environment) where.env = env;
        const auto c = plaid::code::from_value(row.code);
        if ((plaid::plan_for(c, where)->retry == retry_policy::after_webhook) !=
            (plaid::ending_webhooks(c, where).ended_by != wait_ended_by::no_wait))
            return false;
    }
    return true;
}
static_assert(waits_match_plans(), "a plan waits for a webhook exactly where the taxonomy says what ends the wait");
static_assert(plaid::ends_wait(plaid::asset_report_error::product_not_ready, plaid::assets_webhook::product_ready));
static_assert(!plaid::ends_wait(plaid::asset_report_error::product_not_ready, plaid::assets_webhook::error));
static_assert(plaid::ending_webhooks(plaid::item_error::product_not_ready, plan_context{"/auth/get", std::nullopt})
                  .ended_by == wait_ended_by::undocumented);
static_assert(plaid::ending_webhooks(plaid::item_error::item_login_required).webhooks.empty());

/// The webhooks of a wait as "TYPE CODE" strings, in the taxonomy's order.
std::vector<std::string> names(const plaid::webhook_wait& wait) {
    std::vector<std::string> out;
    for (auto w : wait.webhooks) out.push_back(std::string(w.type_name()) + " " + std::string(w.name()));
    return out;
}

using list = std::vector<std::string>;

/// The docs' sample body of a code, parsed: the error a program would hold.
plaid::error sample_error(plaid::code c) {
    auto parsed = plaid::parse_error(plaid::info(c).sample_body_text);
    REQUIRE(parsed.has_value());
    return std::move(parsed).value();
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("every plan that waits for a webhook names the webhooks or says the docs do not") {
    std::vector<std::pair<plaid::code, plan_context>> places;
    for (plaid::code c : plaid::all_codes()) {
        places.emplace_back(c, plan_context{});
        for (auto endpoint : plaid::info(c).endpoints) places.emplace_back(c, plan_context{endpoint, std::nullopt});
        for (auto env : {plaid::environment::sandbox, plaid::environment::production})
            places.emplace_back(c, plan_context{{}, env});
    }
    int waits = 0;
    for (const auto& [c, where] : places) {
        const auto plan = plaid::plan_for(c, where);
        REQUIRE(plan);
        const auto wait = plaid::ending_webhooks(c, where);
        CAPTURE(plaid::to_string(c.type()), c.name(), where.endpoint);
        if (plan->retry != retry_policy::after_webhook) {
            CHECK(wait.ended_by == wait_ended_by::no_wait);
            CHECK(wait.webhooks.empty());
            continue;
        }
        ++waits;
        REQUIRE(wait.ended_by != wait_ended_by::no_wait);
        if (wait.ended_by == wait_ended_by::named_webhooks) {
            CHECK_FALSE(wait.webhooks.empty());
            std::set<std::uint16_t> distinct;
            for (auto w : wait.webhooks) {
                CHECK(w.is_known());
                CHECK(wait.ends_on(w));
                CHECK(plaid::ends_wait(c, w, where));
                distinct.insert(w.value());
            }
            CHECK(distinct.size() == wait.webhooks.size());
        } else {
            CHECK(wait.webhooks.empty());
            CHECK_FALSE(wait.note.empty());  // what the docs say to do instead
        }
    }
    CHECK(waits > 0);
    CHECK_FALSE(plaid::ends_wait(plaid::code{}, plaid::assets_webhook::product_ready));
    CHECK(plaid::ending_webhooks(plaid::code{}).ended_by == wait_ended_by::no_wait);
    CHECK_FALSE(plaid::ending_webhooks(plaid::asset_report_error::product_not_ready).ends_on(plaid::webhook_code{}));
}

TEST_CASE("PRODUCT_NOT_READY waits for the webhook its type's page names") {
    SECTION("ITEM_ERROR: the endpoint decides which") {
        const plaid::code c = plaid::item_error::product_not_ready;
        const auto own = plaid::ending_webhooks(c);
        CHECK(own.ended_by == wait_ended_by::named_webhooks);
        CHECK(names(own) == list{"TRANSACTIONS INITIAL_UPDATE", "INVESTMENTS_TRANSACTIONS HISTORICAL_UPDATE"});
        CHECK_FALSE(own.note.empty());
        CHECK(names(plaid::ending_webhooks(c, {"/transactions/get", plaid::environment::production})) ==
              list{"TRANSACTIONS INITIAL_UPDATE"});
        CHECK(names(plaid::ending_webhooks(c, {"/investments/transactions/get", std::nullopt})) ==
              list{"INVESTMENTS_TRANSACTIONS HISTORICAL_UPDATE"});
        const auto auth = plaid::ending_webhooks(c, {"/auth/get", std::nullopt});
        CHECK(auth.ended_by == wait_ended_by::undocumented);
        CHECK(auth.webhooks.empty());
        CHECK_FALSE(auth.note.empty());
        CHECK(plaid::ending_webhooks(c, {"/signal/evaluate", std::nullopt}).ended_by == wait_ended_by::no_wait);
        // The Investments webhook does not end a wait for /transactions/get, nor Transactions' own HISTORICAL_UPDATE.
        CHECK_FALSE(plaid::ends_wait(c, plaid::investments_transactions_webhook::historical_update, {"/transactions/get", {}}));
        CHECK_FALSE(plaid::ends_wait(c, plaid::transactions_webhook::historical_update));
    }
    SECTION("ASSET_REPORT_ERROR") {
        CHECK(names(plaid::ending_webhooks(plaid::asset_report_error::product_not_ready)) == list{"ASSETS PRODUCT_READY"});
    }
    SECTION("INCOME_VERIFICATION_ERROR") {
        const auto wait = plaid::ending_webhooks(plaid::income_verification_error::product_not_ready);
        CHECK(names(wait) == list{"INCOME INCOME_VERIFICATION"});
        CHECK(wait.note.find("item_id") != std::string_view::npos);
    }
    SECTION("CONSUMER_REPORT_ERROR: the report ready or failed") {
        CHECK(names(plaid::ending_webhooks(plaid::consumer_report_error::product_not_ready)) ==
              list{"CHECK_REPORT CHECK_REPORT_READY", "CHECK_REPORT CHECK_REPORT_FAILED"});
    }
}

TEST_CASE("the spec's example of the named webhook ends the wait; an unrelated webhook does not") {
    const auto dir = corpora::find("plaid-webhooks");
    if (!dir) return;
    const auto webhook_in = [&dir](const char* file) {
        const auto path = *dir / file;
        REQUIRE(std::filesystem::exists(path));
        auto parsed = plaid::parse_webhook(read_file(path));
        REQUIRE(parsed.has_value());
        return std::move(parsed).value();
    };
    const auto item = sample_error(plaid::item_error::product_not_ready);
    const auto initial_update = webhook_in("InitialUpdateWebhook.json");
    const auto investments = webhook_in("InvestmentsHistoricalUpdateWebhook.json");
    const auto transactions_historical = webhook_in("HistoricalUpdateWebhook.json");
    const auto item_error = webhook_in("ItemErrorWebhook.json");
    const auto assets_ready = webhook_in("AssetsProductReadyWebhook.json");

    CHECK(plaid::ends_wait(item, initial_update));
    CHECK(plaid::ends_wait(item, initial_update, {"/transactions/get", std::nullopt}));
    CHECK(plaid::ends_wait(item, investments, {"/investments/transactions/get", std::nullopt}));
    CHECK_FALSE(plaid::ends_wait(item, investments, {"/transactions/get", std::nullopt}));
    CHECK_FALSE(plaid::ends_wait(item, initial_update, {"/auth/get", std::nullopt}));
    CHECK_FALSE(plaid::ends_wait(item, transactions_historical));
    CHECK_FALSE(plaid::ends_wait(item, item_error));
    CHECK_FALSE(plaid::ends_wait(item, assets_ready));

    const auto assets = sample_error(plaid::asset_report_error::product_not_ready);
    CHECK(plaid::ends_wait(assets, assets_ready));
    CHECK_FALSE(plaid::ends_wait(assets, webhook_in("AssetsErrorWebhook.json")));
    CHECK_FALSE(plaid::ends_wait(assets, initial_update));

    const auto income = sample_error(plaid::income_verification_error::product_not_ready);
    CHECK(plaid::ends_wait(income, webhook_in("IncomeVerificationStatusWebhook.json")));
    CHECK_FALSE(plaid::ends_wait(income, webhook_in("BankIncomeCompleteWebhook.json")));

    const auto check_report = sample_error(plaid::consumer_report_error::product_not_ready);
    CHECK(plaid::ends_wait(check_report, webhook_in("CraCheckReportReadyWebhook.json")));
    CHECK(plaid::ends_wait(check_report, webhook_in("CraCheckReportFailedWebhook.json")));
    CHECK_FALSE(plaid::ends_wait(check_report, assets_ready));

    // An error that does not wait, and a webhook of a type this library does not know.
    CHECK_FALSE(plaid::ends_wait(sample_error(plaid::item_error::item_login_required), initial_update));
    const auto unknown = plaid::parse_webhook(R"({"webhook_type": "TRANSACTIONS_V9", "webhook_code": "INITIAL_UPDATE"})");
    REQUIRE(unknown.has_value());
    CHECK_FALSE(unknown->code);
    CHECK_FALSE(plaid::ends_wait(item, *unknown));
}
