#ifndef PLAID_ERRORS_EXAMPLES_TERMINAL_HPP
#define PLAID_ERRORS_EXAMPLES_TERMINAL_HPP

#include <plaid/errors/redact.hpp>

#include <cstdio>
#include <string>
#include <string_view>

/// Every line the tool prints quotes the body or an argument through
/// `plaid::loggable`, the library's one "redact, then escape" step.
using plaid::loggable;

inline void print_line(std::FILE* out, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), out);
    std::fputc('\n', out);
}

#endif
