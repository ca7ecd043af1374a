#include <plaid/errors/parse.hpp>
#include <plaid/errors/retry_advice.hpp>
#include <plaid/errors/retry_after.hpp>
#include <plaid/errors/retry_budget.hpp>

#include <catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace std::chrono_literals;
using plaid::environment;
using plaid::resend;
using plaid::resend_safety;
using plaid::retry_scope;

constexpr plaid::code balance_limit = plaid::rate_limit_exceeded::balance_limit;
constexpr plaid::code internal_server_error = plaid::api_error::internal_server_error;

plaid::retry_after seconds(std::int64_t n) { return {std::chrono::seconds(n), plaid::retry_after_problem::none}; }

}  // namespace

TEST_CASE("BALANCE_LIMIT in Production waits out the minute its per-Item limit counts") {
    const auto a = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 1);
    CHECK(a.when == resend::after_delay);
    CHECK(a.kind == plaid::failure_kind::throttling);
    CHECK(a.scope == retry_scope::item);
    CHECK(a.safety == resend_safety::read);
    CHECK(a.floor == 60s);
    CHECK(a.jitter_min == 60s);
    CHECK(a.jitter_max == 75s);
    CHECK(a.cap == 240s);
    CHECK(a.reading.find("/accounts/balance/get") != std::string_view::npos);

    const auto second = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 2);
    CHECK(second.jitter_min == 120s);
    CHECK(second.jitter_max == 150s);
    const auto last = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 3);
    CHECK(last.when == resend::no);
    CHECK(last.attempts_exhausted);
}

TEST_CASE("A code that counts against both limits says it cannot tell which was reached") {
    const auto a = plaid::advise(plaid::rate_limit_exceeded::accounts_limit, "/accounts/get", environment::sandbox, 1);
    CHECK(a.scope == retry_scope::item_or_client);
    CHECK(a.floor == 60s);
    const auto client = plaid::advise(plaid::rate_limit_exceeded::accounts_balance_get_limit, "/accounts/balance/get",
                                      environment::production, 1);
    CHECK(client.scope == retry_scope::client);
}

TEST_CASE("Where the page contradicts itself or states no window, the advice says which reading it took") {
    const auto institutions =
        plaid::advise(plaid::rate_limit_exceeded::institutions_get_limit, "/institutions/get", environment::production, 1);
    CHECK(institutions.reading.find("25") != std::string_view::npos);
    CHECK(institutions.floor == 60s);

    // A rate-limit error at an endpoint whose per-consent count has no window: not resent on its own.
    plaid::error unknown;
    unknown.type = plaid::error_type::rate_limit_exceeded;
    unknown.type_name = "RATE_LIMIT_EXCEEDED";
    unknown.code_name = "CONSENT_LIMIT_NOT_DOCUMENTED";
    unknown.status = 429;
    const auto consent =
        plaid::advise(unknown, "/payment_initiation/consent/payment/execute", environment::production, 1);
    CHECK(consent.when == resend::after_action);
    CHECK(consent.reading.find("consent") != std::string_view::npos);

    const auto institution = plaid::advise(plaid::rate_limit_exceeded::institution_rate_limit, "/transactions/refresh",
                                           environment::production, 1);
    CHECK(institution.scope == retry_scope::institution);
    CHECK(institution.floor >= 60s);
    CHECK_FALSE(institution.reading.empty());
}

TEST_CASE("An endpoint the tables give per hour waits the hour") {
    plaid::error e;
    e.type = plaid::error_type::rate_limit_exceeded;
    e.type_name = "RATE_LIMIT_EXCEEDED";
    e.code_name = "SIGNAL_EVALUATE_LIMIT";
    e.status = 429;
    const auto a = plaid::advise(e, "/signal/evaluate", environment::production, 1);
    CHECK(a.floor == 1h);
    CHECK(a.safety == resend_safety::write_refused);
    CHECK(a.when == resend::after_delay);
}

