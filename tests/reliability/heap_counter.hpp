#ifndef PLAID_ERRORS_TESTS_HEAP_COUNTER_HPP
#define PLAID_ERRORS_TESTS_HEAP_COUNTER_HPP

#include <cstddef>

/// Sanitizers bring their own operator new, so memory is measured in the other builds.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PLAID_ERRORS_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define PLAID_ERRORS_TEST_SANITIZED 1
#endif
#endif

/// Heap bytes held through the replaced operator new of heap_counter.cpp.
namespace heap_counter {

/// Bytes held right now.
std::size_t in_use() noexcept;
/// The most held since the last `reset_peak()`.
std::size_t peak() noexcept;
/// Starts a new peak from what is held now.
void reset_peak() noexcept;

}  // namespace heap_counter

#endif
