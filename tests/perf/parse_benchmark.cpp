#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdio>
#include <exception>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <plaid/errors.hpp>
#include <plaid/errors/json.hpp>

#include "allocation_counter.hpp"
#include "baselines.hpp"
#include "corpora.hpp"
#include "embedded_bodies.hpp"
#include "link_bodies.hpp"
#include "lookups.hpp"
#include "webhook_bodies.hpp"

namespace {

using plaid_perf::corpus;

/// One body per iteration, cycling through the corpus, so a time per
/// iteration is the mean time per parse over the corpus.
template <class Parse>
void parse_loop(benchmark::State& state, const corpus& bodies, Parse parse) {
    std::size_t next = 0;
    auto before = plaid_perf::allocations();
    for (auto _ : state) {
        auto result = parse(next);
        benchmark::DoNotOptimize(result);
        if (++next == bodies.bodies.size()) next = 0;
    }
    state.counters["allocs/parse"] = benchmark::Counter(static_cast<double>(plaid_perf::allocations() - before),
                                                        benchmark::Counter::kAvgIterations);
}

/// One iteration looks every key up once, so that the loop around a lookup
/// costs a pointer increment, not an index wrap reloaded from memory after
/// each `DoNotOptimize`, a sizeable share of a lookup. Times are per
/// iteration, `s/key` per key.
template <class Key, class Lookup>
void lookup_loop(benchmark::State& state, const std::vector<Key>& keys, Lookup lookup) {
    for (auto _ : state) {
        for (const auto& key : keys) {
            auto found = lookup(key);
            benchmark::DoNotOptimize(found);
        }
    }
    state.counters["s/key"] = benchmark::Counter(static_cast<double>(keys.size()),
                                                   benchmark::Counter::kIsIterationInvariantRate |
                                                       benchmark::Counter::kInvert);
}

/// Keeps every benchmark's median (or single) CPU time so that ratios can be
/// printed from this one run.
class recording_reporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& run : runs) {
            bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (run.run_type != Run::RT_Iteration && !median) continue;
            auto& slot = times_[run.run_name.function_name];
            if (median || !slot.from_median) slot = {run.GetAdjustedCPUTime(), median};
        }
    }

    std::optional<double> time(const std::string& name) const {
        auto it = times_.find(name);
        if (it == times_.end()) return std::nullopt;
        return it->second.time;
    }

private:
    struct measured {
        double time = 0;
        bool from_median = false;
    };
    std::map<std::string, measured> times_;
};

/// "slow is `ratio` times `fast`", checked against a minimum.
struct comparison {
    std::string what;
    std::string slow;
    std::string fast;
    double at_least;
    std::string target;
};

void print_ratios(const recording_reporter& reporter, const std::vector<comparison>& comparisons) {
    std::printf("\n%-58s %9s  %-26s %s\n", "comparison (CPU time ratio, this run)", "ratio", "target", "met");
    for (const auto& row : comparisons) {
        auto slow = reporter.time(row.slow);
        auto fast = reporter.time(row.fast);
        if (!slow || !fast) continue;
        double ratio = *slow / *fast;
        std::printf("%-58s %8.2fx  %-26s %s\n", row.what.c_str(), ratio, row.target.c_str(),
                    row.target.empty() ? "" : ratio >= row.at_least ? "yes" : "NO");
    }
}

template <class Parse>
double allocations_per_parse(const corpus& bodies, Parse parse) {
    auto before = plaid_perf::allocations();
    for (std::size_t i = 0; i < bodies.bodies.size(); ++i) {
        auto result = parse(i);
        benchmark::DoNotOptimize(result);
    }
    return static_cast<double>(plaid_perf::allocations() - before) / static_cast<double>(bodies.bodies.size());
}

