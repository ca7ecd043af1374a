/// The transfer failure tables, the `TransferFailure` reader (with nlohmann/json
/// as its oracle), the printers, the fixtures and the Catch2 matchers.
#include <plaid/errors/catch2.hpp>
#include <plaid/errors/transfer_code.hpp>
#include <plaid/errors/transfer_decision_rationale.hpp>
#include <plaid/errors/transfer_failure.hpp>
#include <plaid/errors/transfer_format.hpp>
#include <plaid/errors/transfer_testing.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "../support/transfer_failure_oracle.hpp"

#if defined(__cpp_lib_format)
#include <format>
#endif

using plaid::transfer_code;
using plaid::transfer_retry;
using plaid_testing::HasTransferRetry;
using plaid_testing::IsTransferFailure;

namespace {

transfer_code listed(std::string_view name) {
    const auto code = plaid::to_transfer_code(name);
    REQUIRE(code);
    return *code;
}

template <class T>
std::string streamed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// The spec's two example failure reasons: one in `failure_code`, one in the
/// deprecated `ach_return_code` (as its BankTransfer examples send it).
const std::vector<std::string> spec_examples = {
    R"({"failure_code": "R13", "description": "Invalid ACH routing number"})",
    R"({"ach_return_code": "R13", "description": "Invalid ACH routing number"})",
};

}  // namespace

static_assert(plaid::to_transfer_code("R01")->retry() == transfer_retry::after_correction,
              "the lookups are constant expressions");
static_assert(!plaid::to_transfer_code("r01") && !plaid::to_transfer_code(""), "codes are case-sensitive, and empty is none");
static_assert(plaid::to_string(plaid::transfer_retry{7}).empty() && plaid::docs_label(plaid::transfer_failure_category{9}).empty(),
              "out-of-range values have no name");

TEST_CASE("every code is found at its own place, once, with text of its own") {
    std::set<std::string_view> names;
    for (const transfer_code code : plaid::all_transfer_codes()) {
        CAPTURE(code.name());
        CHECK(plaid::to_transfer_code(code.name()) == code);
        CHECK(names.insert(code.name()).second);
        CHECK_FALSE(code.title().empty());
        CHECK_FALSE(code.description().empty());
        CHECK_FALSE(code.action().empty());
        CHECK(code.description() != code.title());
        CHECK_FALSE(plaid::to_string(code.category()).empty());
        CHECK_FALSE(plaid::docs_url(code.rail()).empty());
    }
    CHECK(plaid::ach_return_codes().size() + plaid::rtp_failure_codes().size() == plaid::all_transfer_codes().size());
    CHECK_FALSE(transfer_code{}.is_known());
    CHECK(transfer_code::from_value(255) == transfer_code{});
}

TEST_CASE("ACH returns may be resent only where the spec allows: R01 and R09, after the funds are there") {
    for (const transfer_code code : plaid::ach_return_codes()) {
        CAPTURE(code.name());
        CHECK(code.rail() == plaid::transfer_rail::ach);
        const bool allowed = code.name() == "R01" || code.name() == "R09";
        CHECK(code.retry() == (allowed ? transfer_retry::after_correction : transfer_retry::no));
        CHECK(plaid::docs_cell(code.rail()).empty());
    }
}

TEST_CASE("RTP/RfP codes carry the docs' columns and categories") {
    std::set<transfer_retry> retries;
    for (const transfer_code code : plaid::rtp_failure_codes()) {
        CAPTURE(code.name());
        CHECK(code.rail() != plaid::transfer_rail::ach);
        CHECK_FALSE(plaid::docs_cell(code.rail()).empty());
        CHECK_FALSE(plaid::docs_label(code.category()).empty());  // only ACH returns use the library's own category
        CHECK_FALSE(plaid::docs_column(code.retry()).empty());
        retries.insert(code.retry());
    }
    CHECK(retries == std::set<transfer_retry>{transfer_retry::no, transfer_retry::automatic, transfer_retry::after_correction});
}

TEST_CASE("codes the docs do not list are no code") {
    for (const auto name : {"R39", "R99", "AC01", "NSF", "R01 ", " R01"}) {
        CAPTURE(name);
        CHECK_FALSE(plaid::to_transfer_code(name));
    }
}

TEST_CASE("a rationale of ITEM_LOGIN_REQUIRED calls for the relink of the Item error of that name") {
    const auto rationale = plaid::to_decision_rationale("ITEM_LOGIN_REQUIRED");
    REQUIRE(rationale);
    const plaid::code item_login(plaid::item_error::item_login_required);
    const auto plan = plaid::plan_of(*rationale);
    const auto expected = item_login.plan();
    CHECK((plan.who == expected.who && plan.retry == expected.retry && plan.link == expected.link &&
           plan.remove_item == expected.remove_item));
    CHECK(plaid::primary_remedy(plan) == plaid::remedy::relink);
    CHECK(plaid::decision_of(*rationale) == plaid::transfer_decision::approved);
}

