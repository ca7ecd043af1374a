#ifndef PLAID_ERRORS_EXAMPLES_BACKOFF_HPP
#define PLAID_ERRORS_EXAMPLES_BACKOFF_HPP

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <random>

namespace plaid_http {

/// Waits before resending: a delay that doubles with each failure, of which a
/// random part is waited ("equal jitter": between half and all of it), so
/// clients rate-limited together do not all come back at the same moment.
class jittered_backoff {
public:
    jittered_backoff(std::chrono::milliseconds first_delay, std::uint32_t seed) : first_delay_(first_delay), random_(seed) {}

    /// The wait after `failures` failed attempts (1 after the first): from
    /// half of `first_delay * 2^(failures - 1)` to all of it.
    std::chrono::milliseconds after(int failures) {
        using rep = std::chrono::milliseconds::rep;
        const int doublings = std::clamp(failures - 1, 0, 16);  // bounded so the delay cannot overflow
        const rep ceiling = std::max<rep>(first_delay_.count(), 0) * (rep{1} << doublings);
        std::uniform_int_distribution<rep> pick(ceiling - ceiling / 2, ceiling);
        return std::chrono::milliseconds(pick(random_));
    }

private:
    std::chrono::milliseconds first_delay_;
    std::mt19937 random_;
};

}  // namespace plaid_http

#endif
