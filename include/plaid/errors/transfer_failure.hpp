#ifndef PLAID_ERRORS_TRANSFER_FAILURE_HPP
#define PLAID_ERRORS_TRANSFER_FAILURE_HPP

#include "detail/abi.hpp"

/// Reading the `failure_reason` of a transfer, a refund or a transfer event
/// (`TransferFailure` in Plaid's spec) with the reader and limits of
/// `parse_error`, standard library only.

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "members.hpp"
#include "parsed.hpp"
#include "shape_reader.hpp"
#include "transfer_code.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Why a transfer failed or was returned, as Plaid sent it. Strings are kept
/// as sent, so a code this library does not list survives; `code` is the
/// listed code, when there is one.
struct transfer_failure {
    std::optional<std::string> failure_code;     ///< an ACH return or RTP/RfP code; null or absent: no value
    std::optional<std::string> ach_return_code;  ///< deprecated by Plaid for `failure_code`, which also holds non-ACH codes
    std::optional<std::string> description;      ///< Plaid's text about the failure
    /// The listed code of `failure_code`, or of `ach_return_code` where `failure_code` has no value.
    std::optional<transfer_code> code;

    /// The code string sent: `failure_code`, else the deprecated `ach_return_code`; empty when neither is.
    std::string_view code_name() const noexcept {
        if (failure_code) return *failure_code;
        return ach_return_code ? std::string_view(*ach_return_code) : std::string_view();
    }
};

/// `TransferFailure`'s members, in the order problems are reported in.
template <>
struct shape<transfer_failure> {
    static constexpr auto members = std::make_tuple(
        member{"failure_code", json_kind::nullable_string, &transfer_failure::failure_code},
        member{"ach_return_code", json_kind::nullable_string, &transfer_failure::ach_return_code},
        member{"description", json_kind::nullable_string, &transfer_failure::description});

    static constexpr auto derived = std::make_tuple(&transfer_failure::code);

    static void derive(transfer_failure& f) noexcept { f.code = to_transfer_code(f.code_name()); }
};

static_assert(detail::table_is_consistent<transfer_failure>(),
              "each member's kind is the one its C++ type holds, and names are unique");
static_assert(detail::aggregate_size<transfer_failure>() ==
                  member_count<transfer_failure> + std::tuple_size_v<decltype(shape<transfer_failure>::derived)>,
              "every member of plaid::transfer_failure is a row of its table or derived");

inline bool operator==(const transfer_failure& a, const transfer_failure& b) { return same_members(a, b); }
inline bool operator!=(const transfer_failure& a, const transfer_failure& b) { return !(a == b); }

/// Either a read `transfer_failure` or the `parse_failure` saying why there is none.
using transfer_failure_result = parsed<transfer_failure>;

/// Reads a transfer's `failure_reason` object (the member's JSON text) into a
/// `transfer_failure`: the limits, duplicate-member rule and failure kinds of
/// `parse_error`, every member optional. A JSON `null`, which Plaid sends
/// while a transfer has not failed, is `not_object`: test for it first where
/// it is expected. Never throws.
inline transfer_failure_result parse_transfer_failure(std::string_view text, const parse_limits& limits = {}) noexcept {
    return detail::parse_text<transfer_failure>(text, limits);
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
