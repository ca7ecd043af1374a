#ifndef PLAID_ERRORS_DETAIL_JSON_ESCAPE_HPP
#define PLAID_ERRORS_DETAIL_JSON_ESCAPE_HPP

#include "abi.hpp"

#include <cstddef>
#include <cstdint>

#include "json_syntax.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// A JSON escape read from text: its length (a surrogate pair is one escape
/// of twelve bytes) and code point; a length of 0 when it is bad, `bad` then
/// the offset of the first byte no valid escape has there and `what` what it
/// would have. Eight bytes, which a call returns in a register.
struct json_escape {
    std::uint32_t code_point;
    std::uint8_t length;
    std::uint8_t bad;
    json_syntax what;
};

/// The value of each byte as a hex digit, 16 for a byte that is none: a `\u`
/// escape's digits cost one load each instead of three range tests.
struct hex_digit_table {
    std::uint8_t value[256];
    constexpr hex_digit_table() noexcept : value() {
        for (int c = 0; c < 256; ++c)
            value[c] = c >= '0' && c <= '9'   ? static_cast<std::uint8_t>(c - '0')
                       : c >= 'a' && c <= 'f' ? static_cast<std::uint8_t>(c - 'a' + 10)
                       : c >= 'A' && c <= 'F' ? static_cast<std::uint8_t>(c - 'A' + 10)
                                              : 16;
    }
};
inline constexpr hex_digit_table hex_digits{};

/// The value of the hex digit `c`, or 16 for any other byte.
constexpr std::uint32_t hex_digit_value(char c) noexcept { return hex_digits.value[static_cast<unsigned char>(c)]; }

/// The escapes `read_json_escape` leaves to this: every one but four hex
/// digits of a code point that is no surrogate, or a surrogate pair.
constexpr json_escape read_json_escape_rest(const char* p, std::size_t available) noexcept {
    const auto bad = [](std::size_t at, json_syntax what) { return json_escape{0, 0, static_cast<std::uint8_t>(at), what}; };
    const auto at = [&](std::size_t i) { return i < available ? p[i] : '\0'; };
    switch (at(1)) {
        case '"': case '\\': case '/': return {static_cast<unsigned char>(p[1]), 2, 0, {}};
        case 'b': return {'\b', 2, 0, {}};
        case 'f': return {'\f', 2, 0, {}};
        case 'n': return {'\n', 2, 0, {}};
        case 'r': return {'\r', 2, 0, {}};
        case 't': return {'\t', 2, 0, {}};
        case 'u': break;
        default: return bad(available < 2 ? available : 1, json_syntax::escape);
    }
    // A bad `\u` escape, or one the text ends in: named at its first byte that rules out every completion.
    std::uint32_t unit = 0;
    for (std::size_t k = 2; k < 6; ++k) {
        if (hex_digit_value(at(k)) == 16) return bad(k, json_syntax::hex_digit);
        unit = unit << 4 | hex_digit_value(at(k));
        if (k == 3 && unit >> 2 == 0xDC >> 2) return bad(k, json_syntax::lone_low_surrogate);
    }
    if (unit < 0xD800 || unit > 0xDBFF) return {unit, 6, 0, {}};
    for (std::size_t k = 6; k < 12; ++k) {
        const std::uint32_t digit = hex_digit_value(at(k));
        if (k == 6 ? at(k) != '\\' : k == 7 ? at(k) != 'u' : digit == 16 || (k == 8 && digit != 0xD) || (k == 9 && digit < 0xC))
            return bad(k, json_syntax::low_surrogate);
    }
    std::uint32_t low = 0;
    for (std::size_t k = 8; k < 12; ++k) low = low << 4 | hex_digit_value(p[k]);
    return {0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), 12, 0, {}};
}

/// The one JSON escape rule of the library (RFC 8259, as nlohmann/json reads
/// it), for the escape whose backslash is at `p`, of which `available` bytes
/// may be read. A bad escape is named at its first byte that rules out every
/// completion: the second digit of `\uDC` to `\uDF`, which only a lone low
/// surrogate starts with, or a high surrogate's next byte that starts no low one.
/// The common `\u` escapes are read here, small enough to inline into a string
/// loop, and the others by `read_json_escape_rest`.
constexpr json_escape read_json_escape(const char* p, std::size_t available) noexcept {
    const auto unit_at = [p](std::size_t i) {  // 0x10000 or more when a byte is no hex digit
        std::uint32_t unit = 0, digits = 0;
        for (std::size_t k = i; k < i + 4; ++k) digits |= hex_digit_value(p[k]), unit = unit << 4 | hex_digit_value(p[k]);
        return digits < 16 ? unit : 0x10000;
    };
    if (available >= 6 && p[1] == 'u') {
        const std::uint32_t unit = unit_at(2);
        if (unit < 0xD800 || (unit > 0xDFFF && unit < 0x10000)) return {unit, 6, 0, {}};
        if (unit < 0xDC00 && available >= 12 && p[6] == '\\' && p[7] == 'u') {
            const std::uint32_t low = unit_at(8);
            if (low >= 0xDC00 && low <= 0xDFFF) return {0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), 12, 0, {}};
        }
    }
    return read_json_escape_rest(p, available);
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