/// Every parser must produce the same value from every body, or the
/// comparison would not measure the same work.
bool same_results(const std::vector<corpus>& corpora, plaid_perf::simdjson_ondemand& simdjson) {
    bool same = true;
    for (const auto& bodies : corpora) {
        for (std::size_t i = 0; i < bodies.bodies.size(); ++i) {
            auto by_hand = plaid_perf::nlohmann_hand_parse(bodies.bodies[i]);
            auto from_dom = plaid_perf::nlohmann_hand_extract(bodies.documents[i]);
            auto by_library = plaid::parse_error(bodies.bodies[i]);
            auto by_library_from_dom = plaid::parse_error(bodies.documents[i]);
            bool agree = by_hand && from_dom && *by_hand == *from_dom && by_library && *by_library == *by_hand &&
                         by_library_from_dom && *by_library_from_dom == *by_hand;
            if (plaid_perf::simdjson_ondemand::available()) {
                auto by_simdjson = simdjson.parse(bodies.simdjson_bodies[i]);
                auto by_simdjson_copy = simdjson.parse_copy(bodies.bodies[i]);
                agree = agree && by_simdjson && *by_simdjson == *by_hand && by_simdjson_copy && *by_simdjson_copy == *by_hand;
            }
            if (!agree) {
                std::fprintf(stderr, "parsers disagree on body %zu of corpus '%s'\n", i, bodies.name.c_str());
                same = false;
            }
        }
    }
    return same;
}

/// Heap blocks the parsed errors own, per body: the least any parser that
/// fills `plaid::error` must allocate.
double owned_blocks_per_parse(const corpus& bodies) {
    std::size_t blocks = 0;
    for (const auto& body : bodies.bodies) blocks += plaid_perf::owned_heap_blocks(*plaid::parse_error(body));
    return static_cast<double>(blocks) / static_cast<double>(bodies.bodies.size());
}

void print_allocations(const std::vector<corpus>& corpora, plaid_perf::simdjson_ondemand& simdjson) {
    std::printf("\n%-22s %-34s %14s\n", "corpus", "heap allocations per parse (exact)", "");
    for (const auto& bodies : corpora) {
        std::printf("%-22s %-34s %14.1f\n", bodies.name.c_str(), "blocks the parsed error owns",
                    owned_blocks_per_parse(bodies));
        std::printf("%-22s %-34s %14.1f\n", bodies.name.c_str(), "plaid::parse_error(body)",
                    allocations_per_parse(bodies, [&](std::size_t i) { return plaid::parse_error(bodies.bodies[i]); }));
        std::printf("%-22s %-34s %14.1f\n", bodies.name.c_str(), "plaid::parse_error(json)",
                    allocations_per_parse(bodies, [&](std::size_t i) { return plaid::parse_error(bodies.documents[i]); }));
        std::printf("%-22s %-34s %14.1f\n", bodies.name.c_str(), "nlohmann parse + hand extraction",
                    allocations_per_parse(bodies, [&](std::size_t i) {
                        return plaid_perf::nlohmann_hand_parse(bodies.bodies[i]);
                    }));
        std::printf("%-22s %-34s %14.1f\n", bodies.name.c_str(), "hand extraction from a DOM",
                    allocations_per_parse(bodies, [&](std::size_t i) {
                        return plaid_perf::nlohmann_hand_extract(bodies.documents[i]);
                    }));
        if (plaid_perf::simdjson_ondemand::available())
            std::printf("%-22s %-34s %14.1f\n", bodies.name.c_str(), "simdjson on-demand",
                        allocations_per_parse(bodies, [&](std::size_t i) {
                            return simdjson.parse(bodies.simdjson_bodies[i]);
                        }));
    }
}

