#ifndef PLAID_ERRORS_TESTING_HPP
#define PLAID_ERRORS_TESTING_HPP

#include "detail/abi.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "code.hpp"
#include "code_info.hpp"
#include "error_type.hpp"
#include "oauth_response.hpp"

/// Test fixtures for code that calls Plaid: the HTTP responses Plaid sends for
/// each documented code, and a builder for variations of them, all derived
/// from the taxonomy. A namespace of its own, outside `plaid`: a nested
/// `plaid::testing` would hide GoogleTest's `::testing` inside `plaid`.
namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// An HTTP response as an HTTP layer hands it to a client.
struct http_response {
    int status = 0;
    std::string content_type;
    std::string body;
};

namespace detail {

/// The entry of a documented code; `std::invalid_argument` for no code, which
/// is what every out-of-range enum value converts to.
inline plaid::code_info documented(plaid::code code) {
    if (!code.is_known()) throw std::invalid_argument("plaid_testing: not a documented code");
    return plaid::info(code);
}

}  // namespace detail

/// The response Plaid documents for `code` (any code enum converts): its
/// status, JSON content type and the docs' sample body byte for byte.
/// Throws `std::invalid_argument` for a value that is not a documented code.
inline http_response sample_response(plaid::code code) {
    const auto entry = detail::documented(code);
    return {entry.http_status, "application/json", std::string(entry.sample_body_text)};
}

/// Builds variations of a documented response. Starts from the docs' sample
/// for a code and overrides single fields; any string is escaped by
/// nlohmann/json, so the body is valid JSON whatever it holds. Strings must be
/// UTF-8: `body()` throws `nlohmann::json::type_error` otherwise.
///
///     auto response = plaid_testing::error_response(plaid::item_error::item_login_required)
///                         .request_id("req-1").error_message(std::nullopt).response();
class error_response {
public:
    /// Throws `std::invalid_argument`, as `sample_response` does, for a value that is not a documented code.
    explicit error_response(plaid::code value) : error_response(detail::documented(value)) {}

    /// A documented code: its `error_type` and `error_code` both, since a code is
    /// a (type, code) pair; keeps the sample's messages and HTTP status.
    error_response& code(plaid::code value) {
        const auto entry = detail::documented(value);
        return type(entry.type).code(entry.name);
    }
    /// Any `error_code` string, including ones the taxonomy does not list; keeps
    /// the `error_type` as it is, to send a code under another type.
    error_response& code(std::string_view name) { return field("error_code", std::string(name)); }
    error_response& type(plaid::error_type value) { return type(to_string(value)); }
    /// Any `error_type` string, including ones the library does not know.
    error_response& type(std::string_view name) { return field("error_type", std::string(name)); }
    /// No value writes `null`.
    error_response& error_message(std::optional<std::string_view> text) { return nullable("error_message", text); }
    /// No value writes `null`.
    error_response& display_message(std::optional<std::string_view> text) {
        return nullable("display_message", text);
    }
    /// No value removes the field, as in webhook errors.
    error_response& request_id(std::optional<std::string_view> id) {
        if (!id) return without("request_id");
        return field("request_id", std::string(*id));
    }
    /// Any other field of Plaid's error object (`causes`, `documentation_url`, ...).
    error_response& field(std::string_view name, nlohmann::ordered_json value) {
        body_[std::string(name)] = std::move(value);
        edited_ = true;
        return *this;
    }
    error_response& without(std::string_view name) {
        body_.erase(std::string(name));
        edited_ = true;
        return *this;
    }
    /// Sets the HTTP status of `response()` only: the body gets no `status`
    /// member (use `field("status", n)` for one).
    error_response& status(int value) {
        status_ = value;
        return *this;
    }

    /// The body, laid out like the docs' samples (one-space indent, fields in
    /// order); the sample itself, byte for byte, until a field changes.
    std::string body() const {
        if (!edited_) return std::string(sample_);
        return body_.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
    }
    http_response response() const { return {status_, "application/json", body()}; }

private:
    explicit error_response(const plaid::code_info& entry)
        : status_(entry.http_status), sample_(entry.sample_body_text), body_(nlohmann::ordered_json::parse(sample_)) {}

    error_response& nullable(std::string_view name, std::optional<std::string_view> text) {
        if (!text) return field(name, nullptr);
        return field(name, std::string(*text));
    }

    int status_;
    /// Kept as the docs lay it out, which a dump does not always reproduce.
    std::string_view sample_;
    nlohmann::ordered_json body_;
    bool edited_ = false;
};

/// The error response of Plaid's OAuth endpoints for `code`: HTTP 401 for
/// `invalid_client`, 400 for the others, as RFC 6749 (section 5.2) has it,
/// and a body with `error`, `error_description` and `request_id`. For a
/// client of `/oauth/token`; `plaid::oauth_error_code::unknown` is refused
/// with `std::invalid_argument`, having no wire string.
inline http_response oauth_response(plaid::oauth_error_code code, std::string_view description = "the request was refused",
                                    std::string_view request_id = "oauth-fixture-request") {
    const auto name = plaid::to_string(code);
    if (name.empty()) throw std::invalid_argument("plaid_testing: not an OAuth error code");
    nlohmann::ordered_json body = {{"error", std::string(name)},
                                   {"error_description", std::string(description)},
                                   {"request_id", std::string(request_id)}};
    return {code == plaid::oauth_error_code::invalid_client ? 401 : 400, "application/json",
            body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::strict)};
}

/// A successful batch refresh response (HTTP 200, as `/user/transactions/refresh`
/// answers) whose second result holds the docs' sample error of `code` for
/// `item_id`: what `plaid::find_errors` finds at `results[1].error`. Throws
/// `std::invalid_argument`, as `sample_response` does, for a value that is
/// not a documented code.
inline http_response refresh_response_with_error(plaid::code code, std::string_view item_id = "item-with-error") {
    const auto entry = detail::documented(code);
    nlohmann::ordered_json result = {{"item_id", std::string(item_id)}, {"product", "transactions"}};
    result["error"] = nlohmann::ordered_json::parse(entry.sample_body_text);
    nlohmann::ordered_json body = {
        {"request_id", "refresh-fixture-request"},
        {"results", nlohmann::ordered_json::array({{{"item_id", "item-without-error"}, {"product", "transactions"}}, result})}};
    return {200, "application/json", body.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::strict)};
}

/// Names parametrised GoogleTest cases after the code they run with: its wire
/// name, prefixed by its type where several types document the name:
/// `INSTANTIATE_TEST_SUITE_P(Docs, Suite, ValuesIn(codes), plaid_testing::code_name{})`.
struct code_name {
    template <class ParamInfo>
    std::string operator()(const ParamInfo& param) const {
        const plaid::code code(param.param);
        if (!code.is_known()) return "no_code";
        if (plaid::to_code(code.name()) == code) return std::string(code.name());
        return std::string(to_string(code.type())).append("_").append(code.name());
    }
};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

#endif
