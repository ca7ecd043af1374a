#ifndef PLAID_ERRORS_DETAIL_NAME_INDEX_HPP
#define PLAID_ERRORS_DETAIL_NAME_INDEX_HPP

#include "abi.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// The one hash of every name lookup (codes, types, members): a name's first
/// and last eight bytes (all of them when shorter) and its length. A probe
/// compares whole names, so the hash only has to spread them. Written with
/// shifts so that it is constexpr; each eight is spelled out byte by byte,
/// which GCC and Clang turn into one load (a loop over them they do not).
constexpr std::uint64_t name_hash(std::string_view name) noexcept {
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(name[i])}; };
    const auto eight = [&](std::size_t from) {
        return byte(from) | byte(from + 1) << 8 | byte(from + 2) << 16 | byte(from + 3) << 24 | byte(from + 4) << 32 |
               byte(from + 5) << 40 | byte(from + 6) << 48 | byte(from + 7) << 56;
    };
    const std::size_t n = name.size();
    std::uint64_t head = 0, tail = 0;
    if (n >= 8) {
        head = eight(0);
        tail = eight(n - 8);
    } else {
        for (std::size_t i = 0; i < n; ++i) head |= byte(i) << (8 * i);
    }
    return (head ^ (tail * 0x9E3779B97F4A7C15) ^ n) * 0xC2B2AE3D27D4EB4F;
}

/// The smallest power of two that keeps an index of `names` names at most
/// half full, so that a probe meets one or two names.
constexpr std::size_t slots_for(std::size_t names) noexcept {
    std::size_t slots = 2;
    while (slots < 2 * names) slots *= 2;
    return slots;
}

/// Where each name of a constant list sits in it: an open-addressing table
/// the compiler fills, probed linearly from a name's hash; `name_of(i)` gives
/// the list's name `i`. The one lookup scheme of the library.
template <std::size_t Slots>
class name_index {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    template <class NameOf>
    constexpr name_index(std::size_t count, NameOf name_of) noexcept {
        for (std::size_t i = 0; i < count && i < Slots / 2; ++i) {
            std::size_t s = first_slot(name_of(i));
            while (slots_[s] != 0) s = (s + 1) % Slots;
            slots_[s] = static_cast<std::uint16_t>(i + 1);
        }
    }

    /// The position of `name` in the list, or `npos`; case-sensitive.
    template <class NameOf>
    constexpr std::size_t find(std::string_view name, NameOf name_of) const noexcept {
        for (std::size_t s = first_slot(name);; s = (s + 1) % Slots) {
            if (slots_[s] == 0) return npos;
            if (name_of(slots_[s] - 1u) == name) return slots_[s] - 1u;
        }
    }

    /// Whether each of the `count` names is found at its own position: not
    /// when one is listed twice or the list outgrows the table.
    template <class NameOf>
    constexpr bool finds_all(std::size_t count, NameOf name_of) const noexcept {
        for (std::size_t i = 0; i < count; ++i)
            if (2 * count > Slots || find(name_of(i), name_of) != i) return false;
        return true;
    }

private:
    static constexpr std::size_t first_slot(std::string_view name) noexcept {
        return static_cast<std::size_t>(name_hash(name) >> 32) % Slots;
    }

    std::array<std::uint16_t, Slots> slots_{};
};

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
