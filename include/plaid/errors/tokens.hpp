#ifndef PLAID_ERRORS_TOKENS_HPP
#define PLAID_ERRORS_TOKENS_HPP

#include "detail/abi.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

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

namespace detail {
/// Every environment, for code that walks them all.
inline constexpr environment environments[] = {environment::sandbox, environment::development, environment::production};
}  // namespace detail

/// The environment a lower-case name denotes (`"sandbox"`, `"development"`,
/// `"production"`); no value for anything else (case-sensitive, as in tokens).
constexpr std::optional<environment> to_environment(std::string_view name) noexcept {
    for (auto env : detail::environments)
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
/// is wrong. Codes are set only where the docs' text for that code says so,
/// each with that text: the line of the code's taxonomy entry (a cause or a
/// troubleshooting step) that a pre-flight prediction quotes.
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
    std::string_view wrong_environment_evidence;  ///< the line that speaks of another environment
    std::string_view wrong_format_evidence;       ///< the line that states the format
};

/// One entry per token kind; entry i describes `token_kind` value i.
inline constexpr std::array<token_kind_info, 9> token_kind_table{{
    // plaid/plaid-openapi 2020-09-14.yml, /item/public_token/exchange example
    // (access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6); plaid/plaid-go
    // plaid/item_test.go checks the "access-sandbox" prefix. The docs' text for
    // INVALID_ACCESS_TOKEN gives the format and the other-environment cause.
    {token_kind::access_token, "access", "access_token", "access token", invalid_input::invalid_access_token,
     invalid_input::invalid_access_token,
     "The access_token is invalid or was issued in a different API environment.",
     "The access_token does not have the form access-<environment>-<identifier>."},
    // 2020-09-14.yml, /item/public_token/create example
    // (public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d); plaid-go
    // plaid/item_test.go. INVALID_PUBLIC_TOKEN gives the format and the cause.
    {token_kind::public_token, "public", "public_token", "public token", invalid_input::invalid_public_token,
     invalid_input::invalid_public_token,
     "The public_token is invalid, was issued in a different API environment, or has expired.",
     "The public_token does not have the form public-<environment>-<identifier>."},
    // 2020-09-14.yml, /link/token/create example
    // (link-sandbox-af1a0311-da53-4636-b754-dd15cc058176); plaid-go
    // plaid/link_token_test.go. INVALID_LINK_TOKEN names another environment
    // as a cause but gives no format.
    {token_kind::link_token, "link", "link_token", "link token", invalid_input::invalid_link_token, std::nullopt,
     "The link_token comes from another environment, such as a Sandbox token used in Production.", {}},
    // 2020-09-14.yml, /processor/token/create example
    // (processor-sandbox-0asd1-a92nc: the identifier is not always a UUID).
    // INVALID_PROCESSOR_TOKEN's steps say not to use it in another environment.
    {token_kind::processor_token, "processor", "processor_token", "processor token",
     invalid_input::invalid_processor_token, std::nullopt,
     "Use each processor_token only in the environment that issued it (a Sandbox token fails in Production).", {}},
    // plaid/plaid-go plaid/item_test.go checks the "item-add-sandbox" prefix of
    // the (deprecated) /item/add_token/create response.
    {token_kind::item_add_token, "item-add", "add_token", "item add token", std::nullopt, std::nullopt, {}, {}},
    // 2020-09-14.yml, /asset_report/create example
    // (assets-sandbox-6f12f5bb-22dd-4855-b918-f47ec439198a).
    {token_kind::asset_report_token, "assets", "asset_report_token", "asset report token", std::nullopt,
     std::nullopt, {}, {}},
    // 2020-09-14.yml, /asset_report/audit_copy/create example
    // (a-sandbox-3TAU2CWVYBDVRHUCAAAI27ULU4). INVALID_AUDIT_COPY_TOKEN names
    // no environment cause.
    {token_kind::audit_copy_token, "a", "audit_copy_token", "audit copy token", std::nullopt, std::nullopt, {}, {}},
    // 2020-09-14.yml, /payment_initiation/payment/token/create example
    // (payment-token-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3).
    {token_kind::payment_token, "payment-token", "payment_token", "payment token", std::nullopt, std::nullopt, {},
     {}},
    // 2020-09-14.yml, /deposit_switch/token/create example
    // (deposit-switch-sandbox-3e5cacca-10a6-11ea-bcdb-6003089acac0: a version 1 UUID).
    {token_kind::deposit_switch_token, "deposit-switch", "deposit_switch_token", "deposit switch token",
     std::nullopt, std::nullopt, {}, {}},
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

namespace detail {

constexpr bool is_token_byte(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

constexpr bool is_alnum(char c) noexcept { return is_token_byte(c) && c != '-'; }

/// Which bytes start some token kind's prefix: one lookup rules out most
/// bytes of a text as the start of a token.
inline constexpr auto prefix_first_bytes = [] {
    std::array<bool, 256> starts{};
    for (const auto& entry : token_kind_table) starts[static_cast<unsigned char>(entry.prefix.front())] = true;
    return starts;
}();

constexpr bool starts_a_prefix(char c) noexcept { return prefix_first_bytes[static_cast<unsigned char>(c)]; }

/// The kind whose prefix starts `text` and is followed by '-' or the end.
/// The first match is the only one, as no prefix followed by '-' starts
/// another (the tests check the table for it).
constexpr std::optional<token_kind> kind_at_start(std::string_view text) noexcept {
    for (const auto& entry : token_kind_table) {
        const auto n = entry.prefix.size();
        if (text.substr(0, n) == entry.prefix && (text.size() == n || text[n] == '-')) return entry.kind;
    }
    return std::nullopt;
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
