#ifndef PLAID_ERRORS_STRING_LIST_HPP
#define PLAID_ERRORS_STRING_LIST_HPP

#include <cstddef>
#include <iterator>
#include <string_view>

namespace plaid {
inline namespace errors_v1 {

/// A constexpr list of strings stored as one literal, one item per line.
/// Keeps the taxonomy table a plain aggregate of literals (no per-entry
/// arrays to declare) while callers still iterate items.
class string_list {
public:
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
            auto end = rest_.find('\n');
            rest_ = rest_.substr(end == std::string_view::npos ? rest_.size() : end + 1);
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            auto before = *this;
            ++*this;
            return before;
        }
        friend constexpr bool operator==(iterator a, iterator b) noexcept {
            return a.rest_.data() == b.rest_.data() && a.rest_.size() == b.rest_.size();
        }
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return !(a == b); }

    private:
        friend class string_list;
        constexpr explicit iterator(std::string_view rest) noexcept : rest_(rest) {}
        std::string_view rest_;
    };

    constexpr string_list() noexcept = default;
    /// `lines` holds the items separated by '\n', without a trailing newline.
    constexpr explicit string_list(std::string_view lines) noexcept : lines_(lines) {}

    constexpr iterator begin() const noexcept { return iterator{lines_}; }
    constexpr iterator end() const noexcept { return iterator{lines_.substr(lines_.size())}; }
    constexpr bool empty() const noexcept { return lines_.empty(); }
    constexpr std::size_t size() const noexcept {
        if (lines_.empty()) return 0;
        std::size_t n = 1;
        for (char c : lines_) n += c == '\n';
        return n;
    }
    constexpr std::string_view operator[](std::size_t i) const noexcept {
        auto it = begin();
        while (i-- > 0) ++it;
        return *it;
    }
    /// The items as stored: one per line.
    constexpr std::string_view joined() const noexcept { return lines_; }

private:
    std::string_view lines_;
};

}  // namespace errors_v1
}  // namespace plaid

#endif
