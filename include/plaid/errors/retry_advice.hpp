#ifndef PLAID_ERRORS_RETRY_ADVICE_HPP
#define PLAID_ERRORS_RETRY_ADVICE_HPP

#include "detail/abi.hpp"

#include <chrono>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "action_plan.hpp"
#include "code.hpp"
#include "error.hpp"
#include "error_type.hpp"
#include "plan_context.hpp"
#include "retry_after.hpp"
#include "retry_tables.hpp"
#include "tokens.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A request that got no Plaid answer at all.
enum class transport_failure : std::uint8_t {
    timeout,           ///< sent, maybe acted on, no answer in time
    connection_error,  ///< the connection failed or dropped: the request may or may not have arrived
};

/// What went wrong with one request, as `advise` reads it: a Plaid error
/// (parsed, or by its code), a body that was no Plaid error, or no answer.
class failed_request {
public:
    enum class source : std::uint8_t { plaid_error, unreadable_body, timeout, connection_error };

    constexpr failed_request(transport_failure failure) noexcept
        : source_(failure == transport_failure::timeout ? source::timeout : source::connection_error) {}
    /// A documented code; `http_status` 0 stands for the code's own.
    constexpr failed_request(plaid::code c, int http_status = 0) noexcept
        : source_(source::plaid_error), code_(c), type_(c.type()), status_(http_status ? http_status : c.http_status()) {}
    /// A code by its type's enum (`plaid::rate_limit_exceeded::balance_limit`).
    template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
    constexpr failed_request(Enum c, int http_status = 0) noexcept : failed_request(plaid::code(c), http_status) {}
    /// A parsed error: its code where documented, else its type and status.
    failed_request(const error& e) noexcept
        : source_(source::plaid_error),
          code_(e.code.value_or(plaid::code{})),
          type_(e.type),
          status_(e.status.value_or(e.code ? e.code->http_status() : 0)) {}
    /// A body that did not parse as a Plaid error (a proxy's HTML page, a
    /// cut-off body), with the response's HTTP status; 0 where there was none.
    constexpr failed_request(const parse_failure&, int http_status) noexcept
        : source_(source::unreadable_body), status_(http_status) {}
    /// A body that did not parse, when no `parse_failure` is at hand.
    static constexpr failed_request unreadable_body(int http_status) noexcept {
        failed_request f(transport_failure::timeout);
        f.source_ = source::unreadable_body;
        f.status_ = http_status;
        return f;
    }

    constexpr source what() const noexcept { return source_; }
    constexpr plaid::code code() const noexcept { return code_; }
    constexpr error_type type() const noexcept { return type_; }
    constexpr int http_status() const noexcept { return status_; }

private:
    source source_;
    plaid::code code_{};
    error_type type_ = error_type::unknown;
    int status_ = 0;
};

/// Whether and when to send the same request again.
enum class resend : std::uint8_t {
    no,             ///< never as it is: the request must change, or its outcome be checked first
    after_action,   ///< once someone has acted (the user relinked, Plaid enabled a product)
    after_webhook,  ///< once the webhook `retry_advice::webhook_code` names has come
    after_delay,    ///< on its own, after a wait between `jitter_min` and `jitter_max`
};

/// Whether sending the request again can do a second time what the first did.
enum class resend_safety : std::uint8_t {
    read,                         ///< the endpoint only reads
    write_with_key,               ///< a write carrying its `idempotency_key` (or `is_idempotent`): resend it unchanged
    write_with_authorization_id,  ///< `/transfer/create`: its `authorization_id` is the key; resend it unchanged
    idempotent_write,             ///< a write Plaid makes idempotent by its content
    write_refused,                ///< a write Plaid answered it did not carry out (a 4xx error, 429, 503)
    write_without_key,            ///< a write whose outcome is unknown and that has no key: reconcile, do not resend
};

/// How `Retry-After` entered the advice.
enum class retry_after_use : std::uint8_t {
    absent,         ///< none was given
    honoured,       ///< it asked for longer than the advice: the wait is the server's
    within_advice,  ///< it asked for no longer than the advice: the advice's wait stands
    capped,         ///< it asked for more than a day: the wait is a day
    ignored,        ///< it was malformed: `retry_advice::retry_after_problem` says how
    not_resending,  ///< given, but the advice is not to resend after a delay
};

