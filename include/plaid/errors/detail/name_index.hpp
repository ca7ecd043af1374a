#ifndef PLAID_ERRORS_DETAIL_NAME_INDEX_HPP
#define PLAID_ERRORS_DETAIL_NAME_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "words.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

template <std::size_t N>
constexpr std::size_t longest(const std::array<std::string_view, N>& names) noexcept {
    std::size_t max = 0;
    for (auto name : names) max = name.size() > max ? name.size() : max;
    return max;
}

/// Wire-name to position lookup built at compile time: names are bucketed by
/// length so a query compares against at most the few names of its own length
/// (three for the INVALID_INPUT codes) instead of hashing or scanning them all.
/// A candidate whose last eight bytes differ is rejected with one comparison
/// of precomputed words; the one left is compared eight bytes at a time,
/// inline: a call to `memcmp` would cost more than the rest of the lookup.
template <std::size_t N, std::size_t MaxLength>
class name_index {
    static_assert(N < 256, "positions are stored in one byte");

public:
    explicit constexpr name_index(const std::array<std::string_view, N>& names) noexcept
        : names_(names) {
        std::array<std::uint8_t, MaxLength + 2> count{};
        for (auto name : names) ++count[name.size() + 1];
        for (std::size_t len = 1; len < start_.size(); ++len)
            start_[len] = static_cast<std::uint8_t>(start_[len - 1] + count[len]);
        auto next = start_;
        for (std::size_t i = 0; i < N; ++i) {
            const auto slot = next[names[i].size()]++;
            order_[slot] = static_cast<std::uint8_t>(i);
            tails_[slot] = tail_word(names[i].data(), names[i].size());
        }
    }

    /// Position of `name` in the array the index was built from; case-sensitive.
    constexpr std::optional<std::size_t> find(std::string_view name) const noexcept {
        const auto size = name.size();
        if (size > MaxLength) return std::nullopt;
        const auto tail = tail_word(name.data(), size);
        for (std::size_t i = start_[size]; i < start_[size + 1]; ++i)
            if (tails_[i] == tail && same_bytes(names_[order_[i]].data(), name.data(), size)) return order_[i];
        return std::nullopt;
    }

    constexpr bool unique() const noexcept {
        for (std::size_t i = 0; i < N; ++i)
            if (find(names_[i]) != i) return false;
        return true;
    }

private:
    std::array<std::string_view, N> names_;
    std::array<std::uint8_t, N> order_{};
    std::array<std::uint64_t, N> tails_{};  ///< `tail_word` of each name, in `order_`
    std::array<std::uint8_t, MaxLength + 2> start_{};
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
