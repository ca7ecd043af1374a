#ifndef PLAID_ERRORS_TRANSFER_TESTING_HPP
#define PLAID_ERRORS_TRANSFER_TESTING_HPP

#include "detail/abi.hpp"

/// Test fixtures for code that reads transfers: the `failure_reason` object
/// Plaid sends for each listed failure code, and a builder for variations of
/// it, derived from the transfer failure table as <plaid/errors/testing.hpp>
/// derives error responses from the taxonomy.

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "members.hpp"
#include "transfer_code.hpp"
#include "transfer_failure.hpp"

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// What a matcher of one listed transfer code expects, as its description
/// shows it: "with failure code R01".
inline std::string expected_transfer_code(plaid::transfer_code code) {
    if (!code.is_known()) return "with an unlisted or absent failure code";
    return std::string("with failure code ").append(code.name());
}

}  // namespace detail

/// Builds a transfer's `failure_reason`, starting from what the spec's
/// examples send for a listed code: its `failure_code` and the docs' title as
/// `description`. Strings are escaped by nlohmann/json, so the text is valid
/// JSON whatever they hold; they must be UTF-8 (`body()` throws
/// `nlohmann::json::type_error` otherwise).
///
///     auto text = plaid_testing::transfer_failure_body(*plaid::to_transfer_code("R01"))
///                     .ach_return_code("R01").body();
class transfer_failure_body {
public:
    /// Throws `std::invalid_argument` for no code, as the fixtures of error codes do.
    explicit transfer_failure_body(plaid::transfer_code code) {
        if (!code.is_known()) throw std::invalid_argument("plaid_testing: not a listed transfer failure code");
        body_[name(&plaid::transfer_failure::failure_code)] = std::string(code.name());
        body_[name(&plaid::transfer_failure::description)] = std::string(code.title());
    }

    /// Any `failure_code` string, listed or not; no value writes `null`.
    transfer_failure_body& failure_code(std::optional<std::string_view> text) {
        return nullable(&plaid::transfer_failure::failure_code, text);
    }
    /// The deprecated member older integrations still read; no value writes `null`.
    transfer_failure_body& ach_return_code(std::optional<std::string_view> text) {
        return nullable(&plaid::transfer_failure::ach_return_code, text);
    }
    /// No value writes `null`.
    transfer_failure_body& description(std::optional<std::string_view> text) {
        return nullable(&plaid::transfer_failure::description, text);
    }
    /// Any member, with any JSON value (a wrong type, to test a reader's failure).
    transfer_failure_body& field(std::string_view member, nlohmann::ordered_json value) {
        body_[std::string(member)] = std::move(value);
        return *this;
    }
    transfer_failure_body& without(std::string_view member) {
        body_.erase(std::string(member));
        return *this;
    }

    /// The object as JSON text, members in the order they were first set.
    std::string body() const { return body_.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::strict); }

private:
    static std::string name(std::optional<std::string> plaid::transfer_failure::*member) {
        return std::string(plaid::member_name<plaid::transfer_failure>(member));
    }

    transfer_failure_body& nullable(std::optional<std::string> plaid::transfer_failure::*member,
                                    std::optional<std::string_view> text) {
        if (!text) return field(name(member), nullptr);
        return field(name(member), std::string(*text));
    }

    nlohmann::ordered_json body_ = nlohmann::ordered_json::object();
};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

#endif
