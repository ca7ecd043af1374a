#ifndef PLAID_ERRORS_TRANSFER_FORMAT_HPP
#define PLAID_ERRORS_TRANSFER_FORMAT_HPP

#include "detail/abi.hpp"

/// Printing transfer failures as <plaid/errors/format.hpp> prints errors:
/// `operator<<`, and through it `std::format` (C++20), fmt (with
/// <plaid/errors/fmt.hpp>) and the test frameworks' printers. Text received
/// from the network is written on one line, escaped and redacted as `loggable`
/// writes it. Include it wherever these values are formatted.

#include <ostream>
#include <string_view>

#include "format.hpp"
#include "transfer_code.hpp"
#include "transfer_decision_rationale.hpp"
#include "transfer_failure.hpp"
#include "transfer_failure_codes.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

template <>
inline constexpr std::string_view enum_name<transfer_rail> = "transfer_rail";
template <>
inline constexpr std::string_view enum_name<transfer_retry> = "transfer_retry";
template <>
inline constexpr std::string_view enum_name<transfer_failure_category> = "transfer_failure_category";
template <>
inline constexpr std::string_view enum_name<transfer_decision> = "transfer_decision";
template <>
inline constexpr std::string_view enum_name<decision_rationale> = "decision_rationale";

template <>
inline constexpr bool printed_by_stream<transfer_code> = true;
template <>
inline constexpr bool printed_by_stream<transfer_failure> = true;

}  // namespace detail

/// The wire string (`R01`); `no transfer code` for a default-constructed code.
inline std::ostream& operator<<(std::ostream& out, transfer_code c) {
    if (!c.is_known()) return out << "no transfer code";
    return out << c.name();
}

/// One line for logs: the code as sent, the member it came in where that is
/// the deprecated one, then the description:
/// `R13: Invalid ACH routing number`, `R01 (ach_return_code): Insufficient funds`.
inline std::ostream& operator<<(std::ostream& out, const transfer_failure& f) {
    if (f.failure_code)
        detail::write_one_line(out, *f.failure_code);
    else if (f.ach_return_code)
        detail::write_one_line(out, *f.ach_return_code) << " (" << member_name<transfer_failure>(&transfer_failure::ach_return_code) << ')';
    else
        out << "no failure code";
    if (f.description && !f.description->empty()) detail::write_one_line(out << ": ", *f.description);
    return out;
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
