#ifndef PLAID_ERRORS_TRANSFER_CODE_HPP
#define PLAID_ERRORS_TRANSFER_CODE_HPP

#include "detail/abi.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/name_index.hpp"
#include "detail/value_range.hpp"
#include "transfer_failure_codes.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A failure code of Plaid's Transfer errors page (an ACH return code or an
/// RTP/RfP failure code), one byte: what a program branches on once it has
/// read a transfer's `failure_code`. The value 0 is no code; values are
/// positions in the table, stable within a release only: store names.
class transfer_code {
public:
    constexpr transfer_code() noexcept = default;

    /// The code of a value, or no code for a value that names none.
    static constexpr transfer_code from_value(std::uint8_t value) noexcept {
        transfer_code c;
        c.value_ = value < detail::transfer_failure_records.size() ? value : 0;
        return c;
    }

    constexpr std::uint8_t value() const noexcept { return value_; }
    constexpr bool is_known() const noexcept { return value_ != 0; }
    /// Everything the library knows of the code; all empty for no code.
    constexpr const transfer_failure_record& record() const noexcept { return detail::transfer_failure_records[value_]; }
    /// The wire string (`R01`, `AC04`); empty for no code.
    constexpr std::string_view name() const noexcept { return record().code; }
    constexpr std::string_view title() const noexcept { return record().title; }
    constexpr transfer_rail rail() const noexcept { return record().rail; }
    constexpr transfer_failure_category category() const noexcept { return record().category; }
    /// Whether and when the transfer may be sent again; `no` for no code.
    constexpr transfer_retry retry() const noexcept { return record().retry; }
    constexpr std::string_view description() const noexcept { return record().description; }
    constexpr std::string_view action() const noexcept { return record().action; }

    friend constexpr bool operator==(transfer_code a, transfer_code b) noexcept { return a.value_ == b.value_; }
    friend constexpr bool operator!=(transfer_code a, transfer_code b) noexcept { return a.value_ != b.value_; }
    friend constexpr bool operator<(transfer_code a, transfer_code b) noexcept { return a.value_ < b.value_; }

private:
    std::uint8_t value_ = 0;
};

/// A run of transfer codes in table order, for iteration:
/// `for (plaid::transfer_code c : plaid::ach_return_codes())`.
using transfer_code_range = detail::value_range<transfer_code, std::uint8_t>;

/// Every failure code: the ACH returns, then the RTP/RfP codes.
constexpr transfer_code_range all_transfer_codes() noexcept {
    return {1, static_cast<std::uint8_t>(detail::transfer_failure_records.size())};
}

/// The ACH return codes, in the docs' order.
constexpr transfer_code_range ach_return_codes() noexcept { return {1, detail::first_rtp_failure_code}; }

/// The RTP/RfP failure codes, in the docs' order.
constexpr transfer_code_range rtp_failure_codes() noexcept {
    return {detail::first_rtp_failure_code, static_cast<std::uint8_t>(detail::transfer_failure_records.size())};
}

/// The wire string of a code; empty for no code.
constexpr std::string_view to_string(transfer_code c) noexcept { return c.name(); }

namespace detail {

constexpr std::string_view transfer_code_name_at(std::size_t i) noexcept { return transfer_failure_records[i].code; }

inline constexpr name_index<slots_for(transfer_failure_records.size())> transfer_code_index{
    transfer_failure_records.size(), transfer_code_name_at};

}  // namespace detail

/// The code a `failure_code` (or `ach_return_code`) string names, case-sensitive
/// as Plaid sends it; no value for a string the docs do not list, which a
/// reader keeps as it was sent.
constexpr std::optional<transfer_code> to_transfer_code(std::string_view name) noexcept {
    if (name.empty()) return std::nullopt;
    const auto i = detail::transfer_code_index.find(name, detail::transfer_code_name_at);
    if (i == detail::transfer_code_index.npos) return std::nullopt;
    return transfer_code::from_value(static_cast<std::uint8_t>(i));
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
