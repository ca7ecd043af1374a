#ifndef PLAID_ERRORS_TOKEN_INSPECTION_HPP
#define PLAID_ERRORS_TOKEN_INSPECTION_HPP

#include "detail/abi.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tokens.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Why a string is not a well-formed token.
enum class token_defect : std::uint8_t {
    empty,                ///< no bytes at all
    too_long,             ///< longer than `max_token_length`
    whitespace,           ///< a space, tab or line break (often pasted with the token)
    control_character,    ///< another C0 control byte or DEL
    invalid_character,    ///< any other byte that is not a letter, a digit or '-'
    unknown_kind,         ///< the string does not start with a known `<kind>-`
    missing_environment,  ///< nothing after `<kind>-`
    unknown_environment,  ///< the `<environment>` part is not sandbox, development or production
    missing_identifier,   ///< nothing after `<kind>-<environment>-`
    malformed_identifier, ///< the identifier starts or ends with '-', or has "--"
};

/// Lower-case name of a defect (`"whitespace"`, ...).
constexpr std::string_view to_string(token_defect defect) noexcept {
    switch (defect) {
        case token_defect::empty: return "empty";
        case token_defect::too_long: return "too_long";
        case token_defect::whitespace: return "whitespace";
        case token_defect::control_character: return "control_character";
        case token_defect::invalid_character: return "invalid_character";
        case token_defect::unknown_kind: return "unknown_kind";
        case token_defect::missing_environment: return "missing_environment";
        case token_defect::unknown_environment: return "unknown_environment";
        case token_defect::missing_identifier: return "missing_identifier";
        case token_defect::malformed_identifier: return "malformed_identifier";
    }
    return {};
}

/// One phrase saying what is wrong, to follow "the token ...".
constexpr std::string_view describe(token_defect defect) noexcept {
    switch (defect) {
        case token_defect::empty: return "is empty";
        case token_defect::too_long: return "is longer than any Plaid token";
        case token_defect::whitespace: return "contains whitespace";
        case token_defect::control_character: return "contains a control character";
        case token_defect::invalid_character: return "contains a byte other than a letter, a digit or '-'";
        case token_defect::unknown_kind: return "does not start with a known token kind";
        case token_defect::missing_environment: return "has no environment after its kind";
        case token_defect::unknown_environment:
            return "names an environment other than sandbox, development or production";
        case token_defect::missing_identifier: return "has no identifier after its environment";
        case token_defect::malformed_identifier: return "has an identifier with a misplaced '-'";
    }
    return {};
}

/// Longer strings are reported as `too_long` without being read further. The
/// longest documented token is under 60 bytes; the bound keeps inspection and
/// any message about the string short.
inline constexpr std::size_t max_token_length = 256;

/// What a string says about itself as a Plaid token. Views point into the
/// inspected string: nothing is copied or allocated.
struct token_inspection {
    std::optional<token_kind> kind;      ///< set once the prefix names a kind, even if a later part is malformed
    std::optional<environment> env;      ///< set once the environment part names one
    std::string_view identifier;         ///< the part after `<kind>-<environment>-`; empty when malformed
    std::optional<token_defect> defect;  ///< no value for a well-formed token
    std::size_t defect_offset = 0;       ///< byte offset where the defect is

    constexpr bool well_formed() const noexcept { return !defect; }
};

namespace detail {

constexpr std::optional<token_defect> byte_defect(char c) noexcept {
    if (is_token_byte(c)) return std::nullopt;
    if (c == ' ' || (c >= '\t' && c <= '\r')) return token_defect::whitespace;
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) return token_defect::control_character;
    return token_defect::invalid_character;
}

