#ifndef PLAID_ERRORS_PRINTABLE_HPP
#define PLAID_ERRORS_PRINTABLE_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace plaid {
inline namespace errors_v1 {
namespace detail {

inline void append_escape(std::string& out, char kind, unsigned value, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '\\';
    out += kind;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
}

/// The length of the well-formed UTF-8 sequence at `s[i]` and its code point,
/// or 0 when the bytes there are not one (overlong, surrogate, truncated,
/// past U+10FFFF, a stray continuation byte).
inline std::size_t utf8_sequence(std::string_view s, std::size_t i, unsigned& code_point) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned lead = byte(i);
    std::size_t length;
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
        return 0;
    }
    if (i + length > s.size() || byte(i + 1) < low || byte(i + 1) > high) return 0;
    code_point = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code_point = (code_point << 6) | (byte(i + k) & 0x3F);
    }
    return length;
}

/// Code points that end or reorder a line for Unicode-aware readers: C1
/// controls (NEL, CSI...), the line and paragraph separators, and the bidi
/// embeddings, overrides and isolates.
constexpr bool moves_text(unsigned code_point) noexcept {
    return (code_point >= 0x80 && code_point <= 0x9F) || code_point == 0x2028 || code_point == 0x2029 ||
           (code_point >= 0x202A && code_point <= 0x202E) || (code_point >= 0x2066 && code_point <= 0x2069);
}

}  // namespace detail

/// `text` on one line, safe for logs and terminals: C0 controls and DEL
/// become `\n`, `\r`, `\t` or `\xNN`; C1 controls, U+2028, U+2029 and the
/// bidi controls U+202A to U+202E and U+2066 to U+2069 become `\uNNNN`;
/// each byte of invalid UTF-8 becomes `\xNN`; a backslash becomes `\\`, so
/// the escapes cannot be forged. Everything else is kept byte for byte.
/// Tokens are not touched: redact them first (`redact_tokens_in`).
inline std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F) {
            if (byte == '\\') out += '\\';
            out += text[i++];
            continue;
        }
        if (byte < 0x80) {
            switch (byte) {
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                default: detail::append_escape(out, 'x', byte, 2);
            }
            ++i;
            continue;
        }
        unsigned code_point = 0;
        const std::size_t length = detail::utf8_sequence(text, i, code_point);
        if (length == 0) {
            detail::append_escape(out, 'x', byte, 2);
            ++i;
        } else if (detail::moves_text(code_point)) {
            detail::append_escape(out, 'u', code_point, 4);
            i += length;
        } else {
            out.append(text, i, length);
            i += length;
        }
    }
    return out;
}

}  // namespace errors_v1
}  // namespace plaid

#endif
