#ifndef PLAID_ERRORS_PERF_LOOKUPS_HPP
#define PLAID_ERRORS_PERF_LOOKUPS_HPP

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <plaid/errors.hpp>

/// The lookups `plaid::to_invalid_input` and `plaid::info` are measured
/// against. Inline, like the library's, so no side pays for a call.
namespace plaid_perf {

/// The 20 wire names copied out of the table, so no lookup can compare addresses.
inline std::vector<std::string> known_code_names() {
    std::vector<std::string> names;
    for (const auto& entry : plaid::invalid_input_table) names.emplace_back(entry.name);
    return names;
}

/// Each wire name with its last letter changed: same length, so the length
/// bucket alone cannot reject it.
inline std::vector<std::string> near_miss_code_names() {
    auto names = known_code_names();
    for (auto& name : names) name.back() = name.back() == 'X' ? 'Y' : 'X';
    return names;
}

/// What the lookups take: views of `names`, which must outlive them.
inline std::vector<std::string_view> views(const std::vector<std::string>& names) {
    return {names.begin(), names.end()};
}

/// What a program builds at start-up when it has no constexpr table.
class unordered_map_lookup {
public:
    unordered_map_lookup() {
        for (const auto& entry : plaid::invalid_input_table) {
            by_name_.emplace(entry.name, entry.code);
            by_code_.emplace(entry.code, &entry);
        }
    }
    std::optional<plaid::invalid_input> find(std::string_view wire) const {
        auto it = by_name_.find(wire);
        if (it == by_name_.end()) return std::nullopt;
        return it->second;
    }
    const plaid::code_info* info(plaid::invalid_input code) const {
        auto it = by_code_.find(code);
        return it == by_code_.end() ? nullptr : it->second;
    }

private:
    std::unordered_map<std::string_view, plaid::invalid_input> by_name_;
    std::unordered_map<plaid::invalid_input, const plaid::code_info*> by_code_;
};

inline std::optional<plaid::invalid_input> linear_scan_lookup(std::string_view wire) noexcept {
    for (const auto& entry : plaid::invalid_input_table)
        if (entry.name == wire) return entry.code;
    return std::nullopt;
}

inline const plaid::code_info* linear_scan_info(plaid::invalid_input code) noexcept {
    for (const auto& entry : plaid::invalid_input_table)
        if (entry.code == code) return &entry;
    return nullptr;
}

}  // namespace plaid_perf

#endif
