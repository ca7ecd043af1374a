/// Built by the consumer tests the way a user's program would use the library:
/// through an installed package, through add_subdirectory, or with pkg-config flags.
#include <plaid/errors.hpp>
#include <plaid/errors/error_code.hpp>
#include <plaid/errors/json.hpp>

#include <iostream>

int main() {
    const auto parsed = plaid::parse_error(
        R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN","error_message":"could not find matching access token","display_message":null,"request_id":"HNTDNrA8F1shFEW"})",
        400);
    if (!parsed || parsed->code != plaid::code(plaid::invalid_input::invalid_access_token) ||
        plaid::make_error_code(*parsed) != plaid::remedy::fix_integration) {
        std::cerr << "parsing a documented body failed\n";
        return 1;
    }
    std::cout << plaid::info(*parsed->code).doc_url << "\n";
    return 0;
}
