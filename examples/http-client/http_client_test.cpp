// The example client over real HTTP: libcurl on this thread, the stand-in
// Plaid server on its own, both on 127.0.0.1; the client waits on a fake clock.
#include <plaid/errors/catch2.hpp>
#include <plaid/errors/retry_budget.hpp>
#include <plaid/errors/testing.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "../sdk-client/items.hpp"
#include "../sdk-client/stand_in_webhooks.hpp"
#include "http_client.hpp"
#include "stand_in_server.hpp"
#include "webhook_receiver.hpp"

using namespace std::chrono_literals;
using plaid_http::failed_attempt;
using plaid_http::stand_in_server;
using std::chrono::milliseconds;

namespace {

const plaid_http::curl_library curl;

const std::string success_body = R"({"accounts":[],"request_id":"req-ok"})";
const stand_in_server::reply success{200, "application/json", success_body, {}, {}};
/// Long enough for a loaded machine or valgrind; only the timeout case waits out `timeout`.
const milliseconds patience = 10s;
const milliseconds timeout = 300ms;

/// A clock that moves only when the client sleeps on it.
struct fake_clock {
    std::chrono::seconds epoch{1'700'000'000};
    milliseconds elapsed{0};
    std::vector<milliseconds> sleeps;

    plaid_http::client_clock clock() {
        return {[this] { return epoch + std::chrono::duration_cast<std::chrono::seconds>(elapsed); },
                [this](milliseconds d) {
                    sleeps.push_back(d);
                    elapsed += d;
                }};
    }
};

plaid_http::client_options options_on(fake_clock& time, plaid::environment env = plaid::environment::sandbox,
                                      plaid::retry_budget* budget = nullptr) {
    const auto seed = std::random_device{}();
    UNSCOPED_INFO("seed " << seed);
    return {env, std::chrono::minutes(5), seed, budget, time.clock()};
}

/// The stand-in server and a client of it, logging to a string.
struct loopback {
    explicit loopback(milliseconds client_timeout = patience, plaid::environment env = plaid::environment::sandbox,
                      plaid::retry_budget* budget = nullptr)
        : http(plaid.url(), client_timeout), client(http, log, options_on(time, env, budget)) {}

