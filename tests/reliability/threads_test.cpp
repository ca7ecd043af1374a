/// What the library shares between threads, used from many at once, so that
/// ThreadSanitizer (the tsan preset) sees every access overlap: the error
/// categories' function-local statics on their first use, the constexpr
/// tables behind every lookup, and nlohmann::json documents the callers share.
#include <plaid/errors.hpp>
#include <plaid/errors/error_code.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>

#include <catch.hpp>

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "corpora.hpp"

namespace {

constexpr std::size_t thread_count = 8;
constexpr int lookup_rounds = 50;
constexpr int parse_rounds = 5;

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

/// Runs `work(t)` on `thread_count` threads released together; `work`
/// returns its mismatches, each thread's checked apart.
template <class Work>
void on_threads(Work work) {
    start_line start;
    std::vector<std::size_t> mismatches(thread_count, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            mismatches[t] = work(t);
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < thread_count; ++t) {
        CAPTURE(t);
        CHECK(mismatches[t] == 0);
    }
}

/// The code string alone names its code unless another type documents it too.
bool unique_name(plaid::code c) {
    for (plaid::code other : plaid::all_codes())
        if (other != c && other.name() == c.name()) return false;
    return true;
}

/// Every lookup of the taxonomy, checked against what the code itself says;
/// `unique` tells, per code, whether its string alone must find it.
std::size_t look_up_everything(const std::vector<bool>& unique) {
    std::size_t mismatches = 0;
    std::size_t i = 0;
    for (plaid::code c : plaid::all_codes()) {
        const auto type = plaid::to_string(c.type());
        const auto entry = plaid::info(c);
        if (plaid::to_code(type, c.name()) != c || plaid::to_code(c.type(), c.name()) != c) ++mismatches;
        if (plaid::to_code(c.name()) != (unique[i++] ? std::optional<plaid::code>(c) : std::nullopt)) ++mismatches;
        if (entry.code != c || entry.name != c.name() || entry.type != c.type() || entry.summary.empty()) ++mismatches;
        if (plaid::to_error_type(type) != c.type() || plaid::to_string(c) != c.name()) ++mismatches;
        for (auto alias : entry.aliases)
            if (plaid::to_code(type, alias) != c) ++mismatches;
        if (plaid::to_code("NOT_A_TYPE", c.name()) || plaid::to_code(type, std::string(c.name()) + "_")) ++mismatches;
    }
    for (auto type : plaid::all_error_types)
        for (plaid::code c : plaid::codes_of(type))
            if (c.type() != type) ++mismatches;
    if (plaid::to_code("NOT_A_CODE") || plaid::to_code<plaid::invalid_input>("INVALID_ACCESS_TOKEN") !=
                                            plaid::invalid_input::invalid_access_token)
        ++mismatches;
    return mismatches;
}

std::vector<bool> unique_names() {
    std::vector<bool> unique;
    for (plaid::code c : plaid::all_codes()) unique.push_back(unique_name(c));
    return unique;
}

/// Every body under tests/data/docs and of the Plaid bodies corpus, every
/// code's docs sample, and bodies that fail or carry a token to redact.
std::vector<std::string> read_bodies() {
    std::vector<std::string> bodies;
    for (const auto& dir : {std::optional(std::filesystem::path(PLAID_ERRORS_TEST_DATA) / "docs"),
                            corpora::find("plaid-bodies", false)}) {
        if (!dir) continue;
        for (const auto& entry : std::filesystem::directory_iterator(*dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            bodies.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    for (plaid::code c : plaid::all_codes()) bodies.emplace_back(plaid::info(c).sample_body_text);
    bodies.emplace_back(
        R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN","error_message":"no Item for access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6","causes":[{"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED","item_id":"public-sandbox-0b8f3c6e-1f2a"}]})");
    bodies.emplace_back(R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN","status":"400"})");
    bodies.emplace_back(R"({"error_type":"ITEM_ERROR","error_code":"USER_PERMISSION_REVOKED"})");
    bodies.emplace_back("[1,2");
    return bodies;
}

bool same(const plaid::parse_result& a, const plaid::parse_result& b) {
    if (a.has_value() != b.has_value()) return false;
    if (a) return *a == *b;
    return a.failure().kind == b.failure().kind && a.failure().field == b.failure().field &&
           a.failure().message == b.failure().message;
}

/// One body and all that a single thread computed from it first.
struct expected_outcome {
    plaid::parse_result parsed;
    std::optional<plaid::error> redacted;
    std::error_code code;
};

expected_outcome outcome_of(const std::string& body) {
    auto parsed = plaid::parse_error(body);
    std::optional<plaid::error> redacted;
    std::error_code code;
    if (parsed) {
        redacted = plaid::redacted(*parsed);
        code = plaid::make_error_code(*parsed);
    }
    return {std::move(parsed), std::move(redacted), code};
}

}  // namespace

// First in the file, so that a run of the whole program makes the categories'
// first use here, from all threads at once.
TEST_CASE("eight threads make the error categories' first use at once") {
    std::vector<const std::error_category*> codes(thread_count), remedies(thread_count);
    on_threads([&](std::size_t t) {
        std::size_t mismatches = 0;
        // Half the threads reach the remedy category first, half through the code category.
        if (t % 2 == 0) {
            remedies[t] = &plaid::remedy_category();
            codes[t] = &plaid::code_category();
        } else {
            codes[t] = &plaid::code_category();
            remedies[t] = &plaid::remedy_category();
        }
        for (plaid::code c : plaid::all_codes()) {
            const auto ec = plaid::make_error_code(c);
            if (&ec.category() != codes[t] || ec.message().find(c.name()) == std::string::npos) ++mismatches;
            if (&ec.default_error_condition().category() != remedies[t]) ++mismatches;
            if (ec != plaid::primary_remedy(c)) ++mismatches;
        }
        const auto unlisted = plaid::make_error_code(plaid::code{});
        if (unlisted.value() != plaid::unlisted_code || unlisted != plaid::remedy::unknown) ++mismatches;
        return mismatches;
    });
    for (std::size_t t = 0; t < thread_count; ++t) {
        CAPTURE(t);
        CHECK(codes[t] == &plaid::code_category());
        CHECK(remedies[t] == &plaid::remedy_category());
    }
    CHECK(std::string_view(plaid::code_category().name()) == "plaid.error");
    CHECK(std::string_view(plaid::remedy_category().name()) == "plaid.remedy");
}

TEST_CASE("eight threads look up the taxonomy at once") {
    const auto unique = unique_names();
    REQUIRE(look_up_everything(unique) == 0);
    on_threads([&](std::size_t) {
        std::size_t mismatches = 0;
        for (int round = 0; round < lookup_rounds; ++round) mismatches += look_up_everything(unique);
        return mismatches;
    });
}

TEST_CASE("eight threads parse, redact and convert bodies and shared documents at once") {
    const auto bodies = read_bodies();
    REQUIRE(bodies.size() > plaid::all_codes().size());
    std::vector<expected_outcome> expected;
    std::vector<nlohmann::json> documents;  // read, never written, by every thread
    std::size_t redacted_any = 0;
    for (const auto& body : bodies) {
        expected.push_back(outcome_of(body));
        documents.push_back(nlohmann::json::parse(body, nullptr, false));
        const auto& last = expected.back();
        if (last.redacted && *last.redacted != *last.parsed) ++redacted_any;
    }
    REQUIRE(redacted_any > 0);
    const auto unique = unique_names();

    on_threads([&](std::size_t) {
        std::size_t mismatches = 0;
        for (int round = 0; round < parse_rounds; ++round) {
            for (std::size_t i = 0; i < bodies.size(); ++i) {
                const auto& want = expected[i];
                const auto from_body = outcome_of(bodies[i]);
                if (!same(from_body.parsed, want.parsed) || from_body.redacted != want.redacted ||
                    from_body.code != want.code)
                    ++mismatches;
                const auto& document = documents[i];
                if (document.is_discarded()) continue;
                const auto from_document = plaid::parse_error(document);
                if (from_document.has_value() != want.parsed.has_value()) ++mismatches;
                if (!from_document) continue;
                if (*from_document != *want.parsed || plaid::redacted(*from_document) != want.redacted) ++mismatches;
                if (document.get<plaid::error>() != *want.parsed || document.at("error_code") != want.parsed->code_name)
                    ++mismatches;
                auto documented = plaid::to_code(from_document->type_name, from_document->code_name);
                if (!documented) documented = plaid::to_code(from_document->code_name);
                if (from_document->code != documented) ++mismatches;
            }
            mismatches += look_up_everything(unique);
        }
        return mismatches;
    });
}
