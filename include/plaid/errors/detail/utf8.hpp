#ifndef PLAID_ERRORS_DETAIL_UTF8_HPP
#define PLAID_ERRORS_DETAIL_UTF8_HPP

#include "abi.hpp"

#include <cstddef>
#include <cstdint>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// A UTF-8 sequence read from text: its length and code point; a length of
/// 0 when the bytes are none, `bad` then the offset of the first byte that
/// no well-formed sequence has there (`available` when the text ends first).
/// Eight bytes, which a call returns in a register.
struct utf8_sequence {
    std::uint32_t code_point;
    std::uint8_t length;
    std::uint8_t bad;
};

/// The one UTF-8 rule of the library (RFC 3629, as nlohmann/json checks it:
/// no overlong form, no surrogate, nothing past U+10FFFF), for the sequence
/// at `p` of which `available` bytes may be read; the JSON reader and
/// `printable` both ask it.
constexpr utf8_sequence read_utf8(const char* p, std::size_t available) noexcept {
    const auto lead = static_cast<unsigned char>(p[0]);
    if (lead < 0x80) return {lead, 1, 0};
    const std::uint8_t length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                               : lead >= 0xF0 && lead <= 0xF4                                 ? 4
                                                                                              : 0;
    if (length == 0) return {0, 0, 0};
    // The second byte's range is narrower after the leads of overlong forms, surrogates and code points past U+10FFFF.
    const unsigned low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    const unsigned high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    std::uint32_t point = lead & (0x7Fu >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if (i == available) return {0, 0, static_cast<std::uint8_t>(i)};
        const auto byte = static_cast<unsigned char>(p[i]);
        if (byte < (i == 1 ? low : 0x80) || byte > (i == 1 ? high : 0xBF)) return {0, 0, static_cast<std::uint8_t>(i)};
        point = point << 6 | (byte & 0x3Fu);
    }
    return {point, length, 0};
}

/// Writes `point` (at most U+10FFFF, no surrogate) as UTF-8 at `out`: one to
/// four bytes, and where they end.
inline char* write_utf8(std::uint32_t point, char* out) noexcept {
    const std::size_t length = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    constexpr unsigned char leads[] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (std::size_t i = length; i-- > 1; point >>= 6) out[i] = static_cast<char>(0x80 | (point & 0x3F));
    out[0] = static_cast<char>(leads[length] | point);
    return out + length;
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
