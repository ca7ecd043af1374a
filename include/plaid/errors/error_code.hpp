#ifndef PLAID_ERRORS_ERROR_CODE_HPP
#define PLAID_ERRORS_ERROR_CODE_HPP

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace plaid {
inline namespace errors_v1 {
enum class invalid_input : std::uint8_t;
}  // namespace errors_v1
}  // namespace plaid

/// Specialised before the table's own checks compare codes. A comparison
/// inside namespace std (std::optional's operator==, std::find) made after
/// <system_error> and before this header would make the specialisation
/// ill-formed: the library's headers avoid such comparisons (a test checks).
namespace std {
template <>
struct is_error_code_enum<plaid::invalid_input> : true_type {};
}  // namespace std

#include "error.hpp"
#include "invalid_input.hpp"

/// Categories compare by address. Default visibility on the accessors lets the
/// dynamic linker give every shared library, even one built with
/// -fvisibility=hidden, the same category object.
#if defined(__GNUC__) || defined(__clang__)
#define PLAID_ERRORS_VISIBLE __attribute__((visibility("default")))
#else
#define PLAID_ERRORS_VISIBLE
#endif

namespace plaid {
inline namespace errors_v1 {

/// What a program does about an error: the `std::error_condition`s that
/// `invalid_input` codes compare equal to, so callers branch on the remedy
/// rather than on each code. Each is a predicate over `code_info::remedy`; a
/// code can call for several (a revoked Item is removed and relinked).
/// Value 0 is reserved: it means "no error".
enum class remedy : std::uint8_t {
    fix_integration = 1,  ///< the developer fixes code, keys, tokens or Dashboard settings
    relink,               ///< send the end user through Link (update mode or a new session)
    ask_user,             ///< the end user has to act again, e.g. re-enter a micro-deposit code
    remove_item,          ///< the Item is locked or revoked for good: remove it
    contact_plaid,        ///< Plaid support or sales must grant access first
    unknown,              ///< the code is not in the taxonomy: no remedy is known
};

}  // namespace errors_v1
}  // namespace plaid

namespace std {
template <>
struct is_error_condition_enum<plaid::remedy> : true_type {};
}  // namespace std

