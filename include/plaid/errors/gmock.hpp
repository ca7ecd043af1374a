#ifndef PLAID_ERRORS_GMOCK_HPP
#define PLAID_ERRORS_GMOCK_HPP

#include "detail/abi.hpp"

/// GoogleMock matchers and GoogleTest printers for Plaid errors. Tested with
/// GoogleTest 1.12. The printers must be visible wherever GoogleTest prints
/// these types, so include this header in every test file of a program that does.

#include <gmock/gmock.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include <nlohmann/json.hpp>

#include "action_plan.hpp"
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
#include "transfer_code.hpp"
#include "transfer_failure.hpp"
#include "transfer_failure_codes.hpp"
#include "transfer_format.hpp"
#include "transfer_testing.hpp"
#include "item_health.hpp"
#include "webhook.hpp"
#include "webhook_format.hpp"
#include "webhook_testing.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// `not_json: not JSON at byte 3: ...`: the kind, then the library's
/// message, which may quote the body, as `loggable` writes it.
inline void PrintTo(const parse_failure& failure, std::ostream* os) {
    *os << failure.kind << ": " << loggable(failure.message);
}

/// The error on one line as `operator<<` writes it, or `not a Plaid error, ` and the failure.
inline void PrintTo(const parse_result& result, std::ostream* os) {
    if (result) {
        *os << *result;
        return;
    }
    *os << "not a Plaid error, ";
    PrintTo(result.failure(), os);
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Appends an inner matcher's explanation, which may quote the body, as `plaid::loggable` writes it.
inline void explain_inner(const testing::StringMatchResultListener& inner, testing::MatchResultListener* listener) {
    if (!inner.str().empty()) *listener << ", " << plaid::loggable(inner.str());
}

/// Equality with one documented code, described by its name and, where the
/// name is ambiguous, its type.
class code_is : public testing::MatcherInterface<plaid::code> {
public:
    explicit code_is(plaid::code expected) : expected_(expected) {}

    bool MatchAndExplain(plaid::code found, testing::MatchResultListener*) const override {
        return found == expected_;
    }
    void DescribeTo(std::ostream* os) const override {
        *os << (expected_.is_known() ? "is " + plaid::detail::name_with_type(expected_)
                                     : std::string("is not a documented code"));
    }
    void DescribeNegationTo(std::ostream* os) const override {
        *os << (expected_.is_known() ? "isn't " + plaid::detail::name_with_type(expected_)
                                     : std::string("is a documented code"));
    }

private:
    plaid::code expected_;
};

/// The text of a string-like value; a null `const char*` is the empty string.
template <class Text>
std::string text_of(const Text& text) {
    if constexpr (std::is_pointer_v<Text>)
        if (text == nullptr) return {};
    return std::string(std::string_view(text));
}

template <class M>
constexpr bool is_text = std::is_convertible_v<const M&, std::string_view>;

/// A matcher of `std::string`: a string-like value is matched for equality.
template <class M>
testing::Matcher<std::string> string_matcher(const M& m) {
    if constexpr (is_text<M>)
        return testing::Matcher<std::string>(text_of(m));
    else
        return testing::SafeMatcherCast<std::string>(m);
}

/// The JSON names of the members the matchers read, as `plaid::shape<plaid::error>`
/// lists them, so that no description or explanation outlives a renamed member.
inline constexpr std::string_view error_code_name = plaid::member_name<plaid::error>(&plaid::error::code_name);
inline constexpr std::string_view error_type_name = plaid::member_name<plaid::error>(&plaid::error::type_name);

/// "error_type <type> and error_code <code>", both as sent: what shows a
/// Plaid error that no member check explains.
inline std::string type_and_code(const plaid::error& e) {
    return std::string(error_type_name)
        .append(" ")
        .append(plaid::loggable(e.type_name))
        .append(" and ")
        .append(error_code_name)
        .append(" ")
        .append(plaid::loggable(e.code_name));
}

/// The members a matcher reads. Each names its wire field, reads it (a
/// `std::optional` when the body may leave it null or absent) and shows
/// what was found.
struct error_code_member {
    using value_type = plaid::code;
    static constexpr std::string_view name = error_code_name;
    static plaid::code read(const plaid::error& e) { return e.code.value_or(plaid::code{}); }
    static std::string found(const plaid::error& e) {
        auto text = plaid::loggable(e.code_name);
        if (!e.code) return text.append(", which is not a documented code");
        if (plaid::to_code(e.code_name) != e.code)
            text.append(" under ").append(error_type_name).append(" ").append(plaid::loggable(e.type_name));
        return text;
    }
};

struct error_code_name_member {
    using value_type = std::string;
    static constexpr std::string_view name = error_code_name;
    static const std::string& read(const plaid::error& e) { return e.code_name; }
    static std::string found(const plaid::error& e) { return plaid::loggable(e.code_name); }
};

struct error_type_member {
    using value_type = plaid::error_type;
    static constexpr std::string_view name = error_type_name;
    static plaid::error_type read(const plaid::error& e) { return e.type; }
    static std::string found(const plaid::error& e) {
        auto text = plaid::loggable(e.type_name);
        if (e.type == plaid::error_type::unknown) text.append(", which is not a known type");
        return text;
    }
};

struct error_type_name_member {
    using value_type = std::string;
    static constexpr std::string_view name = error_type_name;
    static const std::string& read(const plaid::error& e) { return e.type_name; }
    static std::string found(const plaid::error& e) { return plaid::loggable(e.type_name); }
};

/// A member that is a string, or no value for null and absent alike.
template <std::optional<std::string> plaid::error::*Member>
struct optional_text_member {
    using value_type = std::string;
    static constexpr std::string_view name = plaid::member_name<plaid::error>(Member);
    static const std::optional<std::string>& read(const plaid::error& e) { return e.*Member; }
    static std::string found(const plaid::error& e) {
        return (e.*Member) ? plaid::detail::quoted_loggable(*(e.*Member)) : std::string("null");
    }
};

using error_message_member = optional_text_member<&plaid::error::error_message>;
using display_message_member = optional_text_member<&plaid::error::display_message>;
using request_id_member = optional_text_member<&plaid::error::request_id>;

template <class T>
const T* present(const T& value) {
    return &value;
}
template <class T>
const T* present(const std::optional<T>& value) {
    return value ? &*value : nullptr;
}

/// One member checked by an inner matcher; a null or absent member matches nothing.
template <class Member>
class member_check {
    static_assert(!Member::name.empty(), "a member a matcher reads is a row of plaid::shape<plaid::error>");

public:
    using value_type = typename Member::value_type;

    explicit member_check(testing::Matcher<value_type> matcher) : matcher_(std::move(matcher)) {}

    bool match(const plaid::error& e, testing::MatchResultListener* listener) const {
        *listener << Member::name << ' ';
        if (listener->IsInterested()) *listener << Member::found(e);
        const auto& member = Member::read(e);
        const value_type* value = present(member);
        if (value == nullptr) return false;
        testing::StringMatchResultListener inner;
        const bool matched = matcher_.MatchAndExplain(*value, &inner);
        explain_inner(inner, listener);
        return matched;
    }
    void describe(std::ostream* os) const {
        *os << "whose " << Member::name << ' ';
        matcher_.DescribeTo(os);
    }
    void describe_negation(std::ostream* os) const {
        if constexpr (!std::is_same_v<std::decay_t<decltype(Member::read(std::declval<const plaid::error&>()))>,
                                      value_type>)
            *os << "with a null " << Member::name << " or ";
        *os << "whose " << Member::name << ' ';
        matcher_.DescribeNegationTo(os);
    }

private:
    testing::Matcher<value_type> matcher_;
};

/// Every member check holds; none for "any Plaid error".
template <class... Checks>
class members_check {
public:
    explicit members_check(Checks... checks) : checks_(std::move(checks)...) {}

    bool match(const plaid::error& e, testing::MatchResultListener* listener) const {
        *listener << "which is a Plaid error with ";
        if constexpr (sizeof...(Checks) == 0) {
            if (listener->IsInterested()) *listener << type_and_code(e);
            return true;
        } else {
            // Each check runs and explains itself, so the explanation shows every member read.
            bool matched = true;
            std::size_t index = 0;
            std::apply(
                [&](const auto&... check) {
                    ((*listener << (index++ == 0 ? "" : " and "), matched = check.match(e, listener) && matched), ...);
                },
                checks_);
            return matched;
        }
    }
    void describe(std::ostream* os) const {
        *os << "is a Plaid error";
        std::size_t index = 0;
        std::apply([&](const auto&... check) { ((*os << (index++ == 0 ? " " : " and "), check.describe(os)), ...); },
                   checks_);
    }
    void describe_negation(std::ostream* os) const {
        *os << "isn't a Plaid error";
        if constexpr (sizeof...(Checks) != 0) {
            *os << ", or is one";
            std::size_t index = 0;
            std::apply(
                [&](const auto&... check) {
                    ((*os << (index++ == 0 ? " " : " or "), check.describe_negation(os)), ...);
                },
                checks_);
        }
    }

private:
    std::tuple<Checks...> checks_;
};

/// The code calls for a remedy (`plaid::calls_for`).
class calls_for_check {
public:
    explicit calls_for_check(plaid::remedy what) : what_(what) {}

    bool match(const plaid::error& e, testing::MatchResultListener* listener) const {
        const plaid::code code = e.code.value_or(plaid::code{});
        if (listener->IsInterested()) {
            *listener << "which is a Plaid error with " << error_code_member::name << ' ' << error_code_member::found(e);
            if (code.is_known()) {
                *listener << ", which calls for";
                const char* separator = " ";
                for (auto what : plaid::remedies_in_order)
                    if (plaid::calls_for(code, what)) {
                        *listener << separator << what;
                        separator = " and ";
                    }
            }
        }
        return plaid::calls_for(code, what_);
    }
    void describe(std::ostream* os) const { *os << "is a Plaid error whose code calls for " << what_; }
    void describe_negation(std::ostream* os) const {
        *os << "isn't a Plaid error, or is one whose code doesn't call for " << what_;
    }

private:
    plaid::remedy what_;
};

/// A matcher's argument parsed once: a body of any string type, an
/// nlohmann/json document, a `plaid::parse_result`, or an error already parsed.
template <class T, class OnError, class OnFailure>
bool visit_parsed(const T& value, testing::MatchResultListener* listener, OnError on_error, OnFailure on_failure) {
    if constexpr (std::is_base_of_v<plaid::error, T>) {
        return on_error(static_cast<const plaid::error&>(value));
    } else {
        const auto visit = [&](const plaid::parse_result& result) {
            return result ? on_error(*result) : on_failure(result.failure());
        };
        if constexpr (std::is_same_v<T, plaid::parse_result>) {
            return visit(value);
        } else if constexpr (nlohmann::detail::is_basic_json<T>::value) {
            return visit(plaid::parse_error(value));
        } else {
            static_assert(is_text<T>, "a Plaid error matcher matches a body, a JSON document or a parsed plaid::error");
            if constexpr (std::is_pointer_v<T>) {
                if (value == nullptr) {
                    *listener << "which is a null pointer, not a body";
                    return false;
                }
            }
            return visit(plaid::parse_error(std::string_view(value)));
        }
    }
}

/// Matches a parsed error by `Check`; a body that does not parse matches nothing.
template <class Check>
class error_matcher {
public:
    explicit error_matcher(Check check) : check_(std::move(check)) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        return visit_parsed(
            value, listener, [&](const plaid::error& e) { return check_.match(e, listener); },
            [&](const plaid::parse_failure& failure) {
                *listener << "which is not a Plaid error: " << plaid::loggable(failure.message);
                return false;
            });
    }
    void DescribeTo(std::ostream* os) const { check_.describe(os); }
    void DescribeNegationTo(std::ostream* os) const { check_.describe_negation(os); }

private:
    Check check_;
};

