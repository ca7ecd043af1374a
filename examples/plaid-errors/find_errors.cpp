#include <plaid/errors/embedded_errors.hpp>
#include <plaid/errors/format.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

nlohmann::ordered_json optional_text(const std::optional<std::string>& text) {
    return text ? nlohmann::ordered_json(plaid::redact_tokens_in(*text)) : nlohmann::ordered_json(nullptr);
}

void print_json(const plaid::find_errors_result& result) {
    nlohmann::ordered_json out;
    out["ok"] = result.has_value();
    if (!result) {
        const auto& failure = result.failure();
        out["failure"] = {{"kind", std::string(plaid::to_string(failure.kind))},
                          {"offset", failure.offset ? nlohmann::ordered_json(*failure.offset) : nullptr},
                          {"message", plaid::redact_tokens_in(failure.message)}};
    } else {
        out["errors"] = nlohmann::ordered_json::array();
        for (const auto& e : result->errors)
            out["errors"].push_back({{"path", e.path}, {"item_id", optional_text(e.item_id)}, {"error", plaid::redacted(e.error)}});
        out["warnings"] = nlohmann::ordered_json::array();
        for (const auto& w : result->warnings) {
            nlohmann::ordered_json cause = nullptr;
            if (w.cause) cause = plaid::redacted(*w.cause);
            out["warnings"].push_back({{"path", w.path},
                                       {"warning_type", plaid::redact_tokens_in(w.type_name)},
                                       {"warning_type_known", w.type != plaid::warning_type::unknown},
                                       {"warning_code", plaid::redact_tokens_in(w.code_name)},
                                       {"warning_code_known", w.code != plaid::warning_code::unknown},
                                       {"cause", cause}});
        }
        out["malformed"] = nlohmann::ordered_json::array();
        for (const auto& m : result->malformed)
            out["malformed"].push_back({{"path", m.path},
                                        {"kind", std::string(plaid::to_string(m.failure.kind))},
                                        {"message", plaid::redact_tokens_in(m.failure.message)}});
    }
    print_line(stdout, out.dump(-1, ' ', true, nlohmann::ordered_json::error_handler_t::replace));
}

void print_text(const plaid::body_errors& found) {
    if (found.empty()) {
        print_line(stdout, "no errors or warnings in this body");
        return;
    }
    for (const auto& e : found.errors) print_line(stdout, "error " + plaid::detail::streamed(e));
    for (const auto& w : found.warnings) print_line(stdout, "warning " + plaid::detail::streamed(w));
    for (const auto& m : found.malformed)
        print_line(stdout, "malformed " + loggable(m.path) + ": " + loggable(m.failure.message));
}

}  // namespace

/// Lists the errors a successful body holds; exits 1 when it holds any, so
/// that a script can test a body as it tests `parse`'s.
int run_find_errors(const invocation& in) {
    const plaid::parse_limits limits;
    std::string body;
    if (!read_body(in, limits.max_body_bytes, body)) return exit_status::usage;
    const auto result = plaid::find_errors(body, limits);
    print_reading(in, result, "cannot read the body", print_json, print_text);
    return result && result->empty() ? exit_status::ok : exit_status::not_ok;
}
