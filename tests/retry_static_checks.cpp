// Checks of the retry advice over the whole of Plaid's rate-limit tables, run in
// the compiler: a table row or a rule that breaks them fails the test build.
#include <plaid/errors/plan_context.hpp>
#include <plaid/errors/retry_advice.hpp>

#include <chrono>

namespace {

using plaid::environment;

/// A path that a row's pattern matches (`/transfer/*/get` -> `/transfer/x/get`).
struct path_buffer {
    char text[96]{};
    std::size_t size = 0;
    constexpr std::string_view view() const noexcept { return {text, size}; }
};

constexpr path_buffer concrete(std::string_view endpoint) noexcept {
    path_buffer out;
    for (char c : endpoint) {
        if (c == '*') {
            out.text[out.size++] = 'x';
        } else {
            out.text[out.size++] = c;
        }
    }
    return out;
}

constexpr std::chrono::seconds longest(const plaid::limit_cell& cell) noexcept {
    std::chrono::seconds out{0};
    for (std::size_t i = 0; i < cell.size; ++i)
        if (plaid::detail::window_length(cell.limits[i].window) > out)
            out = plaid::detail::window_length(cell.limits[i].window);
    return out;
}

/// The window a code's own scopes count over at a row, per the table.
constexpr std::chrono::seconds window_of(const plaid::endpoint_limits& row, plaid::limit_scopes scopes) noexcept {
    std::chrono::seconds out{0};
    if (scopes.item && longest(row.per_item) > out) out = longest(row.per_item);
    if (scopes.client && longest(row.per_client) > out) out = longest(row.per_client);
    return out;
}

/// Every code the tables tie to an endpoint, at every attempt it is resent
/// after, waits at least the window its limit counts over.
template <std::size_t N>
constexpr bool table_floors_hold(const std::array<plaid::endpoint_limits, N>& table, environment env) noexcept {
    for (const auto& row : table) {
        const auto path = concrete(row.endpoint);
        for (std::size_t i = 0; i < row.code_count; ++i) {
            const auto c = plaid::to_code(plaid::error_type::rate_limit_exceeded, row.codes[i].code);
            if (!c) return false;
            const auto window = window_of(row, row.codes[i].scopes);
            for (unsigned attempt = 1; attempt <= plaid::retry_rules::max_attempts; ++attempt) {
                const auto a = plaid::advise(*c, path.view(), env, attempt);
                if (a.kind != plaid::failure_kind::throttling) return false;
                if (a.when == plaid::resend::after_delay && (a.jitter_min < window || a.floor < window))
                    return false;
                if (a.jitter_min > a.jitter_max || a.jitter_max > a.cap) return false;
            }
            // A first failure is always resent: rate limits clear with time.
            if (plaid::advise(*c, path.view(), env, 1).when != plaid::resend::after_delay) return false;
        }
    }
    return true;
}

/// Every section's own endpoints, called at them: the floor covers the table's window.
constexpr bool section_floors_hold(environment env) noexcept {
    for (const auto& section : plaid::rate_limit_codes) {
        const auto c = plaid::to_code(plaid::error_type::rate_limit_exceeded, section.code);
        if (!c) return false;
        for (auto endpoint : section.endpoints) {
            const auto* row = plaid::detail::find_limits(env, endpoint);
            if (!row) return false;  // every endpoint a section names is in both tables
            const auto window = window_of(*row, section.scopes);
            const auto a = plaid::advise(*c, endpoint, env, 1);
            if (a.when != plaid::resend::after_delay || a.jitter_min < window) return false;
        }
    }
    return true;
}

/// No code the reference says no resend fixes is ever advised a resend, at
/// any endpoint of the table of `env`, whatever Retry-After says. One check a
/// code and a table keeps each evaluation within the compilers' step limits.
template <std::size_t N>
constexpr bool never_resent_at(const std::array<plaid::endpoint_limits, N>& table, environment env,
                               std::size_t which) noexcept {
    const plaid::retry_after servers[] = {{}, {std::chrono::seconds(1), plaid::retry_after_problem::none}};
    const auto& never = plaid::never_resent_codes[which];
    const auto c = plaid::to_code(never.error_type, never.error_code);
    if (!c) return false;
    for (const auto& row : table) {
        const auto path = concrete(row.endpoint);
        for (const auto& server : servers)
            if (plaid::advise(*c, path.view(), env, 1, server).when == plaid::resend::after_delay) return false;
    }
    return true;
}

/// A code whose plan says the request must change is never resent on its own.
constexpr bool plans_that_forbid_resending_hold() noexcept {
    for (plaid::code c : plaid::all_codes()) {
        const auto when = plaid::advise(c, "/item/get", environment::production, 1).when;
        const auto retry = plaid::plan_for(c, {"/item/get", environment::production}).value_or(c.plan()).retry;
        if (retry == plaid::retry_policy::no && when != plaid::resend::no) return false;
        if (retry == plaid::retry_policy::after_action && when == plaid::resend::after_delay) return false;
    }
    return true;
}

/// Every wait from the troubleshooting steps is honoured as written.
constexpr bool documented_waits_hold() noexcept {
    for (const auto& wait : plaid::documented_waits) {
        const auto c = plaid::to_code(wait.error_type, wait.error_code);
        if (!c) return false;
        const auto a = plaid::advise(*c, wait.endpoint.empty() ? "/item/get" : wait.endpoint, environment::production, 1);
        if (a.when != plaid::resend::after_delay || a.floor != std::chrono::seconds(wait.min_seconds) ||
            a.cap != std::chrono::seconds(wait.max_seconds) || a.kind != wait.kind)
            return false;
    }
    return true;
}

/// Every idempotent operation's code, key member and reading are coherent.
constexpr bool operations_are_writes() noexcept {
    for (const auto& op : plaid::idempotent_operations)
        if (plaid::detail::is_read(op.operation)) return false;
    return true;
}

static_assert(table_floors_hold(plaid::production_limits, environment::production),
              "a rate-limit code in Production is resent within its limit's window");
static_assert(table_floors_hold(plaid::sandbox_limits, environment::sandbox),
              "a rate-limit code in Sandbox is resent within its limit's window");
static_assert(section_floors_hold(environment::production) && section_floors_hold(environment::sandbox),
              "a RATE_LIMIT_EXCEEDED section's own endpoint is resent within its window");
static_assert(plaid::never_resent_codes.size() == 3, "a code no resend fixes has no check below");
static_assert(never_resent_at(plaid::production_limits, environment::production, 0) &&
                  never_resent_at(plaid::sandbox_limits, environment::sandbox, 0),
              "a code no resend fixes is advised a resend");
static_assert(never_resent_at(plaid::production_limits, environment::production, 1) &&
                  never_resent_at(plaid::sandbox_limits, environment::sandbox, 1),
              "a code no resend fixes is advised a resend");
static_assert(never_resent_at(plaid::production_limits, environment::production, 2) &&
                  never_resent_at(plaid::sandbox_limits, environment::sandbox, 2),
              "a code no resend fixes is advised a resend");
static_assert(plans_that_forbid_resending_hold(), "a code whose plan forbids resending is advised a resend");
static_assert(documented_waits_hold(), "a documented wait is not the advice's");
static_assert(operations_are_writes(), "an operation that takes an idempotency key counts as a read");

}  // namespace
