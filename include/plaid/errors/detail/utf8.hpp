#ifndef PLAID_ERRORS_DETAIL_UTF8_HPP
#define PLAID_ERRORS_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// A UTF-8 sequence read from text: its length and code point, or where it breaks.
struct utf8_sequence {
    std::size_t length;  ///< 0 when the bytes are no well-formed sequence
    std::uint32_t code_point;
    /// When `length` is 0: the offset of the first byte that no well-formed
    /// sequence has there (0 for a bad lead byte; the bytes available when
    /// they end first).
    std::size_t bad;
};

/// The one UTF-8 rule of the library (RFC 3629, as nlohmann/json checks it):
/// no overlong forms, no surrogates, nothing past U+10FFFF. Reads the
/// sequence that starts at `p`, of which `available` bytes may be read; the
/// JSON reader and `printable` both ask it.
constexpr utf8_sequence read_utf8(const char* p, std::size_t available) noexcept {
    const auto byte = [p](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    const unsigned lead = byte(0);
    if (lead < 0x80) return {1, lead, 0};
    std::size_t length = 0;
    unsigned low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return {0, 0, 0};
    }
    std::uint32_t point = lead & (0x7Fu >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if (i == available) return {0, 0, i};
        const unsigned b = byte(i);
        if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF)) return {0, 0, i};
        point = (point << 6) | (b & 0x3F);
    }
    return {length, point, 0};
}

/// Writes the UTF-8 form of `point` (at most U+10FFFF, no surrogate) at `out`
/// and returns where it ends: at most four bytes.
inline char* write_utf8(std::uint32_t point, char* out) noexcept {
    const auto put = [&out](std::uint32_t b) { *out++ = static_cast<char>(static_cast<unsigned char>(b)); };
    if (point < 0x80) {
        put(point);
    } else if (point < 0x800) {
        put(0xC0 | point >> 6);
        put(0x80 | (point & 0x3F));
    } else if (point < 0x10000) {
        put(0xE0 | point >> 12);
        put(0x80 | (point >> 6 & 0x3F));
        put(0x80 | (point & 0x3F));
    } else {
        put(0xF0 | point >> 18);
        put(0x80 | (point >> 12 & 0x3F));
        put(0x80 | (point >> 6 & 0x3F));
        put(0x80 | (point & 0x3F));
    }
    return out;
}

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
