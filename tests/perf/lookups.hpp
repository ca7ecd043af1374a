#ifndef PLAID_ERRORS_PERF_LOOKUPS_HPP
#define PLAID_ERRORS_PERF_LOOKUPS_HPP

#include <cstddef>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <plaid/errors.hpp>

/// The lookup `plaid::to_code(type, code)` is measured against. Inline, like
/// the library's, so no side pays for a call.
namespace plaid_perf {

/// A (type string, code string) pair as a body carries it.
struct typed_name {
    std::string_view type;
    std::string_view code;
};

/// Owns the strings of a key set, copied out of the taxonomy so that no
/// lookup can compare addresses; `keys` views them.
struct typed_names {
    std::vector<std::pair<std::string, std::string>> strings;
    std::vector<typed_name> keys;
};

inline typed_names make_typed_names(std::vector<std::pair<std::string, std::string>> strings) {
    typed_names made{std::move(strings), {}};
    for (const auto& [type, code] : made.strings) made.keys.push_back({type, code});
    return made;
}

/// Every documented (type, code) pair.
inline typed_names known_typed_names() {
    std::vector<std::pair<std::string, std::string>> strings;
    for (plaid::code c : plaid::all_codes()) strings.emplace_back(plaid::to_string(c.type()), c.name());
    return make_typed_names(std::move(strings));
}

/// Each pair with the code's last letter changed: same length, so a length
/// check alone cannot reject it.
inline typed_names near_miss_typed_names() {
    auto strings = known_typed_names().strings;
    for (auto& pair : strings) pair.second.back() = pair.second.back() == 'X' ? 'Y' : 'X';
    return make_typed_names(std::move(strings));
}

/// What a program builds at start-up without a constexpr table: a hash map
/// keyed by the (type string, code string) pair, aliases included, hashing
/// both strings; a lookup builds no key string, so it allocates nothing.
class unordered_map_lookup {
public:
    unordered_map_lookup() {
        for (plaid::code c : plaid::all_codes()) {
            add(c.name(), c);
            for (auto alias : plaid::info(c).aliases) add(alias, c);
        }
    }

    std::optional<plaid::code> find(std::string_view type, std::string_view code) const {
        const auto it = by_pair_.find(key{type, code});
        if (it == by_pair_.end()) return std::nullopt;
        return it->second;
    }

private:
    using key = std::pair<std::string_view, std::string_view>;
    struct key_hash {
        std::size_t operator()(const key& k) const noexcept {
            const std::size_t type = std::hash<std::string_view>{}(k.first);
            return type ^ (std::hash<std::string_view>{}(k.second) + 0x9e3779b97f4a7c15u + (type << 6) + (type >> 2));
        }
    };

    void add(std::string_view name, plaid::code c) {
        if (!by_pair_.emplace(key{plaid::to_string(c.type()), name}, c).second)
            throw std::logic_error("a (type, code) pair documented twice");
    }

    std::unordered_map<key, plaid::code, key_hash> by_pair_;
};

/// Whether both lookups give the same answer on every key, and `to_code` the
/// documented code on every known key: the rows must measure the same work.
inline bool lookups_agree(const unordered_map_lookup& map, const typed_names& known, const typed_names& near_miss) {
    std::size_t i = 0;
    for (plaid::code c : plaid::all_codes()) {
        const auto key = known.keys.at(i++);
        if (plaid::to_code(key.type, key.code) != c || map.find(key.type, key.code) != c) return false;
    }
    for (const auto& key : near_miss.keys)
        if (plaid::to_code(key.type, key.code) != map.find(key.type, key.code)) return false;
    return i == known.keys.size();
}

}  // namespace plaid_perf

#endif
