#ifndef PLAID_ERRORS_CATCH2_HPP
#define PLAID_ERRORS_CATCH2_HPP

#include "detail/abi.hpp"

/// Catch2 matchers and printers for Plaid errors, with the fixtures of
/// <plaid/errors/testing.hpp> and Catch2's test macros and generators, so a
/// test file needs no other include. Tested with Catch2 2.13; the v3 path is
/// written to v3's documented headers.
///
/// Which Catch2: the one a test file included first, because mixing two
/// versions' headers cannot compile. 2.x's <catch2/catch.hpp> defines
/// `CATCH_VERSION_MAJOR` at its top; v3 defines it in
/// <catch2/catch_version_macros.hpp>, which v3's test macros header does not
/// include, so a test macro without a version means v3. With no Catch2 header
/// included first: 2.13's <catch2/catch.hpp> where it is found, as the version
/// tested here, else v3's headers.
#if defined(CATCH_VERSION_MAJOR)
#if CATCH_VERSION_MAJOR >= 3
#define PLAID_ERRORS_CATCH2_V3 1
#else
#define PLAID_ERRORS_CATCH2_V3 0
#endif
#elif defined(TEST_CASE) || defined(CATCH_TEST_CASE)
#define PLAID_ERRORS_CATCH2_V3 1
#elif __has_include(<catch2/catch.hpp>)
#define PLAID_ERRORS_CATCH2_V3 0
#elif __has_include(<catch2/catch_test_macros.hpp>)
#define PLAID_ERRORS_CATCH2_V3 1
#else
#error "<plaid/errors/catch2.hpp> needs Catch2: 2.13's <catch2/catch.hpp> or v3's <catch2/catch_test_macros.hpp>"
#endif

#if PLAID_ERRORS_CATCH2_V3
#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_tostring.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_templated.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "code.hpp"
#include "embedded_errors.hpp"
#include "error.hpp"
#include "error_type.hpp"
#include "format.hpp"
#include "json.hpp"
#include "link_error_code.hpp"
#include "link_exit.hpp"
#include "link_exit_remedy.hpp"
#include "link_exit_status.hpp"
#include "members.hpp"
#include "oauth_response.hpp"
#include "parse.hpp"
#include "preflight.hpp"
#include "redact.hpp"
#include "testing.hpp"
#include "transfer_code.hpp"
#include "transfer_failure.hpp"
#include "transfer_failure_codes.hpp"
#include "transfer_format.hpp"
#include "transfer_testing.hpp"
#include "item_health.hpp"
#include "webhook.hpp"
#include "webhook_format.hpp"
#include "webhook_testing.hpp"

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

#if PLAID_ERRORS_CATCH2_V3
/// v3 composes generic matchers with `&&`, `||` and `!` and checks each
/// operand's argument type only when it matches.
using generic_matcher = Catch::Matchers::MatcherGenericBase;
#else
/// What 2.13's `CHECK_THAT` calls besides `match`. 2.13's own
/// `MatcherBase<T>` composes only matchers of one argument type `T`, so
/// these matchers and their compositions take any argument their operands do.
class generic_matcher {
public:
    std::string toString() const { return describe(); }

protected:
    generic_matcher() = default;
    generic_matcher(const generic_matcher&) = default;
    generic_matcher& operator=(const generic_matcher&) = default;
    virtual ~generic_matcher() = default;
    virtual std::string describe() const = 0;
};

template <class T>
inline constexpr bool is_generic_matcher = std::is_base_of_v<generic_matcher, T>;

/// One of these matchers with another, or with one of Catch2's own
/// (`Catch::Matchers::Contains`), which matches its own argument type only.
template <class Left, class Right>
inline constexpr bool composable =
    (is_generic_matcher<Left> || std::is_base_of_v<Catch::Matchers::Impl::MatcherUntypedBase, Left>) &&
    (is_generic_matcher<Right> || std::is_base_of_v<Catch::Matchers::Impl::MatcherUntypedBase, Right>) &&
    (is_generic_matcher<Left> || is_generic_matcher<Right>);

/// Both or either of two matchers, described as Catch2 describes its own.
template <class Left, class Right, bool either>
class combined_matcher : public generic_matcher {
public:
    combined_matcher(Left left, Right right) : left_(std::move(left)), right_(std::move(right)) {}

