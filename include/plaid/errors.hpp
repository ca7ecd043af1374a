#ifndef PLAID_ERRORS_HPP
#define PLAID_ERRORS_HPP

/// Everything that needs only the standard library: every documented code, its
/// lookups, its action plan and its prose. The JSON parser
/// (<plaid/errors/json.hpp>) and the test helpers are included separately
/// because they pull in nlohmann/json and a test framework.
#include "errors/code.hpp"
#include "errors/code_info.hpp"
#include "errors/error_type.hpp"
#include "errors/invalid_input.hpp"

#endif
