#include <plaid/errors/format.hpp>
#include <plaid/errors/parse.hpp>

#include <iostream>
#include <string_view>

// What a program does after a failed Plaid call: parse the body, switch on the code where it
// knows one, else act on the remedy the code's action plan calls for.
void handle_failure(std::string_view body, int http_status) {
    const plaid::parse_result result = plaid::parse_error(body, http_status);
    if (!result) {  // a proxy's HTML page, a cut body: what is wrong, and where
        std::cout << "not a Plaid error: " << result.failure().message << "\n";
        return;
    }
    const plaid::error& error = *result;
    std::cout << error << "\n";  // one log line, tokens redacted, controls escaped

    if (error.code == plaid::item_error::item_login_required) {
        std::cout << "-> open Link in update mode for this Item\n";
        return;
    }
    switch (plaid::primary_remedy(error.code.value_or(plaid::code{}))) {
        case plaid::remedy::retry_later: std::cout << "-> resend with backoff\n"; break;
        case plaid::remedy::wait_for_webhook: std::cout << "-> resend after the product's webhook\n"; break;
        case plaid::remedy::remove_item: std::cout << "-> call /item/remove, then offer a new Link session\n"; break;
        case plaid::remedy::relink: std::cout << "-> send the user through Link\n"; break;
        case plaid::remedy::ask_user: std::cout << "-> show display_message to the user\n"; break;
        case plaid::remedy::fix_integration: std::cout << "-> a bug or a setting: report it, do not resend\n"; break;
        case plaid::remedy::contact_plaid: std::cout << "-> ask Plaid\n"; break;
        case plaid::remedy::unknown: std::cout << "-> a code this library does not know: log it\n"; break;
    }
}

int main() {
    handle_failure(R"({"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED",)"
                   R"("error_message":"the login details of this item have changed","display_message":null,)"
                   R"("request_id":"HNTDNrA8F1shFEW"})",
                   400);
    handle_failure(R"({"error_type":"RATE_LIMIT_EXCEEDED","error_code":"RATE_LIMIT",)"
                   R"("error_message":"rate limit exceeded","display_message":null,"request_id":"r2"})",
                   429);
    handle_failure(R"({"error_type":"ITEM_ERROR","error_code":"A_CODE_ADDED_LATER","error_message":"new",)"
                   R"("display_message":null,"request_id":"r3"})",
                   400);
    handle_failure("<html><body>502 Bad Gateway</body></html>", 502);
}
