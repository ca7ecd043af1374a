// The example client over real HTTP: libcurl on this thread, the stand-in
// Plaid server on its own, both on 127.0.0.1.
#include <plaid/errors/catch2.hpp>
#include <plaid/errors/testing.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "http_client.hpp"
#include "stand_in_server.hpp"

using namespace std::chrono_literals;
using plaid_http::failed_attempt;
using plaid_http::stand_in_server;
using std::chrono::milliseconds;

namespace {

const plaid_http::curl_library curl;

const std::string success_body = R"({"accounts":[],"request_id":"req-ok"})";
const stand_in_server::reply success{200, "application/json", success_body, {}};
/// Long enough for a loaded machine or valgrind; only the timeout case waits out `timeout`.
const milliseconds patience = 10s;
const milliseconds timeout = 300ms;
const plaid_http::client_options options{3, 20ms, std::random_device{}()};

/// The stand-in server and a client of it, logging to a string.
struct loopback {
    explicit loopback(milliseconds client_timeout = patience) : http(plaid.url(), client_timeout) {}

    stand_in_server plaid;
    std::ostringstream log;
    plaid_http::curl_transport http;
    plaid_http::client client{http, log, options};
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

/// The bounds of the jittered wait after `failures` failures.
void check_wait(milliseconds wait, int failures) {
    const milliseconds ceiling = options.first_delay * (1 << (failures - 1));
    CAPTURE(failures, wait.count(), ceiling.count());
    CHECK(wait >= ceiling / 2);
    CHECK(wait <= ceiling);
}

/// The server saw each resend no sooner than the client said it would wait.
void check_spacing(const std::vector<std::chrono::steady_clock::time_point>& arrivals,
                   const std::vector<milliseconds>& waits) {
    REQUIRE(arrivals.size() == waits.size() + 1);
    for (std::size_t i = 0; i < waits.size(); ++i) CHECK(arrivals[i + 1] - arrivals[i] >= waits[i]);
}

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
    CHECK(result.waits.empty());
    CHECK(test.plaid.arrivals(token).size() == 1);
    CHECK(test.log.str().find("failed with HTTP 400: ITEM_ERROR ITEM_LOGIN_REQUIRED: ") != std::string::npos);
    CHECK(test.log.str().find("\\nplaid: forged") != std::string::npos);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("a rate limit is resent after a jittered wait, then succeeds") {
    loopback test;
    const std::string token = "access-sandbox-0b7e6a8c-21c4-4c07-9f4e-3c1d2a5b6e7f";
    test.plaid.script(token,
                      {stand_in_server::from(plaid_testing::sample_response(plaid::rate_limit_exceeded::rate_limit)),
                       success});
    const auto result = test.client.accounts_get(token);

    REQUIRE(result.body);
    CHECK(*result.body == success_body);
    CHECK(result.attempts() == 2);
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures.front().http_status == 429);
    CHECK(result.failures.front().step == next_step::retry);
    CHECK_THAT(plaid_error_of(result.failures.front()), plaid_testing::CallsFor(plaid::remedy::retry_later));
    REQUIRE(result.waits.size() == 1);
    check_wait(result.waits.front(), 1);
    check_spacing(test.plaid.arrivals(token), result.waits);
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
    REQUIRE(result.failures.size() == static_cast<std::size_t>(options.max_attempts));
    for (const auto& failure : result.failures) {
        CHECK(failure.http_status == 502);
        CHECK(failure.step == next_step::retry);
        REQUIRE(std::holds_alternative<plaid::parse_failure>(failure.outcome));
        CHECK(std::get<plaid::parse_failure>(failure.outcome).kind == plaid::parse_failure_kind::not_json);
    }
    REQUIRE(result.waits.size() == static_cast<std::size_t>(options.max_attempts - 1));
    for (std::size_t i = 0; i < result.waits.size(); ++i) check_wait(result.waits[i], static_cast<int>(i) + 1);
    check_spacing(test.plaid.arrivals(token), result.waits);
    CHECK(test.log.str().find("attempt " + std::to_string(options.max_attempts) +
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
    CHECK(test.plaid.arrivals(token).size() == 1);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("a reply slower than the timeout is reported as a timeout, not resent") {
    loopback test(timeout);
    const std::string token = "access-sandbox-1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    stand_in_server::reply slow = success;
    slow.delay = 30s;  // released when the server stops
    test.plaid.script(token, {slow});
    const auto started = std::chrono::steady_clock::now();
    const auto result = test.client.accounts_get(token);
    const auto elapsed = std::chrono::steady_clock::now() - started;

    CHECK_FALSE(result.body);
    REQUIRE(result.failures.size() == 1);
    const auto& failure = result.failures.front();
    CHECK(failure.http_status == 0);
    CHECK(failure.step == next_step::report);
    REQUIRE(std::holds_alternative<plaid_http::no_reply>(failure.outcome));
    CHECK(std::get<plaid_http::no_reply>(failure.outcome).kind == plaid_http::no_reply_kind::timed_out);
    // libcurl measures its timeout on its own clock and may give up a little before this
    // clock says it is due: the check is that the client waited for a reply, then gave up.
    CHECK(elapsed >= timeout / 2);
    CHECK(elapsed < slow.delay);
    // The one request may not have reached its handler yet when the client gives up.
    CHECK(test.plaid.arrivals(token).size() <= 1);
    CHECK(test.log.str().find("no reply: timed out after " + std::to_string(timeout.count()) + " ms (") !=
          std::string::npos);
    check_log_is_safe(test.log.str(), token);
}

TEST_CASE("a server that is gone is reported as unreachable") {
    std::string url;
    {
        stand_in_server gone;
        url = gone.url();
    }
    std::ostringstream log;
    plaid_http::curl_transport http(url, patience);
    plaid_http::client client(http, log, options);
    const auto result = client.accounts_get("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");

    REQUIRE(result.failures.size() == 1);
    REQUIRE(std::holds_alternative<plaid_http::no_reply>(result.failures.front().outcome));
    CHECK(std::get<plaid_http::no_reply>(result.failures.front().outcome).kind ==
          plaid_http::no_reply_kind::unreachable);
    CHECK(result.failures.front().step == next_step::report);
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

TEST_CASE("backoff waits between half and all of a delay that doubles") {
    const auto seed = std::random_device{}();
    CAPTURE(seed);
    plaid_http::jittered_backoff backoff(options.first_delay, seed);
    for (int failures = 1; failures <= 4; ++failures) {
        std::vector<milliseconds> waits;
        for (int draw = 0; draw < 200; ++draw) waits.push_back(backoff.after(failures));
        for (const auto wait : waits) check_wait(wait, failures);
        CHECK(*std::min_element(waits.begin(), waits.end()) < *std::max_element(waits.begin(), waits.end()));
    }
}
