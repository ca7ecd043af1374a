#ifndef PLAID_ERRORS_CATCH2_HPP
#define PLAID_ERRORS_CATCH2_HPP

/// Catch2 matchers and printers for Plaid errors. Tested with Catch2 2.13;
/// Catch2 v3 is used through its documented matcher API when its headers are found.
#if __has_include(<catch2/matchers/catch_matchers.hpp>)
#include <catch2/catch_tostring.hpp>
#include <catch2/matchers/catch_matchers.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "code.hpp"
#include "error.hpp"
#include "error_code.hpp"
#include "error_type.hpp"
#include "format.hpp"
#include "json.hpp"

namespace plaid_testing {
inline namespace errors_v1 {
namespace detail {

#if __has_include(<catch2/matchers/catch_matchers.hpp>)
using matcher_base = Catch::Matchers::MatcherBase<std::string>;
#else
using matcher_base = Catch::MatcherBase<std::string>;
#endif

/// What `operator<<` of <plaid/errors/format.hpp> writes, as a string.
template <class T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// `error_code NAME`, and the type after it when `with_type`.
inline std::string code_text(std::string_view code_name, std::string_view type_name, bool with_type) {
    auto text = "error_code " + printed(code_name);
    if (with_type) text.append(" under error_type ").append(printed(type_name));
    return text;
}

}  // namespace detail

/// Matches a response body, or an already parsed `plaid::error`, by one
/// property. Bodies are parsed with `plaid::parse_error`; the description
/// names what was expected and what was found, and Catch2 prints the body.
class error_matcher : public detail::matcher_base {
public:
    error_matcher(std::string expected, std::function<bool(const plaid::error&)> test,
                  std::function<std::string(const plaid::error&)> found)
        : expected_(std::move(expected)), test_(std::move(test)), found_(std::move(found)) {}

    bool match(const std::string& body) const override { return match(std::string_view(body)); }
    bool match(const char* body) const { return match(std::string_view(body)); }
    bool match(std::string_view body) const {
        auto parsed = plaid::parse_error(body);
        if (!parsed) {
            last_found_ = "a body that is not a Plaid error: " + parsed.failure().message;
            return false;
        }
        return match(*parsed);
    }
    bool match(const plaid::error& parsed) const {
        last_found_ = found_(parsed);
        return test_(parsed);
    }

    std::string describe() const override {
        return expected_ + (last_found_.empty() ? std::string() : "; found " + last_found_);
    }

private:
    std::string expected_;
    std::function<bool(const plaid::error&)> test_;
    std::function<std::string(const plaid::error&)> found_;
    mutable std::string last_found_;
};

/// A Plaid error whose `code` is the documented `code` (any code enum
/// converts). Where several types document the code's name, the type is part
/// of what is expected and found.
inline error_matcher is_error(plaid::code code) {
    const bool with_type = code.is_known() && plaid::to_code(code.name()) != code;
    return {"is a Plaid error with " + detail::code_text(detail::printed(code), to_string(code.type()), with_type),
            [code](const plaid::error& e) { return e.code == code; },
            [with_type](const plaid::error& e) { return detail::code_text(e.code_name, e.type_name, with_type); }};
}

/// A Plaid error whose `error_code` is `code_name`, documented or not.
inline error_matcher is_error(std::string_view code_name) {
    return {"is a Plaid error with error_code " + std::string(code_name),
            [name = std::string(code_name)](const plaid::error& e) { return e.code_name == name; },
            [](const plaid::error& e) { return detail::code_text(e.code_name, {}, false); }};
}

/// A Plaid error of the known `type`.
inline error_matcher has_error_type(plaid::error_type type) {
    return {"is a Plaid error with error_type " + detail::printed(type),
            [type](const plaid::error& e) { return e.type == type; },
            [](const plaid::error& e) { return "error_type " + detail::printed(e.type_name); }};
}

/// A Plaid error whose `error_type` is `type_name`, known or not.
inline error_matcher has_error_type(std::string_view type_name) {
    return {"is a Plaid error with error_type " + std::string(type_name),
            [name = std::string(type_name)](const plaid::error& e) { return e.type_name == name; },
            [](const plaid::error& e) { return "error_type " + detail::printed(e.type_name); }};
}

/// A Plaid error whose code calls for `what` (`std::error_code` equals the condition).
inline error_matcher calls_for(plaid::remedy what) {
    return {"is a Plaid error that calls for " + detail::printed(what),
            [what](const plaid::error& e) { return make_error_code(e) == what; },
            [](const plaid::error& e) {
                return "error_code " + detail::printed(e.code_name) + ", which calls for " +
                       detail::printed(static_cast<plaid::remedy>(make_error_code(e).default_error_condition().value()));
            }};
}

}  // namespace errors_v1
}  // namespace plaid_testing

/// Catch2 prints these values by name in assertions and generated test names.
namespace Catch {

template <>
struct StringMaker<plaid::code> {
    static std::string convert(plaid::code value) { return plaid_testing::detail::printed(value); }
};
template <class Enum>
struct StringMaker<Enum, std::enable_if_t<plaid::is_code_enum<Enum>::value>> {
    static std::string convert(Enum value) { return plaid_testing::detail::printed(value); }
};
/// `plaid::error::code`: the code's name, or `std::nullopt`.
template <>
struct StringMaker<std::optional<plaid::code>> {
    static std::string convert(const std::optional<plaid::code>& value) {
        return value ? plaid_testing::detail::printed(*value) : "std::nullopt";
    }
};
template <>
struct StringMaker<plaid::error_type> {
    static std::string convert(plaid::error_type value) { return plaid_testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::actor> {
    static std::string convert(plaid::actor value) { return plaid_testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::retry_policy> {
    static std::string convert(plaid::retry_policy value) { return plaid_testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::link_action> {
    static std::string convert(plaid::link_action value) { return plaid_testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::remedy> {
    static std::string convert(plaid::remedy value) { return plaid_testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::error> {
    static std::string convert(const plaid::error& value) { return plaid_testing::detail::printed(value); }
};

}  // namespace Catch

#endif
