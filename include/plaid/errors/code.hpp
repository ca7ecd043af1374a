#ifndef PLAID_ERRORS_CODE_HPP
#define PLAID_ERRORS_CODE_HPP

#include "detail/abi.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include "action_plan.hpp"
#include "code_records.hpp"
#include "codes.hpp"
#include "detail/name_index.hpp"
#include "detail/value_range.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Whether `Enum` is one of the per-type code enums (`plaid::item_error`, ...).
template <class Enum, class = void>
struct is_code_enum : std::false_type {};
template <class Enum>
struct is_code_enum<Enum, std::void_t<decltype(code_enum<Enum>::type)>> : std::true_type {};

class code;

namespace detail {
/// The code at a value the tables hold, which needs no range check.
constexpr code code_at(std::uint16_t value) noexcept;
}  // namespace detail

/// A documented error code: one (error_type, error_code) pair of Plaid's error
/// reference, two bytes. Every per-type enum converts to it. The value 0 is no
/// code (a default-constructed `code`); values are positions in the taxonomy,
/// stable within a release only: store names, not values.
class code {
public:
    constexpr code() noexcept = default;
    /// A value outside the enum's enumerators becomes no code.
    template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
    constexpr code(Enum value) noexcept
        : value_(static_cast<std::uint16_t>(value) >= code_enum<Enum>::first &&
                         static_cast<std::uint16_t>(value) <= code_enum<Enum>::last
                     ? static_cast<std::uint16_t>(value)
                     : std::uint16_t{0}) {}

    /// The code of a value, or no code for a value that names none.
    static constexpr code from_value(std::uint16_t value) noexcept {
        code c;
        c.value_ = value < detail::code_records.size() ? value : 0;
        return c;
    }

    constexpr std::uint16_t value() const noexcept { return value_; }
    /// Whether this is a documented code rather than no code.
    constexpr bool is_known() const noexcept { return value_ != 0; }
    constexpr error_type type() const noexcept { return detail::code_records[value_].type; }
    /// The wire string, as in `"error_code": "..."`; empty for no code.
    constexpr std::string_view name() const noexcept { return detail::code_records[value_].name; }
    /// The HTTP status Plaid documents for the code; 0 for no code.
    constexpr int http_status() const noexcept { return detail::code_records[value_].http_status; }
    /// What a program can do about the code.
    constexpr const action_plan& plan() const noexcept { return detail::code_records[value_].plan; }

    /// The code as its type's enum, when it is one of that type's codes.
    template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
    constexpr std::optional<Enum> as() const noexcept {
        if (value_ < code_enum<Enum>::first || value_ > code_enum<Enum>::last) return std::nullopt;
        return static_cast<Enum>(value_);
    }

    friend constexpr code detail::code_at(std::uint16_t value) noexcept;
    friend constexpr bool operator==(code a, code b) noexcept { return a.value_ == b.value_; }
    friend constexpr bool operator!=(code a, code b) noexcept { return a.value_ != b.value_; }
    friend constexpr bool operator<(code a, code b) noexcept { return a.value_ < b.value_; }

private:
    std::uint16_t value_ = 0;
};

namespace detail {
constexpr code code_at(std::uint16_t value) noexcept {
    code c;
    c.value_ = value;
    return c;
}
}  // namespace detail

/// Every documented code, in order, for iteration: `for (plaid::code c : plaid::all_codes())`.
using code_range = detail::value_range<code, std::uint16_t>;

/// All documented codes, in taxonomy order (by type, then as each docs page lists them).
constexpr code_range all_codes() noexcept {
    return {1, static_cast<std::uint16_t>(detail::code_records.size())};
}

/// The codes documented under `type`; empty for `unknown` and types without codes.
constexpr code_range codes_of(error_type type) noexcept {
    const auto t = static_cast<std::size_t>(type);
    if (t + 1 >= detail::first_code_of_type.size()) return {0, 0};
    return {detail::first_code_of_type[t], detail::first_code_of_type[t + 1]};
}

/// The wire string of a code; empty for no code.
constexpr std::string_view to_string(code c) noexcept { return c.name(); }

namespace detail {

constexpr std::string_view code_name_at(std::size_t i) noexcept { return code_names[i].name; }

inline constexpr name_index<slots_for(code_names.size())> code_name_index{code_names.size(), code_name_at};

/// The codes a string names, or null when it names none.
constexpr const code_name* codes_named(std::string_view name) noexcept {
    const auto i = code_name_index.find(name, code_name_at);
    return i == code_name_index.npos ? nullptr : &code_names[i];
}

}  // namespace detail

/// The code documented for (type, code string), aliases included; no value for
/// a pair the taxonomy does not list. Case-sensitive, as Plaid's identifiers are.
constexpr std::optional<code> to_code(error_type type, std::string_view name) noexcept {
    if (const auto* named = detail::codes_named(name))
        for (const auto value : named->codes)
            if (value != 0 && detail::code_records[value].type == type) return detail::code_at(value);
    return std::nullopt;
}

/// The code documented for (type string, code string): the code string is
/// looked up, then its types' wire strings are compared with `type`.
constexpr std::optional<code> to_code(std::string_view type, std::string_view name) noexcept {
    if (const auto* named = detail::codes_named(name))
        for (const auto value : named->codes)
            if (value != 0 && detail::error_type_names[static_cast<std::size_t>(detail::code_records[value].type)] == type)
                return detail::code_at(value);
    return std::nullopt;
}

/// The code a code string names whatever its type, when exactly one type
/// documents it; no value when it is unknown or ambiguous (PRODUCT_NOT_READY
/// is documented under four types: ask with the type then).
constexpr std::optional<code> to_code(std::string_view name) noexcept {
    const auto* named = detail::codes_named(name);
    if (!named || named->codes[1] != 0) return std::nullopt;
    return detail::code_at(named->codes[0]);
}

/// The code of `Enum` a wire string names, or no value for any other string:
/// `plaid::to_code<plaid::item_error>("ITEM_LOGIN_REQUIRED")`.
template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
constexpr std::optional<Enum> to_code(std::string_view name) noexcept {
    if (auto c = to_code(code_enum<Enum>::type, name)) return c->template as<Enum>();
    return std::nullopt;
}

/// The wire string of an enumerator; empty for a value outside the enum.
template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
constexpr std::string_view to_string(Enum value) noexcept {
    return code(value).name();
}

/// Whether `value` is one of its enum's enumerators.
template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
constexpr bool is_known(Enum value) noexcept {
    return code(value).is_known();
}

/// Whether `what` is a remedy the code calls for; no code calls only for `remedy::unknown`.
constexpr bool calls_for(code c, remedy what) noexcept {
    return c.is_known() ? calls_for(c.plan(), what) : what == remedy::unknown;
}

/// The first thing to do about a code (see `primary_remedy(const action_plan&)`).
constexpr remedy primary_remedy(code c) noexcept {
    return c.is_known() ? primary_remedy(c.plan()) : remedy::unknown;
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
