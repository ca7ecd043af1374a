#ifndef PLAID_ERRORS_REDACT_HPP
#define PLAID_ERRORS_REDACT_HPP

#include <optional>
#include <string>

#include "error.hpp"
#include "preflight.hpp"

namespace plaid {
inline namespace errors_v1 {

namespace detail {

inline void redact_strings(error& e) {
    const auto in_place = [](std::string& s) { s = redact_tokens_in(s); };
    const auto in_place_optional = [&](std::optional<std::string>& s) {
        if (s) in_place(*s);
    };
    in_place(e.type_name);
    in_place(e.code_name);
    in_place_optional(e.error_code_reason);
    in_place_optional(e.error_message);
    in_place_optional(e.display_message);
    in_place_optional(e.request_id);
    in_place_optional(e.documentation_url);
    in_place_optional(e.suggested_action);
    for (auto& s : e.required_account_subtypes) in_place(s);
    for (auto& s : e.provided_account_subtypes) in_place(s);
    for (auto& c : e.causes) {
        redact_strings(c);
        in_place_optional(c.item_id);
    }
}

}  // namespace detail

/// A copy of a parsed error with `redact_tokens_in` applied to every string
/// it holds, causes included: what to print or log when the body may echo a
/// token (Plaid's messages do, for example "...for the following access
/// tokens: access-sandbox-...").
inline error redacted(error e) {
    detail::redact_strings(e);
    return e;
}

}  // namespace errors_v1
}  // namespace plaid

#endif
