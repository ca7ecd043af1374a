#ifndef PLAID_ERRORS_PERF_WEBHOOK_BODIES_HPP
#define PLAID_ERRORS_PERF_WEBHOOK_BODIES_HPP

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <plaid/errors/webhook.hpp>

#include "baselines.hpp"

/// The `parse_webhook` workload: the spec's example webhooks, the corpus
/// files whose body has `webhook_type`, in file-name order; none, with a
/// note, where the corpus is absent.
namespace plaid_perf {

inline std::vector<std::string> webhook_example_bodies() {
    const auto dir = std::filesystem::path(PLAID_ERRORS_CORPORA) / "plaid-webhooks";
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(dir))
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (files.empty()) std::fprintf(stderr, "note: %s is absent; the webhook rows are skipped\n", dir.c_str());
    std::sort(files.begin(), files.end());
    std::vector<std::string> bodies;
    for (const auto& file : files) {
        auto body = read_file(file.string());
        const auto doc = nlohmann::json::parse(body, nullptr, false);
        if (doc.is_object() && doc.contains("webhook_type")) bodies.push_back(std::move(body));
    }
    return bodies;
}

/// Whether two parses of one webhook agree; `other_members` as sets, since
/// nlohmann/json's objects list names sorted, not in the body's order.
inline bool same_webhook(plaid::webhook a, plaid::webhook b) {
    std::sort(a.other_members.begin(), a.other_members.end());
    std::sort(b.other_members.begin(), b.other_members.end());
    return a == b;
}

}  // namespace plaid_perf

#endif
