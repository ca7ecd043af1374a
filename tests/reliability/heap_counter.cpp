/// The replaced operator new and delete behind heap_counter.hpp. In a source
/// file of their own so no test inlines them: GCC then takes the `free` of a
/// block that came from operator new for a mismatched deallocation.
#include "heap_counter.hpp"

#include <cstddef>
#include <cstdlib>
#include <new>

namespace {

std::size_t held = 0;
std::size_t most_held = 0;

}  // namespace

namespace heap_counter {

std::size_t in_use() noexcept { return held; }
std::size_t peak() noexcept { return most_held; }
void reset_peak() noexcept { most_held = held; }

}  // namespace heap_counter

#ifndef PLAID_ERRORS_TEST_SANITIZED
void* operator new(std::size_t size) {
    auto* block = static_cast<std::max_align_t*>(std::malloc(size + sizeof(std::max_align_t)));
    if (!block) throw std::bad_alloc();
    *reinterpret_cast<std::size_t*>(block) = size;
    held += size;
    if (held > most_held) most_held = held;
    return block + 1;
}

void operator delete(void* pointer) noexcept {
    if (!pointer) return;
    auto* block = static_cast<std::max_align_t*>(pointer) - 1;
    held -= *reinterpret_cast<std::size_t*>(block);
    std::free(block);
}

void operator delete(void* pointer, std::size_t) noexcept { operator delete(pointer); }
#endif