/// What to do about one failed request. The delays are relative to the
/// failure; wait a time between `jitter_min` and `jitter_max` (see `pick`).
struct retry_advice {
    resend when = resend::no;
    failure_kind kind = failure_kind::needs_change;
    retry_scope scope = retry_scope::request;
    resend_safety safety = resend_safety::read;
    /// The request may have been carried out: check (for a transfer, through its
    /// events) before resending, or instead of it where `when` is `no`.
    bool reconcile_first = false;
    std::chrono::milliseconds floor{0};  ///< the earliest a resend can succeed
    std::chrono::milliseconds cap{0};    ///< the longest wait this failure is ever advised
    std::chrono::milliseconds jitter_min{0};
    std::chrono::milliseconds jitter_max{0};
    unsigned attempt = 1;       ///< the attempt that failed, 1 for the first
    unsigned max_attempts = 0;  ///< attempts in all the advice allows
    bool attempts_exhausted = false;  ///< `when` would be `after_delay` but `attempt` is the last allowed
    std::string_view webhook_type;  ///< with `after_webhook`, where the endpoint's webhook is known
    std::string_view webhook_code;
    /// Where the docs are silent or contradict themselves, the reading taken; empty otherwise.
    std::string_view reading;
    retry_after_use server = retry_after_use::absent;
    retry_after_problem server_problem = retry_after_problem::none;  ///< with `ignored`, why

    /// Whether a resend is safe as far as repeating the request goes.
    constexpr bool safe_to_resend() const noexcept { return safety != resend_safety::write_without_key; }
    /// The wait for a `random` drawn uniformly from the 32-bit values:
    /// `jitter_min` for 0, just under `jitter_max` for the largest.
    constexpr std::chrono::milliseconds pick(std::uint32_t random) const noexcept {
        const auto span = static_cast<std::uint64_t>((jitter_max - jitter_min).count());
        return jitter_min + std::chrono::milliseconds(static_cast<std::int64_t>((span * random) >> 32));
    }
};

/// The rules of the advice where Plaid's docs give no number, taken from
/// AWS's standard retry mode (the attempts in all, the longest backoff),
/// Stripe's client libraries (the first backoff) and gRPC's retry design (the
/// server's pushback wins over the backoff).
namespace retry_rules {
inline constexpr unsigned max_attempts = 3;
inline constexpr std::chrono::milliseconds transient_floor{500};
inline constexpr std::chrono::milliseconds transient_cap{20000};
/// A throttled request's longest wait, in windows of its limit.
inline constexpr int throttling_cap_windows = 4;
/// The longest `Retry-After` honoured.
inline constexpr std::chrono::seconds longest_retry_after{86400};
/// The wait where a rate limit states no window (the tables' commonest one).
inline constexpr std::chrono::seconds unstated_window{60};
}  // namespace retry_rules

