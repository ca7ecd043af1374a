#ifndef PLAID_ERRORS_PREFLIGHT_HPP
#define PLAID_ERRORS_PREFLIGHT_HPP

#include "detail/abi.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

// The pre-flight check of a token about to be sent. This header also brings
// the pieces it is built on, which it declared before they were split out:
// environments and token kinds (tokens.hpp), inspecting and masking a token
// (token_inspection.hpp) and redaction (redact.hpp).
#include "code.hpp"
#include "codes.hpp"
#include "detail/code_summaries.hpp"
#include "redact.hpp"
#include "token_inspection.hpp"
#include "tokens.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

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

namespace detail {

/// `info(c)` as found where a caller instantiates it: `plaid::info` where the
/// caller's file includes <plaid/errors/code_info.hpp>, nothing elsewhere.
template <class Code>
constexpr auto taxonomy_entry(Code c) noexcept {
    return info(c);
}

}  // namespace detail

/// The code the API would answer with, and the line of the code's taxonomy
/// entry (a cause or a troubleshooting step) that says so.
struct predicted_code {
    invalid_input code;
    std::string_view evidence;  ///< static text: the line `token_kind_table` quotes for the prediction

    /// The docs page of the code, which the evidence paraphrases.
    constexpr std::string_view doc_url() const noexcept {
        const char* url = detail::code_summaries[plaid::code(code).value()].doc_url;
        return url ? std::string_view(url) : std::string_view{};
    }

    /// The code's taxonomy entry; compiles only where <plaid/errors/code_info.hpp> is included.
    template <class Code = plaid::code>
    [[deprecated("include <plaid/errors/code_info.hpp> and call plaid::info(predicted.code)")]]
    constexpr auto info() const noexcept {
        return detail::taxonomy_entry(Code(code));
    }
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

constexpr std::optional<predicted_code> prediction(std::optional<invalid_input> code,
                                                   std::string_view evidence) noexcept {
    if (!code) return std::nullopt;
    return predicted_code{*code, evidence};
}

constexpr bool starts_with_vowel(std::string_view word) noexcept {
    return !word.empty() && std::string_view("aeiou").find(word.front()) != std::string_view::npos;
}

}  // namespace detail

/// Checks a token before it is sent in the request field that carries
/// `field` to the environment `called`. No value when the token is
/// consistent; otherwise what is wrong and, where the docs' text for a code
/// says the API rejects such a token, that code.
constexpr std::optional<preflight_failure> check_token(environment called, token_kind field,
                                                       std::string_view token) noexcept {
    const auto inspected = inspect_token(token);
    const auto& expected = kind_info(field);
    const auto format_prediction = detail::prediction(expected.wrong_format_code, expected.wrong_format_evidence);
    if (!inspected.well_formed())
        return preflight_failure{preflight_problem::malformed_token, field, called, masked(inspected),
                                 format_prediction};
    if (inspected.kind != field)
        return preflight_failure{preflight_problem::wrong_kind, field, called, masked(inspected), format_prediction};
    if (inspected.env != called)
        return preflight_failure{
            preflight_problem::environment_mismatch, field, called, masked(inspected),
            detail::prediction(expected.wrong_environment_code, expected.wrong_environment_evidence)};
    return std::nullopt;
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
        out += "; Plaid answers ";
        out += to_string(predicted->code);
        out += " (docs: \"";
        out += predicted->evidence;
        out += "\" ";
        out += predicted->doc_url();
        out += ")";
    } else {
        out += "; the docs name no error code for this";
    }
    return out;
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