TEST_CASE("every rationale round-trips through its wire name and has a decision and a description") {
    for (std::uint8_t i = 0; !plaid::to_string(static_cast<plaid::decision_rationale>(i)).empty(); ++i) {
        const auto rationale = static_cast<plaid::decision_rationale>(i);
        CAPTURE(plaid::to_string(rationale));
        CHECK(plaid::to_decision_rationale(plaid::to_string(rationale)) == rationale);
        CHECK(plaid::decision_of(rationale));
        CHECK_FALSE(plaid::describe(rationale).empty());
        // A declined transfer is never to be resent as it was.
        if (plaid::decision_of(rationale) == plaid::transfer_decision::declined)
            CHECK(plaid::plan_of(rationale).retry != plaid::retry_policy::with_backoff);
    }
    CHECK_FALSE(plaid::to_decision_rationale("nsf"));
    CHECK_FALSE(plaid::decision_of(plaid::decision_rationale{200}));
}

TEST_CASE("the spec's examples read, from failure_code and from the deprecated ach_return_code") {
    for (const auto& text : spec_examples) {
        CAPTURE(text);
        const auto result = plaid::parse_transfer_failure(text);
        REQUIRE(result);
        CHECK(result->code == listed("R13"));
        CHECK(result->code_name() == "R13");
        CHECK(result->description == std::string(listed("R13").title()));
    }
}

TEST_CASE("failure_code wins over ach_return_code; an unlisted code is kept as sent") {
    auto both = plaid::parse_transfer_failure(R"({"ach_return_code": "R01", "failure_code": "AC04"})");
    REQUIRE(both);
    CHECK(both->code == listed("AC04"));
    CHECK(both->ach_return_code == std::string("R01"));
    const auto unlisted = plaid::parse_transfer_failure(R"({"failure_code": "R39", "description": null})");
    REQUIRE(unlisted);
    CHECK_FALSE(unlisted->code);
    CHECK(unlisted->failure_code == std::string("R39"));
    CHECK_FALSE(unlisted->description);
    const auto none = plaid::parse_transfer_failure("{}");
    REQUIRE(none);
    CHECK(none->code_name().empty());
}

TEST_CASE("bad text fails as parse_error fails, with the same limits") {
    using plaid::parse_failure_kind;
    const struct {
        std::string text;
        parse_failure_kind kind;
        std::string field;
    } cases[] = {
        {"", parse_failure_kind::empty_body, ""},
        {"null", parse_failure_kind::not_object, ""},
        {"[1]", parse_failure_kind::not_object, ""},
        {R"({"failure_code": 1})", parse_failure_kind::wrong_field_type, "failure_code"},
        {R"({"description": ["x"]})", parse_failure_kind::wrong_field_type, "description"},
        {R"({"failure_code": "R01",})", parse_failure_kind::not_json, ""},
        {std::string("{\"failure_code\": \"R0\0\"}", 22), parse_failure_kind::nul_byte, ""},
        {R"({"x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})", parse_failure_kind::too_deep, ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto result = plaid::parse_transfer_failure(c.text);
        REQUIRE_FALSE(result);
        CHECK(result.failure().kind == c.kind);
        CHECK(result.failure().field == c.field);
        // parse_error reports every failure but a member's in the same words.
        if (c.field.empty()) CHECK(plaid::parse_error(c.text).failure().message == result.failure().message);
    }
    plaid::parse_limits small;
    small.max_body_bytes = 8;
    const auto large = plaid::parse_transfer_failure(spec_examples[0], small);
    REQUIRE_FALSE(large);
    CHECK(large.failure().kind == parse_failure_kind::body_too_large);
}

TEST_CASE("the reader agrees with nlohmann/json on the spec's examples and every one-byte mutation of them") {
    const std::string alphabet = "\"{}[],: n1x\\";
    std::vector<std::string> texts;
    for (const auto& example : spec_examples) {
        for (std::size_t i = 0; i <= example.size(); ++i) texts.push_back(example.substr(0, i));
        for (std::size_t i = 0; i < example.size(); ++i)
            for (const char c : alphabet) texts.push_back(example.substr(0, i) + c + example.substr(i + 1));
        texts.push_back(example.substr(0, example.size() - 1) + R"(, "failure_code": null})");  // a duplicate: the last wins
    }
    std::size_t accepted = 0, rejected = 0;
    for (const auto& text : texts) {
        CAPTURE(text);
        const auto oracle = nlohmann::json::parse(text, nullptr, false);
        const auto result = plaid::parse_transfer_failure(text);
        if (oracle.is_discarded()) {
            ++rejected;
            REQUIRE_FALSE(result);
            CHECK((result.failure().kind == plaid::parse_failure_kind::not_json ||
                   result.failure().kind == plaid::parse_failure_kind::empty_body));
            continue;
        }
        ++accepted;
        if (!oracle.is_object()) {
            REQUIRE_FALSE(result);
            CHECK(result.failure().kind == plaid::parse_failure_kind::not_object);
            continue;
        }
        const auto [expected, wrong] = transfer_oracle::expected_from(oracle);
        if (wrong) {
            REQUIRE_FALSE(result);
            CHECK(result.failure().kind == plaid::parse_failure_kind::wrong_field_type);
            CHECK(result.failure().field == *wrong);
        } else {
            REQUIRE(result);
            CHECK(*result == expected);
        }
    }
    CHECK(accepted > 0);
    CHECK(rejected > 0);
}