/// Matches a body that does not parse, by the failure's kind and message.
class failure_matcher {
public:
    failure_matcher(std::optional<testing::Matcher<plaid::parse_failure_kind>> kind,
                    std::optional<testing::Matcher<std::string>> message)
        : kind_(std::move(kind)), message_(std::move(message)) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        return visit_parsed(
            value, listener,
            [&](const plaid::error& e) {
                *listener << "which is a Plaid error with " << type_and_code(e);
                return false;
            },
            [&](const plaid::parse_failure& failure) {
                *listener << "which fails to parse as " << failure.kind << ": " << plaid::loggable(failure.message);
                testing::StringMatchResultListener inner;
                bool matched = !kind_ || kind_->MatchAndExplain(failure.kind, &inner);
                if (matched && message_) matched = message_->MatchAndExplain(failure.message, &inner);
                explain_inner(inner, listener);
                return matched;
            });
    }
    void DescribeTo(std::ostream* os) const {
        *os << "fails to parse as a Plaid error";
        if (kind_) {
            *os << ", with a failure kind that ";
            kind_->DescribeTo(os);
        }
        if (message_) {
            *os << (kind_ ? " and" : ",") << " a failure message that ";
            message_->DescribeTo(os);
        }
    }
    void DescribeNegationTo(std::ostream* os) const {
        *os << "parses as a Plaid error";
        if (kind_) {
            *os << ", or fails with a failure kind that ";
            kind_->DescribeNegationTo(os);
        }
        if (message_) {
            *os << (kind_ ? " or" : ", or fails with") << " a failure message that ";
            message_->DescribeNegationTo(os);
        }
    }