void register_parse_benchmarks(const std::vector<corpus>& corpora, plaid_perf::simdjson_ondemand& simdjson) {
    for (const auto& bodies : corpora) {
        const auto* corpus = &bodies;
        benchmark::RegisterBenchmark(("parse/" + bodies.name + "/plaid").c_str(), [=](benchmark::State& s) {
            parse_loop(s, *corpus, [&](std::size_t i) { return plaid::parse_error(corpus->bodies[i]); });
        });
        benchmark::RegisterBenchmark(("parse/" + bodies.name + "/nlohmann_hand").c_str(), [=](benchmark::State& s) {
            parse_loop(s, *corpus, [&](std::size_t i) { return plaid_perf::nlohmann_hand_parse(corpus->bodies[i]); });
        });
        if (plaid_perf::simdjson_ondemand::available())
            benchmark::RegisterBenchmark(
                ("parse/" + bodies.name + "/simdjson_ondemand").c_str(), [=, &simdjson](benchmark::State& s) {
                    parse_loop(s, *corpus, [&](std::size_t i) { return simdjson.parse(corpus->simdjson_bodies[i]); });
                });
        if (plaid_perf::simdjson_ondemand::available())
            benchmark::RegisterBenchmark(
                ("parse/" + bodies.name + "/simdjson_ondemand_copy").c_str(), [=, &simdjson](benchmark::State& s) {
                    parse_loop(s, *corpus, [&](std::size_t i) { return simdjson.parse_copy(corpus->bodies[i]); });
                });
        benchmark::RegisterBenchmark(("from_dom/" + bodies.name + "/plaid").c_str(), [=](benchmark::State& s) {
            parse_loop(s, *corpus, [&](std::size_t i) { return plaid::parse_error(corpus->documents[i]); });
        });
        benchmark::RegisterBenchmark(("from_dom/" + bodies.name + "/nlohmann_hand").c_str(), [=](benchmark::State& s) {
            parse_loop(s, *corpus,
                       [&](std::size_t i) { return plaid_perf::nlohmann_hand_extract(corpus->documents[i]); });
        });
    }
}

void register_lookup_benchmarks(const plaid_perf::unordered_map_lookup& map, const plaid_perf::typed_names& known,
                                const plaid_perf::typed_names& near_miss) {
    for (const auto* names : {&known, &near_miss}) {
        const std::string set = names == &known ? "known" : "near_miss";
        const auto* keys = &names->keys;
        benchmark::RegisterBenchmark(("lookup/" + set + "/plaid").c_str(), [=](benchmark::State& s) {
            lookup_loop(s, *keys, [](plaid_perf::typed_name key) { return plaid::to_code(key.type, key.code); });
        });
        benchmark::RegisterBenchmark(("lookup/" + set + "/unordered_map").c_str(), [=, &map](benchmark::State& s) {
            lookup_loop(s, *keys, [&](plaid_perf::typed_name key) { return map.find(key.type, key.code); });
        });
    }
}

/// `find_errors` over the spec's examples, one body per iteration, against
/// nlohmann/json's document walked for the same errors; checked to agree first.
/// Registers a benchmark that runs `parse` on each of `bodies` in turn, one
/// body per iteration; `bodies` must outlive the run.
template <class Body, class Parse>
void register_cycling(const char* name, const std::vector<Body>& bodies, Parse parse) {
    const auto* all = &bodies;
    benchmark::RegisterBenchmark(name, [all, parse](benchmark::State& s) {
        std::size_t next = 0;
        for (auto _ : s) {
            auto result = parse((*all)[next]);
            benchmark::DoNotOptimize(result);
            if (++next == all->size()) next = 0;
        }
    });
}

bool register_find_errors_benchmarks(const std::vector<std::string>& bodies) {
    for (const auto& body : bodies) {
        const auto found = plaid::find_errors(body);
        const auto by_hand = plaid_perf::nlohmann_find_errors(body);  // in another order
        bool agree = found && found->errors.size() == by_hand.size();
        for (const auto& [path, e] : by_hand) {
            bool matched = false;
            for (const auto& mine : found->errors) matched = matched || (mine.path == path && mine.error == e);
            agree = agree && matched;
        }
        if (!agree) {
            std::fprintf(stderr, "find_errors and the nlohmann/json walk disagree on a spec example\n");
            return false;
        }
    }
    if (bodies.empty()) return true;
    register_cycling("find_errors/spec_examples/plaid", bodies,
                     [](const std::string& body) { return plaid::find_errors(body); });
    register_cycling("find_errors/spec_examples/nlohmann_walk", bodies,
                     [](const std::string& body) { return plaid_perf::nlohmann_find_errors(body); });
    return true;
}

