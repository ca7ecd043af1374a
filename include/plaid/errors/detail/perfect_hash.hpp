#ifndef PLAID_ERRORS_DETAIL_PERFECT_HASH_HPP
#define PLAID_ERRORS_DETAIL_PERFECT_HASH_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "always_inline.hpp"
#include "words.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// One name a perfect hash knows, the value it stands for, and the salt that
/// tells apart equal names in different contexts (a code under two types).
struct hashed_name {
    std::string_view name;
    std::uint16_t value;
    std::uint8_t salt;
};

/// A name of eight bytes or more as three words, its first eight bytes, the
/// eight in its middle and its last eight, and their hash. The words cover
/// names of up to 24 bytes whole, so comparing them settles equality there
/// without a loop.
struct name_key {
    std::uint64_t head, middle, tail, hash;
};

PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr name_key key_of(const char* p, std::size_t n) noexcept {
    const auto head = load_word(p), middle = load_word(p + (n - 8) / 2), tail = load_word(p + n - 8);
    return {head, middle, tail, head + 3 * middle + 5 * tail + n};  // odd factors: each word counts
}

/// Whether a key's words are these; for names of one size up to 24 bytes,
/// the same words mean the same name.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr bool has_words(const name_key& key, std::uint64_t head, std::uint64_t middle,
                                                           std::uint64_t tail) noexcept {
    return ((key.head ^ head) | (key.middle ^ middle) | (key.tail ^ tail)) == 0;
}

/// Whether the `n` bytes at `p` and `q` agree between their first and last
/// eight, for names over 24 bytes, whose three words leave a gap.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr bool same_inner_words(const char* p, const char* q, std::size_t n) noexcept {
    for (std::size_t i = 8; i + 8 < n; i += 8)
        if (load_word(p + i) != load_word(q + i)) return false;
    return true;
}

/// Whether `candidate` is the `n` bytes at `p`, whose words are `key`.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr bool same_name(std::string_view candidate, const char* p, std::size_t n,
                                                           const name_key& key) noexcept {
    if (candidate.size() != n) return false;
    const char* q = candidate.data();
    const auto words = key_of(q, n);
    return has_words(key, words.head, words.middle, words.tail) && (n <= 24 || same_inner_words(p, q, n));
}

/// Whether a size lies in [shortest, longest]; a shorter size wraps around.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE constexpr bool size_within(std::size_t n, std::size_t shortest,
                                                             std::size_t longest) noexcept {
    return n - shortest <= longest - shortest;
}

template <std::size_t Slots>
constexpr unsigned slot_shift() noexcept {
    static_assert(Slots >= 2 && (Slots & (Slots - 1)) == 0, "a power of two of slots");
    unsigned bits = 0;
    while ((std::size_t{1} << bits) < Slots) ++bits;
    return 64 - bits;
}

/// Lookup tables from names to values whose hash gives every known key its
/// own slot. The multipliers and slots are found by
/// cmake/taxonomy/generate.py, which writes the same arithmetic in Python,
/// so no compiler searches for them; a query hashes three words of each
/// name, reads one slot and compares one candidate.
template <std::size_t Slots, std::size_t Names>
struct perfect_hash {
    static_assert(Names <= 256, "slots store positions in one byte");

    std::uint64_t multiplier;
    std::size_t shortest, longest;
    /// Positions in `names`; an empty slot leads to entry 0, a sentinel whose
    /// empty name no query has, so a lookup needs no test for empty slots.
    std::array<std::uint8_t, Slots> slots;
    std::array<hashed_name, Names> names;

    /// The value of `name` under `salt`, or 0 when it is not a known name.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE
    constexpr std::uint16_t find(std::string_view name, std::uint8_t salt = 0) const noexcept {
        const std::size_t n = name.size();
        if (!size_within(n, shortest, longest)) return 0;
        const auto key = key_of(name.data(), n);
        const auto& candidate = names[slots[((key.hash + (std::uint64_t{salt} << 8)) * multiplier) >> slot_shift<Slots>()]];
        return candidate.salt == salt && same_name(candidate.name, name.data(), n, key) ? candidate.value : 0;
    }

    /// Whether every known name is found with its own value.
    constexpr bool finds_all() const noexcept {
        for (std::size_t i = 1; i < Names; ++i)
            if (find(names[i].name, names[i].salt) != names[i].value) return false;
        return true;
    }
};

/// A code string the code index knows, with its words and those of the type
/// that documents it (the first of them where several do, which `shared`
/// tells), so a query compares them without reading either string. One cache
/// line each, so an entry's address is a shift of its position.
struct alignas(64) indexed_code {
    std::uint64_t head, middle, tail;
    std::uint64_t type_head, type_middle, type_tail;
    const char* name;
    std::uint8_t size, type_size, type;
    bool shared;
    std::uint16_t value;
};

/// The index of code strings: one probe answers a code string alone and, as
/// a (type, code) pair of strings is mostly a code that one type documents,
/// the pair too, without hashing the type.
template <std::size_t Slots, std::size_t Names>
struct code_index {
    static_assert(Names <= 256, "slots store positions in one byte");

    std::uint64_t multiplier;
    std::size_t shortest, longest;
    std::array<std::uint8_t, Slots> slots;  ///< positions in `names`, 0 (a sentinel) for an empty slot
    std::array<indexed_code, Names> names;

    /// The entry of a code string, or null when it is not a known one.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE
    constexpr const indexed_code* find(std::string_view name) const noexcept {
        const std::size_t n = name.size();
        if (!size_within(n, shortest, longest)) return nullptr;
        const char* p = name.data();
        const auto key = key_of(p, n);
        const indexed_code& e = names[slots[(key.hash * multiplier) >> slot_shift<Slots>()]];
        if (e.size != n || !has_words(key, e.head, e.middle, e.tail)) return nullptr;
        return n <= 24 || same_inner_words(p, e.name, n) ? &e : nullptr;
    }

    /// Whether `type` is the entry's type; `type_name` gives that type's wire
    /// string, read only for types over 24 bytes.
    template <class TypeName>
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static constexpr bool documents(const indexed_code& e, std::string_view type,
                                                                      TypeName type_name) noexcept {
        const std::size_t n = type.size();
        if (e.type_size != n) return false;  // so `type` has eight bytes or more, as the entry's has
        const char* p = type.data();
        return has_words(key_of(p, n), e.type_head, e.type_middle, e.type_tail) &&
               (n <= 24 || same_inner_words(p, type_name(e.type), n));
    }
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