private:
    std::optional<testing::Matcher<plaid::parse_failure_kind>> kind_;
    std::optional<testing::Matcher<std::string>> message_;
};

template <class... Checks>
testing::PolymorphicMatcher<error_matcher<members_check<Checks...>>> members_matcher(Checks... checks) {
    return testing::MakePolymorphicMatcher(error_matcher<members_check<Checks...>>(members_check<Checks...>(std::move(checks)...)));
}

/// The error_code check of `IsPlaidError`: a string matches the code as sent,
/// anything else the documented code.
template <class CodeMatcher>
auto code_check(const CodeMatcher& m) {
    if constexpr (is_text<CodeMatcher>)
        return member_check<error_code_name_member>(string_matcher(m));
    else if constexpr (std::is_convertible_v<const CodeMatcher&, plaid::code>)
        return member_check<error_code_member>(testing::MakeMatcher(new code_is(m)));
    else
        return member_check<error_code_member>(testing::SafeMatcherCast<plaid::code>(m));
}

/// Matches an OAuth error response: a body of any string type (read by
/// `plaid::parse_any_error`), a `plaid::any_error_result` or a
/// `plaid::oauth_error_response`, by its code when one is given.
class oauth_error_matcher {
public:
    explicit oauth_error_matcher(std::optional<plaid::oauth_error_code> code) : code_(code) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        if constexpr (std::is_same_v<T, plaid::oauth_error_response>) {
            if (!code_ || value.code == *code_) return true;
            *listener << "whose error is " << plaid::detail::quoted_loggable(value.error);
            return false;
        } else if constexpr (std::is_same_v<T, plaid::any_error_result>) {
            if (const auto* e = std::get_if<plaid::oauth_error_response>(&value)) return MatchAndExplain(*e, listener);
            *listener << (std::holds_alternative<plaid::error>(value) ? "which is a Plaid error" : "which is no error body");
            return false;
        } else {
            static_assert(is_text<T>, "an OAuth error matcher matches a body or what parse_any_error returns");
            if constexpr (std::is_pointer_v<T>) {
                if (value == nullptr) {
                    *listener << "which is a null pointer, not a body";
                    return false;
                }
            }
            return MatchAndExplain(plaid::parse_any_error(std::string_view(value)), listener);
        }
    }
    void DescribeTo(std::ostream* os) const {
        *os << "is an OAuth error response";
        if (code_) *os << " with error " << plaid::to_string(*code_);
    }
    void DescribeNegationTo(std::ostream* os) const {
        *os << "isn't an OAuth error response";
        if (code_) *os << " with error " << plaid::to_string(*code_);
    }

