/// Built by the consumer tests the way a user's program would use the library:
/// through an installed package, through add_subdirectory, or with pkg-config flags.
#include <plaid/errors.hpp>

#include <iostream>

int main() {
    const auto code = plaid::to_invalid_input("INVALID_ACCESS_TOKEN");
    if (!code || plaid::info(*code).type != plaid::error_type::invalid_input) {
        std::cerr << "taxonomy lookup failed\n";
        return 1;
    }
    std::cout << plaid::info(*code).doc_url << "\n";
    return 0;
}
