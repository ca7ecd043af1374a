#ifndef PLAID_ERRORS_WEBHOOK_WAIT_HPP
#define PLAID_ERRORS_WEBHOOK_WAIT_HPP

#include "detail/abi.hpp"

/// Which webhooks end a plan's wait (`retry_policy::after_webhook`):
/// `ending_webhooks(code, where)` names them as the docs do, or says that the
/// docs name none, and `ends_wait(error, webhook)` tells whether an incoming
/// webhook is one of them, so a program resends when that webhook arrives.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "code.hpp"
#include "error.hpp"
#include "plan_context.hpp"
#include "webhook.hpp"
#include "webhook_code.hpp"
#include "webhook_wait_table.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// What the docs say ends a plan's wait for a webhook.
enum class wait_ended_by : std::uint8_t {
    no_wait,         ///< the plan does not wait for a webhook, or the code has no plan
    named_webhooks,  ///< one of the webhooks the docs name, in `webhook_wait::webhooks`
    undocumented,    ///< a webhook the docs do not name: `webhook_wait::note` says what they advise instead
};

/// The webhooks that end the wait of one plan. A program that matches
/// incoming webhooks to waiting requests also matches the ids (the webhook's
/// `item_id`, `user_id` or report id to the request's): this names the pairs only.
struct webhook_wait {
    wait_ended_by ended_by = wait_ended_by::no_wait;
    /// The (webhook_type, webhook_code) pairs the docs name; empty unless `named_webhooks`.
    table_span<webhook_code> webhooks{nullptr, 0};
    /// More of what the docs say about the wait; where they name no webhook,
    /// what they say to do instead. Empty where there is nothing to add.
    std::string_view note;

    /// Whether `incoming` is one of `webhooks`; false for no pair.
    constexpr bool ends_on(webhook_code incoming) const noexcept {
        if (!incoming.is_known()) return false;
        for (auto named : webhooks)
            if (named == incoming) return true;
        return false;
    }
};

namespace detail {

/// The wait of code value `code`'s own plan (`context` 0) or of the plan of
/// `plans_in_context[context - 1]`; none where that plan does not wait.
constexpr webhook_wait wait_of(std::uint16_t code, std::size_t context) noexcept {
    for (const auto& row : webhook_wait_rows) {
        if (row.code != code || row.context != context) continue;
        return {row.named ? wait_ended_by::named_webhooks : wait_ended_by::undocumented,
                {ending_webhook_list.data() + row.first, row.count},
                row.note};
    }
    return {};
}

}  // namespace detail

/// The webhooks that end the wait of `plan_for(c, where)`: give the endpoint
/// where the docs tie the webhook to it (ITEM_ERROR PRODUCT_NOT_READY waits
/// for one webhook after `/transactions/get`, another after
/// `/investments/transactions/get`); without it, every webhook the code's
/// own plan names. `no_wait` for a plan that does not wait and for a code
/// outside the taxonomy.
constexpr webhook_wait ending_webhooks(code c, const plan_context& where = {}) noexcept {
    if (!c.is_known()) return {};
    const std::size_t row = detail::context_row(c, where);
    return detail::wait_of(c.value(), row < detail::plans_in_context.size() ? row + 1 : 0);
}

/// Whether a webhook the docs name ends the wait of a request that failed with `c`.
constexpr bool ends_wait(code c, webhook_code incoming, const plan_context& where = {}) noexcept {
    return ending_webhooks(c, where).ends_on(incoming);
}

/// Whether an incoming webhook ends the wait of a request that failed with
/// `failed`: false where the error has no documented code, the webhook is no
/// documented pair, or the docs name no webhook for the wait.
inline bool ends_wait(const error& failed, const webhook& incoming, const plan_context& where = {}) noexcept {
    return failed.code && incoming.code && ends_wait(*failed.code, *incoming.code, where);
}

/// Lower-case name of a `wait_ended_by` (`"named_webhooks"`, ...); empty for an out-of-range value.
constexpr std::string_view to_string(wait_ended_by by) noexcept {
    switch (by) {
        case wait_ended_by::no_wait: return "no_wait";
        case wait_ended_by::named_webhooks: return "named_webhooks";
        case wait_ended_by::undocumented: return "undocumented";
    }
    return {};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
