#ifndef PLAID_ERRORS_WEBHOOK_CODE_HPP
#define PLAID_ERRORS_WEBHOOK_CODE_HPP

#include "detail/abi.hpp"

/// Documented webhooks as values: `plaid::webhook_code`, one (webhook_type,
/// webhook_code) pair of Plaid's spec, as `plaid::code` is one error code.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "detail/name_index.hpp"
#include "detail/webhook_summaries.hpp"
#include "webhook_codes.hpp"
#include "webhook_records.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Whether `Enum` is one of the per-type webhook enums (`plaid::item_webhook`, ...).
template <class Enum, class = void>
struct is_webhook_code_enum : std::false_type {};
template <class Enum>
struct is_webhook_code_enum<Enum, std::void_t<decltype(webhook_code_enum<Enum>::type)>> : std::true_type {};

/// A run of a constant table, for iteration: the schemas of a pair, the members of a schema.
template <class T>
class table_span {
public:
    constexpr table_span(const T* first, std::size_t count) noexcept : first_(first), count_(count) {}
    constexpr const T* begin() const noexcept { return first_; }
    constexpr const T* end() const noexcept { return first_ + count_; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    /// Element `i`; `i` must be less than `size()`.
    constexpr const T& operator[](std::size_t i) const noexcept { return first_[i]; }

private:
    const T* first_;
    std::size_t count_;
};

/// The members a webhook schema documents, in the spec's order.
constexpr table_span<webhook_member> members_of(const webhook_schema& schema) noexcept {
    return {detail::webhook_members.data() + schema.first_member, schema.member_count};
}

/// A documented webhook: one (webhook_type, webhook_code) pair of Plaid's
/// spec, two bytes. Every per-type enum converts to it. The value 0 is no
/// pair; values are positions in the table, stable within a release only:
/// store names, not values.
class webhook_code {
public:
    constexpr webhook_code() noexcept = default;
    /// A value outside the enum's enumerators becomes no pair.
    template <class Enum, std::enable_if_t<is_webhook_code_enum<Enum>::value, int> = 0>
    constexpr webhook_code(Enum value) noexcept
        : value_(static_cast<std::uint16_t>(value) >= webhook_code_enum<Enum>::first &&
                         static_cast<std::uint16_t>(value) <= webhook_code_enum<Enum>::last
                     ? static_cast<std::uint16_t>(value)
                     : std::uint16_t{0}) {}

    /// The pair of a value, or no pair for a value that names none.
    static constexpr webhook_code from_value(std::uint16_t value) noexcept {
        webhook_code c;
        c.value_ = value < detail::webhook_records.size() ? value : 0;
        return c;
    }

    constexpr std::uint16_t value() const noexcept { return value_; }
    constexpr bool is_known() const noexcept { return value_ != 0; }
    constexpr webhook_type type() const noexcept { return detail::webhook_records[value_].type; }
    /// The `webhook_code` wire string; empty for no pair.
    constexpr std::string_view name() const noexcept { return detail::webhook_records[value_].name; }
    /// The `webhook_type` wire string; empty for no pair.
    constexpr std::string_view type_name() const noexcept {
        return detail::webhook_type_names[static_cast<std::size_t>(type())];
    }
    /// One line saying what the webhook announces; empty for no pair.
    constexpr std::string_view summary() const noexcept {
        return value_ ? detail::webhook_summaries[value_].summary : std::string_view{};
    }
    /// The webhook's section of Plaid's API docs; empty for no pair.
    constexpr std::string_view doc_url() const noexcept {
        return value_ ? detail::webhook_summaries[value_].doc_url : std::string_view{};
    }
    /// The spec's schemas of the pair: one, or two where a processor variant
    /// (keyed by `account_id`) or a second description exists.
    constexpr table_span<webhook_schema> schemas() const noexcept {
        const auto& r = detail::webhook_records[value_];
        return {detail::webhook_schemas.data() + r.first_schema, r.schema_count};
    }

    /// The pair as its type's enum, when it is one of that type's.
    template <class Enum, std::enable_if_t<is_webhook_code_enum<Enum>::value, int> = 0>
    constexpr std::optional<Enum> as() const noexcept {
        if (value_ < webhook_code_enum<Enum>::first || value_ > webhook_code_enum<Enum>::last) return std::nullopt;
        return static_cast<Enum>(value_);
    }

