#ifndef PLAID_ERRORS_DETAIL_VALUE_RANGE_HPP
#define PLAID_ERRORS_DETAIL_VALUE_RANGE_HPP

#include "abi.hpp"

#include <cstddef>
#include <iterator>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// A run `[first, end)` of positions in a generated table, yielding each
/// position's value (`Value::from_value`) by value: the ranges of codes
/// (`code_range`, `transfer_code_range`) are this one class.
template <class Value, class Index>
class value_range {
public:
    using value_type = Value;
    /// A forward iterator yielding values by value.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Value;
        using difference_type = std::ptrdiff_t;
        using pointer = const Value*;
        using reference = Value;
        constexpr iterator() noexcept = default;
        explicit constexpr iterator(Index value) noexcept : value_(value) {}
        constexpr Value operator*() const noexcept { return Value::from_value(value_); }
        constexpr iterator& operator++() noexcept {
            ++value_;
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            auto before = *this;
            ++value_;
            return before;
        }
        friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.value_ == b.value_; }
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.value_ != b.value_; }

    private:
        Index value_ = 0;
    };

    using const_iterator = iterator;

    constexpr value_range(Index first, Index end) noexcept : first_(first), end_(end) {}
    constexpr iterator begin() const noexcept { return iterator(first_); }
    constexpr iterator end() const noexcept { return iterator(end_); }
    constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(end_ - first_); }
    constexpr bool empty() const noexcept { return first_ == end_; }
    /// The value at position `i`; the empty value when `i >= size()`.
    constexpr Value operator[](std::size_t i) const noexcept {
        return i < size() ? Value::from_value(static_cast<Index>(first_ + i)) : Value{};
    }

private:
    Index first_, end_;
};

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
