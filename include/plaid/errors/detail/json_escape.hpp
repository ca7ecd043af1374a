#ifndef PLAID_ERRORS_DETAIL_JSON_ESCAPE_HPP
#define PLAID_ERRORS_DETAIL_JSON_ESCAPE_HPP

#include <cstddef>
#include <cstdint>

#include "json_syntax.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// A JSON escape read from text: the code point it stands for and its
/// length (a surrogate pair is one escape of twelve bytes), or where and why
/// it is bad.
struct json_escape {
    std::size_t length;  ///< 0 when the escape is bad
    std::uint32_t code_point;
    std::size_t bad;   ///< when bad: the offset of the first byte no valid escape has there
    json_syntax what;  ///< when bad: what a valid escape has at `bad`
};

/// The value of the hex digit `c`, or 16 for any other byte.
constexpr std::uint32_t hex_digit_value(char c) noexcept {
    if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<std::uint32_t>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<std::uint32_t>(c - 'A' + 10);
    return 16;
}

/// The one JSON escape rule of the library (RFC 8259, as nlohmann/json reads
/// escapes): the escape whose backslash `p` points at, of which `available`
/// bytes may be read. A bad escape is named at its first byte that rules
/// every completion out: the second hex digit of `\uDC..` to `\uDF..`,
/// which can only be a lone low surrogate, or the first digit after a high
/// surrogate's `\u` that is no `d`.
constexpr json_escape read_json_escape(const char* p, std::size_t available) noexcept {
    const auto bad = [](std::size_t at, json_syntax what) { return json_escape{0, 0, at, what}; };
    if (available < 2) return bad(available, json_syntax::escape);
    switch (p[1]) {
        case '"': case '\\': case '/': return {2, static_cast<std::uint32_t>(p[1]), 0, {}};
        case 'b': return {2, '\b', 0, {}};
        case 'f': return {2, '\f', 0, {}};
        case 'n': return {2, '\n', 0, {}};
        case 'r': return {2, '\r', 0, {}};
        case 't': return {2, '\t', 0, {}};
        case 'u': break;
        default: return bad(1, json_syntax::escape);
    }
    // The four digits of the `\u` at `at`; a high surrogate's low one must be `\uDC00` to `\uDFFF`.
    std::uint32_t units[2] = {0, 0};
    for (std::size_t unit = 0; unit < 2; ++unit) {
        const std::size_t at = 6 * unit;
        if (unit == 1) {
            if (at >= available || p[at] != '\\') return bad(at, json_syntax::low_surrogate);
            if (at + 1 >= available || p[at + 1] != 'u') return bad(at + 1, json_syntax::low_surrogate);
        }
        for (std::size_t i = 0; i < 4; ++i) {
            const std::size_t k = at + 2 + i;
            const std::uint32_t digit = k < available ? hex_digit_value(p[k]) : 16;
            if (digit == 16) return bad(k, unit == 0 ? json_syntax::hex_digit : json_syntax::low_surrogate);
            units[unit] = units[unit] << 4 | digit;
            if (i == 0 && unit == 1 && digit != 0xD) return bad(k, json_syntax::low_surrogate);
            if (i == 1 && (units[unit] >> 2) == (0xDC >> 2) && unit == 0)
                return bad(k, json_syntax::lone_low_surrogate);
            if (i == 1 && unit == 1 && (units[unit] >> 2) != (0xDC >> 2)) return bad(k, json_syntax::low_surrogate);
        }
        if (unit == 0 && (units[0] < 0xD800 || units[0] > 0xDBFF)) return {6, units[0], 0, {}};
    }
    return {12, 0x10000 + ((units[0] - 0xD800) << 10) + (units[1] - 0xDC00), 0, {}};
}

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
