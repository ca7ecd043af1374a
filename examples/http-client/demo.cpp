// Starts the stand-in Plaid server on 127.0.0.1, sends it one request per
// scenario with libcurl and prints what the application does about each.
#include <plaid/errors/action_plan.hpp>
#include <plaid/errors/testing.hpp>

#include <chrono>
#include <iostream>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "http_client.hpp"
#include "stand_in_server.hpp"

using namespace std::chrono_literals;
using plaid_http::stand_in_server;

namespace {

/// One step of the last failure in words.
std::string describe(const plaid_http::failed_attempt& last, next_step step) {
    const auto* error = std::get_if<plaid::error>(&last.outcome);
    const plaid::action_plan* plan = error && error->code ? &error->code->plan() : nullptr;
    switch (step) {
        case next_step::remove_item: return "remove the Item";
        case next_step::relink:
            return plan && plan->link == plaid::link_action::update_mode ? "relink (Link in update mode)"
                                                                          : "relink (a new Link session)";
        case next_step::fix_integration:
            if (plan && !plan->next_call.empty()) return "call " + std::string(plan->next_call);
            return "fix the integration; the request is not resent";
        case next_step::contact_plaid: return "contact Plaid";
        case next_step::ask_user: return "ask the user to act at their bank";
        case next_step::wait_for_webhook: return "wait for the product's webhook, then resend";
        case next_step::retry:
            if (plan && plan->next == plaid::next_request::restart_pagination) return "restart the pagination";
            if (plan && !plan->next_call.empty()) return "later, call " + std::string(plan->next_call);
            return last.advice.when == plaid::resend::after_delay ? "retry later: the client gave up resending"
                                                                  : "retry later";
        case next_step::report: break;
    }
    if (const auto* none = std::get_if<plaid_http::no_reply>(&last.outcome))
        return std::string("report it: no reply, ") + to_string(none->kind);
    return "report it";
}

/// What the application does once the client has given up: every step the
/// last failure calls for, in order.
std::string act_on(const plaid_http::request_result& result) {
    if (result.body) return "use the accounts";
    const auto& last = result.failures.back();
    std::string out;
    for (auto step : last.steps) out += (out.empty() ? "" : ", then ") + describe(last, step);
    return out;
}

struct scenario {
    std::string name;
    std::string access_token;
    std::vector<stand_in_server::reply> replies;  ///< none: a token the stand-in does not know
    std::chrono::milliseconds timeout = 10s;      ///< long enough for a loaded machine
};

}  // namespace

int main() {
    const plaid_http::curl_library curl;
    stand_in_server plaid;
    std::cout << "stand-in Plaid on " << plaid.url() << "\n";

    const stand_in_server::reply success{200, "application/json", R"({"accounts":[],"request_id":"req-ok"})", {}};
    const stand_in_server::reply proxy_page{502, "text/html", "<html><body>502 Bad Gateway</body></html>\r\n", {}};
    stand_in_server::reply slow = success;
    slow.delay = 30s;  // released when the server stops

    const std::vector<scenario> scenarios{
        {"ITEM_LOGIN_REQUIRED",
         "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
         {stand_in_server::from(plaid_testing::sample_response(plaid::item_error::item_login_required))}},
        {"INTERNAL_SERVER_ERROR then success",
         "access-sandbox-0b7e6a8c-21c4-4c07-9f4e-3c1d2a5b6e7f",
         {stand_in_server::from(plaid_testing::sample_response(plaid::api_error::internal_server_error)), success}},
        {"HTML 502 from a proxy", "access-sandbox-5d3f9e2a-7b1c-4e8d-a6f0-9c2b4d6e8f10", {proxy_page}},
        {"INVALID_ACCESS_TOKEN", "access-sandbox-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", {}},
        {"slow reply", "access-sandbox-1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", {slow}, 500ms},
    };

    for (const auto& s : scenarios) {
        plaid_http::curl_transport http(plaid.url(), s.timeout);
        plaid_http::client client(http, std::cout, {plaid::environment::sandbox, 2s, std::nullopt, nullptr, {}});
        if (!s.replies.empty()) plaid.script(s.access_token, s.replies);
        const auto result = client.accounts_get(s.access_token);
        std::cout << s.name << ", " << result.attempts() << (result.attempts() == 1 ? " attempt: " : " attempts: ")
                  << act_on(result) << '\n';
    }
}
