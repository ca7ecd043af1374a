#include <plaid/errors/code_info.hpp>
#include <plaid/errors/fmt.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/testing.hpp>

#include <spdlog/spdlog.h>

#include <string>

int main() {
    spdlog::set_pattern("[%l] %v");

    const auto response = plaid_testing::sample_response(plaid::item_error::item_login_required);
    const plaid::parse_result result = plaid::parse_error(response.body, response.status);
    if (!result) {
        spdlog::critical("not a Plaid error: {}", result.failure().kind);
        return 1;
    }
    spdlog::error("plaid: {}", *result);
    if (result->code) {
        const plaid::code code = *result->code;
        spdlog::info("{:<20} remedy {}", code, plaid::primary_remedy(plaid::info(code).plan));
    }

    // A body that echoes a token and carries a line break and a terminal escape
    // still logs as one line, the token redacted.
    const std::string echoing = R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN",)"
                                R"("error_message":"no access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6\n\u001b[2J",)"
                                R"("request_id":"r1"})";
    if (const auto echoed = plaid::parse_error(echoing)) spdlog::warn("plaid: {}", *echoed);
}
