// The GoogleMock matchers and printers of Link exits.
#include <plaid/errors/gmock.hpp>
#include <plaid/errors/link_testing.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

using plaid::link_error_code;
using plaid::link_exit_status;
using plaid_testing::HasLinkErrorCode;
using plaid_testing::IsLinkExit;
using plaid_testing::LinkExitCallsFor;
using plaid_testing::link_exit_fixture;
using testing::Not;

TEST(LinkExitMatchers, MatchTextParsedResultsAndValues) {
    const auto body = link_exit_fixture(link_exit_status::requires_credentials).error(link_error_code::invalid_link_token).sdk_body();
    EXPECT_THAT(body, IsLinkExit());
    EXPECT_THAT(body, IsLinkExit(link_exit_status::requires_credentials));
    EXPECT_THAT(body, HasLinkErrorCode(link_error_code::invalid_link_token));
    EXPECT_THAT(body, LinkExitCallsFor(plaid::remedy::relink));
    EXPECT_THAT(plaid::parse_link_sdk_exit(body), Not(HasLinkErrorCode(link_error_code::item_locked)));
    EXPECT_THAT(*plaid::parse_link_sdk_exit(body), Not(IsLinkExit(link_exit_status::requires_code)));
    EXPECT_THAT(link_exit_fixture(link_exit_status::institution_not_found).exit_body(), LinkExitCallsFor(plaid::remedy::fix_integration));
    EXPECT_THAT("[]", Not(IsLinkExit()));
    EXPECT_THAT(static_cast<const char*>(nullptr), Not(IsLinkExit()));
}

TEST(LinkExitMatchers, DescribeAndExplainOnOneEscapedLine) {
    EXPECT_EQ(testing::DescribeMatcher<std::string>(IsLinkExit(link_exit_status::requires_oauth)),
              "is a Link exit with status requires_oauth");
    EXPECT_EQ(testing::DescribeMatcher<std::string>(HasLinkErrorCode(link_error_code::item_no_error_hyphenated), true),
              "is not a Link exit with error code item-no-error");
    testing::StringMatchResultListener listener;
    EXPECT_FALSE(testing::ExplainMatchResult(IsLinkExit(), std::string("null"), &listener));
    EXPECT_EQ(listener.str(), "which is no Link exit: not_object: the body is JSON but not an object");
    testing::StringMatchResultListener found;
    EXPECT_FALSE(testing::ExplainMatchResult(IsLinkExit(link_exit_status::requires_code),
                                             std::string(R"({"error": null, "metadata": {"status": "a\nb"}})"), &found));
    EXPECT_EQ(found.str(), "whose exit is a\\nb: no error");
}

TEST(LinkExitPrinters, PrintResultsAsOperatorWrites) {
    const auto ok = plaid::parse_link_exit(link_exit_fixture(link_exit_status::requires_code).exit_body());
    EXPECT_EQ(testing::PrintToString(ok), testing::PrintToString(*ok));
    EXPECT_EQ(testing::PrintToString(plaid::parse_link_exit("[]")),
              "not a Link exit, not_object: the body is JSON but not an object");
}