TEST_CASE("Outages wait hours or days as the troubleshooting steps say") {
    const auto down = plaid::advise(plaid::institution_error::institution_down, "/accounts/get", environment::production, 1);
    CHECK(down.when == resend::after_delay);
    CHECK(down.kind == plaid::failure_kind::long_outage);
    CHECK(down.scope == retry_scope::institution);
    CHECK(down.jitter_min >= 1h);
    CHECK(down.cap == 24h);
    const auto rate = plaid::advise(plaid::rate_limit_exceeded::rate_limit, "/item/get", environment::production, 1);
    CHECK(rate.floor == 24h);
    CHECK(rate.scope == retry_scope::client);
}

TEST_CASE("Codes that no resend fixes are never resent") {
    for (plaid::code c : {plaid::code(plaid::rate_limit_exceeded::credits_exhausted),
                          plaid::code(plaid::institution_error::unsupported_response)}) {
        const auto a = plaid::advise(c, "/accounts/balance/get", environment::production, 1, seconds(1));
        CHECK(a.when == resend::no);
        CHECK_FALSE(a.reading.empty());
        CHECK(a.server == plaid::retry_after_use::not_resending);
    }
}

TEST_CASE("A write whose outcome is unknown is resent only with its key") {
    const auto no_key =
        plaid::advise(plaid::transport_failure::timeout, "/transfer/authorization/create", environment::production, 1);
    CHECK(no_key.safety == resend_safety::write_without_key);
    CHECK(no_key.when == resend::no);
    CHECK(no_key.reconcile_first);
    CHECK_FALSE(no_key.safe_to_resend());

    const auto with_key = plaid::advise(plaid::transport_failure::timeout, "/transfer/authorization/create",
                                        environment::production, 1, {}, true);
    CHECK(with_key.safety == resend_safety::write_with_key);
    CHECK(with_key.when == resend::after_delay);
    CHECK_FALSE(with_key.reconcile_first);

    const auto transfer = plaid::advise(internal_server_error, "/transfer/create", environment::production, 1);
    CHECK(transfer.safety == resend_safety::write_with_authorization_id);
    CHECK(transfer.when == resend::after_delay);
    CHECK(transfer.reconcile_first);

    const auto wallet =
        plaid::advise(plaid::transport_failure::connection_error, "/wallet/transaction/execute", environment::production, 1);
    CHECK(wallet.safety == resend_safety::write_with_key);
    CHECK(wallet.jitter_min >= 60s);

    const auto removal = plaid::advise(internal_server_error, "/item/remove", environment::production, 1);
    CHECK(removal.when == resend::no);
    CHECK(removal.reconcile_first);

    const auto recipient = plaid::advise(plaid::transport_failure::timeout, "/payment_initiation/recipient/create",
                                         environment::sandbox, 1);
    CHECK(recipient.safety == resend_safety::idempotent_write);
    CHECK(recipient.when == resend::after_delay);
}

TEST_CASE("A write Plaid refused can be resent without a key") {
    const auto a = plaid::advise(plaid::rate_limit_exceeded::transactions_refresh_limit, "/transactions/refresh",
                                 environment::production, 1);
    CHECK(a.safety == resend_safety::write_refused);
    CHECK(a.when == resend::after_delay);
    CHECK(a.floor == 60s);
    const auto maintenance = plaid::advise(plaid::api_error::planned_maintenance, "/item/remove", environment::production, 1);
    CHECK(maintenance.safety == resend_safety::write_refused);
    CHECK(maintenance.scope == retry_scope::plaid);
}

TEST_CASE("Transient failures back off from half a second, doubling, within twenty seconds") {
    const auto first = plaid::advise(plaid::transport_failure::timeout, "/accounts/get", environment::production, 1);
    CHECK(first.kind == plaid::failure_kind::transient);
    CHECK(first.scope == retry_scope::request);
    CHECK(first.jitter_min == 500ms);
    CHECK(first.jitter_max == 625ms);
    const auto second = plaid::advise(plaid::transport_failure::timeout, "/accounts/get", environment::production, 2);
    CHECK(second.jitter_min == 1000ms);
    CHECK(second.jitter_max <= second.cap);
}

