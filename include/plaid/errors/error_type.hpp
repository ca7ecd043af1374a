#ifndef PLAID_ERRORS_ERROR_TYPE_HPP
#define PLAID_ERRORS_ERROR_TYPE_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "codes.hpp"
#include "detail/code_table.hpp"

namespace plaid {
inline namespace errors_v1 {

/// The type named by a wire string, or no value for a string this library
/// does not know (case-sensitive, as Plaid's identifiers are).
constexpr std::optional<error_type> to_error_type(std::string_view wire) noexcept {
    if (const auto value = detail::error_type_hash.find(wire)) return static_cast<error_type>(value);
    return std::nullopt;
}

/// The wire string of a type; empty for `error_type::unknown` and out-of-range values.
constexpr std::string_view to_string(error_type type) noexcept {
    const auto i = static_cast<std::size_t>(type);
    return i < detail::error_type_names.size() ? detail::error_type_names[i] : std::string_view{};
}

/// Every known error type but `unknown`, in enum order.
inline constexpr auto all_error_types = [] {
    std::array<error_type, detail::error_type_names.size() - 1> types{};
    for (std::size_t i = 0; i < types.size(); ++i) types[i] = static_cast<error_type>(i + 1);
    return types;
}();

}  // namespace errors_v1
}  // namespace plaid

#endif
