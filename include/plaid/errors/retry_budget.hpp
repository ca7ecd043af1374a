#ifndef PLAID_ERRORS_RETRY_BUDGET_HPP
#define PLAID_ERRORS_RETRY_BUDGET_HPP

#include "detail/abi.hpp"

#include <atomic>
#include <cstdint>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A client-wide allowance of resends, shared by every thread of a client:
/// a token bucket as AWS's retry quota is. Each resend spends tokens, each
/// success earns some back, so that when most requests fail (an outage) the
/// resends stop instead of multiplying the load. Lock-free; one per client.
class retry_budget {
public:
    /// AWS's standard-mode figures: the bucket's size, a resend's cost, a
    /// resend after a timeout's (a timeout says most about an overloaded
    /// server), and what a success at the first attempt earns.
    static constexpr std::int32_t default_capacity = 500;
    static constexpr std::int32_t resend_cost = 5;
    static constexpr std::int32_t timeout_resend_cost = 10;
    static constexpr std::int32_t first_try_refund = 1;

    /// What a granted resend spent, to give back when it succeeds.
    struct grant {
        std::int32_t cost = 0;
        explicit operator bool() const noexcept { return cost != 0; }
    };

    explicit retry_budget(std::int32_t capacity = default_capacity) noexcept
        : capacity_(capacity > 0 ? capacity : 0), tokens_(capacity_) {}
    retry_budget(const retry_budget&) = delete;
    retry_budget& operator=(const retry_budget&) = delete;

    /// Takes the cost of one resend; an empty grant, taking nothing, when the
    /// budget cannot pay it: then do not resend.
    grant try_spend(bool after_timeout) noexcept {
        const std::int32_t cost = after_timeout ? timeout_resend_cost : resend_cost;
        std::int32_t have = tokens_.load(std::memory_order_relaxed);
        while (have >= cost)
            if (tokens_.compare_exchange_weak(have, have - cost, std::memory_order_relaxed)) return {cost};
        return {};
    }

    /// A request succeeded after a granted resend: its cost comes back.
    void on_success(grant spent) noexcept { refund(spent ? spent.cost : first_try_refund); }
    /// A request succeeded at its first attempt: `first_try_refund` comes back.
    void on_success() noexcept { refund(first_try_refund); }

    std::int32_t available() const noexcept { return tokens_.load(std::memory_order_relaxed); }
    std::int32_t capacity() const noexcept { return capacity_; }

private:
    void refund(std::int32_t amount) noexcept {
        std::int32_t have = tokens_.load(std::memory_order_relaxed);
        while (have < capacity_) {
            const std::int32_t next = capacity_ - have < amount ? capacity_ : have + amount;
            if (tokens_.compare_exchange_weak(have, next, std::memory_order_relaxed)) return;
        }
    }

    const std::int32_t capacity_;
    std::atomic<std::int32_t> tokens_;
};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