    friend constexpr bool operator==(webhook_code a, webhook_code b) noexcept { return a.value_ == b.value_; }
    friend constexpr bool operator!=(webhook_code a, webhook_code b) noexcept { return a.value_ != b.value_; }
    friend constexpr bool operator<(webhook_code a, webhook_code b) noexcept { return a.value_ < b.value_; }

private:
    std::uint16_t value_ = 0;
};

/// Every documented pair in table order (by type, then as generated), for
/// `for (std::uint16_t v = 1; v < webhook_code_count; ++v)` with `from_value`.
inline constexpr std::uint16_t webhook_code_count = static_cast<std::uint16_t>(detail::webhook_records.size());

namespace detail {

constexpr std::string_view webhook_type_name(std::size_t i) noexcept { return webhook_type_names[i]; }

inline constexpr name_index<slots_for(webhook_type_names.size())> webhook_type_index{webhook_type_names.size(),
                                                                                     webhook_type_name};

}  // namespace detail

/// The type a wire string names, or no value for a string this library does
/// not know (case-sensitive).
constexpr std::optional<webhook_type> to_webhook_type(std::string_view wire) noexcept {
    const auto i = detail::webhook_type_index.find(wire, detail::webhook_type_name);
    if (i == detail::webhook_type_index.npos || i == 0) return std::nullopt;
    return static_cast<webhook_type>(i);
}

/// The wire string of a type; empty for `unknown` and out-of-range values.
constexpr std::string_view to_string(webhook_type type) noexcept {
    const auto i = static_cast<std::size_t>(type);
    return i < detail::webhook_type_names.size() ? detail::webhook_type_names[i] : std::string_view{};
}

/// The pair documented for (type, code string); no value for a code the spec
/// does not document under that type. A type holds a dozen codes at most,
/// so they are compared one by one.
constexpr std::optional<webhook_code> to_webhook_code(webhook_type type, std::string_view name) noexcept {
    const auto t = static_cast<std::size_t>(type);
    if (t == 0 || t + 1 >= detail::first_webhook_of_type.size()) return std::nullopt;
    for (auto v = detail::first_webhook_of_type[t]; v < detail::first_webhook_of_type[t + 1]; ++v)
        if (detail::webhook_records[v].name == name) return webhook_code::from_value(v);
    return std::nullopt;
}

/// The pair documented for (type string, code string).
constexpr std::optional<webhook_code> to_webhook_code(std::string_view type, std::string_view name) noexcept {
    const auto t = to_webhook_type(type);
    return t ? to_webhook_code(*t, name) : std::nullopt;
}

/// The wire string of a pair's code; empty for no pair.
constexpr std::string_view to_string(webhook_code c) noexcept { return c.name(); }

/// The wire string of an enumerator; empty for a value outside its enum.
template <class Enum, std::enable_if_t<is_webhook_code_enum<Enum>::value, int> = 0>
constexpr std::string_view to_string(Enum value) noexcept {
    return webhook_code(value).name();
}

/// The pairs documented under `type`, as values from `.first` up to `.second`;
/// an empty run for `unknown`.
constexpr std::pair<std::uint16_t, std::uint16_t> webhook_values_of(webhook_type type) noexcept {
    const auto t = static_cast<std::size_t>(type);
    if (t == 0 || t + 1 >= detail::first_webhook_of_type.size()) return {0, 0};
    return {detail::first_webhook_of_type[t], detail::first_webhook_of_type[t + 1]};
}

/// The environment a wire string names; `unknown` for any other string.
constexpr webhook_environment to_webhook_environment(std::string_view wire) noexcept {
    for (std::size_t i = 1; i < detail::webhook_environment_names.size(); ++i)
        if (detail::webhook_environment_names[i] == wire) return static_cast<webhook_environment>(i);
    return webhook_environment::unknown;
}

/// The wire string of an environment; empty for `unknown`.
constexpr std::string_view to_string(webhook_environment e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < detail::webhook_environment_names.size() ? detail::webhook_environment_names[i] : std::string_view{};
}

/// The reason a wire string names; `unknown` for any other string.
constexpr pending_disconnect_reason to_pending_disconnect_reason(std::string_view wire) noexcept {
    for (std::size_t i = 1; i < detail::pending_disconnect_reason_names.size(); ++i)
        if (detail::pending_disconnect_reason_names[i] == wire) return static_cast<pending_disconnect_reason>(i);
    return pending_disconnect_reason::unknown;
}

/// The wire string of a reason; empty for `unknown`.
constexpr std::string_view to_string(pending_disconnect_reason r) noexcept {
    const auto i = static_cast<std::size_t>(r);
    return i < detail::pending_disconnect_reason_names.size() ? detail::pending_disconnect_reason_names[i]
                                                              : std::string_view{};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
