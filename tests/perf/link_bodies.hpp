#ifndef PLAID_ERRORS_PERF_LINK_BODIES_HPP
#define PLAID_ERRORS_PERF_LINK_BODIES_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <plaid/errors/link_error_code.hpp>
#include <plaid/errors/link_exit.hpp>
#include <plaid/errors/link_exit_status.hpp>
#include <plaid/errors/link_testing.hpp>

#include "baselines.hpp"

/// The Link-exit workload. Plaid's spec gives the shapes of an exit
/// (`LinkSessionExit`, `link_sessions[]`, LINK_CALLBACK) but no example
/// body of any, so the exits are written by `plaid_testing::link_exit_fixture`:
/// each status the spec lists without an error, then every Link error code
/// once, at those statuses in turn, every other one with a display message;
/// each exit in all four forms a server receives.
namespace plaid_perf {

/// Which reader a body is for: the three snake_case forms Plaid sends, or
/// the camelCase `LinkExit` an app forwards from a Link SDK.
enum class link_form { exit, session, callback, sdk };

struct link_body {
    link_form form;
    std::string text;
};

inline std::vector<link_body> link_exit_bodies() {
    std::vector<plaid::link_exit_status> statuses;
    for (const auto status : plaid::all_link_exit_statuses)
        if (plaid::detail::link_exit_status_records[static_cast<std::size_t>(status)].in_spec) statuses.push_back(status);
    std::vector<plaid_testing::link_exit_fixture> exits;
    for (const auto status : statuses) exits.emplace_back(status);
    std::size_t next = 0;
    for (const auto code : plaid::all_link_error_codes) {
        plaid_testing::link_exit_fixture one(statuses[next % statuses.size()]);
        one.error(code);
        if (next % 2 == 1) one.display_message("Something went wrong. Please try again later.");
        exits.push_back(one);
        ++next;
    }
    std::vector<link_body> bodies;
    for (const auto& one : exits) {
        bodies.push_back({link_form::exit, one.exit_body()});
        bodies.push_back({link_form::session, one.session_body()});
        bodies.push_back({link_form::callback, one.callback_webhook_body()});
        bodies.push_back({link_form::sdk, one.sdk_body()});
    }
    return bodies;
}

/// All the bodies as `fixture_exits`, then those of each form, named after it.
inline std::vector<std::pair<std::string, std::vector<link_body>>> link_bodies_by_form(const std::vector<link_body>& all) {
    std::vector<std::pair<std::string, std::vector<link_body>>> sets{
        {"fixture_exits", all}, {"exit", {}}, {"session", {}}, {"callback", {}}, {"sdk", {}}};
    for (const auto& body : all) sets[static_cast<std::size_t>(body.form) + 1].second.push_back(body);
    return sets;
}

/// The library's reader for the body's form.
inline plaid::parsed<plaid::link_exit> parse_link_body(const link_body& body) noexcept {
    return body.form == link_form::sdk ? plaid::parse_link_sdk_exit(body.text) : plaid::parse_link_exit(body.text);
}

/// `nlohmann::json::parse` plus extraction, for the body's form.
inline std::optional<plaid::link_exit> nlohmann_link_body_parse(const link_body& body) {
    return body.form == link_form::sdk ? nlohmann_link_sdk_exit_parse(body.text) : nlohmann_link_exit_parse(body.text);
}

/// A parsed exit reduced to a number, so that the parse cannot be optimised away.
inline std::size_t link_digest(const plaid::link_exit& parsed) {
    return static_cast<std::size_t>(parsed.link_code) + (parsed.link_session_id ? parsed.link_session_id->size() : 0) +
           (parsed.error ? parsed.error->code_name.size() : 0);
}

}  // namespace plaid_perf

#endif