private:
    std::optional<plaid::oauth_error_code> code_;
};

/// Matches a successful body (any string type, read by `plaid::find_errors`),
/// a `plaid::find_errors_result` or a `plaid::body_errors` holding a Plaid
/// error at `path`, of `code` when one is given.
class embedded_error_matcher {
public:
    embedded_error_matcher(std::string path, std::optional<plaid::code> code) : path_(std::move(path)), code_(code) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        if constexpr (std::is_same_v<T, plaid::body_errors>) {
            for (const auto& e : value.errors)
                if (e.path == path_ && (!code_ || e.error.code == *code_)) return true;
            *listener << "which holds " << value.errors.size() << " Plaid error(s)";
            for (const auto& e : value.errors) *listener << ", " << e;
            return false;
        } else if constexpr (std::is_same_v<T, plaid::find_errors_result>) {
            if (value) return MatchAndExplain(*value, listener);
            *listener << "which cannot be read: " << plaid::loggable(value.failure().message);
            return false;
        } else {
            static_assert(is_text<T>, "an embedded error matcher matches a body or what find_errors returns");
            if constexpr (std::is_pointer_v<T>) {
                if (value == nullptr) {
                    *listener << "which is a null pointer, not a body";
                    return false;
                }
            }
            return MatchAndExplain(plaid::find_errors(std::string_view(value)), listener);
        }
    }
    void DescribeTo(std::ostream* os) const { describe(os, "holds"); }
    void DescribeNegationTo(std::ostream* os) const { describe(os, "doesn't hold"); }

private:
    void describe(std::ostream* os, const char* verb) const {
        *os << verb << " a Plaid error at " << plaid::detail::quoted_loggable(path_);
        if (code_) *os << " with code " << plaid::detail::name_with_type(*code_);
    }

    std::string path_;
    std::optional<plaid::code> code_;
};

}  // namespace detail

