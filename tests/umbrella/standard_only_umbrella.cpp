// What the README promises of <plaid/errors.hpp>: the one include of this library that a program
// using only the standard library needs. Built against plaid_errors::core alone, so that a header
// reaching for nlohmann/json fails the build too.
#include <plaid/errors.hpp>

#include <cstdio>
#include <sstream>
#include <string>
#include <system_error>

int main() {
    int failures = 0;
    const auto expect = [&failures](bool holds, const char* what) {
        if (!holds) std::printf("failed: %s\n", what), ++failures;
    };

    const plaid::parse_result result = plaid::parse_error(R"({"error_type":"ITEM_ERROR","error_code":"ITEM_LOCKED"})");
    expect(result.has_value(), "parse_error reads a body");
    if (result) {
        const plaid::error& error = *result;
        expect(error.code == plaid::item_error::item_locked, "the parsed code");
    }

    const std::error_code ec = plaid::item_error::item_locked;
    expect(ec == plaid::make_error_code(plaid::item_error::item_locked), "std::error_code of a code enum");

    std::ostringstream out;
    out << plaid::code(plaid::item_error::item_locked) << ' ' << plaid::item_error::item_locked;
    expect(out.str() == "ITEM_LOCKED ITEM_LOCKED", "operator<< of a code and of a code enum");

    const std::string token = "access-production-de3ce8ef-33f8-452c-a685-8671031fc0f6";
    expect(plaid::inspect_token(token).well_formed(), "inspect_token");
    expect(plaid::check_token(plaid::environment::sandbox, plaid::token_kind::access_token, token).has_value(),
           "check_token: a production token sent to the sandbox");
    expect(plaid::redact_token(token).find("de3ce8ef") == std::string::npos, "redact_token");
    expect(plaid::loggable("a\nb").find('\n') == std::string::npos, "loggable");
    expect(plaid::info(plaid::item_error::item_locked).summary.size() > 0, "info");
    return failures == 0 ? 0 : 1;
}
