#ifndef PLAID_ERRORS_DETAIL_NAME_INDEX_HPP
#define PLAID_ERRORS_DETAIL_NAME_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

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

template <std::size_t N>
constexpr std::size_t shortest(const std::array<std::string_view, N>& names) noexcept {
    std::size_t min = longest(names);
    for (auto name : names) min = name.size() < min ? name.size() : min;
    return min;
}

/// Wire-name to position lookup built at compile time. A name's first and
/// last eight bytes and its length are hashed to one of 256 slots, with a
/// multiplier searched at compile time so that no two names share a slot: a
/// query then checks one candidate instead of hashing a whole string
/// (`std::unordered_map`) or scanning. The candidate is compared as a fixed
/// number of words, at offsets stored with it, in one expression: a call to
/// `memcmp`, or a loop whose trip count follows the length, mispredicts when
/// successive queries differ and would cost more than the rest of the lookup.
template <std::size_t N, std::size_t MinLength, std::size_t MaxLength>
class name_index {
    static_assert(N < 255, "positions are stored in one byte");
    static_assert(MinLength <= MaxLength && MaxLength < 255, "word offsets are stored in one byte");
    static constexpr std::size_t word_count = MaxLength < 8 ? 1 : (MaxLength + 7) / 8;

public:
    explicit constexpr name_index(const std::array<std::string_view, N>& names) noexcept {
        entries_[0].size = MaxLength + 1;
        for (std::size_t i = 0; i < N; ++i) {
            auto& e = entries_[i + 1];
            e.size = names[i].size();
            e.words = name_words<word_count>(names[i].data(), e.size);
            for (std::size_t j = 0; j < word_count && e.size >= 8; ++j)
                e.offsets[j] = static_cast<std::uint8_t>(word_offset(j, e.size));
        }
        for (std::uint64_t attempt = 0; attempt < max_attempts && !separates(); ++attempt)
            multiplier_ = 0x9E3779B97F4A7C15 * (2 * attempt + 3);
        for (std::size_t i = 1; i <= N; ++i) slots_[slot_of(entries_[i])] = static_cast<std::uint8_t>(i);
    }

    /// Position of `name` in the array the index was built from; case-sensitive.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE
    constexpr std::optional<std::size_t> find(std::string_view name) const noexcept {
        const char* p = name.data();
        const std::size_t size = name.size();
        if (size - MinLength > MaxLength - MinLength) return std::nullopt;  // a shorter size wraps around
        if constexpr (MinLength < 8) {
            if (size < 8) return find_short(p, size);
        }
        const auto head = load_word(p);
        const auto tail = load_word(p + size - 8);
        const std::size_t i = slots_[slot(head, tail, size)];
        const auto& e = entries_[i];
        if (e.size != size || !same_words(e, p, head, tail, std::make_index_sequence<word_count - 1>{}))
            return std::nullopt;
        return i - 1;
    }

    /// Whether each of `names` (the array the index was built from) is found
    /// at its own position; false also when no multiplier separated them (two
    /// names of one length whose first and last eight bytes have one sum).
    constexpr bool finds_all(const std::array<std::string_view, N>& names) const noexcept {
        for (std::size_t i = 0; i < N; ++i)
            if (find(names[i]) != i) return false;
        return true;
    }

private:
    /// A name as `name_words` and where each word starts (for names of at
    /// least eight bytes). Name `i` is entry `i + 1`: entry 0, where the
    /// zero-initialised empty slots lead, has a size no query has. Aligned to
    /// a cache line: one line per lookup, and an entry address is a shift of
    /// its position.
    struct alignas(64) entry {
        std::array<std::uint64_t, word_count> words{};
        std::array<std::uint8_t, word_count> offsets{};
        std::uint64_t size = 0;
    };

    static constexpr std::uint64_t max_attempts = 1000;

    PLAID_ERRORS_DETAIL_ALWAYS_INLINE
    constexpr std::size_t slot(std::uint64_t head, std::uint64_t tail, std::size_t size) const noexcept {
        const auto key = head + tail + size;  // a sum: an eight-byte name, whose head is its tail, still counts
        return static_cast<std::size_t>((key * multiplier_) >> 56);
    }

    /// Whether a query of the entry's size is the entry: its first and last
    /// words are already loaded; the ones between are read at the entry's
    /// offsets, which fit the query since the sizes are equal.
    template <std::size_t... J>
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static constexpr bool same_words(const entry& e, const char* p,
                                                                       std::uint64_t head, std::uint64_t tail,
                                                                       std::index_sequence<J...>) noexcept {
        return ((e.words[word_count - 1] ^ tail) | ... |
                (e.words[J] ^ (J == 0 ? head : load_word(p + e.offsets[J])))) == 0;
    }

    /// A name under eight bytes is one word, hashed as both head and tail.
    constexpr std::optional<std::size_t> find_short(const char* p, std::size_t size) const noexcept {
        const auto word = name_words<1>(p, size)[0];
        const std::size_t i = slots_[slot(word, word, size)];
        if (entries_[i].size != size || entries_[i].words[0] != word) return std::nullopt;
        return i - 1;
    }

    constexpr std::size_t slot_of(const entry& e) const noexcept {
        return slot(e.words[0], e.size < 8 ? e.words[0] : e.words[word_count - 1], e.size);
    }

    /// Whether the current multiplier gives every name its own slot. Marks
    /// bits instead of filling the slots: constant evaluation writes array
    /// elements slowly, and this runs once per multiplier tried.
    constexpr bool separates() const noexcept {
        std::array<std::uint64_t, 4> taken{};
        for (std::size_t i = 1; i <= N; ++i) {
            const std::size_t s = slot_of(entries_[i]);
            const std::uint64_t bit = std::uint64_t{1} << (s % 64);
            if (taken[s / 64] & bit) return false;
            taken[s / 64] |= bit;
        }
        return true;
    }

    std::array<entry, N + 1> entries_{};
    std::uint64_t multiplier_ = 0x9E3779B97F4A7C15;
    std::array<std::uint8_t, 256> slots_{};
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
