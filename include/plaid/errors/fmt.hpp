#ifndef PLAID_ERRORS_FMT_HPP
#define PLAID_ERRORS_FMT_HPP

#include "detail/abi.hpp"

#include <fmt/format.h>

#include "format.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The text of `operator<<` (names, `item_error(N)`, the one-line error with
/// tokens redacted), which fmt then pads and aligns like any string. fmt 10
/// and later find this by argument-dependent lookup and need nothing else.
template <class T, std::enable_if_t<detail::printed_by_stream<T>, int> = 0>
std::string format_as(const T& value) {
    return detail::streamed(value);
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#if FMT_VERSION < 100000
namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// fmt 9's run-time parse context without the width-type check, which clang 14
/// at C++23 also runs at run time (llvm-project#55638) on argument types that are not there.
struct run_time_parse_context : fmt::format_parse_context {
    explicit constexpr run_time_parse_context(const fmt::format_parse_context& ctx)
        : fmt::format_parse_context(ctx) {}
    constexpr void check_dynamic_spec(int) {}
};

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

/// fmt 9 takes `format_as` only from an enum, and only when it returns an
/// integer. fmt 10 and later define their own `formatter` for every type with
/// a `format_as`, which this one would make ambiguous.
template <class T>
struct fmt::formatter<T, char, std::enable_if_t<plaid::detail::printed_by_stream<T>>>
    : fmt::formatter<fmt::string_view, char> {
    /// A compile-time check keeps its own context, so it still rejects a width that is not an integer.
    template <class ParseContext>
    FMT_CONSTEXPR auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        if constexpr (std::is_same_v<ParseContext, fmt::format_parse_context>) {
            plaid::detail::run_time_parse_context run_time(ctx);
            const auto end = fmt::formatter<fmt::string_view, char>::parse(run_time);
            ctx = run_time;  // the next automatic argument id
            return end;
        } else {
            return fmt::formatter<fmt::string_view, char>::parse(ctx);
        }
    }

    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<fmt::string_view, char>::format(plaid::format_as(value), ctx);
    }
};
#endif

#endif
