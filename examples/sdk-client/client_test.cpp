// Unit tests of the example client, its HTTP layer replaced by the library's fixtures.
#include <plaid/errors/catch2.hpp>
#include <plaid/errors/testing.hpp>

#include <deque>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "plaid_client.hpp"

using plaid::invalid_input;
using plaid::remedy;
using plaid::testing::error_response;

namespace {

/// Plays back queued replies and records the requests.
class scripted_transport : public sdk::transport {
public:
    scripted_transport& then(const plaid::testing::http_response& response) {
        replies_.push_back({response.status, response.body});
        return *this;
    }
    scripted_transport& then(sdk::http_reply reply) {
        replies_.push_back(std::move(reply));
        return *this;
    }

    sdk::http_reply post(const std::string& path, const std::string& json_body) override {
        requests.push_back(path + " " + json_body);
        REQUIRE_FALSE(replies_.empty());
        auto reply = std::move(replies_.front());
        replies_.pop_front();
        return reply;
    }

    std::vector<std::string> requests;

private:
    std::deque<sdk::http_reply> replies_;
};

const std::string token = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";

/// The failure `accounts_get` throws for the scripted replies.
sdk::api_error failure_of(scripted_transport& http, std::ostream& log) {
    sdk::client plaid(http, log);
    std::optional<sdk::api_error> caught;
    try {
        plaid.accounts_get(token);
    } catch (const sdk::api_error& e) {
        caught = e;
    }
    REQUIRE(caught);
    return *caught;
}

}  // namespace

TEST_CASE("every documented 400 becomes an api_error with the code and the remedy's next step") {
    const auto code = GENERATE(from_range(plaid::all_invalid_input_codes));
    scripted_transport http;
    http.then(plaid::testing::sample_response(code));
    std::ostringstream log;
    const auto e = failure_of(http, log);

    CHECK(http.requests.size() == 1);
    CHECK(e.http_status() == 400);
    CHECK(e.code() == code);
    REQUIRE(e.plaid_error());
    CHECK_THAT(*e.plaid_error(), plaid::testing::is_error(code));
    CHECK(log.str().find("(request_id HNTDNrA8F1shFEW)") != std::string::npos);

    const std::error_code ec = code;
    if (ec == remedy::relink)
        CHECK(e.next() == next_step::relink);
    else if (ec == remedy::fix_integration || ec == remedy::contact_plaid)
        CHECK(e.next() == next_step::fix_configuration);
    else
        CHECK(e.next() == next_step::ask_user);
}

TEST_CASE("an expired access token is surfaced as a configuration error with its request_id logged") {
    scripted_transport http;
    http.then(error_response(invalid_input::invalid_access_token).request_id("req-7Xy").response());
    std::ostringstream log;
    const auto e = failure_of(http, log);
    CHECK(e.next() == next_step::fix_configuration);
    CHECK(log.str() ==
          "plaid: POST /accounts/get attempt 1 failed with HTTP 400: INVALID_INPUT INVALID_ACCESS_TOKEN: "
          "could not find matching access token (request_id req-7Xy)\n");
}

TEST_CASE("a revoked Item asks the user to relink, whatever the error_type says") {
    scripted_transport http;
    http.then(error_response(invalid_input::user_permission_revoked).type(plaid::error_type::item_error).response());
    std::ostringstream log;
    const auto e = failure_of(http, log);
    CHECK(e.next() == next_step::relink);
    CHECK(e.code() == remedy::remove_item);
}

TEST_CASE("transient failures are retried, then surfaced") {
    const auto server_error = error_response(invalid_input::invalid_api_keys)
                                  .status(500)
                                  .type("API_ERROR")
                                  .code("INTERNAL_SERVER_ERROR")
                                  .error_message("an unexpected error occurred")
                                  .request_id("req-500");

    SECTION("a retry that succeeds returns the body") {
        scripted_transport http;
        http.then(server_error.response()).then(sdk::http_reply{200, R"({"accounts":[]})"});
        std::ostringstream log;
        sdk::client plaid(http, log);
        CHECK(plaid.accounts_get(token) == R"({"accounts":[]})");
        CHECK(http.requests.size() == 2);
        CHECK(log.str().find("(request_id req-500)") != std::string::npos);
    }
    SECTION("three failures give up with next_step::retry") {
        scripted_transport http;
        http.then(server_error.response()).then(server_error.response()).then(server_error.response());
        std::ostringstream log;
        const auto e = failure_of(http, log);
        CHECK(http.requests.size() == 3);
        CHECK(e.next() == next_step::retry);
        CHECK_THAT(*e.plaid_error(), plaid::testing::is_error("INTERNAL_SERVER_ERROR"));
        CHECK(e.code() == remedy::unknown);
    }
    SECTION("a proxy's HTML page is retried and reported without a Plaid error") {
        scripted_transport http;
        for (int i = 0; i < 3; ++i) http.then(sdk::http_reply{502, "<html>Bad Gateway</html>"});
        std::ostringstream log;
        const auto e = failure_of(http, log);
        CHECK_FALSE(e.plaid_error());
        CHECK(e.code() == std::errc::protocol_error);
        CHECK(log.str().find("a body that is not a Plaid error") != std::string::npos);
    }
}

TEST_CASE("codes the library does not know are reported, not guessed at") {
    scripted_transport http;
    http.then(error_response(invalid_input::invalid_api_keys).type("ITEM_ERROR").code("ITEM_LOGIN_REQUIRED").response());
    std::ostringstream log;
    const auto e = failure_of(http, log);
    CHECK(e.next() == next_step::report);
    CHECK(e.code().value() == plaid::unlisted_code);
    CHECK(e.plaid_error()->code_name == "ITEM_LOGIN_REQUIRED");
}

TEST_CASE("a message with line breaks stays on one log line") {
    scripted_transport http;
    http.then(error_response(invalid_input::invalid_product).error_message("first\nsecond").response());
    std::ostringstream log;
    failure_of(http, log);
    CHECK(log.str().find("first\\nsecond") != std::string::npos);
    CHECK(log.str().find('\n') == log.str().size() - 1);
}
