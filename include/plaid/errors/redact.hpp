#ifndef PLAID_ERRORS_REDACT_HPP
#define PLAID_ERRORS_REDACT_HPP

#include "detail/abi.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "detail/json_escape.hpp"
#include "error.hpp"
#include "members.hpp"
#include "oauth_response.hpp"
#include "printable.hpp"
#include "token_inspection.hpp"
#include "tokens.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A secret (a client secret, an API key, any string) safe for logs: `****`
/// followed by its last four characters when it is at least 16 long and they
/// are letters or digits.
inline std::string redact_secret(std::string_view secret) {
    return std::string(detail::mask) + std::string(detail::shown_tail(secret));
}

/// A token safe for logs: kind and environment kept, identifier masked but
/// for a short tail (`access-sandbox-****c0f6`). A malformed token keeps only
/// the kind and environment it names, if any, and nothing of the rest.
inline std::string redact_token(std::string_view token) { return to_string(masked(inspect_token(token))); }

namespace detail {

/// The longest `<environment>` name: how far a scan looks for the '-' after one.
inline constexpr std::size_t longest_environment_name = [] {
    std::size_t longest = 0;
    for (auto env : environments)
        if (to_string(env).size() > longest) longest = to_string(env).size();
    return longest;
}();

/// How `redact_tokens_in` reads the JSON escape whose backslash is at
/// `text[i]`, decoded by `read_json_escape`: the character it stands for when
/// that is ASCII, else a byte no token holds, and its length. A `\u` escape
/// the JSON rule rejects (a lone surrogate, a missing digit) still reads as
/// one byte no token holds, over the hex digits after the `u`, so that a token
/// right after it is found; any other backslash that starts no escape stands
/// for itself.
constexpr std::pair<char, std::size_t> escape_as_read(std::string_view text, std::size_t i) noexcept {
    constexpr char no_token_byte = '\x01';
    const auto escape = read_json_escape(text.data() + i, text.size() - i);
    if (escape.length != 0)
        return {escape.code_point < 0x80 ? static_cast<char>(escape.code_point) : no_token_byte, escape.length};
    if (i + 1 >= text.size() || text[i + 1] != 'u') return {'\\', 1};
    std::size_t length = 2;
    while (length < 6 && i + length < text.size() && hex_digit_value(text[i + length]) < 16) ++length;
    return {no_token_byte, length};
}

}  // namespace detail

/// `text` with every token in it redacted as `redact_token` does. A token is
/// a known `<kind>-<environment>-` followed by letters, digits and '-', not
/// preceded by a letter or digit. JSON escapes are read as the characters
/// they stand for, so a token right after `\n` or `\u0020`, or written with
/// escapes (`access\u002dsandbox-...`), is found in a raw body too; the whole
/// escaped span is replaced. For log lines and error bodies; other text is
/// kept byte for byte.
inline std::string redact_tokens_in(std::string_view text) {
    // The text as read through its escapes, and where each character starts.
    std::string read;
    std::vector<std::size_t> starts;
    read.reserve(text.size());
    starts.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
        const auto [c, length] =
            text[i] == '\\' ? detail::escape_as_read(text, i) : std::pair<char, std::size_t>{text[i], 1};
        read += c;
        starts.push_back(i);
        i += length;
    }
    starts.push_back(text.size());

    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for (std::size_t i = 0; i < read.size(); ++i) {
        if (!detail::starts_a_prefix(read[i]) || (i > 0 && detail::is_alnum(read[i - 1]))) continue;
        const auto kind = detail::kind_at_start(std::string_view(read).substr(i));
        if (!kind) continue;
        const auto env_start = i + to_string(*kind).size() + 1;
        if (env_start >= read.size()) continue;
        // Looking no further than the longest environment name keeps the scan linear.
        const auto dash = std::string_view(read).substr(env_start, detail::longest_environment_name + 1).find('-');
        if (dash == std::string_view::npos) continue;
        const auto env_end = env_start + dash;
        const auto env = to_environment(std::string_view(read).substr(env_start, dash));
        if (!env) continue;
        auto id_end = env_end + 1;
        while (id_end < read.size() && detail::is_token_byte(read[id_end])) ++id_end;
        while (id_end > env_end + 1 && read[id_end - 1] == '-') --id_end;
        if (id_end == env_end + 1) continue;
        const auto identifier = std::string_view(read).substr(env_end + 1, id_end - env_end - 1);
        out.append(text, copied, starts[i] - copied);
        out += to_string(masked(token_inspection{kind, env, identifier, std::nullopt, 0}));
        copied = starts[id_end];
        i = id_end - 1;
    }
    out.append(text, copied, std::string_view::npos);
    return out;
}

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

/// A copy of a cause, its `item_id` kept, redacted as `redacted(error)` redacts an error.
inline cause redacted(cause c) {
    detail::redact_members(c);
    return c;
}

/// A copy of an OAuth error with `redact_tokens_in` applied to every string it holds.
inline oauth_error_response redacted(oauth_error_response e) {
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
