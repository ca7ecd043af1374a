#ifndef PLAID_ERRORS_STRING_LIST_HPP
#define PLAID_ERRORS_STRING_LIST_HPP

#include "detail/abi.hpp"

#include <cstddef>
#include <iterator>
#include <string_view>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A constexpr list of short texts (a code's causes, steps or endpoints),
/// stored as one string with an item a line: the tables then hold one literal
/// per list, which compiles far faster than an array of views per entry.
class string_list {
public:
    /// A forward iterator yielding each item as a view.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using pointer = const std::string_view*;
        using reference = std::string_view;

        constexpr iterator() noexcept = default;
        constexpr std::string_view operator*() const noexcept { return rest_.substr(0, rest_.find('\n')); }
        constexpr iterator& operator++() noexcept {
            const auto end = rest_.find('\n');
            rest_ = end == std::string_view::npos ? std::string_view{} : rest_.substr(end + 1);
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            auto before = *this;
            ++*this;
            return before;
        }
        friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.rest_.data() == b.rest_.data(); }
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return !(a == b); }

    private:
        friend class string_list;
        explicit constexpr iterator(std::string_view rest) noexcept : rest_(rest) {}
        std::string_view rest_;
    };

    constexpr string_list() noexcept = default;
    /// `lines` holds the items, one a line, without a trailing newline.
    explicit constexpr string_list(std::string_view lines) noexcept : lines_(lines) {}

    constexpr iterator begin() const noexcept { return iterator(lines_.empty() ? std::string_view{} : lines_); }
    constexpr iterator end() const noexcept { return iterator(); }
    constexpr bool empty() const noexcept { return lines_.empty(); }
    constexpr std::size_t size() const noexcept {
        if (lines_.empty()) return 0;
        std::size_t count = 1;
        for (char c : lines_) count += c == '\n';
        return count;
    }
    /// The item at `i`; an empty view when `i >= size()`.
    constexpr std::string_view operator[](std::size_t i) const noexcept {
        for (auto item : *this)
            if (i-- == 0) return item;
        return {};
    }
    /// All items, one a line.
    constexpr std::string_view lines() const noexcept { return lines_; }

private:
    std::string_view lines_;
};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