TEST_CASE("printers write one escaped line, and out-of-range values by number") {
    CHECK(streamed(*plaid::parse_transfer_failure(spec_examples[0])) == "R13: Invalid ACH routing number");
    CHECK(streamed(*plaid::parse_transfer_failure(spec_examples[1])) == "R13 (ach_return_code): Invalid ACH routing number");
    CHECK(streamed(*plaid::parse_transfer_failure(R"({"failure_code": "R\n1", "description": "a\u001b[2Jb"})")) ==
          "R\\n1: a\\x1b[2Jb");
    CHECK(streamed(*plaid::parse_transfer_failure("{}")) == "no failure code");
    CHECK(streamed(listed("AC04")) == "AC04");
    CHECK(streamed(transfer_code{}) == "no transfer code");
    CHECK(streamed(transfer_retry::after_correction) == "after_correction");
    CHECK(streamed(transfer_retry{9}) == "transfer_retry(9)");
    CHECK(streamed(plaid::decision_rationale::item_login_required) == "ITEM_LOGIN_REQUIRED");
    CHECK(Catch::StringMaker<plaid::transfer_failure_result>::convert(plaid::parse_transfer_failure("[]")) ==
          "parse_failure not_object: the body is JSON but not an object");
#if defined(__cpp_lib_format)
    CHECK(std::format("[{:>5}]", listed("R01")) == "[  R01]");
    CHECK(std::format("{}", *plaid::parse_transfer_failure(spec_examples[0])) == "R13: Invalid ACH routing number");
#endif
}

TEST_CASE("the fixture of every code reads back as that code, with its title as description") {
    for (const transfer_code code : plaid::all_transfer_codes()) {
        CAPTURE(code.name());
        const auto text = plaid_testing::transfer_failure_body(code).body();
        CHECK_THAT(text, IsTransferFailure(code));
        const auto result = plaid::parse_transfer_failure(text);
        REQUIRE(result);
        CHECK(result->description == std::string(code.title()));
    }
    CHECK_THROWS_AS(plaid_testing::transfer_failure_body(transfer_code{}), std::invalid_argument);
}

TEST_CASE("fixture variations: the deprecated member, nulls, unlisted codes and wrong types") {
    const auto r01 = listed("R01");
    const auto deprecated = plaid_testing::transfer_failure_body(r01).without("failure_code").ach_return_code("R01").body();
    CHECK_THAT(deprecated, IsTransferFailure(r01));
    CHECK_THAT(plaid_testing::transfer_failure_body(r01).failure_code(std::nullopt).body(), IsTransferFailure(transfer_code{}));
    CHECK_THAT(plaid_testing::transfer_failure_body(r01).failure_code("R39").body(),
               IsTransferFailure("R39") && IsTransferFailure(transfer_code{}));
    CHECK_THAT(plaid_testing::transfer_failure_body(r01).field("failure_code", 1).body(), !IsTransferFailure());
    CHECK_THAT(plaid_testing::transfer_failure_body(r01).description("x\ny").body(), IsTransferFailure(r01));
}

TEST_CASE("Catch2 matchers match by code and retry rule, and describe what they expect") {
    const auto text = plaid_testing::transfer_failure_body(listed("9909")).body();
    CHECK_THAT(text, IsTransferFailure() && HasTransferRetry(transfer_retry::automatic));
    CHECK_THAT(text, !HasTransferRetry(transfer_retry::no));
    CHECK_THAT(*plaid::parse_transfer_failure(text), IsTransferFailure("9909"));
    CHECK_THAT(plaid::parse_transfer_failure(text), IsTransferFailure(listed("9909")));
    CHECK_THAT("not json", !IsTransferFailure());
    CHECK_THAT(static_cast<const char*>(nullptr), !IsTransferFailure());
    CHECK(IsTransferFailure(listed("R01")).describe() == "is a transfer failure reason with failure code R01");
    CHECK((!IsTransferFailure("a\x1b")).describe() == "is not a transfer failure reason with failure code \"a\\x1b\"");
    CHECK(HasTransferRetry(transfer_retry::no).describe() == "is a transfer failure reason whose code's retry rule is no");
}