namespace detail {

constexpr std::chrono::seconds window_length(limit_window window) noexcept {
    switch (window) {
        case limit_window::second: return std::chrono::seconds(1);
        case limit_window::minute: return std::chrono::seconds(60);
        case limit_window::hour: return std::chrono::seconds(3600);
        case limit_window::unstated: return std::chrono::seconds(0);
    }
    return std::chrono::seconds(0);
}

/// Whether `path` is the endpoint `pattern` names; a `*` stands for one or more whole segments.
constexpr bool endpoint_matches(std::string_view pattern, std::string_view path) noexcept {
    const auto star = pattern.find('*');
    if (star == std::string_view::npos) return pattern == path;
    const auto head = pattern.substr(0, star), tail = pattern.substr(star + 1);
    if (path.size() < head.size() + tail.size() + 1 || path.substr(0, head.size()) != head ||
        path.substr(path.size() - tail.size()) != tail)
        return false;
    const auto middle = path.substr(head.size(), path.size() - head.size() - tail.size());
    return middle.front() != '/' && middle.back() != '/' && middle.find("//") == std::string_view::npos;
}

template <std::size_t N>
constexpr const endpoint_limits* find_limits(const std::array<endpoint_limits, N>& table, std::string_view path) noexcept {
    for (const auto& row : table)
        if (!row.is_pattern && row.endpoint == path) return &row;
    for (const auto& row : table)
        if (row.is_pattern && endpoint_matches(row.endpoint, path)) return &row;
    return nullptr;
}

/// The row of `path` in the environment's table; the retired Development
/// environment reads Production's, the stricter.
constexpr const endpoint_limits* find_limits(environment env, std::string_view path) noexcept {
    return env == environment::sandbox ? find_limits(sandbox_limits, path) : find_limits(production_limits, path);
}

constexpr const rate_limit_code* find_rate_limit_code(std::string_view name) noexcept {
    for (const auto& row : rate_limit_codes)
        if (row.code == name) return &row;
    return nullptr;
}

constexpr bool names(plaid::code c, std::string_view type, std::string_view name) noexcept {
    return c.is_known() && c.name() == name && to_string(c.type()) == type;
}

constexpr const documented_wait* find_wait(plaid::code c, std::string_view path) noexcept {
    for (const auto& row : documented_waits)
        if (names(c, row.error_type, row.error_code) && row.endpoint == path) return &row;
    for (const auto& row : documented_waits)
        if (names(c, row.error_type, row.error_code) && row.endpoint.empty()) return &row;
    return nullptr;
}

constexpr const never_resent* find_never(plaid::code c) noexcept {
    for (const auto& row : never_resent_codes)
        if (names(c, row.error_type, row.error_code)) return &row;
    return nullptr;
}

constexpr const idempotent_operation* find_operation(std::string_view path) noexcept {
    for (const auto& row : idempotent_operations)
        if (row.operation == path) return &row;
    return nullptr;
}

constexpr const product_webhook* find_webhook(std::string_view path) noexcept {
    for (const auto& row : product_webhooks)
        if (endpoint_matches(row.endpoint, path)) return &row;
    return nullptr;
}

/// Whether an endpoint only reads: its last segment is one that Plaid's
/// paths use for reads (`get`, `list`, `sync`, ...). Every other path counts
/// as a write, the safe reading for a path this list does not know.
constexpr bool is_read(std::string_view path) noexcept {
    const auto slash = path.rfind('/');
    const auto last = slash == std::string_view::npos ? path : path.substr(slash + 1);
    constexpr std::string_view reads[] = {"get", "list", "sync", "get_by_id", "download", "search"};
    for (auto read : reads)
        if (last == read) return true;
    return false;
}

/// The longest window of a cell's limits, and whether one states none.
struct cell_window {
    std::chrono::seconds longest{0};
    bool unstated = false;
};

constexpr void widen(cell_window& out, const limit_cell& cell) noexcept {
    for (std::size_t i = 0; i < cell.size; ++i) {
        const auto length = window_length(cell.limits[i].window);
        if (cell.limits[i].window == limit_window::unstated) out.unstated = true;
        if (length > out.longest) out.longest = length;
    }
}

constexpr void widen(cell_window& out, const endpoint_limits& row, limit_scopes scopes) noexcept {
    if (scopes.item) widen(out, row.per_item);
    if (scopes.client) widen(out, row.per_client);
}

/// What the tables say about a throttled request: how long its limit counts,
/// whose requests it holds back, and the reading taken where they are silent.
struct throttle {
    std::chrono::seconds window{0};
    retry_scope scope = retry_scope::item_or_client;
    bool never_clears = false;
    std::string_view reading;
};

constexpr throttle throttle_for(plaid::code c, std::string_view path, environment env) noexcept {
    throttle out;
    const rate_limit_code* section = c.is_known() ? find_rate_limit_code(c.name()) : nullptr;
    // A code this library does not know counts against both columns.
    const limit_scopes scopes = section ? section->scopes : limit_scopes{true, true, false};
    if (scopes.item && scopes.client) out.scope = retry_scope::item_or_client;
    else if (scopes.item) out.scope = retry_scope::item;
    else if (scopes.client) out.scope = retry_scope::client;
    else if (scopes.institution) out.scope = retry_scope::institution;
    cell_window found;
    const endpoint_limits* row = find_limits(env, path);
    if (row) {
        widen(found, *row, scopes);
        if (!row->reading.empty()) out.reading = row->reading;
        if (found.unstated) out.reading = row->per_client.reading.empty() ? row->per_item.reading : row->per_client.reading;
    } else if (section) {
        for (auto endpoint : section->endpoints)
            if (const auto* own = find_limits(env, endpoint)) widen(found, *own, scopes);
    }
    if (section && !section->reading.empty()) out.reading = section->reading;
    out.never_clears = found.unstated;
    out.window = found.longest.count() ? found.longest : std::chrono::seconds(retry_rules::unstated_window);
    if (!found.longest.count() && out.reading.empty())
        out.reading = "The tables give no window for this limit here: the advice waits a minute, their commonest window.";
    return out;
}

/// Whether Plaid's answer says it did not carry out the request: a 4xx,
/// including 429, or a 503 (Stripe's clients resend a 503 whatever the method).
constexpr bool refused(int status) noexcept { return (status >= 400 && status < 500) || status == 503; }

constexpr failure_kind kind_for_status(int status) noexcept {
    if (status == 429) return failure_kind::throttling;
    if (status == 0 || status == 408 || status >= 500) return failure_kind::transient;
    return failure_kind::needs_change;
}

constexpr void set_delays(retry_advice& a, std::chrono::milliseconds floor, std::chrono::milliseconds cap) noexcept {
    a.floor = floor;
    a.cap = cap;
    // Backoff doubles from the floor; the jitter spreads clients over a quarter
    // above it, never below the floor: a wait under a limit's window fails again.
    auto base = floor;
    for (unsigned i = 1; i < a.attempt && base < cap; ++i) base *= 2;
    const auto top_base = cap * 4 / 5;
    if (base > top_base) base = top_base > floor ? top_base : floor;
    a.jitter_min = base;
    a.jitter_max = base + base / 4 < cap ? base + base / 4 : cap;
}

}  // namespace detail

