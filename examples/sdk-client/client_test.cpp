// Unit tests of the example client, its HTTP layer replaced by the library's fixtures.
#include <plaid/errors/catch2.hpp>
#include <plaid/errors/testing.hpp>

#include <algorithm>
#include <chrono>
#include <deque>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "plaid_client.hpp"

using plaid::remedy;
using plaid_testing::error_response;
using std::chrono::milliseconds;

namespace {

/// Plays back queued replies, the last one for good, and records the requests.
class scripted_transport : public sdk::transport {
public:
    scripted_transport& then(const plaid_testing::http_response& response) {
        return then(sdk::http_reply{response.status, response.body});
    }
    scripted_transport& then(sdk::http_reply reply) {
        replies_.push_back(std::move(reply));
        return *this;
    }

    sdk::http_reply post(const std::string& path, const std::string& json_body) override {
        requests.push_back(path + " " + json_body);
        REQUIRE_FALSE(replies_.empty());
        auto reply = replies_.front();
        if (replies_.size() > 1) replies_.pop_front();
        return reply;
    }

    std::vector<std::string> requests;

private:
    std::deque<sdk::http_reply> replies_;
};

const std::string token = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";
constexpr auto env = plaid::environment::sandbox;

/// A clock that moves only when the client sleeps on it.
struct fake_clock {
    milliseconds elapsed{0};
    std::vector<milliseconds> sleeps;
};

sdk::client_options options_on(fake_clock& time, plaid::environment where = env) {
    sdk::client_options options;
    options.env = where;
    options.seed = std::random_device{}();
    UNSCOPED_INFO("seed " << *options.seed);
    options.sleep = [&time](milliseconds delay) {
        time.sleeps.push_back(delay);
        time.elapsed += delay;
    };
    return options;
}

/// A client on `http` that sleeps on a fake clock.
struct test_client {
    explicit test_client(scripted_transport& http, plaid::environment where = env)
        : client(http, log, options_on(time, where)) {}

    /// The failure `accounts_get` throws.
    sdk::api_error failure() {
        std::optional<sdk::api_error> caught;
        try {
            client.accounts_get(token);
        } catch (const sdk::api_error& e) {
            caught = e;
        }
        REQUIRE(caught);
        return *caught;
    }

    std::ostringstream log;
    fake_clock time;
    sdk::client client;
};

/// `e` as `plaid::advise` reads it.
plaid::failed_request request_of(const sdk::api_error& e) {
    if (e.plaid_error()) return *e.plaid_error();
    return plaid::failed_request::unreadable_body(e.http_status());
}

/// The client resent `e`'s request exactly as the advice for each attempt
/// says, each wait within that attempt's jitter, and gave up at the first
/// failure it does not resend or resends later than the client waits.
void check_follows_advice(const test_client& plaid, const scripted_transport& http, const sdk::api_error& e) {
    const auto attempts = static_cast<unsigned>(http.requests.size());
    REQUIRE(plaid.time.sleeps.size() + 1 == attempts);
    for (unsigned attempt = 1; attempt < attempts; ++attempt) {
        const auto advice = plaid::advise(request_of(e), "/accounts/get", env, attempt);
        const auto wait = plaid.time.sleeps[attempt - 1];
        CAPTURE(attempt, wait.count(), advice.jitter_min.count(), advice.jitter_max.count());
        CHECK(advice.when == plaid::resend::after_delay);
        CHECK(wait >= advice.floor);
        CHECK(wait >= advice.jitter_min);
        CHECK(wait <= advice.jitter_max);
        CHECK(plaid.log.str().find("resent in " + std::to_string(wait.count()) + " ms\n") != std::string::npos);
    }
    const auto last = plaid::advise(request_of(e), "/accounts/get", env, attempts);
    CHECK(e.advice().attempt == attempts);
    CHECK(e.advice().when == last.when);
    CHECK(e.advice().floor == last.floor);
    CHECK((!e.resendable() || e.advice().jitter_max > sdk::client_options{}.longest_wait));
}

/// The remedy a step acts on.
remedy remedy_of(next_step step) {
    switch (step) {
        case next_step::remove_item: return remedy::remove_item;
        case next_step::relink: return remedy::relink;
        case next_step::fix_integration: return remedy::fix_integration;
        case next_step::contact_plaid: return remedy::contact_plaid;
        case next_step::ask_user: return remedy::ask_user;
        case next_step::wait_for_webhook: return remedy::wait_for_webhook;
        case next_step::retry: return remedy::retry_later;
        case next_step::report: break;
    }
    return remedy::unknown;
}

std::vector<plaid::code> codes(plaid::code_range range) {
    std::vector<plaid::code> out;
    for (plaid::code code : range) out.push_back(code);
    return out;
}

}  // namespace

