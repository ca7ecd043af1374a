#ifndef PLAID_ERRORS_PERF_WEBHOOK_BODIES_HPP
#define PLAID_ERRORS_PERF_WEBHOOK_BODIES_HPP

#include <algorithm>
#include <string>
#include <vector>

#include <plaid/errors/webhook.hpp>
#include <plaid/errors/webhook_testing.hpp>

/// The `parse_webhook` workload: the spec's example webhooks, as the
/// fixtures hold them byte for byte.
namespace plaid_perf {

inline std::vector<std::string> webhook_example_bodies() {
    std::vector<std::string> bodies;
    for (const auto& example : plaid_testing::webhook_examples()) bodies.emplace_back(example.body);
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