/// What to do about a failed request to `endpoint` (a path such as
/// `/accounts/balance/get`) in `env`, after `attempt` attempts (1 after the
/// first). `server` is the response's `Retry-After`, where one came;
/// `optional_key_sent` says the request set a key the operation leaves
/// optional (`idempotency_key` of `/transfer/authorization/create`,
/// `is_idempotent` of `/identity_verification/create`): the required keys
/// are taken as sent, as Plaid refuses a request without them.
///
/// The delays come from Plaid's tables and troubleshooting steps, the rest
/// from `retry_rules`. Writes whose outcome is unknown (a timeout, a 500)
/// are resent only with their key.
constexpr retry_advice advise(const failed_request& failure, std::string_view endpoint, environment env,
                              unsigned attempt, const retry_after& server = {}, bool optional_key_sent = false) noexcept {
    using std::chrono::milliseconds;
    retry_advice a;
    a.attempt = attempt ? attempt : 1;
    a.max_attempts = retry_rules::max_attempts;
    const plaid::code c = failure.code();
    const int status = failure.http_status();
    bool was_refused = false;
    milliseconds floor = retry_rules::transient_floor, cap = retry_rules::transient_cap;

    const auto throttled = [&](const detail::throttle& t) {
        a.when = t.never_clears ? resend::after_action : resend::after_delay;
        a.kind = failure_kind::throttling;
        a.scope = t.scope;
        a.reading = t.reading;
        floor = t.window;
        cap = t.window * retry_rules::throttling_cap_windows;
    };
    const auto transient = [&](retry_scope scope) {
        a.when = resend::after_delay;
        a.kind = failure_kind::transient;
        a.scope = scope;
    };

    switch (failure.what()) {
        case failed_request::source::timeout:
        case failed_request::source::connection_error: transient(retry_scope::request); break;
        case failed_request::source::unreadable_body:
            was_refused = detail::refused(status);
            switch (detail::kind_for_status(status)) {
                case failure_kind::throttling: throttled(detail::throttle_for({}, endpoint, env)); break;
                case failure_kind::transient: transient(retry_scope::request); break;
                default: a.when = resend::no; break;
            }
            break;
        case failed_request::source::plaid_error:
            was_refused = detail::refused(status);
            if (const auto* never = detail::find_never(c)) {
                a.when = resend::no;
                a.reading = never->basis;
            } else if (const auto* wait = detail::find_wait(c, endpoint)) {
                a.when = resend::after_delay;
                a.kind = wait->kind;
                a.scope = wait->scope;
                a.reading = wait->basis;
                floor = std::chrono::seconds(wait->min_seconds);
                cap = std::chrono::seconds(wait->max_seconds);
            } else if (c.is_known()) {
                const action_plan plan = plan_for(c, {endpoint, env}).value_or(c.plan());
                switch (plan.retry) {
                    case retry_policy::no: a.when = resend::no; break;
                    case retry_policy::after_action: a.when = resend::after_action; break;
                    case retry_policy::after_webhook:
                        a.when = resend::after_webhook;
                        a.kind = failure_kind::data_not_ready;
                        a.scope = retry_scope::item;
                        if (const auto* hook = detail::find_webhook(endpoint)) {
                            a.webhook_type = hook->webhook_type;
                            a.webhook_code = hook->webhook_code;
                        }
                        break;
                    case retry_policy::with_backoff:
                        if (c.type() == error_type::rate_limit_exceeded) throttled(detail::throttle_for(c, endpoint, env));
                        else transient(plan.who == actor::plaid         ? retry_scope::plaid
                                       : plan.who == actor::institution ? retry_scope::institution
                                                                        : retry_scope::request);
                        break;
                }
            } else if (failure.type() == error_type::rate_limit_exceeded) {
                throttled(detail::throttle_for({}, endpoint, env));
            } else if (failure.type() == error_type::api_error) {
                transient(retry_scope::plaid);
            } else {
                switch (detail::kind_for_status(status)) {
                    case failure_kind::throttling: throttled(detail::throttle_for({}, endpoint, env)); break;
                    case failure_kind::transient: transient(retry_scope::request); break;
                    default: a.when = resend::no; break;
                }
            }
            break;
    }

    // Whether sending it again can repeat what it did.
    if (detail::is_read(endpoint)) {
        a.safety = resend_safety::read;
    } else if (const auto* op = detail::find_operation(endpoint); op && op->member.empty()) {
        a.safety = resend_safety::idempotent_write;
    } else if (op && !op->replaced_by.empty()) {
        a.safety = resend_safety::write_with_authorization_id;
        a.reconcile_first = !was_refused;  // the spec: a 500 may still have created the transfer
    } else if (op && (op->required || optional_key_sent)) {
        a.safety = resend_safety::write_with_key;
        const milliseconds spec_floor = std::chrono::seconds(op->min_resend_delay_seconds);
        if (!was_refused && spec_floor > floor) floor = spec_floor;
        if (cap < floor * 2) cap = floor * 2;
    } else if (was_refused) {
        a.safety = resend_safety::write_refused;
    } else {
        a.safety = resend_safety::write_without_key;
        a.reconcile_first = true;
        if (a.when == resend::after_delay) a.when = resend::no;
    }

    if (a.when != resend::after_delay) {
        a.floor = a.cap = a.jitter_min = a.jitter_max = milliseconds(0);
        if (server.delay || server.problem != retry_after_problem::none) a.server = retry_after_use::not_resending;
        a.server_problem = server.problem;
        return a;
    }
    detail::set_delays(a, floor, cap);

    // The server's pushback, where it asks for longer than the advice.
    a.server_problem = server.problem;
    if (server.problem != retry_after_problem::none) {
        a.server = retry_after_use::ignored;
    } else if (server.delay) {
        milliseconds asked = *server.delay;
        a.server = retry_after_use::within_advice;
        if (asked > retry_rules::longest_retry_after) {
            asked = retry_rules::longest_retry_after;
            a.server = retry_after_use::capped;
        }
        if (asked > a.jitter_min) {
            if (a.server != retry_after_use::capped) a.server = retry_after_use::honoured;
            a.jitter_min = asked;
            if (a.jitter_max < asked) a.jitter_max = asked;
            if (a.cap < asked) a.cap = asked;
        }
    }

    if (a.attempt >= a.max_attempts) {
        a.when = resend::no;
        a.attempts_exhausted = true;
    }
    return a;
}