TEST_CASE("every documented response is decided by the remedies its code calls for") {
    const auto code = GENERATE(from_range(codes(plaid::all_codes())));
    CAPTURE(code, code.type());
    scripted_transport http;
    http.then(plaid_testing::sample_response(code));
    test_client plaid(http);
    const auto e = plaid.failure();

    CHECK(e.http_status() == code.http_status());
    REQUIRE(e.plaid_error());
    CHECK_THAT(*e.plaid_error(), plaid_testing::IsPlaidError(code));
    CHECK(e.plaid_error()->documented_pair());
    CHECK(e.code() == plaid::make_error_code(code));
    REQUIRE(e.plaid_error()->request_id);
    CHECK(plaid.log.str().find("(request_id " + *e.plaid_error()->request_id + ")") != std::string::npos);

    // The plan where the request went: Sandbox, /accounts/get.
    const auto plan = plaid::plan_for(code, {"/accounts/get", env});
    REQUIRE(plan);
    const auto step = e.next();
    CAPTURE(plaid::primary_remedy(*plan), remedy_of(step));
    CHECK(remedy_of(step) == plaid::primary_remedy(*plan));
    // One step for each remedy the code calls for, none left out, in the rules' order.
    std::size_t called_for = 0;
    for (auto what : plaid::remedies_in_order) called_for += plaid::calls_for(*plan, what) ? 1 : 0;
    const auto steps = e.steps();
    CHECK(steps.size() == called_for);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        CHECK(plaid::calls_for(*plan, remedy_of(steps[i])));
        if (i > 0) CHECK(static_cast<int>(steps[i - 1]) < static_cast<int>(steps[i]));
    }
    const auto takes = [&steps](next_step s) { return std::find(steps.begin(), steps.end(), s) != steps.end(); };
    CHECK(takes(next_step::remove_item) == plan->remove_item);
    CHECK(takes(next_step::relink) == (plan->link != plaid::link_action::none));
    CHECK(e.link() == plan->link);
    CHECK(e.remove_item() == plan->remove_item);

    check_follows_advice(plaid, http, e);
}

TEST_CASE("a login that changed sends the user through Link's update mode") {
    scripted_transport http;
    http.then(plaid_testing::sample_response(plaid::item_error::item_login_required));
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.next() == next_step::relink);
    CHECK(e.link() == plaid::link_action::update_mode);
    CHECK_FALSE(e.remove_item());
    CHECK(http.requests.size() == 1);
}

TEST_CASE("a revoked Item is removed and the user relinks in a new session, whatever the error_type says") {
    scripted_transport http;
    http.then(error_response(plaid::invalid_input::user_permission_revoked)
                  .type(plaid::error_type::item_error)
                  .response());
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK_FALSE(e.plaid_error()->documented_pair());
    CHECK(e.next() == next_step::remove_item);
    CHECK(e.steps() == std::vector<next_step>{next_step::remove_item, next_step::relink});
    CHECK(e.link() == plaid::link_action::new_link_session);
    CHECK(e.remove_item());
}

TEST_CASE("an expired link token is fixed, then the user goes through Link again") {
    scripted_transport http;
    http.then(plaid_testing::sample_response(plaid::invalid_input::invalid_link_token));
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.steps() == std::vector<next_step>{next_step::fix_integration, next_step::relink});
    CHECK(e.link() == plaid::link_action::new_link_session);
    CHECK(http.requests.size() == 1);
}

TEST_CASE("a locked account is unlocked at the bank before update mode") {
    scripted_transport http;
    http.then(plaid_testing::sample_response(plaid::item_error::item_locked));
    test_client plaid(http);
    CHECK(plaid.failure().steps() == std::vector<next_step>{next_step::ask_user, next_step::relink});
}

