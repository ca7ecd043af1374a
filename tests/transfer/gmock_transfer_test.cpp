// The GoogleMock matchers and printers of transfer failure reasons.
#include <plaid/errors/gmock.hpp>
#include <plaid/errors/transfer_testing.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

using plaid_testing::HasTransferRetry;
using plaid_testing::IsTransferFailure;
using testing::Not;

namespace {

plaid::transfer_code listed(const char* name) { return plaid::to_transfer_code(name).value_or(plaid::transfer_code{}); }

std::string body_of(const char* name) { return plaid_testing::transfer_failure_body(listed(name)).body(); }

TEST(TransferFailureMatchers, MatchTextReadFailuresAndResultsByCode) {
    EXPECT_THAT(body_of("R01"), IsTransferFailure(listed("R01")));
    EXPECT_THAT(body_of("R01"), IsTransferFailure("R01"));
    EXPECT_THAT(plaid::parse_transfer_failure(body_of("AC04")), IsTransferFailure(listed("AC04")));
    EXPECT_THAT(*plaid::parse_transfer_failure(body_of("9909")), HasTransferRetry(plaid::transfer_retry::automatic));
    EXPECT_THAT(body_of("R02"), Not(HasTransferRetry(plaid::transfer_retry::after_correction)));
    EXPECT_THAT("[]", Not(IsTransferFailure()));
    EXPECT_THAT(static_cast<const char*>(nullptr), Not(IsTransferFailure()));
}

TEST(TransferFailureMatchers, DescribeAndExplainOnOneEscapedLine) {
    EXPECT_EQ(testing::DescribeMatcher<std::string>(IsTransferFailure(listed("R01"))),
              "is a transfer failure reason with failure code R01");
    EXPECT_EQ(testing::DescribeMatcher<std::string>(IsTransferFailure("a\nb"), true),
              "is not a transfer failure reason with failure code \"a\\nb\"");
    testing::StringMatchResultListener listener;
    EXPECT_FALSE(testing::ExplainMatchResult(IsTransferFailure(), std::string("null"), &listener));
    EXPECT_EQ(listener.str(), "which is no transfer failure reason: not_object: the body is JSON but not an object");
}

TEST(TransferFailurePrinters, PrintResultsAsOperatorWrites) {
    EXPECT_EQ(testing::PrintToString(plaid::parse_transfer_failure(body_of("R13"))), "R13: Invalid ACH routing number");
    EXPECT_EQ(testing::PrintToString(plaid::parse_transfer_failure("")), "not a transfer failure reason, empty_body: the body is empty");
}

}  // namespace
