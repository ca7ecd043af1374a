#ifndef PLAID_ERRORS_HPP
#define PLAID_ERRORS_HPP

/// Every documented code, its lookups, its action plan and its prose, with the
/// standard library only. The body parser (<plaid/errors/parse.hpp>, standard
/// library only too) is included separately: its result types bring in
/// <string>, <vector> and <variant>, which a translation unit that only looks
/// codes up would pay for. nlohmann/json conversions
/// (<plaid/errors/json.hpp>) and the test helpers pull in nlohmann/json and a
/// test framework.
#include "errors/code.hpp"
#include "errors/code_info.hpp"
#include "errors/error_type.hpp"
#include "errors/invalid_input.hpp"

#endif