/// `parse_webhook` over the spec's example webhooks, one body per iteration,
/// against nlohmann/json's parse plus extraction of the same members; checked
/// to agree first, and the allocations printed beside the blocks the parsed
/// webhooks own.
bool register_webhook_benchmarks(const std::vector<std::string>& bodies) {
    std::size_t owned = 0, allocated = 0;
    for (const auto& body : bodies) {
        const auto before = plaid_perf::allocations();
        const auto parsed = plaid::parse_webhook(body);
        allocated += plaid_perf::allocations() - before;
        const auto by_hand = plaid_perf::nlohmann_webhook_parse(body);
        if (!parsed || !by_hand || !plaid_perf::same_webhook(*parsed, *by_hand)) {
            std::fprintf(stderr, "parse_webhook and nlohmann/json's extraction disagree on a spec example\n");
            return false;
        }
        owned += plaid_perf::owned_heap_blocks(*parsed);
    }
    if (bodies.empty()) return true;
    std::printf("%-22s %-34s %14.1f\n", "webhook_examples", "blocks the parsed webhook owns",
                static_cast<double>(owned) / static_cast<double>(bodies.size()));
    std::printf("%-22s %-34s %14.1f\n", "webhook_examples", "plaid::parse_webhook(body)",
                static_cast<double>(allocated) / static_cast<double>(bodies.size()));
    register_cycling("webhook/spec_examples/plaid", bodies,
                     [](const std::string& body) { return plaid::parse_webhook(body); });
    register_cycling("webhook/spec_examples/nlohmann_hand", bodies,
                     [](const std::string& body) { return plaid_perf::nlohmann_webhook_parse(body); });
    return true;
}

/// The Link-exit readers over the fixture's exits in every form, one body
/// per iteration, each with the reader of its form, against nlohmann/json's
/// parse plus extraction of the same `plaid::link_exit`; checked to agree
/// first, and the allocations printed beside the blocks the exits own.
bool register_link_benchmarks(const std::vector<plaid_perf::link_body>& bodies) {
    std::size_t owned = 0, allocated = 0;
    for (const auto& body : bodies) {
        const auto before = plaid_perf::allocations();
        const auto parsed = plaid_perf::parse_link_body(body);
        allocated += plaid_perf::allocations() - before;
        const auto by_hand = plaid_perf::nlohmann_link_body_parse(body);
        if (!parsed || !by_hand || *parsed != *by_hand) {
            std::fprintf(stderr, "the Link-exit readers and nlohmann/json's extraction disagree on %s\n", body.text.c_str());
            return false;
        }
        owned += plaid_perf::owned_heap_blocks(*parsed);
    }
    if (bodies.empty()) return true;
    std::printf("%-22s %-34s %14.1f\n", "link_exits", "blocks the parsed exit owns",
                static_cast<double>(owned) / static_cast<double>(bodies.size()));
    std::printf("%-22s %-34s %14.1f\n", "link_exits", "plaid::parse_link_[sdk_]exit(body)",
                static_cast<double>(allocated) / static_cast<double>(bodies.size()));
    register_cycling("link/fixture_exits/plaid", bodies,
                     [](const plaid_perf::link_body& body) { return plaid_perf::parse_link_body(body); });
    register_cycling("link/fixture_exits/nlohmann_hand", bodies,
                     [](const plaid_perf::link_body& body) { return plaid_perf::nlohmann_link_body_parse(body); });
    return true;
}