TEST_CASE("Data that is not ready waits for the endpoint's webhook, or a few seconds at /signal/evaluate") {
    const auto sync = plaid::advise(plaid::item_error::product_not_ready, "/transactions/sync", environment::production, 1);
    CHECK(sync.when == resend::after_webhook);
    CHECK(sync.webhook_type == "TRANSACTIONS");
    CHECK(sync.webhook_code == "SYNC_UPDATES_AVAILABLE");
    const auto signal = plaid::advise(plaid::item_error::product_not_ready, "/signal/evaluate", environment::production, 1);
    CHECK(signal.when == resend::after_delay);
    CHECK(signal.floor == 3s);
}

TEST_CASE("Parsed errors and bodies that are no Plaid error get advice too") {
    const auto parsed = plaid::parse_error(
        R"({"error_type":"API_ERROR","error_code":"INTERNAL_SERVER_ERROR","error_message":"x","display_message":null,"request_id":"r"})",
        500);
    REQUIRE(parsed);
    const auto a = plaid::advise(*parsed, "/accounts/balance/get", environment::production, 1);
    CHECK(a.when == resend::after_delay);
    CHECK(a.scope == retry_scope::plaid);

    const auto html = plaid::parse_error("<html>Bad Gateway</html>", 502);
    REQUIRE_FALSE(html);
    const auto gateway = plaid::advise(plaid::failed_request(html.failure(), 502), "/item/get", environment::sandbox, 1);
    CHECK(gateway.kind == plaid::failure_kind::transient);
    CHECK(gateway.when == resend::after_delay);
    const auto gateway_write =
        plaid::advise(plaid::failed_request(html.failure(), 502), "/item/remove", environment::sandbox, 1);
    CHECK(gateway_write.when == resend::no);
    const auto bad = plaid::advise(plaid::failed_request::unreadable_body(400), "/item/get", environment::sandbox, 1);
    CHECK(bad.when == resend::no);
    const auto throttled = plaid::advise(plaid::failed_request::unreadable_body(429), "/auth/get", environment::sandbox, 1);
    CHECK(throttled.kind == plaid::failure_kind::throttling);
    CHECK(throttled.floor == 60s);
}

TEST_CASE("Endpoint patterns stand for one or more whole segments") {
    CHECK(plaid::detail::find_limits(environment::production, "/transfer/sweep/get") != nullptr);
    CHECK(plaid::detail::find_limits(environment::production, "/transfer/a/b/list") != nullptr);
    CHECK(plaid::detail::find_limits(environment::production, "/transfer/get") == nullptr);
    CHECK(plaid::detail::find_limits(environment::production, "/transfer//get") == nullptr);
    CHECK(plaid::detail::find_limits(environment::sandbox, "/identity_verification/create") != nullptr);
    CHECK(plaid::detail::find_limits(environment::production, "/identity_verification/create")->per_client.limits[0].count ==
          120);
}

TEST_CASE("Retry-After is honoured when it asks for longer than the advice") {
    const auto longer = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 1, seconds(130));
    CHECK(longer.server == plaid::retry_after_use::honoured);
    CHECK(longer.jitter_min == 130s);
    CHECK(longer.jitter_max >= 130s);
    CHECK(longer.cap >= longer.jitter_max);

    const auto shorter = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 1, seconds(5));
    CHECK(shorter.server == plaid::retry_after_use::within_advice);
    CHECK(shorter.jitter_min == 60s);

    const auto huge = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 1, seconds(864000));
    CHECK(huge.server == plaid::retry_after_use::capped);
    CHECK(huge.jitter_min == 24h);

    const auto junk = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 1,
                                    plaid::parse_retry_after("soon", 0s));
    CHECK(junk.server == plaid::retry_after_use::ignored);
    CHECK(junk.server_problem == plaid::retry_after_problem::malformed);
    CHECK(junk.jitter_min == 60s);
}

TEST_CASE("pick spreads a random draw over the jitter bounds") {
    const auto a = plaid::advise(balance_limit, "/accounts/balance/get", environment::production, 1);
    CHECK(a.pick(0) == a.jitter_min);
    CHECK(a.pick(UINT32_MAX) < a.jitter_max);
    CHECK(a.pick(UINT32_MAX) > a.jitter_max - 1s);
}

