#include <plaid/errors/retry_advice.hpp>
#include <plaid/errors/retry_after.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

std::string text(std::string_view view) { return std::string(view); }

/// `500 ms`, `60 s`: whole seconds in seconds, the rest in milliseconds.
std::string duration(std::chrono::milliseconds ms) {
    const auto count = ms.count();
    return count % 1000 == 0 ? std::to_string(count / 1000) + " s" : std::to_string(count) + " ms";
}

/// The code CODE and `--type` name, or why there is none (printed, with `status` set).
std::optional<plaid::code> advised_code(const invocation& in, int& status) {
    const auto name = in.operands.front();
    if (const auto type_name = in.value("--type")) {
        const auto type = plaid::to_error_type(*type_name);
        if (!type) {
            status = in.usage_error("unknown error type '" + loggable(*type_name) + "'");
            return std::nullopt;
        }
        if (auto code = plaid::to_code(*type, name)) return code;
    } else if (auto code = plaid::to_code(name)) {
        return code;
    } else if (types_documenting(name).size() > 1) {
        status = in.usage_error(loggable(name) + " is documented under several error types; choose one with --type");
        return std::nullopt;
    }
    print_line(stderr, "plaid-errors advise: '" + loggable(name) + "' is not a documented code" +
                           (in.has("--type") ? " under that type" : "") + " (see plaid-errors list)");
    status = exit_status::unknown_code;
    return std::nullopt;
}

void print_text(plaid::code code, std::string_view endpoint, plaid::environment env, const plaid::retry_advice& a) {
    print_line(stdout, text(code.name()) + " (" + text(plaid::to_string(code.type())) + ") at " + loggable(endpoint) +
                           " in " + text(plaid::to_string(env)) + ", attempt " + std::to_string(a.attempt) + " of " +
                           std::to_string(a.max_attempts));
    print_line(stdout, "  resend:           " + text(plaid::to_string(a.when)) +
                           (a.attempts_exhausted ? " (no attempts left)" : ""));
    print_line(stdout, "  kind:             " + text(plaid::to_string(a.kind)));
    print_line(stdout, "  scope:            " + text(plaid::to_string(a.scope)));
    print_line(stdout, "  safety:           " + text(plaid::to_string(a.safety)));
    print_line(stdout, "  reconcile first:  " + std::string(a.reconcile_first ? "yes" : "no"));
    if (a.floor.count() || a.cap.count()) {
        print_line(stdout, "  floor:            " + duration(a.floor));
        print_line(stdout, "  wait:             " + duration(a.jitter_min) + " to " + duration(a.jitter_max));
        print_line(stdout, "  cap:              " + duration(a.cap));
    }
    if (!a.webhook_code.empty())
        print_line(stdout, "  webhook:          " + text(a.webhook_type) + " " + text(a.webhook_code));
    print_line(stdout, "  Retry-After:      " + text(plaid::to_string(a.server)) +
                           (a.server_problem != plaid::retry_after_problem::none
                                ? " (" + text(plaid::to_string(a.server_problem)) + ")"
                                : ""));
    if (!a.reading.empty()) print_line(stdout, "  reading:          " + text(a.reading));
}

void print_json(plaid::code code, std::string_view endpoint, plaid::environment env, const plaid::retry_advice& a) {
    nlohmann::ordered_json out{
        {"error_type", plaid::to_string(code.type())},
        {"error_code", code.name()},
        {"endpoint", endpoint},
        {"environment", plaid::to_string(env)},
        {"attempt", a.attempt},
        {"max_attempts", a.max_attempts},
        {"resend", plaid::to_string(a.when)},
        {"attempts_exhausted", a.attempts_exhausted},
        {"kind", plaid::to_string(a.kind)},
        {"scope", plaid::to_string(a.scope)},
        {"safety", plaid::to_string(a.safety)},
        {"safe_to_resend", a.safe_to_resend()},
        {"reconcile_first", a.reconcile_first},
        {"floor_ms", a.floor.count()},
        {"jitter_min_ms", a.jitter_min.count()},
        {"jitter_max_ms", a.jitter_max.count()},
        {"cap_ms", a.cap.count()},
        {"webhook_type", a.webhook_type.empty() ? nullptr : nlohmann::ordered_json(a.webhook_type)},
        {"webhook_code", a.webhook_code.empty() ? nullptr : nlohmann::ordered_json(a.webhook_code)},
        {"retry_after", plaid::to_string(a.server)},
        {"retry_after_problem", plaid::to_string(a.server_problem)},
        {"reading", a.reading.empty() ? nullptr : nlohmann::ordered_json(a.reading)},
    };
    print_line(stdout, out.dump(-1, ' ', true, nlohmann::ordered_json::error_handler_t::replace));
}

}  // namespace

int run_advise(const invocation& in) {
    int status = exit_status::ok;
    const auto code = advised_code(in, status);
    if (!code) return status;
    const auto endpoint = *in.value("--endpoint");
    if (endpoint.empty() || endpoint.front() != '/')
        return in.usage_error("--endpoint takes a path such as /accounts/balance/get");
    const auto env_name = in.value("--env").value_or("production");
    const auto env = plaid::to_environment(env_name);
    if (!env || plaid::is_retired(*env)) return in.usage_error("--env takes production or sandbox");
    unsigned attempt = 1;
    if (const auto given = in.value("--attempt")) {
        attempt = 0;
        for (char c : *given) {
            if (c < '0' || c > '9' || attempt > 1000) return in.usage_error("--attempt takes a number from 1 to 1000");
            attempt = attempt * 10 + static_cast<unsigned>(c - '0');
        }
        if (attempt < 1 || attempt > 1000) return in.usage_error("--attempt takes a number from 1 to 1000");
    }
    plaid::retry_after server;
    if (const auto value = in.value("--retry-after")) {
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::system_clock::now().time_since_epoch());
        server = plaid::parse_retry_after(*value, now);
    }
    const auto advice = plaid::advise(*code, endpoint, *env, attempt, server, in.has("--key-sent"));
    if (in.has("--json")) print_json(*code, endpoint, *env, advice);
    else print_text(*code, endpoint, *env, advice);
    return exit_status::ok;
}
