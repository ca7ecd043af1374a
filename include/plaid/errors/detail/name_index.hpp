#ifndef PLAID_ERRORS_DETAIL_NAME_INDEX_HPP
#define PLAID_ERRORS_DETAIL_NAME_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace plaid {
inline namespace errors_v1 {
namespace detail {

template <std::size_t N>
constexpr std::size_t longest(const std::array<std::string_view, N>& names) noexcept {
    std::size_t max = 0;
    for (auto name : names) max = name.size() > max ? name.size() : max;
    return max;
}

/// Wire-name to position lookup built at compile time: names are bucketed by
/// length so a query compares against at most the few names of its own length
/// (three for the INVALID_INPUT codes) instead of hashing or scanning them all.
template <std::size_t N, std::size_t MaxLength>
class name_index {
    static_assert(N < 256, "positions are stored in one byte");

public:
    explicit constexpr name_index(const std::array<std::string_view, N>& names) noexcept
        : names_(names) {
        std::array<std::uint8_t, MaxLength + 2> count{};
        for (auto name : names) ++count[name.size() + 1];
        for (std::size_t len = 1; len < start_.size(); ++len)
            start_[len] = static_cast<std::uint8_t>(start_[len - 1] + count[len]);
        auto next = start_;
        for (std::size_t i = 0; i < N; ++i)
            order_[next[names[i].size()]++] = static_cast<std::uint8_t>(i);
    }

    /// Position of `name` in the array the index was built from; case-sensitive.
    constexpr std::optional<std::size_t> find(std::string_view name) const noexcept {
        if (name.size() > MaxLength) return std::nullopt;
        for (std::size_t i = start_[name.size()]; i < start_[name.size() + 1]; ++i)
            if (names_[order_[i]] == name) return order_[i];
        return std::nullopt;
    }

    constexpr bool unique() const noexcept {
        for (std::size_t i = 0; i < N; ++i)
            if (find(names_[i]) != i) return false;
        return true;
    }

private:
    std::array<std::string_view, N> names_;
    std::array<std::uint8_t, N> order_{};
    std::array<std::uint8_t, MaxLength + 2> start_{};
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
