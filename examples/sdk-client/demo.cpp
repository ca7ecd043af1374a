// Replays one HTTP reply (status and body file) to the example client and
// prints what the application would do: sdk-client-demo STATUS BODY_FILE
#include <charconv>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "plaid_client.hpp"

namespace {

/// Answers every request with the same reply, as a misbehaving server would.
class replay : public sdk::transport {
public:
    explicit replay(sdk::http_reply reply) : reply_(std::move(reply)) {}
    sdk::http_reply post(const std::string&, const std::string&) override { return reply_; }

private:
    sdk::http_reply reply_;
};

/// One step in words; the plan names what to send where it is not the same request.
std::string describe(const sdk::api_error& e, next_step step) {
    const auto plan = e.plan();
    const std::string call = plan && !plan->next_call.empty() ? std::string(plan->next_call) : "the call the plan names";
    switch (step) {
        case next_step::remove_item: return "remove the Item";
        case next_step::contact_plaid: return "contact Plaid; the request is not resent";
        case next_step::fix_integration:
            if (plan && plan->next == plaid::next_request::different_call) return "make the next call: " + call;
            return "fix the integration; the request is not resent";
        case next_step::ask_user: return "ask the user to act at their bank";
        case next_step::relink:
            return std::string("ask the user to relink (") +
                   (e.link() == plaid::link_action::update_mode ? "Link in update mode" : "a new Link session") + ")";
        case next_step::wait_for_webhook: return "wait for the product's webhook, then resend";
        case next_step::retry:
            if (plan && plan->next == plaid::next_request::restart_pagination)
                return "restart the pagination from its first cursor";
            if (plan && plan->next == plaid::next_request::different_call) return "later, make the next call: " + call;
            return "retry later";
        case next_step::report: break;
    }
    return "report the error";
}

/// Every step, in order.
std::string describe(const sdk::api_error& e) {
    std::string out;
    for (auto step : e.steps()) out += (out.empty() ? "" : ", then ") + describe(e, step);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: sdk-client-demo STATUS BODY_FILE\n";
        return 2;
    }
    int status = 0;
    const char* status_end = argv[1] + std::strlen(argv[1]);
    if (std::from_chars(argv[1], status_end, status).ptr != status_end) {
        std::cerr << "sdk-client-demo: STATUS must be a number\n";
        return 2;
    }
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
        std::cerr << "sdk-client-demo: cannot read " << argv[2] << '\n';
        return 2;
    }
    replay http({status, std::string(std::istreambuf_iterator<char>(in), {})});
    // A replay has nothing to wait for: the client logs each wait, the demo skips it.
    sdk::client_options options;
    options.sleep = [](std::chrono::milliseconds) {};
    sdk::client plaid(http, std::cout, options);
    try {
        std::cout << plaid.accounts_get("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6") << '\n';
        return 0;
    } catch (const sdk::api_error& e) {
        std::cout << "next step: " << describe(e) << " (" << e.code().message() << ")\n";
        return 1;
    }
}
