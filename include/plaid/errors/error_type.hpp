#ifndef PLAID_ERRORS_ERROR_TYPE_HPP
#define PLAID_ERRORS_ERROR_TYPE_HPP

#include "detail/abi.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "code_records.hpp"
#include "codes.hpp"
#include "detail/name_index.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

constexpr std::string_view error_type_name(std::size_t i) noexcept { return error_type_names[i]; }

inline constexpr name_index<slots_for(error_type_names.size())> error_type_index{error_type_names.size(),
                                                                                 error_type_name};

}  // namespace detail

/// The type named by a wire string, or no value for a string this library
/// does not know (case-sensitive, as Plaid's identifiers are).
constexpr std::optional<error_type> to_error_type(std::string_view wire) noexcept {
    const auto i = detail::error_type_index.find(wire, detail::error_type_name);
    if (i == detail::error_type_index.npos || i == 0) return std::nullopt;  // entry 0, "", is `unknown`
    return static_cast<error_type>(i);
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

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
