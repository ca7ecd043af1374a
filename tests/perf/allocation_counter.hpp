#ifndef PLAID_ERRORS_PERF_ALLOCATION_COUNTER_HPP
#define PLAID_ERRORS_PERF_ALLOCATION_COUNTER_HPP

#include <cstddef>

namespace plaid_perf {

/// Calls to any replaced `operator new` since the program started. The
/// program that links allocation_counter.cpp counts every C++ heap allocation.
std::size_t allocations() noexcept;

}  // namespace plaid_perf

#endif
