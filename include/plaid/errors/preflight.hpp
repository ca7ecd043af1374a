#ifndef PLAID_ERRORS_PREFLIGHT_HPP
#define PLAID_ERRORS_PREFLIGHT_HPP

#include "detail/abi.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code_info.hpp"
#include "codes.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A Plaid API environment: the `<environment>` part of a token.
/// Names as in the servers of plaid/plaid-openapi `2020-09-14.yml` and
/// plaid/plaid-go `plaid/environments.go` (sandbox, development, production).
enum class environment : std::uint8_t {
    sandbox,
    development,  ///< retired: the docs now name only Sandbox and Production
    production,
};

/// The lower-case name used in tokens and URLs (`"sandbox"`, ...).
constexpr std::string_view to_string(environment env) noexcept {
    switch (env) {
        case environment::sandbox: return "sandbox";
        case environment::development: return "development";
        case environment::production: return "production";
    }
    return {};
}

/// The name the docs write in prose (`"Sandbox"`, ...).
constexpr std::string_view display_name(environment env) noexcept {
    switch (env) {
        case environment::sandbox: return "Sandbox";
        case environment::development: return "Development";
        case environment::production: return "Production";
    }
    return {};
}

/// Whether Plaid has retired the environment. The error docs' steps for
/// INVALID_API_KEYS name only "Sandbox or Production".
constexpr bool is_retired(environment env) noexcept { return env == environment::development; }

/// The environment a lower-case name denotes (`"sandbox"`, `"development"`,
/// `"production"`); no value for anything else (case-sensitive, as in tokens).
constexpr std::optional<environment> to_environment(std::string_view name) noexcept {
    for (auto env : {environment::sandbox, environment::development, environment::production})
        if (to_string(env) == name) return env;
    return std::nullopt;
}

/// The kinds of Plaid token whose `<kind>-<environment>-<identifier>` format
/// a Plaid source shows; `token_kind_table` cites each source.
enum class token_kind : std::uint8_t {
    access_token,
    public_token,
    link_token,
    processor_token,
    item_add_token,
    asset_report_token,
    audit_copy_token,
    payment_token,
    deposit_switch_token,
};

/// What a token kind looks like and what the docs say the API answers when it
/// is wrong. Codes are set only where the docs' text for that code says so.
struct token_kind_info {
    token_kind kind;
    std::string_view prefix;  ///< the `<kind>` part, without the '-' that follows it
    std::string_view field;   ///< the request or response field that carries it
    std::string_view noun;    ///< how prose names it
    /// The code for a well-formed token of this kind issued in another
    /// environment than the one called.
    std::optional<invalid_input> wrong_environment_code;
    /// The code for a string that is not `<prefix>-<environment>-<identifier>`
    /// (a malformed string, or a token of another kind).
    std::optional<invalid_input> wrong_format_code;
};