    template <class Arg>
    bool match(const Arg& arg) const {
        return either ? left_.match(arg) || right_.match(arg) : left_.match(arg) && right_.match(arg);
    }

    std::string describe() const override {
        return "( " + left_.toString() + (either ? " or " : " and ") + right_.toString() + " )";
    }

private:
    Left left_;
    Right right_;
};

template <class Matcher>
class negated_matcher : public generic_matcher {
public:
    explicit negated_matcher(Matcher matcher) : matcher_(std::move(matcher)) {}

    template <class Arg>
    bool match(const Arg& arg) const {
        return !matcher_.match(arg);
    }

    std::string describe() const override { return "not " + matcher_.toString(); }

private:
    Matcher matcher_;
};

template <class Left, class Right, std::enable_if_t<composable<Left, Right>, int> = 0>
combined_matcher<Left, Right, false> operator&&(const Left& left, const Right& right) {
    return {left, right};
}

template <class Left, class Right, std::enable_if_t<composable<Left, Right>, int> = 0>
combined_matcher<Left, Right, true> operator||(const Left& left, const Right& right) {
    return {left, right};
}

template <class Matcher, std::enable_if_t<is_generic_matcher<Matcher>, int> = 0>
negated_matcher<Matcher> operator!(const Matcher& matcher) {
    return negated_matcher<Matcher>(matcher);
}
#endif

/// A member of `plaid::error` and a value, "error_code ITEM_LOCKED": the
/// member named as `plaid::shape<plaid::error>` lists it, so that no
/// description outlives a renamed member.
template <class Value>
std::string member_with(Value plaid::error::*member, std::string_view value) {
    return std::string(plaid::member_name<plaid::error>(member)).append(" ").append(value);
}

/// The code `IsPlaidError(code)` expects, as its description shows it: by
/// name, with its type where several types document the name.
inline std::string expected_code(plaid::code code) {
    if (!code.is_known())
        return "an undocumented " + std::string(plaid::member_name<plaid::error>(&plaid::error::code_name));
    return member_with(&plaid::error::code_name, plaid::detail::name_with_type(code));
}

/// What a property matcher reads text with, and what it calls the value.
template <class T>
struct matched;

template <>
struct matched<plaid::error> {
    static constexpr std::string_view noun = "a Plaid error";
    static plaid::parse_result read(std::string_view text) { return plaid::parse_error(text); }
};

template <>
struct matched<plaid::transfer_failure> {
    static constexpr std::string_view noun = "a transfer failure reason";
    static plaid::transfer_failure_result read(std::string_view text) { return plaid::parse_transfer_failure(text); }
};

template <>
struct matched<plaid::link_exit> {
    static constexpr std::string_view noun = "a Link exit";
    static plaid::parsed<plaid::link_exit> read(std::string_view text) { return plaid::parse_any_link_exit(text); }
};

template <>
struct matched<plaid::webhook> {
    static constexpr std::string_view noun = "a Plaid webhook";
    static plaid::parsed<plaid::webhook> read(std::string_view text) { return plaid::parse_webhook(text); }
};

/// Matches text (`std::string`, `std::string_view`, `const char*`), a `T`
/// or what `matched<T>::read` returned, by one property of the `T`; text
/// that reads as no `T` does not match. The description depends on the
/// matcher's arguments alone, as Catch2 may describe one matcher object
/// once for several assertions; Catch2 prints the argument, which shows
/// what was found.
template <class T>
class property_matcher : public generic_matcher {
public:
    using read_result = decltype(matched<T>::read(std::string_view()));

    /// `property` completes "is a Plaid error ..." and "is not a Plaid error
    /// ..." (with the noun of `T`); empty for any `T`.
    property_matcher(std::string property, std::function<bool(const T&)> test, bool negated = false)
        : property_(std::move(property)), test_(std::move(test)), negated_(negated) {}

    bool match(const T& value) const { return test_(value) != negated_; }
    bool match(const read_result& result) const { return result ? match(*result) : negated_; }
    bool match(std::string_view text) const { return match(matched<T>::read(text)); }
    bool match(const std::string& text) const { return match(std::string_view(text)); }
    /// A null pointer is no text, so no `T`.
    bool match(const char* text) const { return text ? match(std::string_view(text)) : negated_; }

