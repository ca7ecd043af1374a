#ifndef PLAID_ERRORS_REDACT_HPP
#define PLAID_ERRORS_REDACT_HPP

#include "detail/abi.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "error.hpp"
#include "members.hpp"
#include "preflight.hpp"
#include "printable.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

namespace detail {

inline void redact_member(std::string& text) { text = redact_tokens_in(text); }

inline void redact_member(std::optional<std::string>& text) {
    if (text) redact_member(*text);
}

inline void redact_member(std::optional<int>&) noexcept {}

inline void redact_member(std::vector<std::string>& texts) {
    for (auto& text : texts) redact_member(text);
}

template <class T, std::enable_if_t<has_shape<T>::value, int> = 0>
void redact_member(std::vector<T>& values);

/// Redacts every string member of `value`, by its table.
template <class T>
void redact_members(T& value) {
    for_each_member<T>([&](const auto& row) { redact_member(value.*row.pointer); });
}

template <class T, std::enable_if_t<has_shape<T>::value, int>>
void redact_member(std::vector<T>& values) {
    for (auto& value : values) redact_members(value);
}

}  // namespace detail

/// A copy of a parsed error with `redact_tokens_in` applied to every string
/// it holds, causes included: what to print or log when the body may echo a
/// token (Plaid's messages do, for example "...for the following access
/// tokens: access-sandbox-...").
inline error redacted(error e) {
    detail::redact_members(e);
    return e;
}

/// Text from the network as every printer of the library writes it (the
/// stream and format operators, the test integrations, the tool): tokens
/// redacted first, then escaped by `printable`, so that no output carries a
/// whole token and a body cannot split, forge or reorder log lines.
inline std::string loggable(std::string_view text) { return printable(redact_tokens_in(text)); }

namespace detail {
/// `loggable(text)` in double quotes: how a matcher's description or
/// explanation shows a string that may come from a body.
inline std::string quoted_loggable(std::string_view text) { return '"' + loggable(text) + '"'; }
}  // namespace detail

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