TEST_CASE("Retry-After reads delta-seconds and the three HTTP-date forms") {
    constexpr auto now = std::chrono::seconds(784111777);  // Sun, 06 Nov 1994 08:49:37 GMT
    static_assert(plaid::parse_retry_after("120", now).delay == std::chrono::seconds(120));
    CHECK(plaid::parse_retry_after(" \t120\t ", now).delay == std::chrono::seconds(120));
    CHECK(plaid::parse_retry_after("0", now).delay == std::chrono::seconds(0));
    CHECK(plaid::parse_retry_after("Sun, 06 Nov 1994 08:51:37 GMT", now).delay == std::chrono::seconds(120));
    CHECK(plaid::parse_retry_after("Sunday, 06-Nov-94 08:50:37 GMT", now).delay == std::chrono::seconds(60));
    CHECK(plaid::parse_retry_after("Sun Nov  6 08:49:47 1994", now).delay == std::chrono::seconds(10));
    CHECK(plaid::parse_retry_after("Sat, 05 Nov 1994 08:49:37 GMT", now).delay == std::chrono::seconds(0));
    CHECK(plaid::parse_retry_after("Thu, 29 Feb 1996 00:00:00 GMT", now).delay.has_value());
    CHECK(plaid::parse_retry_after("99999999999999999999999", now).delay == std::chrono::seconds(2147483648));
}

TEST_CASE("A malformed Retry-After gives no delay and a reason, never a crash") {
    constexpr auto now = std::chrono::seconds(784111777);
    using plaid::retry_after_problem;
    const std::pair<std::string_view, retry_after_problem> cases[] = {
        {"", retry_after_problem::empty},
        {" \t ", retry_after_problem::empty},
        {"-1", retry_after_problem::malformed},
        {"1.5", retry_after_problem::malformed},
        {"12a", retry_after_problem::malformed},
        {"+5", retry_after_problem::malformed},
        {"Sun, 06 Nov 1994 08:49:37 UTC", retry_after_problem::malformed},
        {"Sun, 6 Nov 1994 08:49:37 GMT", retry_after_problem::malformed},
        {"Sun, 06 Nov 1994 08:49:37 GMT trailing", retry_after_problem::malformed},
        {"Sunday, 06 Nov 1994 08:49:37 GMT", retry_after_problem::malformed},
        {"sun, 06 nov 1994 08:49:37 gmt", retry_after_problem::malformed},
        {"Sun, 31 Feb 1994 08:49:37 GMT", retry_after_problem::invalid_date},
        {"Sun, 29 Feb 1900 08:49:37 GMT", retry_after_problem::invalid_date},
        {"Sun, 06 Nov 1994 24:00:00 GMT", retry_after_problem::invalid_date},
        {"Sun, 06 Nov 1994 08:60:00 GMT", retry_after_problem::invalid_date},
        {"Sun, 00 Nov 1994 08:49:37 GMT", retry_after_problem::invalid_date},
    };
    for (const auto& [value, problem] : cases) {
        CAPTURE(value);
        const auto read = plaid::parse_retry_after(value, now);
        CHECK_FALSE(read.delay);
        CHECK(read.problem == problem);
    }
    // Every prefix and every one-byte change of a valid date either reads or names a problem.
    const std::string valid = "Sun, 06 Nov 1994 08:49:37 GMT";
    for (std::size_t n = 0; n < valid.size(); ++n) {
        const auto read = plaid::parse_retry_after(std::string_view(valid).substr(0, n), now);
        CHECK(read.delay.has_value() == (read.problem == retry_after_problem::none));
        for (char byte : {'\0', '0', '9', ' ', '\xFF'}) {
            std::string changed = valid;
            changed[n] = byte;
            const auto mutated = plaid::parse_retry_after(changed, now);
            CHECK(mutated.delay.has_value() == (mutated.problem == retry_after_problem::none));
        }
    }
}

