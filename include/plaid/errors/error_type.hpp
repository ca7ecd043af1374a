#ifndef PLAID_ERRORS_ERROR_TYPE_HPP
#define PLAID_ERRORS_ERROR_TYPE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/name_index.hpp"

namespace plaid {
inline namespace errors_v1 {

/// Plaid's `error_type`: the broad category of an error.
/// Values are those of `PlaidErrorType` in Plaid's OpenAPI spec (2020-09-14,
/// SDK release 1.586), plus BASE_REPORT_ERROR, which the spec's webhook
/// examples send although the enum does not list it. Plaid adds types without
/// versioning its API, so a parsed error keeps the raw string next to this.
enum class error_type : std::uint8_t {
    unknown = 0,  ///< a type this version of the library does not know
    invalid_request,
    invalid_result,
    invalid_input,
    institution_error,
    rate_limit_exceeded,
    api_error,
    item_error,
    asset_report_error,
    recaptcha_error,
    oauth_error,
    payment_error,
    bank_transfer_error,
    income_verification_error,
    microdeposits_error,
    sandbox_error,
    partner_error,
    transactions_error,
    transaction_error,
    transfer_error,
    base_report_error,
};

struct error_type_info {
    error_type type;
    std::string_view name;  ///< wire string, as in `"error_type": "..."`
};

/// One entry per known type; entry i describes `error_type` value i + 1.
inline constexpr std::array<error_type_info, 20> error_type_table = [] {
    using namespace std::string_view_literals;  // literals that carry their length compile faster
    return std::array<error_type_info, 20>{{
        {error_type::invalid_request, "INVALID_REQUEST"sv},
        {error_type::invalid_result, "INVALID_RESULT"sv},
        {error_type::invalid_input, "INVALID_INPUT"sv},
        {error_type::institution_error, "INSTITUTION_ERROR"sv},
        {error_type::rate_limit_exceeded, "RATE_LIMIT_EXCEEDED"sv},
        {error_type::api_error, "API_ERROR"sv},
        {error_type::item_error, "ITEM_ERROR"sv},
        {error_type::asset_report_error, "ASSET_REPORT_ERROR"sv},
        {error_type::recaptcha_error, "RECAPTCHA_ERROR"sv},
        {error_type::oauth_error, "OAUTH_ERROR"sv},
        {error_type::payment_error, "PAYMENT_ERROR"sv},
        {error_type::bank_transfer_error, "BANK_TRANSFER_ERROR"sv},
        {error_type::income_verification_error, "INCOME_VERIFICATION_ERROR"sv},
        {error_type::microdeposits_error, "MICRODEPOSITS_ERROR"sv},
        {error_type::sandbox_error, "SANDBOX_ERROR"sv},
        {error_type::partner_error, "PARTNER_ERROR"sv},
        {error_type::transactions_error, "TRANSACTIONS_ERROR"sv},
        {error_type::transaction_error, "TRANSACTION_ERROR"sv},
        {error_type::transfer_error, "TRANSFER_ERROR"sv},
        {error_type::base_report_error, "BASE_REPORT_ERROR"sv},
    }};
}();

namespace detail {

template <class Table>
constexpr auto wire_names(const Table& table) noexcept {
    std::array<std::string_view, std::tuple_size<Table>::value> names{};
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = table[i].name;
    return names;
}

inline constexpr auto error_type_names = wire_names(error_type_table);
inline constexpr name_index<error_type_names.size(), shortest(error_type_names), longest(error_type_names)>
    error_type_index{error_type_names};

}  // namespace detail

/// The type named by a wire string, or no value for a string this library
/// does not know (case-sensitive, as Plaid's identifiers are).
constexpr std::optional<error_type> to_error_type(std::string_view wire) noexcept {
    if (auto i = detail::error_type_index.find(wire)) return error_type_table[*i].type;
    return std::nullopt;
}

/// The wire string of a type; empty for `error_type::unknown` and out-of-range values.
constexpr std::string_view to_string(error_type type) noexcept {
    auto i = static_cast<std::size_t>(type);
    return i >= 1 && i <= error_type_table.size() ? error_type_table[i - 1].name : std::string_view{};
}

namespace detail {

/// The entries are checked against their positions and the lookups in
/// tests/taxonomy_static_checks.cpp.
static_assert(error_type_table.size() == static_cast<std::size_t>(error_type::base_report_error),
              "every error_type but unknown has exactly one table entry");

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
