#include <plaid/errors.hpp>

#include <catch.hpp>

#include <atomic>
#include <cstddef>
#include <string_view>
#include <thread>
#include <vector>

namespace {

constexpr std::size_t thread_count = 8;
constexpr int rounds = 2000;

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

}  // namespace

TEST_CASE("eight threads look up the taxonomy at once") {
    start_line start;
    std::vector<std::size_t> mismatches(thread_count, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int round = 0; round < rounds; ++round) mismatches[t] += look_up_everything();
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < thread_count; ++t) {
        CAPTURE(t);
        CHECK(mismatches[t] == 0);
    }
}
