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
#include "embedded_bodies.hpp"
#include "link_bodies.hpp"
#include "lookups.hpp"
#include "webhook_bodies.hpp"

namespace {

using plaid_perf::corpus;

/// For the lookup rows' lambdas: GCC calls them out of line from the two loops
/// of `measure`, and a call costs a share of a lookup that a caller's own loop
/// would not pay.
#define PLAID_PERF_INLINE __attribute__((always_inline))

/// Runs `op` on units 0..units-1, `rounds` times, with collection on, and
/// prints "units allocations owned sink" for the caller to divide the counts
/// by: `owned_per_pass` is the heap blocks the results of one pass own.
template <class Op>
int measure(std::size_t units, std::size_t rounds, Op op, std::size_t owned_per_pass = 0) {
    std::size_t sink = 0;
    for (std::size_t i = 0; i < units; ++i) sink += op(i);
    auto before = plaid_perf::allocations();
    CALLGRIND_TOGGLE_COLLECT;
    for (std::size_t round = 0; round < rounds; ++round)
        for (std::size_t i = 0; i < units; ++i) sink += op(i);
    CALLGRIND_TOGGLE_COLLECT;
    auto allocated = plaid_perf::allocations() - before;
    std::printf("%zu %zu %zu %zu\n", units * rounds, allocated, owned_per_pass * rounds, sink);
    return 0;
}

/// Heap blocks the errors `parse_error` makes from a corpus own, counted by
/// walking each parsed error (`plaid_perf::owned_heap_blocks`): the least any
/// parser that fills `plaid::error` must allocate.
std::size_t owned_blocks(const corpus& bodies) {
    std::size_t blocks = 0;
    for (const auto& body : bodies.bodies) {
        const auto parsed = plaid::parse_error(body);
        if (parsed) blocks += plaid_perf::owned_heap_blocks(*parsed);
    }
    return blocks;
}

/// A parse result reduced to a number, so the parse cannot be optimised away.
std::size_t digest(const std::optional<plaid::error>& parsed) {
    return parsed ? parsed->code_name.size() + parsed->causes.size() : 0;
}

std::size_t digest(const plaid::parse_result& parsed) {
    return parsed ? parsed->code_name.size() + parsed->causes.size() : 0;
}

std::size_t digest(std::optional<plaid::code> code) { return code ? code->value() : 0; }

struct measured_case {
    std::string name;
    std::function<int()> run;
};

std::vector<measured_case> cases(const std::vector<corpus>& corpora, plaid_perf::simdjson_ondemand& simdjson,
                                 const plaid_perf::unordered_map_lookup& map) {
    constexpr std::size_t parse_rounds = 400;  // parses per case, over all its bodies
    constexpr std::size_t lookup_rounds = 200;
    std::vector<measured_case> all;
    for (const auto& bodies : corpora) {
        const auto* c = &bodies;
        const auto rounds = parse_rounds / c->bodies.size() + 1;
        const auto owned = owned_blocks(*c);
        all.push_back({"parse/" + c->name + "/plaid", [=] {
                           return measure(
                               c->bodies.size(), rounds,
                               [&](std::size_t i) { return digest(plaid::parse_error(c->bodies[i])); }, owned);
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
    static const auto known = plaid_perf::known_typed_names();
    static const auto near_miss = plaid_perf::near_miss_typed_names();
    for (const auto* names : {&known, &near_miss}) {
        const std::string set = names == &known ? "known" : "near_miss";
        const auto* keys = &names->keys;
        all.push_back({"lookup/" + set + "/plaid", [=] {
                           return measure(keys->size(), lookup_rounds, [&](std::size_t i) PLAID_PERF_INLINE {
                               return digest(plaid::to_code((*keys)[i].type, (*keys)[i].code));
                           });
                       }});
        all.push_back({"lookup/" + set + "/unordered_map", [=, &map] {
                           return measure(keys->size(), lookup_rounds, [&](std::size_t i) PLAID_PERF_INLINE {
                               return digest(map.find((*keys)[i].type, (*keys)[i].code));
                           });
                       }});
    }
    // find_errors over the spec's examples, against nlohmann/json's document walked for the same errors.
    static const auto examples = plaid_perf::spec_example_bodies();
    if (!examples.empty()) {
        const auto rounds = parse_rounds / examples.size() + 1;
        all.push_back({"find_errors/spec_examples/plaid", [=] {
                           return measure(examples.size(), rounds, [&](std::size_t i) {
                               const auto found = plaid::find_errors(examples[i]);
                               return found ? found->errors.size() + 1 : 0;
                           });
                       }});
        all.push_back({"find_errors/spec_examples/nlohmann_walk", [=] {
                           return measure(examples.size(), rounds, [&](std::size_t i) {
                               return plaid_perf::nlohmann_find_errors(examples[i]).size() + 1;
                           });
                       }});
    }
    // parse_webhook over the spec's example webhooks, against nlohmann/json parse plus extraction.
    static const auto webhooks = plaid_perf::webhook_example_bodies();
    if (!webhooks.empty()) {
        const auto rounds = parse_rounds / webhooks.size() + 1;
        std::size_t owned = 0;
        for (const auto& body : webhooks) owned += plaid_perf::owned_heap_blocks(*plaid::parse_webhook(body));
        all.push_back({"webhook/spec_examples/plaid", [=] {
                           return measure(
                               webhooks.size(), rounds,
                               [&](std::size_t i) {
                                   const auto parsed = plaid::parse_webhook(webhooks[i]);
                                   return parsed ? parsed->code_name.size() + parsed->other_members.size() : 0;
                               },
                               owned);
                       }});
        all.push_back({"webhook/spec_examples/nlohmann_hand", [=] {
                           return measure(webhooks.size(), rounds, [&](std::size_t i) {
                               const auto parsed = plaid_perf::nlohmann_webhook_parse(webhooks[i]);
                               return parsed ? parsed->code_name.size() + parsed->other_members.size() : 0;
                           });
                       }});
    }
    // The Link-exit readers over the fixture's exits in every form, against nlohmann/json parse plus
    // extraction; then each form alone, to tell where the instructions go.
    static const auto exits = plaid_perf::link_exit_bodies();
    static const auto exits_by_form = plaid_perf::link_bodies_by_form(exits);
    for (const auto& [set_name, set] : exits_by_form) {
        const auto* bodies = &set;
        if (bodies->empty()) continue;
        const auto rounds = parse_rounds / bodies->size() + 1;
        std::size_t owned = 0;
        for (const auto& body : *bodies) owned += plaid_perf::owned_heap_blocks(*plaid_perf::parse_link_body(body));
        all.push_back({"link/" + set_name + "/plaid", [=] {
                           return measure(
                               bodies->size(), rounds,
                               [&](std::size_t i) {
                                   const auto parsed = plaid_perf::parse_link_body((*bodies)[i]);
                                   return parsed ? plaid_perf::link_digest(*parsed) : 0;
                               },
                               owned);
                       }});
        all.push_back({"link/" + set_name + "/nlohmann_hand", [=] {
                           return measure(bodies->size(), rounds, [&](std::size_t i) {
                               const auto parsed = plaid_perf::nlohmann_link_body_parse((*bodies)[i]);
                               return parsed ? plaid_perf::link_digest(*parsed) : 0;
                           });
                       }});
    }
    // The same loop with no lookup, to tell the loop's instructions from the lookups'.
    all.push_back({"lookup/loop_only", [] {
                       return measure(known.keys.size(), lookup_rounds, [&](std::size_t i) PLAID_PERF_INLINE {
                           return known.keys[i].type.size() + known.keys[i].code.size();
                       });
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
        if (!plaid_perf::lookups_agree(map, plaid_perf::known_typed_names(), plaid_perf::near_miss_typed_names())) {
            std::fprintf(stderr, "instruction_driver: to_code and the unordered_map disagree\n");
            return 1;
        }
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
