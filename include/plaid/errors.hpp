#ifndef PLAID_ERRORS_HPP
#define PLAID_ERRORS_HPP

/// Everything that needs only the standard library. The JSON parser
/// (<plaid/errors/json.hpp>) and the test helpers are included separately
/// because they pull in nlohmann/json and a test framework.
#include "errors/error_type.hpp"
#include "errors/invalid_input.hpp"

#endif
