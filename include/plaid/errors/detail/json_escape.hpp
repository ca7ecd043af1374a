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
/// would have.
struct json_escape {
    std::size_t length;
    std::uint32_t code_point;
    std::size_t bad;
    json_syntax what;
};

/// The value of the hex digit `c`, or 16 for any other byte.
constexpr std::uint32_t hex_digit_value(char c) noexcept {
    if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<std::uint32_t>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<std::uint32_t>(c - 'A' + 10);
    return 16;
}

/// The one JSON escape rule of the library (RFC 8259, as nlohmann/json reads
/// it), for the escape whose backslash is at `p`, of which `available` bytes
/// may be read. A bad escape is named at its first byte that rules out every
/// completion: the second digit of `\uDC` to `\uDF`, which only a lone low
/// surrogate starts with, or a high surrogate's next byte that starts no low one.
constexpr json_escape read_json_escape(const char* p, std::size_t available) noexcept {
    const auto bad = [](std::size_t at, json_syntax what) { return json_escape{0, 0, at, what}; };
    const auto at = [&](std::size_t i) { return i < available ? p[i] : '\0'; };
    switch (at(1)) {
        case '"': case '\\': case '/': return {2, static_cast<unsigned char>(p[1]), 0, {}};
        case 'b': return {2, '\b', 0, {}};
        case 'f': return {2, '\f', 0, {}};
        case 'n': return {2, '\n', 0, {}};
        case 'r': return {2, '\r', 0, {}};
        case 't': return {2, '\t', 0, {}};
        case 'u': break;
        default: return bad(available < 2 ? available : 1, json_syntax::escape);
    }
    // The common case first: four hex digits of a code point that is no surrogate.
    if (available >= 6) {
        const std::uint32_t digits[] = {hex_digit_value(p[2]), hex_digit_value(p[3]), hex_digit_value(p[4]),
                                        hex_digit_value(p[5])};
        const std::uint32_t unit = digits[0] << 12 | digits[1] << 8 | digits[2] << 4 | digits[3];
        if ((digits[0] | digits[1] | digits[2] | digits[3]) < 16 && (unit < 0xD800 || unit > 0xDFFF)) return {6, unit, 0, {}};
    }
    std::uint32_t units[2] = {0, 0};
    for (std::size_t unit = 0; unit < 2; ++unit) {
        const std::size_t start = 6 * unit;  // the unit's backslash
        const auto want = unit == 0 ? json_syntax::hex_digit : json_syntax::low_surrogate;
        if (unit == 1 && at(start) != '\\') return bad(start, want);
        if (unit == 1 && at(start + 1) != 'u') return bad(start + 1, want);
        for (std::size_t k = start + 2; k < start + 6; ++k) {
            const std::uint32_t digit = hex_digit_value(at(k));
            const bool low_prefix = (units[unit] << 4 | digit) >> 2 == 0xDC >> 2;  // \uDC to \uDF after two digits
            if (digit == 16 || (unit == 1 && k == start + 2 && digit != 0xD) || (unit == 1 && k == start + 3 && !low_prefix))
                return bad(k, want);
            if (unit == 0 && k == start + 3 && low_prefix) return bad(k, json_syntax::lone_low_surrogate);
            units[unit] = units[unit] << 4 | digit;
        }
        if (unit == 0 && (units[0] < 0xD800 || units[0] > 0xDBFF)) return {6, units[0], 0, {}};
    }
    return {12, 0x10000 + ((units[0] - 0xD800) << 10) + (units[1] - 0xDC00), 0, {}};
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