/// One entry per token kind; entry i describes `token_kind` value i.
inline constexpr std::array<token_kind_info, 9> token_kind_table{{
    // plaid/plaid-openapi 2020-09-14.yml, /item/public_token/exchange example
    // (access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6); plaid/plaid-go
    // plaid/item_test.go checks the "access-sandbox" prefix. The docs' text for
    // INVALID_ACCESS_TOKEN gives the format and the other-environment cause.
    {token_kind::access_token, "access", "access_token", "access token", invalid_input::invalid_access_token,
     invalid_input::invalid_access_token},
    // 2020-09-14.yml, /item/public_token/create example
    // (public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d); plaid-go
    // plaid/item_test.go. INVALID_PUBLIC_TOKEN gives the format and the cause.
    {token_kind::public_token, "public", "public_token", "public token", invalid_input::invalid_public_token,
     invalid_input::invalid_public_token},
    // 2020-09-14.yml, /link/token/create example
    // (link-sandbox-af1a0311-da53-4636-b754-dd15cc058176); plaid-go
    // plaid/link_token_test.go. INVALID_LINK_TOKEN names another environment
    // as a cause but gives no format.
    {token_kind::link_token, "link", "link_token", "link token", invalid_input::invalid_link_token, std::nullopt},
    // 2020-09-14.yml, /processor/token/create example
    // (processor-sandbox-0asd1-a92nc: the identifier is not always a UUID).
    // INVALID_PROCESSOR_TOKEN's steps say not to use it in another environment.
    {token_kind::processor_token, "processor", "processor_token", "processor token",
     invalid_input::invalid_processor_token, std::nullopt},
    // plaid/plaid-go plaid/item_test.go checks the "item-add-sandbox" prefix of
    // the (deprecated) /item/add_token/create response.
    {token_kind::item_add_token, "item-add", "add_token", "item add token", std::nullopt, std::nullopt},
    // 2020-09-14.yml, /asset_report/create example
    // (assets-sandbox-6f12f5bb-22dd-4855-b918-f47ec439198a).
    {token_kind::asset_report_token, "assets", "asset_report_token", "asset report token", std::nullopt,
     std::nullopt},
    // 2020-09-14.yml, /asset_report/audit_copy/create example
    // (a-sandbox-3TAU2CWVYBDVRHUCAAAI27ULU4). INVALID_AUDIT_COPY_TOKEN names
    // no environment cause.
    {token_kind::audit_copy_token, "a", "audit_copy_token", "audit copy token", std::nullopt, std::nullopt},
    // 2020-09-14.yml, /payment_initiation/payment/token/create example
    // (payment-token-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3).
    {token_kind::payment_token, "payment-token", "payment_token", "payment token", std::nullopt, std::nullopt},
    // 2020-09-14.yml, /deposit_switch/token/create example
    // (deposit-switch-sandbox-3e5cacca-10a6-11ea-bcdb-6003089acac0: a version 1 UUID).
    {token_kind::deposit_switch_token, "deposit-switch", "deposit_switch_token", "deposit switch token",
     std::nullopt, std::nullopt},
}};

/// The table entry of a token kind; `kind` must be one of the enumerators.
constexpr const token_kind_info& kind_info(token_kind kind) noexcept {
    return token_kind_table[static_cast<std::size_t>(kind)];
}

/// The `<kind>` prefix of a token kind (`"access"`, `"payment-token"`, ...).
/// Empty for a value outside the enum, which printers show by number.
constexpr std::string_view to_string(token_kind kind) noexcept {
    const auto i = static_cast<std::size_t>(kind);
    return i < token_kind_table.size() ? token_kind_table[i].prefix : std::string_view{};
}

/// The kind a request field carries (`"access_token"`, ...); no value for a
/// field that carries no token this library knows.
constexpr std::optional<token_kind> token_kind_for_field(std::string_view field) noexcept {
    for (const auto& entry : token_kind_table)
        if (entry.field == field) return entry.kind;
    return std::nullopt;
}

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

constexpr bool is_token_byte(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

constexpr bool is_alnum(char c) noexcept { return is_token_byte(c) && c != '-'; }

constexpr std::optional<token_defect> byte_defect(char c) noexcept {
    if (is_token_byte(c)) return std::nullopt;
    if (c == ' ' || (c >= '\t' && c <= '\r')) return token_defect::whitespace;
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) return token_defect::control_character;
    return token_defect::invalid_character;
}

/// Which bytes start some token kind's prefix: one lookup rules out most
/// bytes of a text as the start of a token.
inline constexpr auto prefix_first_bytes = [] {
    std::array<bool, 256> starts{};
    for (const auto& entry : token_kind_table) starts[static_cast<unsigned char>(entry.prefix.front())] = true;
    return starts;
}();

constexpr bool starts_a_prefix(char c) noexcept { return prefix_first_bytes[static_cast<unsigned char>(c)]; }

