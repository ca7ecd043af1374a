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

/// Wire-name to position lookup built at compile time. A name's first and
/// last eight bytes and its length are hashed to one of 256 slots, with a
/// multiplier searched at compile time so that no two names share a slot: a
/// query then checks one candidate instead of hashing a whole string
/// (`std::unordered_map`) or scanning. Precomputed first and last words
/// reject most misses; the rest is compared inline, eight bytes at a time: a
/// call to `memcmp` would cost more than the rest of the lookup.
template <std::size_t N, std::size_t MaxLength>
class name_index {
    static_assert(N < 255, "positions are stored in one byte; 255 marks an empty slot");

public:
    explicit constexpr name_index(const std::array<std::string_view, N>& names) noexcept : names_(names) {
        for (std::size_t i = 0; i < N; ++i) {
            heads_[i] = head_word(names[i].data(), names[i].size());
            tails_[i] = tail_word(names[i].data(), names[i].size());
        }
        for (std::uint64_t attempt = 0; attempt < max_attempts && !placed(); ++attempt)
            multiplier_ = 0x9E3779B97F4A7C15 * (2 * attempt + 3);
    }

    /// Position of `name` in the array the index was built from; case-sensitive.
    constexpr std::optional<std::size_t> find(std::string_view name) const noexcept {
        const auto size = name.size();
        if (size > MaxLength) return std::nullopt;
        const auto head = head_word(name.data(), size);
        const auto tail = tail_word(name.data(), size);
        const std::size_t i = slots_[slot(head, tail, size)];
        if (i == empty || tails_[i] != tail || heads_[i] != head || names_[i].size() != size ||
            !same_middle(names_[i].data(), name.data(), size))
            return std::nullopt;
        return i;
    }

    /// Whether every name is found at its own position; false also when no
    /// multiplier separated the names (two names of one length alike in
    /// their first and last eight bytes).
    constexpr bool unique() const noexcept {
        for (std::size_t i = 0; i < N; ++i)
            if (find(names_[i]) != i) return false;
        return true;
    }

private:
    static constexpr std::uint8_t empty = 0xFF;
    static constexpr std::uint64_t max_attempts = 1000;

    constexpr std::size_t slot(std::uint64_t head, std::uint64_t tail, std::size_t size) const noexcept {
        const auto key = head ^ (tail << 1 | tail >> 63) ^ size;
        return static_cast<std::size_t>((key * multiplier_) >> 56);
    }

    /// Fills the slots with the current multiplier; false on a collision.
    constexpr bool placed() noexcept {
        for (auto& s : slots_) s = empty;
        for (std::size_t i = 0; i < N; ++i) {
            auto& s = slots_[slot(heads_[i], tails_[i], names_[i].size())];
            if (s != empty) return false;
            s = static_cast<std::uint8_t>(i);
        }
        return true;
    }

    std::array<std::string_view, N> names_;
    std::array<std::uint64_t, N> heads_{};  ///< first eight bytes of each name (all of a shorter one)
    std::array<std::uint64_t, N> tails_{};  ///< last eight bytes of each name (all of a shorter one)
    std::uint64_t multiplier_ = 0x9E3779B97F4A7C15;
    std::array<std::uint8_t, 256> slots_{};
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
