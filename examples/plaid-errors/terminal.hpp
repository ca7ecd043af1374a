#ifndef PLAID_ERRORS_EXAMPLES_TERMINAL_HPP
#define PLAID_ERRORS_EXAMPLES_TERMINAL_HPP

#include <plaid/errors/preflight.hpp>
#include <plaid/errors/printable.hpp>

#include <cstdio>
#include <string>
#include <string_view>

/// Text safe to print on a terminal or a log line: tokens redacted, so no
/// output carries a whole one, then escaped by the library's `printable`, so
/// a hostile body or argument cannot move the cursor or split the line.
inline std::string printable(std::string_view raw) { return plaid::printable(plaid::redact_tokens_in(raw)); }

inline void print_line(std::FILE* out, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), out);
    std::fputc('\n', out);
}

#endif