std::vector<comparison> comparisons(const std::vector<corpus>& corpora) {
    std::vector<comparison> rows;
    rows.push_back({"find_errors spec examples: nlohmann + walk vs plaid::find_errors", "find_errors/spec_examples/nlohmann_walk",
                    "find_errors/spec_examples/plaid", 6, ">= 6x faster"});
    rows.push_back({"webhook spec examples: nlohmann + hand vs plaid::parse_webhook", "webhook/spec_examples/nlohmann_hand",
                    "webhook/spec_examples/plaid", 6, ">= 6x faster"});
    rows.push_back({"Link exits, fixture's: nlohmann + hand vs plaid::parse_link_[sdk_]exit", "link/fixture_exits/nlohmann_hand",
                    "link/fixture_exits/plaid", 6, ">= 6x faster"});
    for (const auto& bodies : corpora) {
        const auto prefix = "parse/" + bodies.name + "/";
        rows.push_back({"parse " + bodies.name + ": nlohmann + hand vs plaid::parse_error", prefix + "nlohmann_hand",
                        prefix + "plaid", 6, ">= 6x faster"});
        rows.push_back({"parse " + bodies.name + ": simdjson on-demand vs plaid::parse_error",
                        prefix + "simdjson_ondemand", prefix + "plaid", 1, ">= 1x (no slower)"});
        rows.push_back({"parse " + bodies.name + ": simdjson on-demand, body copied to pad it, vs plaid::parse_error",
                        prefix + "simdjson_ondemand_copy", prefix + "plaid", 0, ""});
        rows.push_back({"parse " + bodies.name + ": nlohmann + hand vs simdjson on-demand", prefix + "nlohmann_hand",
                        prefix + "simdjson_ondemand", 0, ""});
        rows.push_back({"from DOM " + bodies.name + ": hand extraction vs plaid::parse_error",
                        "from_dom/" + bodies.name + "/nlohmann_hand", "from_dom/" + bodies.name + "/plaid", 0, ""});
    }
    for (std::string set : {"known", "near_miss"}) {
        const auto prefix = "lookup/" + set + "/";
        rows.push_back({"lookup " + set + ": unordered_map by (type, code) vs to_code(type, code)",
                        prefix + "unordered_map", prefix + "plaid", 0, ""});
    }
    rows.push_back({"to_code(type, code): known vs near miss", "lookup/known/plaid", "lookup/near_miss/plaid", 1,
                    "a miss is cheaper"});
    return rows;
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    try {
        plaid_perf::simdjson_ondemand simdjson;
        const auto corpora = plaid_perf::make_corpora(simdjson);
        const plaid_perf::unordered_map_lookup map;
        const auto known = plaid_perf::known_typed_names();
        const auto near_miss = plaid_perf::near_miss_typed_names();
        if (!same_results(corpora, simdjson)) return 1;
        if (!plaid_perf::lookups_agree(map, known, near_miss)) {
            std::fprintf(stderr, "parse_benchmark: to_code and the unordered_map disagree\n");
            return 1;
        }

        std::printf("compiler: %s; simdjson on-demand kernel: %s\n", __VERSION__,
                    plaid_perf::simdjson_ondemand::kernel().c_str());
        if (!plaid_perf::simdjson_ondemand::available())
            std::printf("simdjson not found when the benchmarks were configured: its baseline is skipped\n");
        print_allocations(corpora, simdjson);
        const auto webhooks = plaid_perf::webhook_example_bodies();
        if (!register_webhook_benchmarks(webhooks)) return 1;
        const auto exits = plaid_perf::link_exit_bodies();
        if (!register_link_benchmarks(exits)) return 1;
        std::printf("\n");

        register_parse_benchmarks(corpora, simdjson);
        register_lookup_benchmarks(map, known, near_miss);
        const auto examples = plaid_perf::spec_example_bodies();  // read by the benchmarks as they run
        if (!register_find_errors_benchmarks(examples)) return 1;
        recording_reporter reporter;
        benchmark::RunSpecifiedBenchmarks(&reporter);
        benchmark::Shutdown();
        print_ratios(reporter, comparisons(corpora));
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "parse_benchmark: %s\n", failure.what());
        return 1;
    }
    return 0;
}
