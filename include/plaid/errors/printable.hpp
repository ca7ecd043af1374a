#ifndef PLAID_ERRORS_PRINTABLE_HPP
#define PLAID_ERRORS_PRINTABLE_HPP

#include "detail/abi.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "detail/utf8.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

inline void append_escape(std::string& out, char kind, std::uint32_t value, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '\\';
    out += kind;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
}

/// Code points that end or reorder a line for Unicode-aware readers: C1
/// controls (NEL, CSI...), the line and paragraph separators, and the bidi
/// embeddings, overrides and isolates.
constexpr bool moves_text(std::uint32_t code_point) noexcept {
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
        const auto sequence = detail::read_utf8(text.data() + i, text.size() - i);
        if (sequence.length == 0) {
            detail::append_escape(out, 'x', byte, 2);
            ++i;
        } else if (detail::moves_text(sequence.code_point)) {
            detail::append_escape(out, 'u', sequence.code_point, 4);
            i += sequence.length;
        } else {
            out.append(text, i, sequence.length);
            i += sequence.length;
        }
    }
    return out;
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
