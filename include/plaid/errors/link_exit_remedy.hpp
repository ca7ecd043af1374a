#ifndef PLAID_ERRORS_LINK_EXIT_REMEDY_HPP
#define PLAID_ERRORS_LINK_EXIT_REMEDY_HPP

#include "detail/abi.hpp"

/// What to do after a user left Link: `remedy_of(exit)`. An exit with an
/// error takes the error's action plan; one without takes its status's, so
/// that every exit, error or not, comes with a plan in the words of
/// `plaid::action_plan`.

#include <cstdint>
#include <optional>
#include <string_view>

#include "action_plan.hpp"
#include "code.hpp"
#include "codes.hpp"
#include "link_error_code.hpp"
#include "link_exit.hpp"
#include "link_exit_status.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// What an exit's remedy was decided from.
enum class link_exit_basis : std::uint8_t {
    error_code,      ///< the error's documented code (or the one an alias spells), whose plan it is
    link_only_code,  ///< a Link-only error code, with the library's plan for it
    unknown_error,   ///< an error whose code the library does not know: no plan
    status,          ///< no error (or Link's "no error" code): the exit status's plan
};

/// The remedy for one exit.
struct link_exit_remedy {
    link_exit_basis basis = link_exit_basis::status;
    /// No value only for `unknown_error`.
    std::optional<action_plan> plan;
    /// What to do, in a line; for a documented code other than an invalid
    /// link token, the code's plan and docs say more (`plaid::code_info`).
    std::string_view note;
    std::optional<plaid::code> code;  ///< the documented code whose plan it is (`error_code`)
    /// The user left before finishing, or after connecting, and nothing needs fixing.
    bool nothing_to_fix = false;
};

namespace detail {

inline constexpr std::string_view new_link_token_note =
    "The link token expired, was used already or belongs to another environment: create a new link token "
    "(/link/token/create) and open Link again with it.";

/// The remedy of an exit without an error, by its status; an unknown or
/// missing status is taken as the user closing Link.
inline link_exit_remedy status_remedy(link_exit_status status) noexcept {
    const auto i = static_cast<std::size_t>(status);
    if (i == 0 || i >= link_exit_status_records.size())
        return {link_exit_basis::status, link_exit_status_records[static_cast<std::size_t>(link_exit_status::requires_credentials)].plan,
                "The user closed Link before finishing, at a point this library does not know: nothing to fix; offer to "
                "connect again later.",
                std::nullopt, true};
    const auto& record = link_exit_status_records[i];
    return {link_exit_basis::status, record.plan, record.note, std::nullopt,
            record.user_left || status == link_exit_status::connected};
}

}  // namespace detail

/// The remedy for `exit`: its error's plan when it has an error (INVALID_LINK_TOKEN,
/// which an expired link token gives too: create a new link token and open Link
/// again), else its status's (institution_not_found: offer another way to connect;
/// requires_credentials and the other points a user can stop at: nothing to fix).
inline link_exit_remedy remedy_of(const link_exit& exit) noexcept {
    if (!exit.error) return detail::status_remedy(exit.status);
    const auto& record = detail::link_record(exit.link_code);
    if (record.resolution == link_code_resolution::no_error) return detail::status_remedy(exit.status);
    if (const auto code = resolved_code(exit)) {
        const bool invalid_link_token = *code == plaid::code(invalid_input::invalid_link_token);
        return {link_exit_basis::error_code, code->plan(),
                invalid_link_token ? detail::new_link_token_note
                                   : std::string_view("Follow the plan of the error's code; its docs page says more."),
                code, false};
    }
    if (exit.link_code != link_error_code::unknown && record.resolution == link_code_resolution::link_only)
        return {link_exit_basis::link_only_code, record.plan, record.summary, std::nullopt, false};
    return {link_exit_basis::unknown_error, std::nullopt,
            "An error this library does not know: log it with the link_session_id and request_id for Plaid support.",
            std::nullopt, false};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
