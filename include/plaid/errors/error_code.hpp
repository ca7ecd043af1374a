#ifndef PLAID_ERRORS_ERROR_CODE_HPP
#define PLAID_ERRORS_ERROR_CODE_HPP

#include "detail/abi.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

// The code enums' std::is_error_code_enum specialisations come before anything
// that could compare a code enum with std::error_code and so instantiate them.
#include "error_code_enums.hpp"

#include "action_plan.hpp"
#include "code.hpp"
#include "detail/code_summaries.hpp"
#include "error.hpp"
#include "error_type.hpp"

/// Categories compare by address. Default visibility on the accessors lets the
/// dynamic linker give every shared library, even one built with
/// -fvisibility=hidden, the same category object.
#if defined(__GNUC__) || defined(__clang__)
#define PLAID_ERRORS_VISIBLE __attribute__((visibility("default")))
#else
#define PLAID_ERRORS_VISIBLE
#endif

namespace std {
template <>
struct is_error_condition_enum<plaid::remedy> : true_type {};
}  // namespace std

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The `std::error_code` value of a parsed error whose code the taxonomy does
/// not list (a code Plaid added later, or a pair it never documented).
/// Outside the range of `plaid::code` values, so it never collides with one.
inline constexpr int unlisted_code = 0x10000;

namespace detail {

inline constexpr std::string_view code_category_name = "plaid.error";
inline constexpr std::string_view remedy_category_name = "plaid.remedy";

/// The remedy an `std::error_condition` value stands for, if any.
constexpr std::optional<remedy> to_remedy(int value) noexcept {
    if (value < 1 || value > static_cast<int>(remedy::unknown)) return std::nullopt;
    return static_cast<remedy>(value);
}

/// The code an `std::error_code` value stands for; no code for any other value.
constexpr code code_of_value(int value) noexcept {
    return value > 0 && value < 0x10000 ? code::from_value(static_cast<std::uint16_t>(value)) : code{};
}

class PLAID_ERRORS_VISIBLE remedy_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return remedy_category_name.data(); }
    std::string message(int value) const override {
        if (auto what = to_remedy(value)) {
            switch (*what) {
                case remedy::fix_integration: return "fix the integration (code, request, keys or settings) or make the next call the plan names";
                case remedy::relink: return "send the end user through Link";
                case remedy::ask_user: return "ask the end user to act outside Link";
                case remedy::remove_item: return "remove the Item: it is unusable for good";
                case remedy::contact_plaid: return "ask Plaid support or sales to act";
                case remedy::retry_later: return "send the plan's next request later, with backoff";
                case remedy::wait_for_webhook: return "wait for the product's webhook, then retry";
                case remedy::unknown: return "no remedy known for this error code";
            }
        }
        return "unknown plaid.remedy value " + std::to_string(value);
    }
};

}  // namespace detail

/// The category of `remedy` conditions, named "plaid.remedy".
PLAID_ERRORS_VISIBLE inline const std::error_category& remedy_category() noexcept {
    static const detail::remedy_category_impl category;
    return category;
}

namespace detail {

/// Recognises the remedy category by name as well as by address: where the
/// loader keeps one copy per library (dlopen with RTLD_LOCAL, -Bsymbolic,
/// DLLs), branching on a remedy still works, though codes made by two copies
/// of the code category compare unequal.
inline bool is_remedy_category(const std::error_category& category) noexcept {
    return category == remedy_category() || remedy_category_name == category.name();
}

/// One category for the whole taxonomy: a `plaid::code` value is unique across
/// error types, so codes of different types compare and convert alike, and the
/// remedy rules live in one place.
class PLAID_ERRORS_VISIBLE code_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return code_category_name.data(); }

    /// `TYPE CODE: summary` for a documented code.
    std::string message(int value) const override {
        if (value == unlisted_code) return "a Plaid error code the taxonomy does not list";
        const code c = code_of_value(value);
        if (!c.is_known()) return "unknown plaid.error value " + std::to_string(value);
        std::string text(to_string(c.type()));
        return text.append(" ").append(c.name()).append(": ").append(code_summaries[c.value()].summary);
    }

    std::error_condition default_error_condition(int value) const noexcept override {
        if (value == 0) return {0, remedy_category()};
        return {static_cast<int>(primary_remedy(code_of_value(value))), remedy_category()};
    }

    /// A code matches every remedy it calls for, not only its primary one.
    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        if (!is_remedy_category(condition.category())) return std::error_category::equivalent(value, condition);
        if (value == 0) return condition.value() == 0;
        const auto what = to_remedy(condition.value());
        return what && calls_for(code_of_value(value), *what);
    }
};

}  // namespace detail

/// The category of every documented code, named "plaid.error"; its messages
/// name the type and code and give the summary.
PLAID_ERRORS_VISIBLE inline const std::error_category& code_category() noexcept {
    static const detail::code_category_impl category;
    return category;
}

/// A documented code as `std::error_code`; no code gives `unlisted_code`, never 0 (success).
inline std::error_code make_error_code(code c) noexcept {
    return {c.is_known() ? static_cast<int>(c.value()) : unlisted_code, code_category()};
}

/// Found by ADL: lets every code enum convert to `std::error_code`.
template <class Enum, std::enable_if_t<is_code_enum<Enum>::value, int> = 0>
std::error_code make_error_code(Enum value) noexcept {
    return make_error_code(code(value));
}

/// Found by ADL: lets a `remedy` convert to `std::error_condition`.
inline std::error_condition make_error_condition(remedy what) noexcept {
    return {static_cast<int>(what), remedy_category()};
}

/// The code of a parsed error: its documented code (see `error::code`), else
/// `unlisted_code`.
inline std::error_code make_error_code(const error& parsed) noexcept {
    return make_error_code(parsed.code.value_or(code{}));
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