TEST_CASE("a transient failure whose next request is not the same one is left to the application") {
    scripted_transport http;
    http.then(plaid_testing::sample_response(plaid::transactions_error::transactions_sync_mutation_during_pagination));
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.next() == next_step::retry);
    CHECK_FALSE(e.resendable());
    CHECK(http.requests.size() == 1);
}

TEST_CASE("rate limits are resent after the window their limit counts, or left to the application") {
    const auto code = GENERATE(from_range(codes(plaid::codes_of(plaid::error_type::rate_limit_exceeded))));
    CAPTURE(code);
    scripted_transport http;
    http.then(plaid_testing::sample_response(code)).then(sdk::http_reply{200, R"({"accounts":[]})"});
    test_client plaid(http);
    const auto advice = plaid::advise(code, "/accounts/get", env, 1);
    if (advice.when == plaid::resend::after_delay && advice.jitter_max <= sdk::client_options{}.longest_wait) {
        CHECK(plaid.client.accounts_get(token) == R"({"accounts":[]})");
        CHECK(http.requests.size() == 2);
        REQUIRE(plaid.time.sleeps.size() == 1);
        // No resend within the window: it would count against the same limit.
        CHECK(plaid.time.sleeps.front() >= std::chrono::minutes(1));
        CHECK(plaid.time.sleeps.front() >= advice.floor);
    } else {
        // A limit that waiting does not lift (CREDITS_EXHAUSTED), or lifts only after longer
        // than the client waits, is not resent, its HTTP 429 notwithstanding.
        const auto e = plaid.failure();
        CHECK_FALSE((e.resendable() && e.advice().jitter_min <= sdk::client_options{}.longest_wait));
        CHECK(http.requests.size() == 1);
        CHECK(plaid.time.sleeps.empty());
    }
}

/// Answers BALANCE_LIMIT until a minute has passed on the client's clock since
/// the first request, as Plaid's per-Item limit on `/accounts/balance/get` does.
class balance_limit_for_a_minute : public sdk::transport {
public:
    explicit balance_limit_for_a_minute(const fake_clock& time) : time_(time) {}

    sdk::http_reply post(const std::string& path, const std::string&) override {
        paths.push_back(path);
        if (time_.elapsed < std::chrono::minutes(1)) {
            const auto limit = plaid_testing::sample_response(plaid::rate_limit_exceeded::balance_limit);
            return {limit.status, limit.body};
        }
        return {200, R"({"accounts":[]})"};
    }

    std::vector<std::string> paths;

private:
    const fake_clock& time_;
};

TEST_CASE("BALANCE_LIMIT in Production is resent exactly once, after the minute its limit counts") {
    fake_clock clock;
    balance_limit_for_a_minute http(clock);
    std::ostringstream log;
    sdk::client client(http, log, options_on(clock, plaid::environment::production));

    CHECK(client.accounts_balance_get("access-production-0b7e6a8c-21c4-4c07-9f4e-3c1d2a5b6e7f") == R"({"accounts":[]})");
    CHECK(http.paths == std::vector<std::string>{"/accounts/balance/get", "/accounts/balance/get"});
    REQUIRE(clock.sleeps.size() == 1);
    const auto advice = plaid::advise(plaid::rate_limit_exceeded::balance_limit, "/accounts/balance/get",
                                      plaid::environment::production, 1);
    CHECK(advice.floor == std::chrono::minutes(1));
    CHECK(clock.sleeps.front() >= advice.floor);
    CHECK(clock.sleeps.front() <= advice.jitter_max);
}

TEST_CASE("a failure Plaid must act on first is not resent, though its step is to retry later") {
    scripted_transport http;
    http.then(plaid_testing::sample_response(plaid::transfer_error::incomplete_customer_onboarding));
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.next() == next_step::retry);
    CHECK(e.advice().when == plaid::resend::after_action);
    CHECK_FALSE(e.resendable());
    CHECK(http.requests.size() == 1);
    CHECK(plaid.time.sleeps.empty());
}

