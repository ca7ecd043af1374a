#ifndef PLAID_ERRORS_EXAMPLES_TERMINAL_HPP
#define PLAID_ERRORS_EXAMPLES_TERMINAL_HPP

#include <plaid/errors/preflight.hpp>

#include <cstdio>
#include <string>
#include <string_view>

/// Text safe to print on a terminal: control characters (C0, DEL, and the
/// UTF-8 encoded C1 range, which some terminals obey) become escapes, so a
/// hostile body or argument cannot move the cursor or retitle the window.
/// Tokens in the text are redacted first: no output carries a whole token.
inline std::string printable(std::string_view raw) {
    const std::string text = plaid::redact_tokens_in(raw);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool c1 = byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (byte >= 0x20 && byte != 0x7F && !c1) {
            out += text[i];
            continue;
        }
        if (c1) {
            ++i;
            out += "\\u00";
            out += hex[static_cast<unsigned char>(text[i]) >> 4];
            out += hex[static_cast<unsigned char>(text[i]) & 0xF];
        } else {
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    return out;
}

inline void print_line(std::FILE* out, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), out);
    std::fputc('\n', out);
}

#endif
