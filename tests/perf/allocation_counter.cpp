#include "allocation_counter.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<std::size_t> allocation_count{0};

/// A plain load and store, not an atomic increment: the measured code runs on
/// one thread, and a locked instruction per allocation would slow down the
/// allocation-heavy baselines more than the library.
void count_allocation() noexcept {
    allocation_count.store(allocation_count.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void* allocate(std::size_t size) {
    count_allocation();
    if (void* block = std::malloc(size == 0 ? 1 : size)) return block;
    throw std::bad_alloc();
}

void* allocate(std::size_t size, std::align_val_t alignment) {
    count_allocation();
    auto align = static_cast<std::size_t>(alignment);
    auto rounded = (size + align - 1) / align * align;
    if (void* block = std::aligned_alloc(align, rounded == 0 ? align : rounded)) return block;
    throw std::bad_alloc();
}

}  // namespace

namespace plaid_perf {

std::size_t allocations() noexcept { return allocation_count.load(std::memory_order_relaxed); }

}  // namespace plaid_perf

/// The array and nothrow forms call these by default ([new.delete]).
void* operator new(std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t alignment) { return allocate(size, alignment); }
void operator delete(void* block) noexcept { std::free(block); }
void operator delete(void* block, std::size_t) noexcept { std::free(block); }
void operator delete(void* block, std::align_val_t) noexcept { std::free(block); }
void operator delete(void* block, std::size_t, std::align_val_t) noexcept { std::free(block); }
