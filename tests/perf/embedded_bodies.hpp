#ifndef PLAID_ERRORS_PERF_EMBEDDED_BODIES_HPP
#define PLAID_ERRORS_PERF_EMBEDDED_BODIES_HPP

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <plaid/errors/embedded_errors.hpp>

#include "baselines.hpp"

/// The `find_errors` workload: the spec's successful bodies that hold errors
/// (the reference's `embedded_error_examples`), and what a program without
/// the library writes to do the same: nlohmann/json's document, walked with
/// a stack, each error object extracted by hand.
namespace plaid_perf {

/// The 22 example bodies the reference lists, read from the corpora; none,
/// with a note, where the reference is absent.
inline std::vector<std::string> spec_example_bodies() {
    const auto reference = std::filesystem::path(PLAID_ERRORS_CORPORA).parent_path() / "reference";
    const auto index = reference / "plaid-api-errors-spec-2026-06.json";
    std::vector<std::string> bodies;
    if (!std::filesystem::is_regular_file(index)) {
        std::fprintf(stderr, "note: %s is absent; the find_errors rows are skipped\n", index.c_str());
        return bodies;
    }
    const auto examples = nlohmann::json::parse(read_file(index.string()))["embedded_error_examples"];
    for (const auto& example : examples) bodies.push_back(read_file((reference / example["corpus_file"].get<std::string>()).string()));
    return bodies;
}

/// Every error object below the top of `body` with its path, as
/// `find_errors` finds them, through nlohmann/json.
inline std::vector<std::pair<std::string, plaid::error>> nlohmann_find_errors(const std::string& body) {
    std::vector<std::pair<std::string, plaid::error>> found;
    const auto doc = nlohmann::json::parse(body, nullptr, false);
    if (doc.is_discarded()) return found;
    std::vector<std::pair<const nlohmann::json*, std::string>> pending{{&doc, ""}};
    while (!pending.empty()) {
        auto [node, path] = std::move(pending.back());
        pending.pop_back();
        if (node->is_object()) {
            const auto type = node->find("error_type"), code = node->find("error_code");
            if (node != &doc && type != node->end() && type->is_string() && code != node->end() && code->is_string()) {
                if (auto e = nlohmann_hand_extract(*node)) {
                    const auto http_code = node->find("http_code");
                    if (!e->status && http_code != node->end() && http_code->is_number_integer())
                        e->status = http_code->get<int>();
                    found.emplace_back(std::move(path), std::move(*e));
                }
                continue;
            }
            for (auto it = node->begin(); it != node->end(); ++it)
                pending.emplace_back(&it.value(), path.empty() ? it.key() : path + "." + it.key());
        } else if (node->is_array()) {
            for (std::size_t i = 0; i < node->size(); ++i) pending.emplace_back(&(*node)[i], path + "[" + std::to_string(i) + "]");
        }
    }
    return found;
}

}  // namespace plaid_perf

#endif