namespace plaid {
inline namespace errors_v1 {

/// Lower-case name of a `remedy` (`"relink"`, ...); empty for an out-of-range value.
constexpr std::string_view to_string(remedy what) noexcept {
    switch (what) {
        case remedy::fix_integration: return "fix_integration";
        case remedy::relink: return "relink";
        case remedy::ask_user: return "ask_user";
        case remedy::remove_item: return "remove_item";
        case remedy::contact_plaid: return "contact_plaid";
        case remedy::unknown: return "unknown";
    }
    return {};
}

/// Whether a documented remediation calls for `what`.
constexpr bool calls_for(const remediation& r, remedy what) noexcept {
    switch (what) {
        case remedy::fix_integration: return r.who == actor::developer && r.link == link_action::none;
        case remedy::relink: return r.link != link_action::none;
        case remedy::ask_user: return r.who == actor::end_user && r.link == link_action::none;
        case remedy::remove_item: return r.remove_item;
        case remedy::contact_plaid: return r.who == actor::plaid_support || r.who == actor::plaid_sales;
        case remedy::unknown: return false;
    }
    return false;
}

/// Whether `code` calls for `what`; an unknown code calls only for `remedy::unknown`.
constexpr bool calls_for(invalid_input code, remedy what) noexcept {
    return is_known(code) ? calls_for(info(code).remedy, what) : what == remedy::unknown;
}

/// The first thing to do about `code`: the most drastic remedy it calls for
/// (removing the Item before relinking), `remedy::unknown` for an unknown code.
constexpr remedy primary_remedy(invalid_input code) noexcept {
    for (auto what : {remedy::remove_item, remedy::contact_plaid, remedy::relink, remedy::ask_user,
                      remedy::fix_integration})
        if (calls_for(code, what)) return what;
    return remedy::unknown;
}

/// The `std::error_code` value of a parsed error whose code the taxonomy does
/// not list (another error type's code, or one Plaid added later). Outside
/// the range of `invalid_input`, so it never collides with a documented code.
inline constexpr int unlisted_code = 256;

namespace detail {

inline constexpr std::string_view invalid_input_category_name = "plaid.invalid_input";
inline constexpr std::string_view remedy_category_name = "plaid.remedy";

/// The remedy an `std::error_condition` value stands for, if any.
constexpr std::optional<remedy> to_remedy(int value) noexcept {
    if (value < 1 || value > static_cast<int>(remedy::unknown)) return std::nullopt;
    return static_cast<remedy>(value);
}

class PLAID_ERRORS_VISIBLE remedy_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return remedy_category_name.data(); }
    std::string message(int value) const override {
        if (auto what = to_remedy(value)) {
            switch (*what) {
                case remedy::fix_integration: return "fix the integration: code, keys, tokens or Dashboard settings";
                case remedy::relink: return "send the end user through Link";
                case remedy::ask_user: return "ask the end user to act";
                case remedy::remove_item: return "remove the Item: it is locked or revoked for good";
                case remedy::contact_plaid: return "ask Plaid support or sales for access";
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

class PLAID_ERRORS_VISIBLE invalid_input_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return invalid_input_category_name.data(); }

    /// The table's summary of the code.
    std::string message(int value) const override {
        if (value == unlisted_code) return "a Plaid error code not listed under INVALID_INPUT";
        if (auto code = known(value)) return std::string(info(*code).summary);
        return "unknown plaid.invalid_input value " + std::to_string(value);
    }

    std::error_condition default_error_condition(int value) const noexcept override {
        if (value == 0) return {0, remedy_category()};
        auto code = known(value);
        return {static_cast<int>(code ? primary_remedy(*code) : remedy::unknown), remedy_category()};
    }

    /// A code matches every remedy it calls for, not only its primary one.
    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        if (!is_remedy_category(condition.category())) return std::error_category::equivalent(value, condition);
        if (value == 0) return condition.value() == 0;
        auto what = to_remedy(condition.value());
        if (!what) return false;
        auto code = known(value);
        return code ? calls_for(*code, *what) : what == remedy::unknown;
    }

private:
    static constexpr std::optional<invalid_input> known(int value) noexcept {
        if (value < 1 || value > static_cast<int>(invalid_input_table.size())) return std::nullopt;
        return static_cast<invalid_input>(value);
    }
};

}  // namespace detail

/// The category of `invalid_input` codes, named "plaid.invalid_input"; its
/// messages are the table's summaries.
PLAID_ERRORS_VISIBLE inline const std::error_category& invalid_input_category() noexcept {
    static const detail::invalid_input_category_impl category;
    return category;
}

/// Found by ADL: lets an `invalid_input` convert to `std::error_code`.
inline std::error_code make_error_code(invalid_input code) noexcept {
    return {static_cast<int>(code), invalid_input_category()};
}

/// Found by ADL: lets a `remedy` convert to `std::error_condition`.
inline std::error_condition make_error_condition(remedy what) noexcept {
    return {static_cast<int>(what), remedy_category()};
}

/// The code of a parsed error: its documented `invalid_input` code, whatever
/// its type, else `unlisted_code` (never 0, which would mean success).
inline std::error_code make_error_code(const error& parsed) noexcept {
    if (parsed.code) return make_error_code(*parsed.code);
    return {unlisted_code, invalid_input_category()};
}

namespace detail {

constexpr bool every_code_has_a_remedy() noexcept {
    for (auto code : all_invalid_input_codes)
        if (primary_remedy(code) == remedy::unknown) return false;
    return true;
}

static_assert(every_code_has_a_remedy(), "every documented code calls for at least one remedy");
static_assert(unlisted_code > std::numeric_limits<std::underlying_type_t<invalid_input>>::max(),
              "unlisted_code lies outside the range of invalid_input");

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
