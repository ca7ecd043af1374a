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
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "error.hpp"
#include "error_code.hpp"
#include "error_type.hpp"
#include "format.hpp"
#include "invalid_input.hpp"
#include "json.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace testing {
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

}  // namespace detail

/// Matches a response body, or an already parsed `plaid::error`, by one
/// property. Bodies are parsed with `plaid::parse_error`; the description
/// names what was expected and what was found, and Catch2 prints the body.
class error_matcher : public detail::matcher_base {
public:
    error_matcher(std::string expected, std::function<bool(const error&)> test,
                  std::function<std::string(const error&)> found)
        : expected_(std::move(expected)), test_(std::move(test)), found_(std::move(found)) {}

    bool match(const std::string& body) const override { return match(std::string_view(body)); }
    bool match(const char* body) const { return match(std::string_view(body)); }
    bool match(std::string_view body) const {
        auto parsed = parse_error(body);
        if (!parsed) {
            last_found_ = "a body that is not a Plaid error: " + parsed.failure().message;
            return false;
        }
        return match(*parsed);
    }
    bool match(const error& parsed) const {
        last_found_ = found_(parsed);
        return test_(parsed);
    }

    std::string describe() const override {
        return expected_ + (last_found_.empty() ? std::string() : "; found " + last_found_);
    }

private:
    std::string expected_;
    std::function<bool(const error&)> test_;
    std::function<std::string(const error&)> found_;
    mutable std::string last_found_;
};

/// A Plaid error whose `error_code` is the documented `code`.
inline error_matcher is_error(invalid_input code) {
    return {"is a Plaid error with error_code " + detail::printed(code),
            [code](const error& e) { return e.code == code; },
            [](const error& e) { return "error_code " + detail::printed(e.code_name); }};
}

/// A Plaid error whose `error_code` is `code_name`, documented or not.
inline error_matcher is_error(std::string code_name) {
    auto expected = "is a Plaid error with error_code " + code_name;
    return {std::move(expected), [name = std::move(code_name)](const error& e) { return e.code_name == name; },
            [](const error& e) { return "error_code " + detail::printed(e.code_name); }};
}

/// A Plaid error of the known `type`.
inline error_matcher has_error_type(error_type type) {
    return {"is a Plaid error with error_type " + detail::printed(type),
            [type](const error& e) { return e.type == type; },
            [](const error& e) { return "error_type " + detail::printed(e.type_name); }};
}

/// A Plaid error whose `error_type` is `type_name`, known or not.
inline error_matcher has_error_type(std::string type_name) {
    auto expected = "is a Plaid error with error_type " + type_name;
    return {std::move(expected), [name = std::move(type_name)](const error& e) { return e.type_name == name; },
            [](const error& e) { return "error_type " + detail::printed(e.type_name); }};
}

/// A Plaid error whose code calls for `what` (`std::error_code` equals the condition).
inline error_matcher calls_for(remedy what) {
    return {"is a Plaid error that calls for " + detail::printed(what),
            [what](const error& e) { return make_error_code(e) == what; },
            [](const error& e) {
                return "error_code " + detail::printed(e.code_name) + ", which calls for " +
                       detail::printed(static_cast<remedy>(make_error_code(e).default_error_condition().value()));
            }};
}

}  // namespace testing
}  // namespace errors_v1
}  // namespace plaid

/// Catch2 prints these values by name in assertions and generated test names.
namespace Catch {

template <>
struct StringMaker<plaid::invalid_input> {
    static std::string convert(plaid::invalid_input value) { return plaid::testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::error_type> {
    static std::string convert(plaid::error_type value) { return plaid::testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::actor> {
    static std::string convert(plaid::actor value) { return plaid::testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::link_action> {
    static std::string convert(plaid::link_action value) { return plaid::testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::remedy> {
    static std::string convert(plaid::remedy value) { return plaid::testing::detail::printed(value); }
};
template <>
struct StringMaker<plaid::error> {
    static std::string convert(const plaid::error& value) { return plaid::testing::detail::printed(value); }
};

}  // namespace Catch

#endif