/// The GoogleMock matchers, named as <plaid/errors/catch2.hpp> names the
/// Catch2 ones; each set lives in an inline namespace of its own so that
/// both headers compile in one translation unit, where a call names its set
/// (`plaid_testing::gmock::IsPlaidError`).
inline namespace gmock {

/// A body (any string type, or an nlohmann/json document), a
/// `plaid::parse_result` or a `plaid::error` that is a Plaid error.
inline auto IsPlaidError() { return detail::members_matcher(); }

/// A Plaid error whose code matches: a `plaid::code` or code enum (the
/// documented code, so one name under two types is told apart), a matcher of
/// `plaid::code` (an undocumented code is `plaid::code{}`), or a string,
/// which the code is compared with as sent.
template <class CodeMatcher>
auto IsPlaidError(const CodeMatcher& code) {
    return detail::members_matcher(detail::code_check(code));
}

/// The same, and an `error_message` that is present and matches
/// `message` (a string, or a matcher of `std::string`).
template <class CodeMatcher, class MessageMatcher>
auto IsPlaidError(const CodeMatcher& code, const MessageMatcher& message) {
    return detail::members_matcher(detail::code_check(code),
                                   detail::member_check<detail::error_message_member>(detail::string_matcher(message)));
}

/// A Plaid error whose type matches: a `plaid::error_type` or a matcher of
/// it (`error_type::unknown` for types the library does not know), or a
/// string, which the type is compared with as sent.
template <class TypeMatcher>
auto HasErrorType(const TypeMatcher& type) {
    if constexpr (detail::is_text<TypeMatcher>)
        return detail::members_matcher(
            detail::member_check<detail::error_type_name_member>(detail::string_matcher(type)));
    else
        return detail::members_matcher(
            detail::member_check<detail::error_type_member>(testing::SafeMatcherCast<plaid::error_type>(type)));
}

/// A Plaid error whose `request_id` is present and matches (a string or a matcher of `std::string`).
template <class StringMatcher>
auto HasRequestId(const StringMatcher& request_id) {
    return detail::members_matcher(detail::member_check<detail::request_id_member>(detail::string_matcher(request_id)));
}

/// A Plaid error whose `display_message` is present and matches; `Not(HasDisplayMessage(_))` for null.
template <class StringMatcher>
auto HasDisplayMessage(const StringMatcher& display_message) {
    return detail::members_matcher(
        detail::member_check<detail::display_message_member>(detail::string_matcher(display_message)));
}

/// A Plaid error whose code calls for `what` (`plaid::calls_for`); an
/// undocumented code calls for `remedy::unknown` only.
inline auto CallsFor(plaid::remedy what) {
    return testing::MakePolymorphicMatcher(detail::error_matcher<detail::calls_for_check>(detail::calls_for_check(what)));
}

/// A body that is not a Plaid error.
inline auto FailsToParse() { return testing::MakePolymorphicMatcher(detail::failure_matcher(std::nullopt, std::nullopt)); }

/// A body that is not a Plaid error, with a failure kind that matches (a
/// `plaid::parse_failure_kind` or a matcher of it).
template <class KindMatcher>
auto FailsToParse(const KindMatcher& kind) {
    return testing::MakePolymorphicMatcher(
        detail::failure_matcher(testing::SafeMatcherCast<plaid::parse_failure_kind>(kind), std::nullopt));
}

/// The same, and a failure message that matches (a string or a matcher of `std::string`).
template <class KindMatcher, class MessageMatcher>
auto FailsToParse(const KindMatcher& kind, const MessageMatcher& message) {
    return testing::MakePolymorphicMatcher(detail::failure_matcher(
        testing::SafeMatcherCast<plaid::parse_failure_kind>(kind), detail::string_matcher(message)));
}

/// An OAuth error response (a body, or what `plaid::parse_any_error` returned).
inline auto IsOAuthError() { return testing::MakePolymorphicMatcher(detail::oauth_error_matcher(std::nullopt)); }

/// An OAuth error response whose `error` is `code`.
inline auto IsOAuthError(plaid::oauth_error_code code) {
    return testing::MakePolymorphicMatcher(detail::oauth_error_matcher(code));
}

/// A successful body holding any Plaid error at `path` (`results[1].error`).
inline auto HoldsPlaidErrorAt(std::string_view path) {
    return testing::MakePolymorphicMatcher(detail::embedded_error_matcher(std::string(path), std::nullopt));
}

/// A successful body holding a Plaid error of `code` at `path`.
inline auto HoldsPlaidErrorAt(std::string_view path, plaid::code code) {
    return testing::MakePolymorphicMatcher(detail::embedded_error_matcher(std::string(path), code));
}

}  // namespace gmock
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The failure reason on one line as `operator<<` writes it, or `not a
/// transfer failure reason, ` and the failure.
inline void PrintTo(const transfer_failure_result& result, std::ostream* os) {
    if (result) {
        *os << *result;
        return;
    }
    *os << "not a transfer failure reason, ";
    PrintTo(result.failure(), os);
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Matches a transfer's `failure_reason` by `test`, whatever form it comes
/// in: its JSON text (any string type), a `plaid::transfer_failure_result` or
/// a `plaid::transfer_failure`; text that is no failure reason matches nothing.
class transfer_failure_matcher {
public:
    transfer_failure_matcher(std::string property, std::function<bool(const plaid::transfer_failure&)> test)
        : property_(std::move(property)), test_(std::move(test)) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        if constexpr (std::is_same_v<T, plaid::transfer_failure>) {
            if (listener->IsInterested()) *listener << "whose failure reason is " << plaid::detail::streamed(value);
            return test_(value);
        } else if constexpr (std::is_same_v<T, plaid::transfer_failure_result>) {
            if (value) return MatchAndExplain(*value, listener);
            *listener << "which is no transfer failure reason: " << plaid::detail::streamed(value.failure().kind) << ": "
                      << plaid::loggable(value.failure().message);
            return false;
        } else {
            static_assert(is_text<T>, "a transfer failure matcher matches JSON text or a read plaid::transfer_failure");
            if constexpr (std::is_pointer_v<T>) {
                if (value == nullptr) {
                    *listener << "which is a null pointer, not text";
                    return false;
                }
            }
            return MatchAndExplain(plaid::parse_transfer_failure(std::string_view(value)), listener);
        }
    }

    void DescribeTo(std::ostream* os) const { *os << "is a transfer failure reason" << property_; }
    void DescribeNegationTo(std::ostream* os) const { *os << "is not a transfer failure reason" << property_; }

private:
    std::string property_;  ///< empty, or a space and what completes the description
    std::function<bool(const plaid::transfer_failure&)> test_;
};

