// Causes nested far past any real body, with every limit at its maximum: both
// parse overloads fail cleanly, and an error at the deepest nesting the library
// builds can be copied, compared, converted, redacted and destroyed. ctest runs
// this program under `ulimit -s 1024`, where recursion per level would crash.
#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <limits>
#include <string>

namespace {

constexpr plaid::parse_limits unlimited{std::numeric_limits<std::size_t>::max(),
                                        std::numeric_limits<std::size_t>::max()};

/// An error whose causes nest `levels` deep, one cause per level.
std::string nested_causes(std::size_t levels) {
    std::string body;
    for (std::size_t i = 0; i < levels; ++i) body += R"({"error_type":"ITEM_ERROR","error_code":"X","causes":[)";
    body += R"({"error_type":"ITEM_ERROR","error_code":"X"})";
    for (std::size_t i = 0; i < levels; ++i) body += "]}";
    return body;
}

}  // namespace

TEST_CASE("causes nested past the bound fail as too_deep from a body, with every limit raised") {
    for (std::size_t levels : {plaid::max_cause_depth + 1, std::size_t{80000}, std::size_t{300000}}) {
        CAPTURE(levels);
        const auto result = plaid::parse_error(nested_causes(levels), std::nullopt, unlimited);
        REQUIRE_FALSE(result);
        CHECK(result.failure().kind == plaid::parse_failure_kind::too_deep);
        CHECK(result.failure().message.find("causes") != std::string::npos);
    }
}

TEST_CASE("causes nested past the bound fail as too_deep from a document, with every limit raised") {
    for (std::size_t levels : {plaid::max_cause_depth + 1, std::size_t{20000}}) {
        CAPTURE(levels);
        const auto doc = nlohmann::json::parse(nested_causes(levels));
        const auto result = plaid::parse_error(doc, std::nullopt, unlimited);
        REQUIRE_FALSE(result);
        CHECK(result.failure().kind == plaid::parse_failure_kind::too_deep);
    }
}

TEST_CASE("an error at the deepest nesting the library builds survives every operation") {
    const auto body = nested_causes(plaid::max_cause_depth);
    auto from_body = plaid::parse_error(body, std::nullopt, unlimited);
    REQUIRE(from_body);
    const auto from_doc = plaid::parse_error(nlohmann::json::parse(body), std::nullopt, unlimited);
    REQUIRE(from_doc);
    CHECK(*from_body == *from_doc);
    const plaid::error copy = *from_body;
    CHECK(copy == *from_body);
    const nlohmann::json json = copy;
    CHECK(json.get<plaid::error>() == copy);
    CHECK(plaid::redacted(copy) == copy);
    std::size_t depth = 0;
    for (const plaid::error* e = &copy; !e->causes.empty(); e = &e->causes.front()) ++depth;
    CHECK(depth == plaid::max_cause_depth);
}

TEST_CASE("deep nesting outside causes fails as too_deep without recursion") {
    const std::string deep = std::string(R"({"error_type":"A","error_code":"B","x":)") + std::string(300000, '[') +
                             std::string(300000, ']') + "}";
    const auto from_body = plaid::parse_error(deep, std::nullopt, unlimited);
    CHECK(from_body);  // unknown members are skipped, however deep
    const auto limited = plaid::parse_error(deep);
    REQUIRE_FALSE(limited);
    CHECK(limited.failure().kind == plaid::parse_failure_kind::too_deep);
}
