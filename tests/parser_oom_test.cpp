#include <plaid/errors/embedded_errors.hpp>
#include <plaid/errors/json.hpp>

#include <catch.hpp>

#include <cstdlib>
#include <new>
#include <string>
#include <variant>

#include "parser_test_support.hpp"

namespace {

/// Allocations left before `operator new` throws; negative means no limit.
long allocations_left = -1;

}  // namespace

void* operator new(std::size_t size) {
    if (allocations_left == 0) throw std::bad_alloc();
    if (allocations_left > 0) --allocations_left;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}

// Every other form pairs with the deletes above, so no block allocated by a
// sanitizer's own operator new is handed to free().
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return ::operator new(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }

void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

TEST_CASE("allocation failure at any point gives out_of_memory, never an exception") {
    const auto body = parser_test::read_file(std::string(PLAID_ERRORS_TEST_DATA) + "/perf/full_fields.json");
    const std::string escaped_body = R"({"error_type":"\u0041PI_ERROR","error_code":"X","causes":[{"error_type":"A",)"
                                 R"("error_code":"B","item_id":"a long item id that does not fit in place"}]})";
    // Nested past the levels the reader tracks in place, so its level stack grows on the heap.
    const std::string deep_body = R"({"error_type":"A","error_code":"B","x":)" + std::string(1000, '[') +
                                  std::string(1000, ']') + "}";
    const std::string bad_body = R"({"error_type":"A","error_code":"B","causes":[{"error_type":"A","status":"x"}]})";
    // Decoded past the stack buffer, so the string moves to the heap midway.
    const std::string long_escaped_body = R"({"error_type":"A","error_code":"B","error_message":"\n)" +
                                          std::string(1000, 'x') + R"(\u00e9"})";
    const auto doc = nlohmann::json::parse(body);
    for (int path = 0; path < 6; ++path) {
        CAPTURE(path);
        const auto parse = [&] {
            switch (path) {
                case 0: return plaid::parse_error(body);
                case 1: return plaid::parse_error(escaped_body);
                case 2: return plaid::parse_error(bad_body);
                case 3: return plaid::parse_error(deep_body, std::nullopt, {1024 * 1024, 2000});
                case 4: return plaid::parse_error(long_escaped_body);
                default: return plaid::parse_error(doc);
            }
        };
        const auto expected = parser_test::describe(parse());
        int failures = 0;
        for (long budget = 0;; ++budget) {
            allocations_left = budget;
            auto result = parse();
            allocations_left = -1;
            if (!result.has_value() && result.failure().kind == plaid::parse_failure_kind::out_of_memory) {
                ++failures;
                continue;
            }
            CHECK(parser_test::describe(result) == expected);
            break;
        }
        CHECK(failures > 0);
    }
}

TEST_CASE("an escaped string allocates only the block it ends in, however long") {
    constexpr std::size_t lengths[] = {10, 250, 300, 5000};
    for (const std::size_t length : lengths) {
        CAPTURE(length);
        const std::string plain(length, 'x');
        for (const auto& message : {R"(\n)" + plain + R"(\u00e9)", plain + R"(\t)" + plain}) {
            const std::string body = R"({"error_type":"API_ERROR","error_code":"X","error_message":")" + message + "\"}";
            constexpr long budget = 1000;
            allocations_left = budget;
            const auto result = plaid::parse_error(body);
            const long used = budget - allocations_left;
            allocations_left = -1;
            REQUIRE(result.has_value());
            // The two short names fit the strings' own buffers; the message fits one only when short.
            const std::size_t in_place = std::string().capacity();
            CHECK(used == (result->error_message->size() > in_place ? 1 : 0));
        }
    }
}

TEST_CASE("allocation failure in find_errors and parse_any_error gives out_of_memory, never an exception") {
    const std::string embedded = R"({"results":[{"item_id":"an item id too long to be kept in place","error":{"error_type":"ITEM_ERROR",)"
                                 R"("error_code":"ITEM_LOGIN_REQUIRED","error_message":"a message too long to be kept in place"}}],)"
                                 R"("warnings":[{"warning_type":"ASSET_REPORT_WARNING","warning_code":"OWNERS_UNAVAILABLE",)"
                                 R"("cause":{"error_type":"ITEM_ERROR","error_code":"X","http_code":400}}]})";
    const std::string oauth = R"({"error":"invalid_grant","error_description":"a description too long to be kept in place"})";
    const auto count = [](const plaid::find_errors_result& r) -> long {
        return r ? static_cast<long>(r->errors.size() * 10 + r->warnings.size()) : -1;
    };
    const long expected_found = count(plaid::find_errors(embedded));
    REQUIRE(expected_found == 21);
    for (int which = 0; which < 2; ++which) {
        CAPTURE(which);
        int failures = 0;
        for (long budget = 0;; ++budget) {
            allocations_left = budget;
            bool out_of_memory = false, as_expected = false;
            if (which == 0) {
                const auto found = plaid::find_errors(embedded);
                out_of_memory = !found && found.failure().kind == plaid::parse_failure_kind::out_of_memory;
                as_expected = count(found) == expected_found;
            } else {
                const auto any = plaid::parse_any_error(oauth);
                const auto* failure = std::get_if<plaid::parse_failure>(&any);
                out_of_memory = failure && failure->kind == plaid::parse_failure_kind::out_of_memory;
                as_expected = std::holds_alternative<plaid::oauth_error_response>(any);
            }
            allocations_left = -1;
            if (out_of_memory) {
                ++failures;
                continue;
            }
            CHECK(as_expected);
            break;
        }
        CHECK(failures > 0);
    }
}