inline auto transfer_failure_matching(std::string property, std::function<bool(const plaid::transfer_failure&)> test) {
    return testing::MakePolymorphicMatcher(
        transfer_failure_matcher(property.empty() ? property : " " + property, std::move(test)));
}

}  // namespace detail

inline namespace gmock {

/// Any transfer failure reason.
inline auto IsTransferFailure() {
    return detail::transfer_failure_matching("", [](const plaid::transfer_failure&) { return true; });
}

/// A failure reason whose code is the listed `code`, sent as `failure_code`
/// or as the deprecated `ach_return_code`; `plaid::transfer_code{}` for an
/// unlisted or absent one.
inline auto IsTransferFailure(plaid::transfer_code code) {
    return detail::transfer_failure_matching(detail::expected_transfer_code(code), [code](const plaid::transfer_failure& f) {
        return f.code.value_or(plaid::transfer_code{}) == code;
    });
}

/// A failure reason whose code string is `code_name`, listed or not.
inline auto IsTransferFailure(std::string_view code_name) {
    return detail::transfer_failure_matching(
        "with failure code " + plaid::detail::quoted_loggable(code_name),
        [name = std::string(code_name)](const plaid::transfer_failure& f) { return f.code_name() == name; });
}

/// A failure reason with a listed code whose retry rule is `retry`.
inline auto HasTransferRetry(plaid::transfer_retry retry) {
    return detail::transfer_failure_matching(
        "whose code's retry rule is " + plaid::detail::streamed(retry),
        [retry](const plaid::transfer_failure& f) { return f.code && f.code->retry() == retry; });
}

}  // namespace gmock
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The Link exit on one line as `operator<<` writes it, or `not a Link exit, ` and the failure.
inline void PrintTo(const parsed<link_exit>& result, std::ostream* os) {
    if (result) {
        *os << *result;
        return;
    }
    *os << "not a Link exit, ";
    PrintTo(result.failure(), os);
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Matches a Link exit by `test`, whatever form it comes in: text of either
/// form (any string type, read by `plaid::parse_any_link_exit`), a
/// `plaid::parsed<plaid::link_exit>` or a `plaid::link_exit`; text that is no
/// Link exit matches nothing.
class link_exit_matcher {
public:
    link_exit_matcher(std::string property, std::function<bool(const plaid::link_exit&)> test)
        : property_(std::move(property)), test_(std::move(test)) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        if constexpr (std::is_same_v<T, plaid::link_exit>) {
            if (listener->IsInterested()) *listener << "whose exit is " << plaid::detail::streamed(value);
            return test_(value);
        } else if constexpr (std::is_same_v<T, plaid::parsed<plaid::link_exit>>) {
            if (value) return MatchAndExplain(*value, listener);
            *listener << "which is no Link exit: " << plaid::detail::streamed(value.failure().kind) << ": "
                      << plaid::loggable(value.failure().message);
            return false;
        } else {
            static_assert(is_text<T>, "a Link exit matcher matches text or a parsed plaid::link_exit");
            if constexpr (std::is_pointer_v<T>) {
                if (value == nullptr) {
                    *listener << "which is a null pointer, not text";
                    return false;
                }
            }
            return MatchAndExplain(plaid::parse_any_link_exit(std::string_view(value)), listener);
        }
    }

    void DescribeTo(std::ostream* os) const { *os << "is a Link exit" << property_; }
    void DescribeNegationTo(std::ostream* os) const { *os << "is not a Link exit" << property_; }

private:
    std::string property_;  ///< empty, or a space and what completes the description
    std::function<bool(const plaid::link_exit&)> test_;
};