    std::string describe() const override {
        std::string text = negated_ ? "is not " : "is ";
        text.append(matched<T>::noun);
        if (!property_.empty()) text.append(" ").append(property_);
        return text;
    }

    /// Negates the property rather than prefixing Catch2's "not ", which
    /// would read "not is a Plaid error ...".
    friend property_matcher operator!(const property_matcher& matcher) {
        return property_matcher(matcher.property_, matcher.test_, !matcher.negated_);
    }

private:
    std::string property_;
    std::function<bool(const T&)> test_;
    bool negated_;
};

}  // namespace detail

/// The Catch2 matchers, named as <plaid/errors/gmock.hpp> names the
/// GoogleMock ones; each set lives in an inline namespace of its own so that
/// both headers compile in one translation unit, where a call names its set
/// (`plaid_testing::catch2::IsPlaidError`).
inline namespace catch2 {

/// Matches a response body, a `plaid::error` or a `plaid::parse_result` by
/// one property of the error; bodies are parsed with `plaid::parse_error`.
using error_matcher = detail::property_matcher<plaid::error>;

/// Matches what `error_matcher` matches when it is no Plaid error: a body
/// that fails to parse, by the failure's kind and message; a parsed error
/// never matches.
class failure_matcher : public detail::generic_matcher {
public:
    /// No kind or message matches any.
    failure_matcher(std::optional<plaid::parse_failure_kind> kind, std::optional<std::string> message,
                    bool negated = false)
        : kind_(kind), message_(std::move(message)), negated_(negated) {}

    bool match(const plaid::error&) const { return negated_; }
    bool match(const plaid::parse_result& result) const {
        return result ? negated_ : failed_as_expected(result.failure()) != negated_;
    }
    bool match(std::string_view body) const { return match(plaid::parse_error(body)); }
    bool match(const std::string& body) const { return match(std::string_view(body)); }
    /// A null pointer is no body, so no failure to parse one.
    bool match(const char* body) const { return body ? match(std::string_view(body)) : negated_; }

    std::string describe() const override {
        std::string text = negated_ ? "parses as a Plaid error" : "fails to parse as a Plaid error";
        if (kind_)
            text.append(negated_ ? ", or fails with a failure kind other than " : ", with failure kind ")
                .append(plaid::detail::streamed(*kind_));
        if (message_)
            text.append(negated_ ? (kind_ ? " or a failure message other than "
                                          : ", or fails with a failure message other than ")
                                 : (kind_ ? " and failure message " : ", with failure message "))
                .append(plaid::detail::quoted_loggable(*message_));
        return text;
    }

    /// Reads "parses as a Plaid error, or fails with ..." rather than "not fails to parse ...".
    friend failure_matcher operator!(const failure_matcher& matcher) {
        return failure_matcher(matcher.kind_, matcher.message_, !matcher.negated_);
    }

private:
    bool failed_as_expected(const plaid::parse_failure& failure) const {
        return (!kind_ || failure.kind == *kind_) && (!message_ || failure.message == *message_);
    }

    std::optional<plaid::parse_failure_kind> kind_;
    std::optional<std::string> message_;
    bool negated_;
};

/// Any Plaid error.
inline error_matcher IsPlaidError() {
    return {"", [](const plaid::error&) { return true; }};
}

/// A Plaid error whose `code` is the documented `code` (any code enum
/// converts); `plaid::code{}` for an undocumented one. Where several types
/// document the code's name, the type is part of what is expected.
inline error_matcher IsPlaidError(plaid::code code) {
    return {"with " + detail::expected_code(code),
            [code](const plaid::error& e) { return e.code.value_or(plaid::code{}) == code; }};
}

/// The same, and an `error_message` that is present and equal to `message`.
inline error_matcher IsPlaidError(plaid::code code, std::string_view message) {
    return {"with " + detail::expected_code(code) + " and " +
                detail::member_with(&plaid::error::error_message, plaid::detail::quoted_loggable(message)),
            [code, text = std::string(message)](const plaid::error& e) {
                return e.code.value_or(plaid::code{}) == code && e.error_message == text;
            }};
}

/// A Plaid error whose `error_code` is `code_name`, documented or not.
inline error_matcher IsPlaidError(std::string_view code_name) {
    return {"with " + detail::member_with(&plaid::error::code_name, plaid::loggable(code_name)),
            [name = std::string(code_name)](const plaid::error& e) { return e.code_name == name; }};
}

/// The same, and an `error_message` that is present and equal to `message`.
inline error_matcher IsPlaidError(std::string_view code_name, std::string_view message) {
    return {"with " + detail::member_with(&plaid::error::code_name, plaid::loggable(code_name)) + " and " +
                detail::member_with(&plaid::error::error_message, plaid::detail::quoted_loggable(message)),
            [name = std::string(code_name), text = std::string(message)](const plaid::error& e) {
                return e.code_name == name && e.error_message == text;
            }};
}

/// A Plaid error of the known `type`.
inline error_matcher HasErrorType(plaid::error_type type) {
    return {"with " + detail::member_with(&plaid::error::type_name, plaid::detail::streamed(type)),
            [type](const plaid::error& e) { return e.type == type; }};
}

/// A Plaid error whose `error_type` is `type_name`, known or not.
inline error_matcher HasErrorType(std::string_view type_name) {
    return {"with " + detail::member_with(&plaid::error::type_name, plaid::loggable(type_name)),
            [name = std::string(type_name)](const plaid::error& e) { return e.type_name == name; }};
}

/// A Plaid error whose `request_id` is present and equal to `request_id`.
inline error_matcher HasRequestId(std::string_view request_id) {
    return {"with " + detail::member_with(&plaid::error::request_id, plaid::detail::quoted_loggable(request_id)),
            [id = std::string(request_id)](const plaid::error& e) { return e.request_id == id; }};
}

/// A Plaid error whose `display_message` is present and equal to `display_message`.
inline error_matcher HasDisplayMessage(std::string_view display_message) {
    return {"with " +
                detail::member_with(&plaid::error::display_message, plaid::detail::quoted_loggable(display_message)),
            [text = std::string(display_message)](const plaid::error& e) { return e.display_message == text; }};
}

/// A Plaid error whose code calls for `what` (`plaid::calls_for`, which is
/// what `std::error_code` compares with the condition); an undocumented code
/// calls for `remedy::unknown` only.
inline error_matcher CallsFor(plaid::remedy what) {
    return {"that calls for " + plaid::detail::streamed(what),
            [what](const plaid::error& e) { return plaid::calls_for(e.code.value_or(plaid::code{}), what); }};
}

/// A body that is not a Plaid error.
inline failure_matcher FailsToParse() { return {std::nullopt, std::nullopt}; }

/// A body that is not a Plaid error, for the reason `kind`.
inline failure_matcher FailsToParse(plaid::parse_failure_kind kind) { return {kind, std::nullopt}; }

/// The same, with the failure message `message`.
inline failure_matcher FailsToParse(plaid::parse_failure_kind kind, std::string_view message) {
    return {kind, std::string(message)};
}

/// Matches a transfer's `failure_reason` as JSON text, a
/// `plaid::transfer_failure` or a `plaid::transfer_failure_result` by one
/// property; text is read with `plaid::parse_transfer_failure`.
using transfer_failure_matcher = detail::property_matcher<plaid::transfer_failure>;

/// Any transfer failure reason.
inline transfer_failure_matcher IsTransferFailure() {
    return {"", [](const plaid::transfer_failure&) { return true; }};
}

/// A failure reason whose code is the listed `code`, sent as `failure_code`
/// or as the deprecated `ach_return_code`; `plaid::transfer_code{}` for an
/// unlisted or absent one.
inline transfer_failure_matcher IsTransferFailure(plaid::transfer_code code) {
    return {detail::expected_transfer_code(code),
            [code](const plaid::transfer_failure& f) { return f.code.value_or(plaid::transfer_code{}) == code; }};
}

/// A failure reason whose code string is `code_name`, listed or not.
inline transfer_failure_matcher IsTransferFailure(std::string_view code_name) {
    return {"with failure code " + plaid::detail::quoted_loggable(code_name),
            [name = std::string(code_name)](const plaid::transfer_failure& f) { return f.code_name() == name; }};
}

/// A failure reason with a listed code whose retry rule is `retry`.
inline transfer_failure_matcher HasTransferRetry(plaid::transfer_retry retry) {
    return {"whose code's retry rule is " + plaid::detail::streamed(retry),
            [retry](const plaid::transfer_failure& f) { return f.code && f.code->retry() == retry; }};
}

/// Matches a response body (`std::string`, `std::string_view`, `const char*`),
/// a `plaid::any_error_result` or a `plaid::oauth_error_response` that is an
/// OAuth error response, by its code when one is given. Bodies are read with
/// `plaid::parse_any_error`.
class oauth_error_matcher : public detail::generic_matcher {
public:
    explicit oauth_error_matcher(std::optional<plaid::oauth_error_code> code) : code_(code) {}

    bool match(const plaid::oauth_error_response& e) const { return !code_ || e.code == *code_; }
    bool match(const plaid::any_error_result& result) const {
        const auto* e = std::get_if<plaid::oauth_error_response>(&result);
        return e && match(*e);
    }
    bool match(std::string_view body) const { return match(plaid::parse_any_error(body)); }
    bool match(const std::string& body) const { return match(std::string_view(body)); }
    /// A null pointer is no body, so no OAuth error.
    bool match(const char* body) const { return body && match(std::string_view(body)); }

    std::string describe() const override {
        std::string text = "is an OAuth error response";
        if (code_) text.append(" with error ").append(plaid::to_string(*code_));
        return text;
    }

private:
    std::optional<plaid::oauth_error_code> code_;
};

/// Matches a successful response body, a `plaid::find_errors_result` or a
/// `plaid::body_errors` that holds a Plaid error at `path` (as
/// `plaid::find_errors` writes paths), of `code` when one is given.
class embedded_error_matcher : public detail::generic_matcher {
public:
    embedded_error_matcher(std::string path, std::optional<plaid::code> code) : path_(std::move(path)), code_(code) {}

    bool match(const plaid::body_errors& found) const {
        for (const auto& e : found.errors)
            if (e.path == path_ && (!code_ || e.error.code == *code_)) return true;
        return false;
    }
    bool match(const plaid::find_errors_result& result) const { return result && match(*result); }
    bool match(std::string_view body) const { return match(plaid::find_errors(body)); }
    bool match(const std::string& body) const { return match(std::string_view(body)); }
    /// A null pointer is no body, so holds no error.
    bool match(const char* body) const { return body && match(std::string_view(body)); }

    std::string describe() const override {
        std::string text = "holds a Plaid error at " + plaid::detail::quoted_loggable(path_);
        if (code_) text.append(" with ").append(detail::expected_code(*code_));
        return text;
    }

private:
    std::string path_;
    std::optional<plaid::code> code_;
};

/// Any OAuth error response.
inline oauth_error_matcher IsOAuthError() { return oauth_error_matcher(std::nullopt); }

/// An OAuth error response whose `error` is `code`.
inline oauth_error_matcher IsOAuthError(plaid::oauth_error_code code) { return oauth_error_matcher(code); }

/// A body holding any Plaid error at `path` (`results[1].error`).
inline embedded_error_matcher HoldsPlaidErrorAt(std::string_view path) { return {std::string(path), std::nullopt}; }

/// A body holding a Plaid error of `code` at `path`.
inline embedded_error_matcher HoldsPlaidErrorAt(std::string_view path, plaid::code code) {
    return {std::string(path), code};
}

/// Matches a Link exit in either form as text (read by
/// `plaid::parse_any_link_exit`), a `plaid::link_exit` or a
/// `plaid::parsed<plaid::link_exit>` by one property.
using link_exit_matcher = detail::property_matcher<plaid::link_exit>;

/// Any Link exit.
inline link_exit_matcher IsLinkExit() {
    return {"", [](const plaid::link_exit&) { return true; }};
}

/// A Link exit whose status is `status` (`link_exit_status::unknown` for an unknown or absent one).
inline link_exit_matcher IsLinkExit(plaid::link_exit_status status) {
    return {"with status " + plaid::detail::streamed(status), [status](const plaid::link_exit& e) { return e.status == status; }};
}

/// A Link exit with an error whose code is the Link SDK's `code`.
inline link_exit_matcher HasLinkErrorCode(plaid::link_error_code code) {
    return {"with error code " + plaid::detail::streamed(code),
            [code](const plaid::link_exit& e) { return e.error && e.link_code == code; }};
}

/// A Link exit whose remedy's plan calls for `what` (`plaid::remedy_of`); an exit whose
/// error the library does not know calls for `remedy::unknown` only.
inline link_exit_matcher LinkExitCallsFor(plaid::remedy what) {
    return {"whose remedy calls for " + plaid::detail::streamed(what), [what](const plaid::link_exit& e) {
                const auto r = plaid::remedy_of(e);
                return r.plan ? plaid::calls_for(*r.plan, what) : what == plaid::remedy::unknown;
            }};
}

/// Matches a webhook body, a `plaid::webhook` or what `plaid::parse_webhook`
/// returned, by one property.
using webhook_matcher = detail::property_matcher<plaid::webhook>;

/// Matches what tells an Item's state: a `plaid::item_health` (also as
/// `std::optional` or what `plaid::item_health_of_item_get` returned), or a
/// webhook in any form `webhook_matcher` takes, through `plaid::item_health_of`.
/// A webhook that says nothing about the Item does not match.
class item_state_matcher : public detail::generic_matcher {
public:
    explicit item_state_matcher(plaid::item_state state, bool negated = false) : state_(state), negated_(negated) {}

    bool match(const plaid::item_health& health) const { return (health.state == state_) != negated_; }
    bool match(const std::optional<plaid::item_health>& health) const { return health ? match(*health) : negated_; }
    bool match(const plaid::parsed<plaid::item_health>& result) const { return result ? match(*result) : negated_; }
    bool match(const plaid::webhook& w) const { return match(plaid::item_health_of(w)); }
    bool match(const plaid::parsed<plaid::webhook>& result) const { return result ? match(*result) : negated_; }
    bool match(std::string_view body) const { return match(plaid::parse_webhook(body)); }
    bool match(const std::string& body) const { return match(std::string_view(body)); }
    /// A null pointer is no body, so tells nothing.
    bool match(const char* body) const { return body ? match(std::string_view(body)) : negated_; }

    std::string describe() const override {
        return std::string(negated_ ? "does not say the Item is " : "says the Item is ") + plaid::detail::streamed(state_);
    }

    friend item_state_matcher operator!(const item_state_matcher& matcher) {
        return item_state_matcher(matcher.state_, !matcher.negated_);
    }

private:
    plaid::item_state state_;
    bool negated_;
};

/// Any Plaid webhook.
inline webhook_matcher IsWebhook() {
    return {"", [](const plaid::webhook&) { return true; }};
}

/// A webhook of the documented pair `code` (any per-type enum converts,
/// `plaid::item_webhook::pending_disconnect`); `plaid::webhook_code{}` for a
/// pair the spec does not document.
inline webhook_matcher IsWebhook(plaid::webhook_code code) {
    return {code.is_known() ? "with webhook_type " + std::string(code.type_name()) + " and webhook_code " +
                                  std::string(code.name())
                            : std::string("of an undocumented webhook_type and webhook_code"),
            [code](const plaid::webhook& w) { return w.code.value_or(plaid::webhook_code{}) == code; }};
}

/// A webhook whose `webhook_type` and `webhook_code` are these strings, documented or not.
inline webhook_matcher IsWebhook(std::string_view type_name, std::string_view code_name) {
    return {"with webhook_type " + plaid::detail::quoted_loggable(type_name) + " and webhook_code " +
                plaid::detail::quoted_loggable(code_name),
            [type = std::string(type_name), code = std::string(code_name)](const plaid::webhook& w) {
                return w.type_name == type && w.code_name == code;
            }};
}

/// A webhook carrying an error; `!CarriesError()` for `"error": null` or no `error`.
inline webhook_matcher CarriesError() {
    return {"carrying an error", [](const plaid::webhook& w) { return w.error.has_value(); }};
}

/// A webhook carrying an error of the documented `code` (any code enum converts).
inline webhook_matcher CarriesError(plaid::code code) {
    return {"carrying an error with " + detail::expected_code(code),
            [code](const plaid::webhook& w) { return w.error && w.error->code.value_or(plaid::code{}) == code; }};
}

/// Whatever tells that the Item is in `state`: a webhook, or the health read from one or from `/item/get`.
inline item_state_matcher HasItemState(plaid::item_state state) { return item_state_matcher(state); }

/// The names of the first release, kept for one more.
[[deprecated("use plaid_testing::IsPlaidError")]] inline error_matcher is_error(plaid::code code) {
    return IsPlaidError(code);
}
[[deprecated("use plaid_testing::IsPlaidError")]] inline error_matcher is_error(std::string_view code_name) {
    return IsPlaidError(code_name);
}
[[deprecated("use plaid_testing::HasErrorType")]] inline error_matcher has_error_type(plaid::error_type type) {
    return HasErrorType(type);
}
[[deprecated("use plaid_testing::HasErrorType")]] inline error_matcher has_error_type(std::string_view type_name) {
    return HasErrorType(type_name);
}
[[deprecated("use plaid_testing::CallsFor")]] inline error_matcher calls_for(plaid::remedy what) {
    return CallsFor(what);
}

}  // namespace catch2
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

