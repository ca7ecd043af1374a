#ifndef PLAID_ERRORS_INVALID_INPUT_HPP
#define PLAID_ERRORS_INVALID_INPUT_HPP

#include "detail/abi.hpp"

#include <optional>
#include <string_view>

#include "code.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Deprecated: every type's codes are looked up alike.
[[deprecated("use plaid::to_code<plaid::invalid_input>(wire)")]] constexpr std::optional<invalid_input>
to_invalid_input(std::string_view wire) noexcept {
    return to_code<invalid_input>(wire);
}

/// All INVALID_INPUT codes, in the order of their docs page: `codes_of(error_type::invalid_input)`.
inline constexpr code_range all_invalid_input_codes = codes_of(error_type::invalid_input);

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