TEST_CASE("The retry budget is spent by resends and refunded by successes, from many threads") {
    plaid::retry_budget budget(500);
    constexpr int threads = 4, tries = 60;
    std::atomic<int> granted{0};
    std::vector<std::thread> pool;
    std::vector<std::vector<plaid::retry_budget::grant>> held(threads);
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int i = 0; i < tries; ++i)
                if (auto grant = budget.try_spend(false)) {
                    granted.fetch_add(1);
                    held[static_cast<std::size_t>(t)].push_back(grant);
                }
        });
    for (auto& thread : pool) thread.join();
    CHECK(granted.load() == 500 / plaid::retry_budget::resend_cost);  // exactly what the bucket holds, no more
    CHECK(budget.available() == 0);
    CHECK_FALSE(budget.try_spend(true));

    pool.clear();
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (auto grant : held[static_cast<std::size_t>(t)]) budget.on_success(grant);
            for (int i = 0; i < tries; ++i) budget.on_success();  // first-try successes, beyond the capacity
        });
    for (auto& thread : pool) thread.join();
    CHECK(budget.available() == budget.capacity());
    CHECK(budget.try_spend(true).cost == plaid::retry_budget::timeout_resend_cost);
}

namespace {

/// A client loop driven by the advice on a fake clock: `answer` gives the
/// failure at a time (or none for a success); returns the times it sent at.
template <class Answer>
std::vector<std::chrono::milliseconds> drive(Answer answer, std::string_view endpoint, plaid::retry_budget& budget,
                                             std::uint32_t random = 0x9E3779B9u) {
    std::vector<std::chrono::milliseconds> sent;
    std::chrono::milliseconds now{0};
    for (unsigned attempt = 1;; ++attempt) {
        sent.push_back(now);
        const std::optional<plaid::failed_request> failure = answer(now);
        if (!failure) {
            budget.on_success();
            return sent;
        }
        const auto advice = plaid::advise(*failure, endpoint, environment::production, attempt);
        if (advice.when != resend::after_delay || !budget.try_spend(failure->what() ==
                                                                    plaid::failed_request::source::timeout))
            return sent;
        now += advice.pick(random);
    }
}

}  // namespace

TEST_CASE("On a fake clock, a client led by the advice resends BALANCE_LIMIT once, after the window") {
    plaid::retry_budget budget;
    const auto sent = drive(
        [](std::chrono::milliseconds now) -> std::optional<plaid::failed_request> {
            if (now < 60s) return plaid::failed_request(balance_limit);
            return std::nullopt;
        },
        "/accounts/balance/get", budget);
    REQUIRE(sent.size() == 2);
    CHECK(sent[1] >= 60s);
}

TEST_CASE("On a fake clock, a write timing out without a key is never resent; INSTITUTION_DOWN waits the hour") {
    plaid::retry_budget budget;
    int calls = 0;
    const auto once = drive(
        [&](std::chrono::milliseconds) -> std::optional<plaid::failed_request> {
            ++calls;
            return plaid::failed_request(plaid::transport_failure::timeout);
        },
        "/item/remove", budget);
    CHECK(once.size() == 1);
    CHECK(calls == 1);

    const auto down = drive(
        [](std::chrono::milliseconds now) -> std::optional<plaid::failed_request> {
            if (now < 30min) return plaid::failed_request(plaid::institution_error::institution_down);
            return std::nullopt;
        },
        "/accounts/get", budget);
    REQUIRE(down.size() == 2);
    CHECK(down[1] >= 1h);
}

TEST_CASE("On a fake clock, the budget stops a storm of 500s") {
    plaid::retry_budget budget;
    std::size_t resends = 0;
    for (int request = 0; request < 200; ++request)
        resends += drive([](std::chrono::milliseconds) -> std::optional<plaid::failed_request> {
            return plaid::failed_request(internal_server_error);
        }, "/accounts/get", budget).size() - 1;
    CHECK(resends == static_cast<std::size_t>(plaid::retry_budget::default_capacity / plaid::retry_budget::resend_cost));
    CHECK(budget.available() < plaid::retry_budget::resend_cost);
}