/// Catch2 prints these values by name in expansions and generated test names.
namespace Catch {

/// Every code enum, `plaid::code`, `error_type`, the other named enums and
/// `plaid::error`, as `operator<<` prints them.
template <class T>
struct StringMaker<T, std::enable_if_t<plaid::detail::printed_by_stream<T>>> {
    static std::string convert(const T& value) { return plaid::detail::streamed(value); }
};

/// `plaid::error::code`: the code's name, or `std::nullopt`. Catch2 prints an
/// optional only under `CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER`; this full
/// specialisation is chosen with or without it.
template <>
struct StringMaker<std::optional<plaid::code>> {
    static std::string convert(const std::optional<plaid::code>& value) {
        return value ? plaid::detail::streamed(*value) : "std::nullopt";
    }
};

/// `not_json: <message>`, the message escaped and its tokens redacted, as it
/// may quote the body.
template <>
struct StringMaker<plaid::parse_failure> {
    static std::string convert(const plaid::parse_failure& failure) {
        return plaid::detail::streamed(failure.kind) + ": " + plaid::loggable(failure.message);
    }
};

/// The error, or `parse_failure not_json: <message>`.
template <>
struct StringMaker<plaid::parse_result> {
    static std::string convert(const plaid::parse_result& result) {
        return result ? StringMaker<plaid::error>::convert(*result)
                      : "parse_failure " + StringMaker<plaid::parse_failure>::convert(result.failure());
    }
};

/// The Link exit, or `parse_failure not_json: <message>`.
template <>
struct StringMaker<plaid::parsed<plaid::link_exit>> {
    static std::string convert(const plaid::parsed<plaid::link_exit>& result) {
        return result ? StringMaker<plaid::link_exit>::convert(*result)
                      : "parse_failure " + StringMaker<plaid::parse_failure>::convert(result.failure());
    }
};

/// The failure reason, or `parse_failure not_json: <message>`.
template <>
struct StringMaker<plaid::transfer_failure_result> {
    static std::string convert(const plaid::transfer_failure_result& result) {
        return result ? StringMaker<plaid::transfer_failure>::convert(*result)
                      : "parse_failure " + StringMaker<plaid::parse_failure>::convert(result.failure());
    }
};

/// The webhook, or `parse_failure not_json: <message>`.
template <>
struct StringMaker<plaid::parsed<plaid::webhook>> {
    static std::string convert(const plaid::parsed<plaid::webhook>& result) {
        return result ? StringMaker<plaid::webhook>::convert(*result)
                      : "parse_failure " + StringMaker<plaid::parse_failure>::convert(result.failure());
    }
};

/// The Item's health, or `parse_failure not_json: <message>`.
template <>
struct StringMaker<plaid::parsed<plaid::item_health>> {
    static std::string convert(const plaid::parsed<plaid::item_health>& result) {
        return result ? StringMaker<plaid::item_health>::convert(*result)
                      : "parse_failure " + StringMaker<plaid::parse_failure>::convert(result.failure());
    }
};

/// `plaid::webhook::code`: the pair, or `std::nullopt`, with or without Catch2's optional printer.
template <>
struct StringMaker<std::optional<plaid::webhook_code>> {
    static std::string convert(const std::optional<plaid::webhook_code>& value) {
        return value ? plaid::detail::streamed(*value) : "std::nullopt";
    }
};

/// What `plaid::item_health_of` returns: the health, or `std::nullopt` for a webhook that tells nothing.
template <>
struct StringMaker<std::optional<plaid::item_health>> {
    static std::string convert(const std::optional<plaid::item_health>& value) {
        return value ? plaid::detail::streamed(*value) : "std::nullopt";
    }
};

}  // namespace Catch

#endif
