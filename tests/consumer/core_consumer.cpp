/// Built by the consumer tests against plaid_errors::core and plaid_errors_core.pc, with a
/// <nlohmann/json.hpp> that stops the build first on the include path: the core headers
/// must not need it.
#include <plaid/errors.hpp>
#include <plaid/errors/error_code.hpp>
#include <plaid/errors/format.hpp>
#include <plaid/errors/redact.hpp>

#include <iostream>
#include <sstream>

int main() {
    const auto code = plaid::to_code("INVALID_INPUT", "INVALID_ACCESS_TOKEN");
    if (!code || *code != plaid::code(plaid::invalid_input::invalid_access_token) ||
        plaid::make_error_code(*code) != plaid::remedy::fix_integration) {
        std::cerr << "looking up a documented code failed\n";
        return 1;
    }
    std::ostringstream name;
    name << *code;
    if (name.str().find("INVALID_ACCESS_TOKEN") == std::string::npos) {
        std::cerr << "printing a code gave '" << name.str() << "'\n";
        return 1;
    }
    std::cout << plaid::info(*code).doc_url << "\n";
    return 0;
}
