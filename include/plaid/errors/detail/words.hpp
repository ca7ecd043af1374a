#ifndef PLAID_ERRORS_DETAIL_WORDS_HPP
#define PLAID_ERRORS_DETAIL_WORDS_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include "always_inline.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr std::uint64_t byte_in_word(const char* p, std::size_t i) noexcept {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
}

/// The eight bytes at `p`, first byte lowest, whatever the machine's byte
/// order. Written as shifts so it is constexpr; GCC and Clang compile it to
/// one 8-byte load on little-endian machines.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr std::uint64_t load_word(const char* p) noexcept {
    return byte_in_word(p, 0) | byte_in_word(p, 1) | byte_in_word(p, 2) | byte_in_word(p, 3) |
           byte_in_word(p, 4) | byte_in_word(p, 5) | byte_in_word(p, 6) | byte_in_word(p, 7);
}

/// The four bytes at `p` in the low half of a word, first byte lowest.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr std::uint64_t load_four_bytes(const char* p) noexcept {
    return byte_in_word(p, 0) | byte_in_word(p, 1) | byte_in_word(p, 2) | byte_in_word(p, 3);
}

/// Where word `j` of an `n`-byte string starts, for `n` of at least eight:
/// at `8 * j`, but never past `n - 8`, so every word lies inside the string
/// and the last one ends at its last byte. Two strings of one length are
/// equal exactly when all their words (as many as cover the longer) are.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr std::size_t word_offset(std::size_t j, std::size_t n) noexcept {
    return 8 * j < n - 8 ? 8 * j : n - 8;
}

/// The `n` bytes at `p` (`n` at most `8 * Words`) as `Words` words, each
/// loaded at `word_offset`; a string shorter than eight bytes fills word 0
/// and leaves the others zero.
template <std::size_t Words>
constexpr std::array<std::uint64_t, Words> name_words(const char* p, std::size_t n) noexcept {
    std::array<std::uint64_t, Words> words{};
    if (n < 8) {
        if (n >= 4) {
            // Two loads that overlap where n < 8: the shared bytes land in the same place twice.
            words[0] = load_four_bytes(p) | load_four_bytes(p + n - 4) << (8 * (n - 4));
            return words;
        }
        for (std::size_t i = 0; i < n; ++i) words[0] |= byte_in_word(p, i);
        return words;
    }
    for (std::size_t j = 0; j < Words; ++j) words[j] = load_word(p + word_offset(j, n));
    return words;
}

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