inline auto link_exit_matching(std::string property, std::function<bool(const plaid::link_exit&)> test) {
    return testing::MakePolymorphicMatcher(link_exit_matcher(property.empty() ? property : " " + property, std::move(test)));
}

}  // namespace detail

inline namespace gmock {

/// Any Link exit.
inline auto IsLinkExit() {
    return detail::link_exit_matching("", [](const plaid::link_exit&) { return true; });
}

/// A Link exit whose status is `status` (`link_exit_status::unknown` for an unknown or absent one).
inline auto IsLinkExit(plaid::link_exit_status status) {
    return detail::link_exit_matching("with status " + plaid::detail::streamed(status),
                                      [status](const plaid::link_exit& e) { return e.status == status; });
}

/// A Link exit with an error whose code is the Link SDK's `code`.
inline auto HasLinkErrorCode(plaid::link_error_code code) {
    return detail::link_exit_matching("with error code " + plaid::detail::streamed(code),
                                      [code](const plaid::link_exit& e) { return e.error && e.link_code == code; });
}

/// A Link exit whose remedy's plan calls for `what` (`plaid::remedy_of`); an exit whose
/// error the library does not know calls for `remedy::unknown` only.
inline auto LinkExitCallsFor(plaid::remedy what) {
    return detail::link_exit_matching("whose remedy calls for " + plaid::detail::streamed(what), [what](const plaid::link_exit& e) {
        const auto r = plaid::remedy_of(e);
        return r.plan ? plaid::calls_for(*r.plan, what) : what == plaid::remedy::unknown;
    });
}

}  // namespace gmock
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The webhook on one line as `operator<<` writes it, or `not a Plaid webhook, ` and the failure.
inline void PrintTo(const parsed<webhook>& result, std::ostream* os) {
    if (result) {
        *os << *result;
        return;
    }
    *os << "not a Plaid webhook, ";
    PrintTo(result.failure(), os);
}

/// The Item's health on one line as `operator<<` writes it, or `no Item health, ` and the failure.
inline void PrintTo(const parsed<item_health>& result, std::ostream* os) {
    if (result) {
        *os << *result;
        return;
    }
    *os << "no Item health, ";
    PrintTo(result.failure(), os);
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// A webhook matcher's argument parsed once: a body of any string type, what
/// `plaid::parse_webhook` returned, or a webhook already parsed; `on_webhook`
/// runs on a webhook, and anything else explains itself and matches nothing.
template <class T, class OnWebhook>
bool visit_webhook(const T& value, testing::MatchResultListener* listener, OnWebhook on_webhook) {
    if constexpr (std::is_same_v<T, plaid::webhook>) {
        return on_webhook(value);
    } else if constexpr (std::is_same_v<T, plaid::parsed<plaid::webhook>>) {
        if (value) return on_webhook(*value);
        *listener << "which is not a Plaid webhook: " << value.failure().kind << ": "
                  << plaid::loggable(value.failure().message);
        return false;
    } else {
        static_assert(is_text<T>, "a webhook matcher matches a body or a parsed plaid::webhook");
        if constexpr (std::is_pointer_v<T>) {
            if (value == nullptr) {
                *listener << "which is a null pointer, not a body";
                return false;
            }
        }
        return visit_webhook(plaid::parse_webhook(std::string_view(value)), listener, on_webhook);
    }
}

/// Matches a webhook by `test`; explains itself by the webhook as `operator<<` prints it.
class webhook_matcher {
public:
    webhook_matcher(std::string property, std::function<bool(const plaid::webhook&)> test)
        : property_(std::move(property)), test_(std::move(test)) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        return visit_webhook(value, listener, [&](const plaid::webhook& w) {
            if (listener->IsInterested()) *listener << "which is " << w;
            return test_(w);
        });
    }
    void DescribeTo(std::ostream* os) const { *os << "is a Plaid webhook" << property_; }
    void DescribeNegationTo(std::ostream* os) const { *os << "isn't a Plaid webhook" << property_; }

private:
    std::string property_;  ///< empty, or a space and what completes the description
    std::function<bool(const plaid::webhook&)> test_;
};

