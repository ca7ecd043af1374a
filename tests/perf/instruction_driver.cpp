// Runs one measured case under callgrind: instructions are collected only
// around the measured loop, after one warm-up pass (tests/perf/callgrind.sh).
#include <valgrind/callgrind.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <plaid/errors.hpp>
#include <plaid/errors/json.hpp>

#include "allocation_counter.hpp"
#include "baselines.hpp"
#include "corpora.hpp"
#include "lookups.hpp"

namespace {

using plaid_perf::corpus;

/// Runs `op` on units 0..units-1, `rounds` times, with collection on, and
/// prints "units allocations" for the caller to divide the counts by.
template <class Op>
int measure(std::size_t units, std::size_t rounds, Op op) {
    std::size_t sink = 0;
    for (std::size_t i = 0; i < units; ++i) sink += op(i);
    auto before = plaid_perf::allocations();
    CALLGRIND_TOGGLE_COLLECT;
    for (std::size_t round = 0; round < rounds; ++round)
        for (std::size_t i = 0; i < units; ++i) sink += op(i);
    CALLGRIND_TOGGLE_COLLECT;
    auto allocated = plaid_perf::allocations() - before;
    std::printf("%zu %zu %zu\n", units * rounds, allocated, sink);
    return 0;
}

/// A parse result reduced to a number, so the parse cannot be optimised away.
std::size_t digest(const std::optional<plaid::error>& parsed) {
    return parsed ? parsed->code_name.size() + parsed->causes.size() : 0;
}

std::size_t digest(const plaid::parse_result& parsed) {
    return parsed ? parsed->code_name.size() + parsed->causes.size() : 0;
}

std::size_t digest(std::optional<plaid::invalid_input> code) {
    return code ? static_cast<std::size_t>(*code) : 0;
}

struct measured_case {
    std::string name;
    std::function<int()> run;
};

std::vector<measured_case> cases(const std::vector<corpus>& corpora, plaid_perf::simdjson_ondemand& simdjson,
                                 const plaid_perf::unordered_map_lookup& map) {
    constexpr std::size_t parse_rounds = 20;
    constexpr std::size_t lookup_rounds = 2000;
    std::vector<measured_case> all;
    for (const auto& bodies : corpora) {
        const auto* c = &bodies;
        const auto rounds = parse_rounds * 20 / c->bodies.size();
        all.push_back({"parse/" + c->name + "/plaid", [=] {
                           return measure(c->bodies.size(), rounds, [&](std::size_t i) {
                               return digest(plaid::parse_error(c->bodies[i]));
                           });
                       }});
        all.push_back({"parse/" + c->name + "/plaid_sax_fallback", [=] {
                           return measure(c->bodies.size(), rounds, [&](std::size_t i) {
                               return digest(plaid::detail::sax_parse_error(c->bodies[i], plaid::parse_limits{}.max_depth));
                           });
                       }});
        all.push_back({"parse/" + c->name + "/nlohmann_hand", [=] {
                           return measure(c->bodies.size(), rounds, [&](std::size_t i) {
                               return digest(plaid_perf::nlohmann_hand_parse(c->bodies[i]));
                           });
                       }});
        if (plaid_perf::simdjson_ondemand::available())
            all.push_back({"parse/" + c->name + "/simdjson_ondemand", [=, &simdjson] {
                               return measure(c->bodies.size(), rounds, [&](std::size_t i) {
                                   return digest(simdjson.parse(c->simdjson_bodies[i]));
                               });
                           }});
        all.push_back({"from_dom/" + c->name + "/plaid", [=] {
                           return measure(c->bodies.size(), rounds, [&](std::size_t i) {
                               return digest(plaid::parse_error(c->documents[i]));
                           });
                       }});
        all.push_back({"from_dom/" + c->name + "/nlohmann_hand", [=] {
                           return measure(c->bodies.size(), rounds, [&](std::size_t i) {
                               return digest(plaid_perf::nlohmann_hand_extract(c->documents[i]));
                           });
                       }});
    }
    static const auto known_names = plaid_perf::known_code_names();
    static const auto near_miss_names = plaid_perf::near_miss_code_names();
    static const auto known = plaid_perf::views(known_names);
    static const auto near_miss = plaid_perf::views(near_miss_names);
    for (const auto* names : {&known, &near_miss}) {
        std::string set = names == &known ? "known" : "near_miss";
        all.push_back({"lookup/" + set + "/plaid", [=] {
                           return measure(names->size(), lookup_rounds,
                                          [&](std::size_t i) { return digest(plaid::to_invalid_input((*names)[i])); });
                       }});
        all.push_back({"lookup/" + set + "/unordered_map", [=, &map] {
                           return measure(names->size(), lookup_rounds,
                                          [&](std::size_t i) { return digest(map.find((*names)[i])); });
                       }});
        all.push_back({"lookup/" + set + "/linear_scan", [=] {
                           return measure(names->size(), lookup_rounds, [&](std::size_t i) {
                               return digest(plaid_perf::linear_scan_lookup((*names)[i]));
                           });
                       }});
    }
    const auto& codes = plaid::all_invalid_input_codes;
    auto code_count = codes.size();
    all.push_back({"info/plaid", [=] {
                       return measure(code_count, lookup_rounds,
                                      [&](std::size_t i) { return plaid::info(codes[i]).name.size(); });
                   }});
    all.push_back({"info/unordered_map", [=, &map] {
                       return measure(code_count, lookup_rounds,
                                      [&](std::size_t i) { return map.info(codes[i])->name.size(); });
                   }});
    all.push_back({"info/linear_scan", [=] {
                       return measure(code_count, lookup_rounds,
                                      [&](std::size_t i) { return plaid_perf::linear_scan_info(codes[i])->name.size(); });
                   }});
    return all;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: instruction_driver CASE | --list\n");
        return 2;
    }
    try {
        plaid_perf::simdjson_ondemand simdjson;
        const auto corpora = plaid_perf::make_corpora(simdjson);
        const plaid_perf::unordered_map_lookup map;
        const std::string wanted = argv[1];
        for (const auto& one : cases(corpora, simdjson, map)) {
            if (wanted == "--list")
                std::printf("%s\n", one.name.c_str());
            else if (one.name == wanted)
                return one.run();
        }
        if (wanted == "--list") return 0;
        std::fprintf(stderr, "instruction_driver: no case named '%s'\n", wanted.c_str());
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "instruction_driver: %s\n", failure.what());
    }
    return 1;
}
