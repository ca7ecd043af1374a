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

#include "body_failure.hpp"
#include "detail/json_reader.hpp"
#include "error.hpp"
#include "members.hpp"
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
class transfer_failure_result {
public:
    transfer_failure_result(transfer_failure value) : state_(std::move(value)) {}
    transfer_failure_result(parse_failure failure) : state_(std::move(failure)) {}
    /// Holds an empty failure reason, for a reader to fill in place.
    explicit transfer_failure_result(std::in_place_t) : state_(std::in_place_index<0>) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The failure reason; throws std::bad_variant_access when `has_value()` is false.
    const transfer_failure& value() const& { return std::get<0>(state_); }
    transfer_failure& value() & { return std::get<0>(state_); }
    const transfer_failure& operator*() const& { return value(); }
    const transfer_failure* operator->() const { return &value(); }

    /// Why the text was not read; throws std::bad_variant_access when `has_value()` is true.
    const parse_failure& failure() const& { return std::get<1>(state_); }

    void emplace_failure(parse_failure why) noexcept { state_.emplace<1>(std::move(why)); }

private:
    std::variant<transfer_failure, parse_failure> state_;
};

namespace detail {

/// Reads `text`'s top-level object into `result`: false when `text` is not
/// JSON throughout, as `read_body` does for an error.
inline bool read_transfer_failure(json_reader& json, transfer_failure_result& result, const parse_limits& limits) {
    if (!json.start()) return false;
    if (json.type() != json_reader::json_type::object) {
        if (!json.skip_value() || !json.finish()) return false;
        result.emplace_failure(not_object());
        return true;
    }
    member_fill fill(table_for<transfer_failure>::table, &result.value(), true);
    if (!shape_reader<json_reader>(limits).object(json, fill, 0) || !json.finish()) return false;
    if (auto problem = fill.finish()) result.emplace_failure(std::move(*problem).to_failure());
    return true;
}

}  // namespace detail

/// Reads a transfer's `failure_reason` object (the member's JSON text) into a
/// `transfer_failure`: the limits, duplicate-member rule and failure kinds of
/// `parse_error`, every member optional. A JSON `null`, which Plaid sends
/// while a transfer has not failed, is `not_object`: test for it first where
/// it is expected. Never throws.
inline transfer_failure_result parse_transfer_failure(std::string_view text, const parse_limits& limits = {}) noexcept {
    try {
        transfer_failure_result result(std::in_place);
        detail::json_reader json(text, limits.max_depth);
        if (text.size() > limits.max_body_bytes || !detail::read_transfer_failure(json, result, limits))
            result.emplace_failure(detail::body_failure(text, json, limits));
        return result;
    } catch (...) {
        return parse_failure{parse_failure_kind::out_of_memory, std::nullopt, {}, "out of memory"};
    }
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