/// Splits a string of token bytes into kind, environment and identifier.
constexpr token_inspection parse_token_structure(std::string_view text) noexcept {
    token_inspection result;
    result.kind = kind_at_start(text);
    if (!result.kind) {
        result.defect = token_defect::unknown_kind;
        return result;
    }
    const std::size_t env_start = kind_info(*result.kind).prefix.size() + 1;
    if (env_start >= text.size()) {
        result.defect = token_defect::missing_environment;
        result.defect_offset = text.size();
        return result;
    }
    const auto env_end = text.find('-', env_start);
    result.env = to_environment(text.substr(env_start, env_end - env_start));
    if (!result.env) {
        result.defect = token_defect::unknown_environment;
        result.defect_offset = env_start;
        return result;
    }
    if (env_end == std::string_view::npos || env_end + 1 == text.size()) {
        result.defect = token_defect::missing_identifier;
        result.defect_offset = text.size();
        return result;
    }
    result.identifier = text.substr(env_end + 1);
    const auto& id = result.identifier;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const bool misplaced = id[i] == '-' && (i == 0 || i + 1 == id.size() || id[i + 1] == '-');
        if (misplaced) {
            result.identifier = {};
            result.defect = token_defect::malformed_identifier;
            result.defect_offset = env_end + 1 + i;
            return result;
        }
    }
    return result;
}

}  // namespace detail

/// Which kind of Plaid token `text` is, its environment and its identifier,
/// or the first thing that makes it malformed and where. Byte defects
/// (whitespace, control characters) are reported before structural ones, as
/// they are the usual reason a real token fails; kind and environment are
/// still filled in when the bytes before the defect name them.
constexpr token_inspection inspect_token(std::string_view text) noexcept {
    if (text.empty()) return {std::nullopt, std::nullopt, {}, token_defect::empty, 0};
    const auto checked = text.substr(0, max_token_length);
    std::optional<token_defect> bad_byte;
    std::size_t bad_offset = 0;
    for (std::size_t i = 0; i < checked.size() && !bad_byte; ++i)
        if ((bad_byte = detail::byte_defect(checked[i]))) bad_offset = i;

    if (!bad_byte && text.size() <= max_token_length) return detail::parse_token_structure(text);

    auto result = detail::parse_token_structure(checked.substr(0, bad_byte ? bad_offset : checked.size()));
    result.identifier = {};
    result.defect = bad_byte ? *bad_byte : token_defect::too_long;
    result.defect_offset = bad_byte ? bad_offset : max_token_length;
    return result;
}

namespace detail {

/// Identifiers and secrets at least this long keep their last `kept_tail`
/// characters, so that a log line can be matched to a stored token while at
/// most a quarter of it shows; shorter ones are masked whole.
inline constexpr std::size_t shortest_with_tail = 16;
inline constexpr std::size_t kept_tail = 4;
inline constexpr std::string_view mask = "****";

/// The characters of `secret` that a redacted form may show: its last
/// `kept_tail` when it is long enough and they are letters or digits.
constexpr std::string_view shown_tail(std::string_view secret) noexcept {
    if (secret.size() < shortest_with_tail) return {};
    const auto tail = secret.substr(secret.size() - kept_tail);
    for (char c : tail)
        if (!is_alnum(c)) return {};
    return tail;
}

}  // namespace detail

/// A token with its identifier masked: what `inspect_token` found, but of the
/// identifier only its length and at most its last four characters. It holds
/// no view into the inspected string, so it outlives it, and nothing that
/// would let a reader use the token.
struct masked_token {
    std::optional<token_kind> kind;
    std::optional<environment> env;
    std::optional<token_defect> defect;
    std::size_t defect_offset = 0;
    std::size_t identifier_length = 0;  ///< 0 when malformed
    std::array<char, detail::kept_tail> tail{};
    std::size_t tail_length = 0;  ///< 0, or 4 for a well-formed identifier of 16 characters or more

    constexpr bool well_formed() const noexcept { return !defect; }
    constexpr std::string_view shown_tail() const noexcept { return {tail.data(), tail_length}; }
};

/// The masked form of an inspected token.
constexpr masked_token masked(const token_inspection& token) noexcept {
    masked_token out{token.kind, token.env, token.defect, token.defect_offset, token.identifier.size(), {}, 0};
    const auto tail = detail::shown_tail(token.identifier);
    for (std::size_t i = 0; i < tail.size(); ++i) out.tail[i] = tail[i];
    out.tail_length = tail.size();
    return out;
}

/// A masked token as text: kind and environment as far as the token names
/// them, then `****` and the kept tail (`access-sandbox-****c0f6`).
inline std::string to_string(const masked_token& token) {
    std::string out;
    if (token.kind) {
        out += to_string(*token.kind);
        out += '-';
        if (token.env) {
            out += to_string(*token.env);
            out += '-';
        }
    }
    out += detail::mask;
    out += token.shown_tail();
    return out;
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
