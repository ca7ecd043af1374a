// The names kept for one release after they were replaced (README, "Changes"):
// each still compiles and gives what its replacement gives. This file alone
// is built without deprecation warnings.
#include <plaid/errors/invalid_input.hpp>

#include <catch.hpp>

#include <plaid/errors/catch2.hpp>

#include <string>

TEST_CASE("to_invalid_input is to_code<invalid_input>") {
    for (plaid::code c : plaid::all_invalid_input_codes) {
        CAPTURE(c.name());
        CHECK(plaid::to_invalid_input(c.name()) == plaid::to_code<plaid::invalid_input>(c.name()));
    }
    CHECK_FALSE(plaid::to_invalid_input("ITEM_LOGIN_REQUIRED"));
}

namespace {

const std::string login_required = plaid_testing::sample_response(plaid::item_error::item_login_required).body;
const std::string api_keys = plaid_testing::sample_response(plaid::invalid_input::invalid_api_keys).body;

}  // namespace

TEST_CASE("plaid_testing::is_error is IsPlaidError") {
    using plaid_testing::is_error;
    using plaid_testing::IsPlaidError;
    CHECK_THAT(login_required, is_error(plaid::item_error::item_login_required));
    CHECK_THAT(login_required, is_error("ITEM_LOGIN_REQUIRED"));
    CHECK_THAT(api_keys, !is_error(plaid::item_error::item_login_required) && !is_error("ITEM_LOGIN_REQUIRED"));
    CHECK_THAT("<html>", !is_error("ITEM_LOGIN_REQUIRED"));
    CHECK(is_error(plaid::item_error::item_login_required).toString() ==
          IsPlaidError(plaid::item_error::item_login_required).toString());
    CHECK(is_error("NEW_CODE").toString() == IsPlaidError("NEW_CODE").toString());
}

TEST_CASE("plaid_testing::has_error_type is HasErrorType") {
    using plaid_testing::has_error_type;
    using plaid_testing::HasErrorType;
    CHECK_THAT(login_required, has_error_type(plaid::error_type::item_error) && has_error_type("ITEM_ERROR"));
    CHECK_THAT(api_keys, !has_error_type(plaid::error_type::item_error) && !has_error_type("ITEM_ERROR"));
    CHECK(has_error_type(plaid::error_type::item_error).toString() ==
          HasErrorType(plaid::error_type::item_error).toString());
    CHECK(has_error_type("NEW_TYPE").toString() == HasErrorType("NEW_TYPE").toString());
}

TEST_CASE("plaid_testing::calls_for is CallsFor") {
    using plaid_testing::calls_for;
    using plaid_testing::CallsFor;
    CHECK_THAT(login_required, calls_for(plaid::remedy::relink) && !calls_for(plaid::remedy::retry_later));
    CHECK_THAT(api_keys, calls_for(plaid::remedy::fix_integration) && !calls_for(plaid::remedy::relink));
    CHECK(calls_for(plaid::remedy::relink).toString() == CallsFor(plaid::remedy::relink).toString());
}

TEST_CASE("predicted_code::info() is plaid::info of the predicted code") {
    const auto failure = plaid::check_token(plaid::environment::production, plaid::token_kind::access_token,
                                            "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");
    REQUIRE(failure);
    REQUIRE(failure->predicted);
    const auto entry = failure->predicted->info();
    CHECK(entry.code == plaid::code(failure->predicted->code));
    CHECK(entry.doc_url == plaid::info(failure->predicted->code).doc_url);
}
