#include <plaid/errors/code_info.hpp>
#include <plaid/errors/json.hpp>

#include <iostream>
#include <string>

int main() {
    const std::string body = R"({"error_type":"ITEM_ERROR","error_code":"USER_PERMISSION_REVOKED",)"
                             R"("error_message":"the holder of this account has revoked their permission",)"
                             R"("display_message":null,"status":400})";
    const plaid::parse_result result = plaid::parse_error(body);
    if (!result) {
        std::cerr << "not a Plaid error: " << result.failure().message << "\n";
        return 1;
    }
    const plaid::error& error = *result;
    std::cout << error.type_name << " / " << error.code_name << ", HTTP " << error.status.value_or(0) << "\n";
    if (error.code) {
        const plaid::code_info info = plaid::info(*error.code);
        std::cout << info.summary << "\n";
        if (!error.documented_pair())
            std::cout << "(the docs list this code as " << plaid::to_string(info.type) << ")\n";
        if (info.plan.remove_item) std::cout << "remove the Item, then send the user through Link\n";
    }

    // Unknown types and codes survive a round trip through nlohmann/json.
    const nlohmann::json json = error;
    std::cout << "round trip: " << (json.get<plaid::error>() == error ? "equal" : "different") << "\n";

    // An HTML page from a proxy is a clear failure, not an exception.
    const auto page = plaid::parse_error("<html><body>502 Bad Gateway</body></html>", 502);
    std::cout << plaid::to_string(page.failure().kind) << " at byte " << page.failure().offset.value_or(0) << "\n";
}
