#ifndef PLAID_ERRORS_CODE_INFO_HPP
#define PLAID_ERRORS_CODE_INFO_HPP

#include "detail/abi.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

#include "action_plan.hpp"
#include "code.hpp"
#include "codes.hpp"
#include "detail/code_info_table.hpp"
#include "detail/code_summaries.hpp"
#include "string_list.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Everything Plaid's error reference says about one code. API literals (wire
/// names, statuses, sample messages and bodies, URLs, endpoints, user-facing
/// messages) are verbatim; summaries, causes, steps and what Link shows are
/// the library's own concise words.
struct code_info {
    plaid::code code;
    error_type type;
    std::string_view name;  ///< wire string, as in `"error_code": "..."`
    int http_status;
    std::string_view summary;  ///< one line
    string_list causes;
    string_list troubleshooting;
    /// The docs' sample messages for the end user, verbatim; empty where they give none.
    string_list user_messages;
    /// What Link shows the user; empty where the docs do not say.
    std::string_view link_experience;
    /// The sample body's `error_message`: no value where the docs show null, an empty view for "".
    std::optional<std::string_view> sample_error_message;
    /// The sample body's `display_message`, null and "" kept apart the same way.
    std::optional<std::string_view> sample_display_message;
    /// The docs' sample response body, byte for byte as the docs lay it out.
    std::string_view sample_body_text;
    std::string_view doc_url;
    string_list endpoints;  ///< Plaid endpoints the guidance names
    string_list aliases;    ///< other strings the docs say the API may send for the code
    action_plan plan;
};

namespace detail {

constexpr std::string_view text_or_empty(const char* text) noexcept {
    return text ? std::string_view(text) : std::string_view{};
}

constexpr std::optional<std::string_view> text_or_null(const char* text) noexcept {
    if (!text) return std::nullopt;
    return std::string_view(text);
}

}  // namespace detail

/// The taxonomy entry of a code; an empty entry (no name, empty lists) for no
/// code. Built on each call from tables of plain C strings: a table of views
/// would be constant-evaluated, string by string, in every including file.
constexpr code_info info(code c) noexcept {
    const detail::code_summary& summary = detail::code_summaries[c.value()];
    const detail::code_text& text = detail::code_texts[c.value()];
    return {c,
            c.type(),
            c.name(),
            c.http_status(),
            detail::text_or_empty(summary.summary),
            string_list(detail::text_or_empty(text.causes)),
            string_list(detail::text_or_empty(text.troubleshooting)),
            string_list(detail::text_or_empty(text.user_messages)),
            detail::text_or_empty(text.link_experience),
            detail::text_or_null(text.sample_error_message),
            detail::text_or_null(text.sample_display_message),
            detail::text_or_empty(text.sample_body_text),
            detail::text_or_empty(summary.doc_url),
            string_list(detail::text_or_empty(text.endpoints)),
            string_list(detail::text_or_empty(text.aliases)),
            c.plan()};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