/// The kind whose prefix starts `text` and is followed by '-' or the end.
constexpr std::optional<token_kind> kind_at_start(std::string_view text) noexcept {
    for (const auto& entry : token_kind_table) {
        const auto n = entry.prefix.size();
        if (text.substr(0, n) == entry.prefix && (text.size() == n || text[n] == '-')) return entry.kind;
    }
    return std::nullopt;
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

/// What a pre-flight check found wrong with a token about to be sent.
enum class preflight_problem : std::uint8_t {
    malformed_token,       ///< the string is not a well-formed token (see the inspection's defect)
    wrong_kind,            ///< a well-formed token of another kind than the field carries
    environment_mismatch,  ///< a token issued in another environment than the one called
};

/// Lower-case name of a problem (`"environment_mismatch"`, ...).
constexpr std::string_view to_string(preflight_problem problem) noexcept {
    switch (problem) {
        case preflight_problem::malformed_token: return "malformed_token";
        case preflight_problem::wrong_kind: return "wrong_kind";
        case preflight_problem::environment_mismatch: return "environment_mismatch";
    }
    return {};
}

/// The code the API would answer with, and the line of the code's taxonomy
/// entry (a cause or a troubleshooting step) that says so.
struct predicted_code {
    invalid_input code;
    std::string_view evidence;  ///< points into the static taxonomy text, like every view of a `code_info`

    /// The code's taxonomy entry, looked up on each call since entries are built by value.
    constexpr code_info info() const noexcept { return plaid::info(code); }
};

/// A token that the API would not accept in the field it is sent in.
struct preflight_failure {
    preflight_problem problem;
    token_kind field;         ///< the kind the request field carries
    environment called;       ///< the environment the client sends the request to
    masked_token token;       ///< the checked token, masked: the failure outlives the checked string
    /// The code the docs say the API answers with; no value where they do not say.
    std::optional<predicted_code> predicted;

    /// One line naming the field, both environments, the redacted token, and
    /// the predicted code with the docs' text behind it.
    std::string explanation() const;
};

namespace detail {

constexpr bool contains_text(std::string_view text, std::string_view part) noexcept {
    return text.find(part) != std::string_view::npos;
}

/// Whether `line` states the format `<prefix>-<environment>-<identifier>`.
constexpr bool states_format(std::string_view line, std::string_view prefix) noexcept {
    constexpr std::string_view rest = "-<environment>-<identifier>";
    for (auto at = line.find(prefix); at != std::string_view::npos; at = line.find(prefix, at + 1))
        if (line.substr(at + prefix.size(), rest.size()) == rest) return true;
    return false;
}

/// The first cause, then troubleshooting step, of `entry` that speaks of the
/// environment a token comes from (`prefix` empty; the format's
/// `<environment>` placeholder does not count) or states the format of `prefix`.
constexpr std::string_view evidence_line(const code_info& entry, std::string_view prefix) noexcept {
    const auto fits = [prefix](std::string_view line) {
        return prefix.empty() ? contains_text(line, "environment") && !contains_text(line, "<environment>")
                              : states_format(line, prefix);
    };
    for (auto line : entry.causes)
        if (fits(line)) return line;
    for (auto line : entry.troubleshooting)
        if (fits(line)) return line;
    return {};
}

constexpr std::optional<predicted_code> prediction(std::optional<invalid_input> code,
                                                   std::string_view format_prefix) noexcept {
    if (!code) return std::nullopt;
    return predicted_code{*code, evidence_line(plaid::info(*code), format_prefix)};
}

constexpr bool predictions_are_grounded() noexcept {
    for (const auto& entry : token_kind_table) {
        if (entry.wrong_environment_code && prediction(entry.wrong_environment_code, {})->evidence.empty())
            return false;
        if (entry.wrong_format_code && prediction(entry.wrong_format_code, entry.prefix)->evidence.empty())
            return false;
    }
    return true;
}

constexpr bool token_kind_table_is_consistent() noexcept {
    for (std::size_t i = 0; i < token_kind_table.size(); ++i) {
        const auto& entry = token_kind_table[i];
        if (static_cast<std::size_t>(entry.kind) != i || token_kind_for_field(entry.field) != entry.kind) return false;
        if (kind_at_start(entry.prefix) != entry.kind) return false;
        if (entry.prefix.empty() || entry.prefix.front() == '-' || entry.prefix.back() == '-') return false;
        for (char c : entry.prefix)
            if (!is_token_byte(c)) return false;
    }
    return true;
}

static_assert(token_kind_table_is_consistent(),
              "entry i describes token_kind value i, fields are unique, and no prefix followed by '-' starts "
              "another prefix, so the first match is the only one");
static_assert(predictions_are_grounded(),
              "every code predicted for a token kind rests on a line of that code's taxonomy entry that "
              "mentions another environment or states the token format");

}  // namespace detail

/// Checks a token before it is sent in the request field that carries
/// `field` to the environment `called`. No value when the token is
/// consistent; otherwise what is wrong and, where the docs' text for a code
/// says the API rejects such a token, that code.
constexpr std::optional<preflight_failure> check_token(environment called, token_kind field,
                                                       std::string_view token) noexcept {
    const auto inspected = inspect_token(token);
    const auto& expected = kind_info(field);
    const auto format_prediction = detail::prediction(expected.wrong_format_code, expected.prefix);
    if (!inspected.well_formed())
        return preflight_failure{preflight_problem::malformed_token, field, called, masked(inspected),
                                 format_prediction};
    if (inspected.kind != field)
        return preflight_failure{preflight_problem::wrong_kind, field, called, masked(inspected), format_prediction};
    if (inspected.env != called)
        return preflight_failure{preflight_problem::environment_mismatch, field, called, masked(inspected),
                                 detail::prediction(expected.wrong_environment_code, {})};
    return std::nullopt;
}

namespace detail {

inline constexpr std::string_view mask = "****";
inline constexpr std::size_t longest_environment_name = 11;
static_assert(to_string(environment::development).size() == longest_environment_name);

constexpr bool starts_with_vowel(std::string_view word) noexcept {
    return !word.empty() && std::string_view("aeiou").find(word.front()) != std::string_view::npos;
}

}  // namespace detail

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

constexpr int hex_digit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// The character a JSON escape at `text[i]` (a backslash) stands for when it
/// is ASCII, and its length; a `\uXXXX` beyond ASCII stands for '\x01', which
/// no token holds. A backslash that starts no escape stands for itself.
constexpr std::pair<char, std::size_t> json_escape_at(std::string_view text, std::size_t i) noexcept {
    if (i + 1 >= text.size()) return {'\\', 1};
    switch (text[i + 1]) {
        case '"': case '\\': case '/': return {text[i + 1], 2};
        case 'b': return {'\b', 2};
        case 'f': return {'\f', 2};
        case 'n': return {'\n', 2};
        case 'r': return {'\r', 2};
        case 't': return {'\t', 2};
        case 'u': break;
        default: return {'\\', 1};
    }
    if (i + 6 > text.size()) return {'\\', 1};
    int value = 0;
    for (std::size_t k = i + 2; k < i + 6; ++k) {
        const int digit = hex_digit(text[k]);
        if (digit < 0) return {'\\', 1};
        value = value * 16 + digit;
    }
    return {value < 0x80 ? static_cast<char>(value) : '\x01', 6};
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
        const auto [c, length] = text[i] == '\\' ? detail::json_escape_at(text, i) : std::pair<char, std::size_t>{text[i], 1};
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

inline std::string preflight_failure::explanation() const {
    const auto& expected = kind_info(field);
    std::string out(expected.field);
    out += ": ";
    if (token.kind) {
        const auto noun =
            std::string(token.well_formed() ? "" : "malformed ") + std::string(kind_info(*token.kind).noun);
        out += detail::starts_with_vowel(noun) ? "an " : "a ";
        out += noun;
        if (token.env) {
            out += token.well_formed() ? " issued in " : " naming ";
            out += display_name(*token.env);
        }
    } else {
        out += "a string that is not a Plaid token";
    }
    out += " (";
    out += to_string(token);
    out += ") sent to ";
    out += display_name(called);
    switch (problem) {
        case preflight_problem::malformed_token:
            out += "; the token ";
            out += describe(*token.defect);
            out += " (byte ";
            out += std::to_string(token.defect_offset);
            out += ")";
            break;
        case preflight_problem::wrong_kind:
            out += "; the field carries ";
            out += detail::starts_with_vowel(expected.noun) ? "an " : "a ";
            out += expected.noun;
            out += ", of the form ";
            out += expected.prefix;
            out += "-<environment>-<identifier>";
            break;
        case preflight_problem::environment_mismatch:
            out += "; a token works only in the environment that issued it, here ";
            out += display_name(*token.env);
            out += ", not ";
            out += display_name(called);
            break;
    }
    for (auto env : {token.env, std::optional<environment>(called)})
        if (env && is_retired(*env)) {
            out += "; ";
            out += display_name(*env);
            out += " is retired";
            break;
        }
    if (predicted) {
        const auto entry = predicted->info();
        out += "; Plaid answers ";
        out += entry.name;
        out += " (docs: \"";
        out += predicted->evidence;
        out += "\" ";
        out += entry.doc_url;
        out += ")";
    } else {
        out += "; the docs name no error code for this";
    }
    return out;
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