constexpr std::string_view to_string(resend when) noexcept {
    switch (when) {
        case resend::no: return "no";
        case resend::after_action: return "after_action";
        case resend::after_webhook: return "after_webhook";
        case resend::after_delay: return "after_delay";
    }
    return {};
}

constexpr std::string_view to_string(failure_kind kind) noexcept {
    switch (kind) {
        case failure_kind::needs_change: return "needs_change";
        case failure_kind::throttling: return "throttling";
        case failure_kind::transient: return "transient";
        case failure_kind::long_outage: return "long_outage";
        case failure_kind::data_not_ready: return "data_not_ready";
    }
    return {};
}

constexpr std::string_view to_string(retry_scope scope) noexcept {
    switch (scope) {
        case retry_scope::request: return "request";
        case retry_scope::item: return "item";
        case retry_scope::client: return "client";
        case retry_scope::item_or_client: return "item_or_client";
        case retry_scope::institution: return "institution";
        case retry_scope::plaid: return "plaid";
    }
    return {};
}

constexpr std::string_view to_string(resend_safety safety) noexcept {
    switch (safety) {
        case resend_safety::read: return "read";
        case resend_safety::write_with_key: return "write_with_key";
        case resend_safety::write_with_authorization_id: return "write_with_authorization_id";
        case resend_safety::idempotent_write: return "idempotent_write";
        case resend_safety::write_refused: return "write_refused";
        case resend_safety::write_without_key: return "write_without_key";
    }
    return {};
}

constexpr std::string_view to_string(retry_after_use use) noexcept {
    switch (use) {
        case retry_after_use::absent: return "absent";
        case retry_after_use::honoured: return "honoured";
        case retry_after_use::within_advice: return "within_advice";
        case retry_after_use::capped: return "capped";
        case retry_after_use::ignored: return "ignored";
        case retry_after_use::not_resending: return "not_resending";
    }
    return {};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
