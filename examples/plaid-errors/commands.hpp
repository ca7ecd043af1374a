#ifndef PLAID_ERRORS_EXAMPLES_COMMANDS_HPP
#define PLAID_ERRORS_EXAMPLES_COMMANDS_HPP

#include <plaid/errors/invalid_input.hpp>

#include <string_view>
#include <vector>

/// Exit statuses shared by every subcommand.
namespace exit_status {
inline constexpr int ok = 0;
inline constexpr int not_ok = 1;  ///< the input was not what was asked (not a Plaid error, inconsistent token)
inline constexpr int usage = 2;
inline constexpr int unknown_code = 3;
}  // namespace exit_status

using arguments = std::vector<std::string_view>;

int run_explain(const arguments& args);
int run_list(const arguments& args);
int run_parse(const arguments& args);
int run_fixture(const arguments& args);
int run_check_token(const arguments& args);

/// Prints everything the taxonomy holds about one code.
void print_code_info(const plaid::code_info& entry);

#endif