TEST_CASE("an institution that does not respond is not resent within the hour: the application retries later") {
    scripted_transport http;
    http.then(plaid_testing::sample_response(plaid::institution_error::institution_not_responding));
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.next() == next_step::retry);
    CHECK(e.code() == remedy::retry_later);
    CHECK(e.resendable());
    CHECK(e.advice().jitter_min >= std::chrono::hours(1));
    CHECK(http.requests.size() == 1);
    CHECK(plaid.time.sleeps.empty());
    CHECK(plaid.log.str().find("plaid: POST /accounts/get not resent: the advice waits ") != std::string::npos);
}

TEST_CASE("data that is not ready waits for the webhook instead of being resent") {
    scripted_transport http;
    http.then(plaid_testing::sample_response(plaid::item_error::product_not_ready));
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.next() == next_step::wait_for_webhook);
    CHECK(e.code() == remedy::wait_for_webhook);
    CHECK(http.requests.size() == 1);
    CHECK(plaid.time.sleeps.empty());
}

TEST_CASE("an integration error is reported at once, with its request_id logged") {
    scripted_transport http;
    http.then(error_response(plaid::invalid_input::invalid_access_token).request_id("req-7Xy").response());
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.next() == next_step::fix_integration);
    CHECK(e.code() == remedy::fix_integration);
    CHECK(http.requests.size() == 1);
    CHECK(plaid.log.str() ==
          "plaid: POST /accounts/get attempt 1 failed with HTTP 400: INVALID_INPUT INVALID_ACCESS_TOKEN: "
          "could not find matching access token (request_id req-7Xy)\n");
}

TEST_CASE("server errors are resent, then surfaced") {
    const auto server_error = error_response(plaid::api_error::internal_server_error).request_id("req-500");

    SECTION("a resend that succeeds returns the body") {
        scripted_transport http;
        http.then(server_error.response()).then(sdk::http_reply{200, R"({"accounts":[]})"});
        test_client plaid(http);
        CHECK(plaid.client.accounts_get(token) == R"({"accounts":[]})");
        CHECK(http.requests.size() == 2);
        REQUIRE(plaid.time.sleeps.size() == 1);
        CHECK(plaid.time.sleeps.front() >= plaid::retry_rules::transient_floor);
        CHECK(plaid.log.str().find("(request_id req-500)") != std::string::npos);
    }
    SECTION("repeated failures give up with next_step::retry") {
        scripted_transport http;
        http.then(server_error.response());
        test_client plaid(http);
        const auto e = plaid.failure();
        CHECK(http.requests.size() == plaid::retry_rules::max_attempts);
        CHECK(e.advice().attempts_exhausted);
        CHECK(e.next() == next_step::retry);
        check_follows_advice(plaid, http, e);
        CHECK_THAT(*e.plaid_error(), plaid_testing::IsPlaidError(plaid::api_error::internal_server_error));
    }
    SECTION("a proxy's HTML page has no remedy: the advice reads its HTTP status as transient") {
        scripted_transport http;
        http.then(sdk::http_reply{502, "<html>Bad Gateway</html>"});
        test_client plaid(http);
        const auto e = plaid.failure();
        CHECK_FALSE(e.plaid_error());
        CHECK(e.code() == std::errc::protocol_error);
        CHECK(e.next() == next_step::retry);
        CHECK(http.requests.size() == plaid::retry_rules::max_attempts);
        check_follows_advice(plaid, http, e);
        CHECK(plaid.log.str().find("a body that is not a Plaid error") != std::string::npos);
    }
}

TEST_CASE("codes the library does not know are reported, not guessed at") {
    scripted_transport http;
    http.then(error_response(plaid::item_error::item_login_required).code("ITEM_LOGIN_FORGOTTEN").response());
    test_client plaid(http);
    const auto e = plaid.failure();
    CHECK(e.next() == next_step::report);
    CHECK(e.code().value() == plaid::unlisted_code);
    CHECK(e.code() == remedy::unknown);
    CHECK(e.plaid_error()->code_name == "ITEM_LOGIN_FORGOTTEN");
    CHECK(http.requests.size() == 1);
}

TEST_CASE("a message with line breaks stays on one log line") {
    scripted_transport http;
    http.then(error_response(plaid::invalid_input::invalid_product).error_message("first\nsecond").response());
    test_client plaid(http);
    plaid.failure();
    CHECK(plaid.log.str().find("first\\nsecond") != std::string::npos);
    CHECK(plaid.log.str().find('\n') == plaid.log.str().size() - 1);
}
