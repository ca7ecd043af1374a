#ifndef PLAID_ERRORS_STRING_LIST_HPP
#define PLAID_ERRORS_STRING_LIST_HPP

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace plaid {
inline namespace errors_v1 {

/// A short constexpr list of strings (a code's causes, steps or endpoints).
/// Items live in a fixed array, so iteration is over plain pointers and the
/// header needs neither <iterator> nor <vector>.
class string_list {
public:
    static constexpr std::size_t capacity = 8;

    constexpr string_list() noexcept = default;
    /// More than `capacity` items leaves `overflowed()` true, which the table's static_assert rejects.
    constexpr string_list(std::initializer_list<std::string_view> items) noexcept {
        for (auto item : items) {
            if (size_ == capacity) {
                overflowed_ = true;
                return;
            }
            items_[size_++] = item;
        }
    }

    constexpr const std::string_view* begin() const noexcept { return items_.data(); }
    constexpr const std::string_view* end() const noexcept { return items_.data() + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    /// The item at `i`; an empty view when `i >= size()`.
    constexpr std::string_view operator[](std::size_t i) const noexcept {
        return i < size_ ? items_[i] : std::string_view{};
    }
    constexpr bool overflowed() const noexcept { return overflowed_; }

private:
    std::array<std::string_view, capacity> items_{};
    std::size_t size_ = 0;
    bool overflowed_ = false;
};

}  // namespace errors_v1
}  // namespace plaid

#endif
