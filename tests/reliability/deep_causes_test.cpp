// Causes nested far past any real body, with every limit at its maximum: both
// parse overloads fail cleanly, and an error at the deepest nesting the library
// builds can be copied, compared, converted, redacted and destroyed. ctest runs
// this program under `ulimit -s 1024`, where recursion per level would crash.
#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <pthread.h>

#include <cstddef>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

/// Runs `work` on a thread of its own with a 1 MiB stack, whatever `ulimit -s` says, and waits for it.
bool run_with_1_mib_stack(std::function<void()> work) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return false;
    bool started = pthread_attr_setstacksize(&attributes, 1024 * 1024) == 0;
    pthread_t thread{};
    started = started && pthread_create(&thread, &attributes, [](void* f) -> void* {
                  (*static_cast<std::function<void()>*>(f))();
                  return nullptr;
              }, &work) == 0;
    pthread_attr_destroy(&attributes);
    return started && pthread_join(thread, nullptr) == 0;
}

/// What a conversion gave: the failure `bad_error_json` carried, or none when it converted.
template <class T>
std::optional<plaid::parse_failure> conversion_failure(const nlohmann::json& doc) {
    try {
        (void)doc.get<T>();
        return std::nullopt;
    } catch (const plaid::bad_error_json& thrown) {
        return thrown.failure;
    }
}

}  // namespace

TEST_CASE("causes nested 3,000 deep: parsing, converting and parse_error(doc) fail as too_deep under a 1 MiB stack") {
    const auto text = nested_causes(3000);
    std::optional<plaid::parse_failure> as_cause, as_error, from_doc, from_body;
    // nlohmann/json parses and destroys without recursion; the library checks the depth
    // without recursion before it reads a member.
    REQUIRE(run_with_1_mib_stack([&] {
        const auto doc = nlohmann::json::parse(text);
        as_cause = conversion_failure<plaid::cause>(doc);
        as_error = conversion_failure<plaid::error>(doc);
        const auto result = plaid::parse_error(doc);
        if (!result) from_doc = result.failure();
        const auto parsed = plaid::parse_error(text);
        if (!parsed) from_body = parsed.failure();
    }));
    for (const auto* failure : {&as_cause, &as_error, &from_doc, &from_body}) {
        REQUIRE(*failure);
        CHECK((*failure)->kind == plaid::parse_failure_kind::too_deep);
        CHECK((*failure)->message == "nesting deeper than 32 levels");
    }
}

TEST_CASE("an ordered_json with two causes members: the one read, the last, is the one whose depth is checked") {
    // Causes nested one level past max_cause_depth, well within max_depth, beside shallow ones.
    const auto deep = nlohmann::ordered_json::parse(nested_causes(plaid::max_cause_depth + 1)).at("causes");
    const auto shallow = nlohmann::ordered_json::parse(nested_causes(2)).at("causes");
    // And causes nested past max_depth, which no reader reads past in any member, read or not;
    // not much past it, as nlohmann/json copies and dumps a document recursively.
    const auto too_deep = nlohmann::ordered_json::parse(nested_causes(40)).at("causes");
    /// An error whose `causes` is given twice: `first`, then `last`.
    const auto twice = [](const nlohmann::ordered_json& first, const nlohmann::ordered_json& last) {
        nlohmann::ordered_json doc = {{"error_type", "ITEM_ERROR"}, {"error_code", "X"}};
        // parse() keeps one member of a name; the object's own vector holds both.
        auto& members = static_cast<std::vector<std::pair<const std::string, nlohmann::ordered_json>>&>(
            doc.get_ref<nlohmann::ordered_json::object_t&>());
        members.emplace_back("causes", first);
        members.emplace_back("causes", last);
        return doc;
    };
    for (const bool deep_last : {false, true}) {
        CAPTURE(deep_last);
        const auto doc = deep_last ? twice(shallow, deep) : twice(deep, shallow);
        const auto body = doc.dump();  // the same two members, in the same order
        REQUIRE(body.find("\"causes\"") != body.rfind("\"causes\""));
        for (const auto& result : {plaid::parse_error(doc), plaid::parse_error(body)}) {
            if (deep_last) {
                REQUIRE_FALSE(result);
                CHECK(result.failure().kind == plaid::parse_failure_kind::too_deep);
                CHECK(result.failure().message == "causes nested deeper than 8 levels");
            } else {
                REQUIRE(result);
                REQUIRE(result->causes.size() == 1);
                CHECK(result->causes.front().causes.size() == 1);
            }
        }
        try {
            const auto cause = doc.get<plaid::cause>();
            CHECK_FALSE(deep_last);
            REQUIRE(cause.causes.size() == 1);
            CHECK(cause.causes.front().causes.size() == 1);
        } catch (const plaid::bad_error_json& thrown) {
            CHECK(deep_last);
            CHECK(thrown.failure.kind == plaid::parse_failure_kind::too_deep);
            CHECK(thrown.failure.message == "causes nested deeper than 8 levels");
        }

        const auto past_max_depth = deep_last ? twice(shallow, too_deep) : twice(too_deep, shallow);
        for (const auto& result : {plaid::parse_error(past_max_depth), plaid::parse_error(past_max_depth.dump())}) {
            REQUIRE_FALSE(result);
            CHECK(result.failure().kind == plaid::parse_failure_kind::too_deep);
            CHECK(result.failure().message == "nesting deeper than 32 levels");
        }
    }
}

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