    stand_in_server plaid;
    std::ostringstream log;
    fake_clock time;
    plaid_http::curl_transport http;
    plaid_http::client client;
};

/// Nothing the client printed carries the whole token or a control character
/// other than the line ends.
void check_log_is_safe(const std::string& log, const std::string& token) {
    CAPTURE(log);
    CHECK(log.find(token) == std::string::npos);
    CHECK(log.find(token.substr(token.rfind('-'))) == std::string::npos);
    for (char c : log) {
        const auto byte = static_cast<unsigned char>(c);
        if (c != '\n') CHECK((byte >= 0x20 && byte != 0x7f));
    }
    CHECK((!log.empty() && log.back() == '\n'));
}

const plaid::error& plaid_error_of(const failed_attempt& failure) {
    REQUIRE(std::holds_alternative<plaid::error>(failure.outcome));
    return std::get<plaid::error>(failure.outcome);
}

/// Each wait is within its failure's advised jitter, and the client slept it.
void check_waits(const plaid_http::request_result& result, const fake_clock& time) {
    CHECK(time.sleeps == result.waits);
    REQUIRE(result.waits.size() <= result.failures.size());
    for (std::size_t i = 0; i < result.waits.size(); ++i) {
        const auto& advice = result.failures[i].advice;
        CAPTURE(i, result.waits[i].count(), advice.jitter_min.count(), advice.jitter_max.count());
        CHECK(result.failures[i].resend);
        CHECK(result.waits[i] >= advice.floor);
        CHECK(result.waits[i] >= advice.jitter_min);
        CHECK(result.waits[i] <= advice.jitter_max);
    }
}

std::string body_for(const std::string& token) { return nlohmann::json{{"access_token", token}}.dump(); }

}  // namespace

TEST_CASE("a login that changed asks for Link's update mode and is not resent") {
    loopback test;
    const std::string token = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";
    // Plaid's messages can echo a token; this one also tries to forge a log line.
    test.plaid.script(token, {stand_in_server::from(
                                 plaid_testing::error_response(plaid::item_error::item_login_required)
                                     .error_message("the login details of " + token + " have changed\nplaid: forged")
                                     .response())});
    const auto result = test.client.accounts_get(token);

    CHECK_FALSE(result.body);
    REQUIRE(result.failures.size() == 1);
    const auto& failure = result.failures.front();
    CHECK(failure.http_status == 400);
    CHECK(failure.step == next_step::relink);
    CHECK_THAT(plaid_error_of(failure), plaid_testing::IsPlaidError(plaid::item_error::item_login_required));
    REQUIRE(plaid_error_of(failure).code);
    CHECK(plaid_error_of(failure).code->plan().link == plaid::link_action::update_mode);
    CHECK(failure.advice.when == plaid::resend::after_action);
    CHECK(result.waits.empty());
    CHECK(test.time.sleeps.empty());
    CHECK(test.plaid.requests(token).size() == 1);
    CHECK(test.log.str().find("failed with HTTP 400: ITEM_ERROR ITEM_LOGIN_REQUIRED: ") != std::string::npos);
    CHECK(test.log.str().find("\\nplaid: forged") != std::string::npos);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("BALANCE_LIMIT is resent once, after the window its limit counts, then succeeds") {
    loopback test(patience, plaid::environment::production);
    const std::string token = "access-production-0b7e6a8c-21c4-4c07-9f4e-3c1d2a5b6e7f";
    test.plaid.script(token,
                      {stand_in_server::from(plaid_testing::sample_response(plaid::rate_limit_exceeded::balance_limit)),
                       success});
    const auto result = test.client.post("/accounts/balance/get", body_for(token));

    REQUIRE(result.body);
    CHECK(*result.body == success_body);
    CHECK(test.plaid.requests(token).size() == 2);
    REQUIRE(result.failures.size() == 1);
    const auto& advice = result.failures.front().advice;
    CHECK(result.failures.front().http_status == 429);
    CHECK(advice.kind == plaid::failure_kind::throttling);
    // The docs' per-Item limit on /accounts/balance/get counts over a minute.
    CHECK(advice.floor == std::chrono::minutes(1));
    REQUIRE(result.waits.size() == 1);
    check_waits(result, test.time);
    CHECK(test.log.str().find("resent in " + std::to_string(result.waits.front().count()) + " ms\n") !=
          std::string::npos);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("a proxy's HTML 502 page is reported as not JSON and resent until the client gives up") {
    loopback test;
    const std::string token = "access-sandbox-5d3f9e2a-7b1c-4e8d-a6f0-9c2b4d6e8f10";
    const stand_in_server::reply page{502, "text/html",
                                      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                      "<body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>\r\n",
                                      {}};
    test.plaid.script(token, {page});
    const auto result = test.client.accounts_get(token);

    CHECK_FALSE(result.body);
    REQUIRE(result.failures.size() == plaid::retry_rules::max_attempts);
    for (const auto& failure : result.failures) {
        CHECK(failure.http_status == 502);
        CHECK(failure.step == next_step::retry);
        REQUIRE(std::holds_alternative<plaid::parse_failure>(failure.outcome));
        CHECK(std::get<plaid::parse_failure>(failure.outcome).kind == plaid::parse_failure_kind::not_json);
    }
    REQUIRE(result.waits.size() == plaid::retry_rules::max_attempts - 1);
    check_waits(result, test.time);
    CHECK(result.failures.back().advice.attempts_exhausted);
    CHECK(test.log.str().find("attempt " + std::to_string(plaid::retry_rules::max_attempts) +
                              " failed with HTTP 502, a body that is not a Plaid error: not_json (") != std::string::npos);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("an access token Plaid does not know calls for fixing the integration and is not resent") {
    loopback test;
    const std::string token = "access-sandbox-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    const auto result = test.client.accounts_get(token);  // no script: the stand-in does not know it

    CHECK_FALSE(result.body);
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures.front().http_status == 400);
    CHECK(result.failures.front().step == next_step::fix_integration);
    CHECK_THAT(plaid_error_of(result.failures.front()),
               plaid_testing::IsPlaidError(plaid::invalid_input::invalid_access_token));
    CHECK(test.plaid.requests(token).size() == 1);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("a write without a key that times out is to be reconciled, never resent") {
    loopback test(timeout);
    const std::string token = "access-sandbox-1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    stand_in_server::reply slow = success;
    slow.delay = 30s;  // released when the server stops
    test.plaid.script(token, {slow});
    const auto started = std::chrono::steady_clock::now();
    const auto result = test.client.post("/transfer/authorization/create", body_for(token));
    const auto elapsed = std::chrono::steady_clock::now() - started;

    CHECK_FALSE(result.body);
    REQUIRE(result.failures.size() == 1);
    const auto& failure = result.failures.front();
    CHECK(failure.http_status == 0);
    CHECK(failure.step == next_step::report);
    CHECK(failure.advice.safety == plaid::resend_safety::write_without_key);
    CHECK(failure.advice.reconcile_first);
    CHECK(failure.advice.when == plaid::resend::no);
    CHECK_FALSE(failure.resend);
    CHECK(test.time.sleeps.empty());
    REQUIRE(std::holds_alternative<plaid_http::no_reply>(failure.outcome));
    CHECK(std::get<plaid_http::no_reply>(failure.outcome).kind == plaid_http::no_reply_kind::timed_out);
    // libcurl measures its timeout on its own clock and may give up a little before this
    // clock says it is due: the check is that the client waited for a reply, then gave up.
    CHECK(elapsed >= timeout / 2);
    CHECK(elapsed < slow.delay);
    // The one request may not have reached its handler yet when the client gives up.
    CHECK(test.plaid.requests(token).size() <= 1);
    CHECK(test.log.str().find("no reply: timed out after " + std::to_string(timeout.count()) + " ms (") !=
          std::string::npos);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("a server that is gone is reported as unreachable, and a read is resent until the advice gives up") {
    std::string url;
    {
        stand_in_server gone;
        url = gone.url();
    }
    std::ostringstream log;
    plaid_http::curl_transport http(url, patience);
    fake_clock time;
    plaid_http::client client(http, log, options_on(time));
    const auto result = client.accounts_get("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");

    REQUIRE(result.failures.size() == plaid::retry_rules::max_attempts);
    for (const auto& failure : result.failures) {
        REQUIRE(std::holds_alternative<plaid_http::no_reply>(failure.outcome));
        CHECK(std::get<plaid_http::no_reply>(failure.outcome).kind == plaid_http::no_reply_kind::unreachable);
        CHECK(failure.step == next_step::retry);
    }
    check_waits(result, time);
    check_log_is_safe(log.str(), "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");
}

TEST_CASE("the client refuses any host but 127.0.0.1 and localhost") {
    for (const char* url : {"https://sandbox.plaid.com", "http://production.plaid.com", "http://127.0.0.2:8080",
                            "http://127.0.0.1.example.com", "http://localhost.example.com", "http://[::1]:8080",
                            "http://user@example.com:80/", "https://127.0.0.1:8443", "ftp://127.0.0.1",
                            "not a url\n"}) {
        CAPTURE(url);
        CHECK_THROWS_AS(plaid_http::curl_transport(url, timeout), std::invalid_argument);
    }
    for (const char* url : {"http://127.0.0.1:8080", "http://localhost:8080", "http://127.0.0.1"}) {
        CAPTURE(url);
        CHECK_NOTHROW(plaid_http::curl_transport(url, timeout));
    }
}

TEST_CASE("a write with a key is resent with the same key") {
    loopback test;
    const std::string token = "access-sandbox-7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    test.plaid.script(token, {stand_in_server::from(plaid_testing::sample_response(plaid::api_error::internal_server_error)),
                              success});
    const std::string body =
        nlohmann::json{{"access_token", token}, {"idempotency_key", "order-4711-authorization"}}.dump();
    const auto result = test.client.post("/transfer/authorization/create", body, true);

    REQUIRE(result.body);
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures.front().advice.safety == plaid::resend_safety::write_with_key);
    check_waits(result, test.time);
    const auto sent = test.plaid.requests(token);
    REQUIRE(sent.size() == 2);
    CHECK(sent[0] == body);
    CHECK(sent[1] == body);
}

TEST_CASE("a Retry-After longer than the advice's wait is honoured") {
    loopback test;
    const std::string token = "access-sandbox-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    auto throttled = stand_in_server::from(plaid_testing::sample_response(plaid::api_error::internal_server_error));
    throttled.retry_after = "120";
    test.plaid.script(token, {throttled, success});
    const auto result = test.client.accounts_get(token);

    REQUIRE(result.body);
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures.front().advice.server == plaid::retry_after_use::honoured);
    REQUIRE(result.waits.size() == 1);
    CHECK(result.waits.front() >= 120s);
    check_waits(result, test.time);
}

TEST_CASE("INSTITUTION_DOWN is left to the application, not resent within the hour") {
    loopback test(patience, plaid::environment::production);
    const std::string token = "access-production-3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f";
    test.plaid.script(token, {stand_in_server::from(plaid_testing::sample_response(plaid::institution_error::institution_down)),
                              success});
    const auto result = test.client.accounts_get(token);

    CHECK_FALSE(result.body);
    REQUIRE(result.failures.size() == 1);
    const auto& advice = result.failures.front().advice;
    CHECK(advice.when == plaid::resend::after_delay);
    CHECK(advice.jitter_min >= 1h);
    CHECK_FALSE(result.failures.front().resend);
    CHECK(test.time.sleeps.empty());
    CHECK(test.plaid.requests(token).size() == 1);
}

TEST_CASE("a retry budget stops a storm of 500s") {
    constexpr std::int32_t capacity = 4 * plaid::retry_budget::resend_cost;
    plaid::retry_budget budget(capacity);
    loopback test(patience, plaid::environment::sandbox, &budget);
    const auto error = stand_in_server::from(plaid_testing::sample_response(plaid::api_error::internal_server_error));
    std::size_t resends = 0, requests = 0;
    for (int i = 0; i < 10; ++i) {
        const std::string token = "access-sandbox-storm-" + std::to_string(i);
        test.plaid.script(token, {error});
        const auto result = test.client.accounts_get(token);
        CHECK_FALSE(result.body);
        resends += result.waits.size();
        requests += test.plaid.requests(token).size();
    }
    // Without the budget each of the ten requests would go three times.
    CHECK(resends == static_cast<std::size_t>(capacity / plaid::retry_budget::resend_cost));
    CHECK(requests == 10 + resends);
    CHECK(budget.available() == 0);
    CHECK(test.log.str().find("not resent: the retry budget is spent\n") != std::string::npos);
}

TEST_CASE("webhooks over loopback HTTP move an Item through login required and update mode to healthy") {
    const std::string item_id = "item-sandbox-7a1f0c52";
    const std::string token = "access-sandbox-5e0f9a3c-8d21-4b7e-9f64-2c1a7b3d8e90";
    std::ostringstream log;
    std::vector<std::string> update_mode_opened;
    sdk::items items([&](const std::string& id, const std::string&) { update_mode_opened.push_back(id); }, log);
    items.add(item_id, token);
    plaid_http::webhook_receiver receiver([&](std::string_view body) { return items.on_webhook(body); });
    REQUIRE(receiver.url().rfind("http://127.0.0.1:", 0) == 0);

    // The stand-in for Plaid delivers each webhook as Plaid does: a JSON POST to the application's URL.
    httplib::Client plaid("127.0.0.1", receiver.port());
    const auto deliver = [&](const std::string& body) {
        const auto answer = plaid.Post(plaid_http::webhook_receiver::path, body, "application/json");
        REQUIRE(answer);
        return answer->status;
    };
    const auto state = [&] {
        return receiver.between_deliveries([&] {
            const auto found = items.find(item_id);
            REQUIRE(found);
            return *found;
        });
    };

    CHECK(deliver(stand_in_webhooks::login_required(item_id)) == 200);
    CHECK(state().state == plaid::item_state::login_required);
    CHECK(state().in_update_mode);

    CHECK(deliver(stand_in_webhooks::pending_disconnect(item_id, "2026-12-24T09:00:00Z")) == 200);
    CHECK(state().state == plaid::item_state::pending_disconnect);  // kept, never removed
    CHECK(state().repair_before == "2026-12-24T09:00:00Z");

    CHECK(deliver(stand_in_webhooks::login_repaired(item_id)) == 200);
    CHECK(state().state == plaid::item_state::healthy);
    CHECK_FALSE(state().in_update_mode);
    CHECK(state().access_token == token);
    CHECK(receiver.between_deliveries([&] { return update_mode_opened; }) == std::vector<std::string>{item_id});

    // A stray request is told it is not a webhook, and changes nothing.
    CHECK(deliver(R"({"webhook_code":"ERROR"})") == 400);
    CHECK(state().state == plaid::item_state::healthy);
    CHECK(receiver.between_deliveries([&] { return log.str(); }).find(token) == std::string::npos);
}
