// The names kept for one release after they were replaced (README, "Changes"):
// each still compiles and gives what its replacement gives. This file alone
// is built without deprecation warnings.
#include <plaid/errors/invalid_input.hpp>

#include <catch.hpp>

TEST_CASE("to_invalid_input is to_code<invalid_input>") {
    for (plaid::code c : plaid::all_invalid_input_codes) {
        CAPTURE(c.name());
        CHECK(plaid::to_invalid_input(c.name()) == plaid::to_code<plaid::invalid_input>(c.name()));
    }
    CHECK_FALSE(plaid::to_invalid_input("ITEM_LOGIN_REQUIRED"));
}
