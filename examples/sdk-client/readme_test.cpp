#include <plaid/errors/catch2.hpp>
#include <plaid/errors/testing.hpp>

#include <sstream>
#include <string>

#include "plaid_client.hpp"

/// The HTTP layer, answering with a fixture.
struct fixture_transport : sdk::transport {
    plaid_testing::http_response response;
    sdk::http_reply post(const std::string&, const std::string&) override { return {response.status, response.body}; }
};

TEST_CASE("a login that changed sends the user through update mode and logs the request_id") {
    fixture_transport http;
    http.response = plaid_testing::error_response(plaid::item_error::item_login_required)
                        .request_id("req-1")
                        .response();
    REQUIRE_THAT(http.response.body, plaid_testing::CallsFor(plaid::remedy::relink));

    std::ostringstream log;
    sdk::client client(http, log);
    try {
        client.accounts_get("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");
        FAIL("accounts_get returned");
    } catch (const sdk::api_error& e) {
        CHECK(e.next() == next_step::relink);
        CHECK(e.link() == plaid::link_action::update_mode);
        CHECK_THAT(*e.plaid_error(), plaid_testing::IsPlaidError(plaid::item_error::item_login_required));
        CHECK(log.str().find("(request_id req-1)") != std::string::npos);
    }
}
