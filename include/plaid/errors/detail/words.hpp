#ifndef PLAID_ERRORS_DETAIL_WORDS_HPP
#define PLAID_ERRORS_DETAIL_WORDS_HPP

#include <cstddef>
#include <cstdint>

namespace plaid {
inline namespace errors_v1 {
namespace detail {

constexpr std::uint64_t byte_in_word(const char* p, std::size_t i) noexcept {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
}

/// The eight bytes at `p`, first byte lowest, whatever the machine's byte
/// order. Written as shifts so it is constexpr; GCC and Clang compile it to
/// one 8-byte load on little-endian machines.
constexpr std::uint64_t load_word(const char* p) noexcept {
    return byte_in_word(p, 0) | byte_in_word(p, 1) | byte_in_word(p, 2) | byte_in_word(p, 3) |
           byte_in_word(p, 4) | byte_in_word(p, 5) | byte_in_word(p, 6) | byte_in_word(p, 7);
}

/// The last eight of the `n` bytes at `p`, or all of them when fewer.
constexpr std::uint64_t tail_word(const char* p, std::size_t n) noexcept {
    if (n >= 8) return load_word(p + n - 8);
    std::uint64_t word = 0;
    for (std::size_t i = 0; i < n; ++i) word |= byte_in_word(p, i);
    return word;
}

/// The first eight of the `n` bytes at `p`, or all of them when fewer.
constexpr std::uint64_t head_word(const char* p, std::size_t n) noexcept {
    return n >= 8 ? load_word(p) : tail_word(p, n);
}

/// Whether the `n` bytes at `a` and `b`, whose first and last eight are
/// known to be equal, are equal in between too; compared eight at a time.
constexpr bool same_middle(const char* a, const char* b, std::size_t n) noexcept {
    std::uint64_t differences = 0;
    for (std::size_t i = 8; i + 8 < n; i += 8) differences |= load_word(a + i) ^ load_word(b + i);
    return differences == 0;
}

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
