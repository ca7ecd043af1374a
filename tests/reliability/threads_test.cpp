#include <plaid/errors.hpp>
#include <plaid/errors/json.hpp>

#include <catch.hpp>

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

constexpr std::size_t thread_count = 8;
constexpr int lookup_rounds = 2000;
constexpr int parse_rounds = 50;

/// Starts every thread's work at the same moment, so ThreadSanitizer sees them overlap.
class start_line {
public:
    void arrive_and_wait() {
        waiting_.fetch_add(1);
        while (waiting_.load() < thread_count) std::this_thread::yield();
    }

private:
    std::atomic<std::size_t> waiting_{0};
};

/// Every lookup of the taxonomy, checked against the table; returns the number of mismatches.
std::size_t look_up_everything() {
    std::size_t mismatches = 0;
    for (const auto& entry : plaid::invalid_input_table) {
        const auto code = plaid::to_invalid_input(entry.name);
        if (!code || plaid::info(*code).name != entry.name || plaid::to_string(*code) != entry.name) ++mismatches;
        const auto type = plaid::to_error_type(plaid::to_string(entry.type));
        if (type != entry.type) ++mismatches;
    }
    for (const auto& type : plaid::error_type_table) {
        if (plaid::to_error_type(type.name) != type.type) ++mismatches;
    }
    if (plaid::to_invalid_input("NOT_A_CODE")) ++mismatches;
    return mismatches;
}

/// Every body under tests/data/docs and tests/data/bodies, plus bodies that fail.
std::vector<std::string> read_bodies() {
    std::vector<std::string> bodies;
    for (const char* folder : {"docs", "bodies"}) {
        const auto dir = std::filesystem::path(PLAID_ERRORS_TEST_DATA) / folder;
        if (!std::filesystem::exists(dir)) continue;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            bodies.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    bodies.emplace_back(R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN","status":"400"})");
    bodies.emplace_back(R"({"error_type":"INVALID_INPUT","error_code":"\u0041","causes":[{}]})");
    bodies.emplace_back("[1,2");
    return bodies;
}

bool same(const plaid::parse_result& a, const plaid::parse_result& b) {
    if (a.has_value() != b.has_value()) return false;
    if (a) return *a == *b;
    return a.failure().kind == b.failure().kind && a.failure().field == b.failure().field &&
           a.failure().message == b.failure().message;
}

}  // namespace

TEST_CASE("eight threads look up the taxonomy at once") {
    start_line start;
    std::vector<std::size_t> mismatches(thread_count, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int round = 0; round < lookup_rounds; ++round) mismatches[t] += look_up_everything();
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < thread_count; ++t) {
        CAPTURE(t);
        CHECK(mismatches[t] == 0);
    }
}

TEST_CASE("eight threads parse bodies and look up their codes at once") {
    const auto bodies = read_bodies();
    REQUIRE(bodies.size() >= 23);
    std::vector<plaid::parse_result> expected;
    for (const auto& body : bodies) expected.push_back(plaid::parse_error(body));

    start_line start;
    std::vector<std::size_t> mismatches(thread_count, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int round = 0; round < parse_rounds; ++round) {
                for (std::size_t i = 0; i < bodies.size(); ++i) {
                    const auto result = plaid::parse_error(bodies[i]);
                    if (!same(result, expected[i])) ++mismatches[t];
                    if (result && result->code && plaid::to_string(*result->code) != result->code_name) ++mismatches[t];
                }
                mismatches[t] += look_up_everything();
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < thread_count; ++t) {
        CAPTURE(t);
        CHECK(mismatches[t] == 0);
    }
}