inline auto webhook_matching(std::string property, std::function<bool(const plaid::webhook&)> test) {
    return testing::MakePolymorphicMatcher(webhook_matcher(property.empty() ? property : " " + property, std::move(test)));
}

/// Matches what tells an Item's state: a `plaid::item_health` (also as
/// `std::optional` or what `plaid::item_health_of_item_get` returned), or a
/// webhook in any form `webhook_matcher` takes, through `plaid::item_health_of`.
class item_state_matcher {
public:
    explicit item_state_matcher(plaid::item_state state) : state_(state) {}

    template <class T>
    bool MatchAndExplain(const T& value, testing::MatchResultListener* listener) const {
        if constexpr (std::is_same_v<T, plaid::item_health>) {
            if (listener->IsInterested()) *listener << "whose Item health is " << value;
            return value.state == state_;
        } else if constexpr (std::is_same_v<T, std::optional<plaid::item_health>>) {
            if (value) return MatchAndExplain(*value, listener);
            *listener << "which says nothing about the Item";
            return false;
        } else if constexpr (std::is_same_v<T, plaid::parsed<plaid::item_health>>) {
            if (value) return MatchAndExplain(*value, listener);
            *listener << "which tells no Item health: " << value.failure().kind << ": "
                      << plaid::loggable(value.failure().message);
            return false;
        } else {
            return visit_webhook(value, listener, [&](const plaid::webhook& w) {
                if (listener->IsInterested()) *listener << "which is " << w << ", ";
                return MatchAndExplain(plaid::item_health_of(w), listener);
            });
        }
    }
    void DescribeTo(std::ostream* os) const { *os << "says the Item is " << state_; }
    void DescribeNegationTo(std::ostream* os) const { *os << "doesn't say the Item is " << state_; }

private:
    plaid::item_state state_;
};

}  // namespace detail

inline namespace gmock {

/// Any Plaid webhook: a body of any string type, or what `plaid::parse_webhook` returned.
inline auto IsWebhook() {
    return detail::webhook_matching("", [](const plaid::webhook&) { return true; });
}

/// A webhook of the documented pair `code` (any per-type enum converts,
/// `plaid::item_webhook::pending_disconnect`); `plaid::webhook_code{}` for a
/// pair the spec does not document.
inline auto IsWebhook(plaid::webhook_code code) {
    return detail::webhook_matching(
        code.is_known() ? "with webhook_type " + std::string(code.type_name()) + " and webhook_code " + std::string(code.name())
                        : std::string("of an undocumented webhook_type and webhook_code"),
        [code](const plaid::webhook& w) { return w.code.value_or(plaid::webhook_code{}) == code; });
}

/// A webhook whose `webhook_type` and `webhook_code` are these strings, documented or not.
inline auto IsWebhook(std::string_view type_name, std::string_view code_name) {
    return detail::webhook_matching(
        "with webhook_type " + plaid::detail::quoted_loggable(type_name) + " and webhook_code " +
            plaid::detail::quoted_loggable(code_name),
        [type = std::string(type_name), code = std::string(code_name)](const plaid::webhook& w) {
            return w.type_name == type && w.code_name == code;
        });
}

/// A webhook carrying an error; `Not(CarriesError())` for `"error": null` or no `error`.
inline auto CarriesError() {
    return detail::webhook_matching("carrying an error", [](const plaid::webhook& w) { return w.error.has_value(); });
}

/// A webhook carrying an error of the documented `code` (any code enum converts).
inline auto CarriesError(plaid::code code) {
    return detail::webhook_matching(
        code.is_known() ? "carrying an error with error_code " + plaid::detail::name_with_type(code)
                        : std::string("carrying an error with an undocumented error_code"),
        [code](const plaid::webhook& w) { return w.error && w.error->code.value_or(plaid::code{}) == code; });
}

/// Whatever tells that the Item is in `state`: a webhook, or the health read from one or from `/item/get`.
inline auto HasItemState(plaid::item_state state) {
    return testing::MakePolymorphicMatcher(detail::item_state_matcher(state));
}

}  // namespace gmock
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

#endif
