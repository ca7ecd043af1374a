#ifndef PLAID_ERRORS_TESTING_HPP
#define PLAID_ERRORS_TESTING_HPP

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "error_type.hpp"
#include "invalid_input.hpp"

/// Test fixtures for code that calls Plaid: the HTTP responses Plaid sends for
/// each documented code, and a builder for variations of them. Everything is
/// derived from `plaid::invalid_input_table`.
namespace plaid {
inline namespace errors_v1 {
namespace testing {

/// An HTTP response as an HTTP layer hands it to a client.
struct http_response {
    int status = 0;
    std::string content_type;
    std::string body;
};

/// The response Plaid documents for `code`: its status, JSON content type and
/// the docs' sample body byte for byte.
inline http_response sample_response(invalid_input code) {
    const code_info& entry = info(code);
    return {entry.http_status, "application/json", std::string(entry.sample_body)};
}

/// Builds variations of a documented response. Starts from the docs' sample
/// for a code and overrides single fields; any string is escaped by
/// nlohmann/json, so the body is valid JSON whatever it holds. Strings must be
/// UTF-8: `body()` throws `nlohmann::json::type_error` otherwise.
///
///     auto response = plaid::testing::error_response(plaid::invalid_input::invalid_api_keys)
///                         .request_id("req-1").error_message(std::nullopt).response();
class error_response {
public:
    /// Throws `std::invalid_argument` for a value that is not a documented code.
    explicit error_response(invalid_input code)
        : status_(info(code).http_status), body_(sample_of(code)) {}

    /// A documented code; keeps the sample's message and type.
    error_response& code(invalid_input value) { return code(to_string(value)); }
    /// Any `error_code` string, including ones the taxonomy does not list.
    error_response& code(std::string_view name) { return field("error_code", std::string(name)); }
    error_response& type(error_type value) { return type(to_string(value)); }
    /// Any `error_type` string, including ones the library does not know.
    error_response& type(std::string_view name) { return field("error_type", std::string(name)); }
    /// No value writes `null`.
    error_response& error_message(std::optional<std::string> text) { return nullable("error_message", text); }
    /// No value writes `null`.
    error_response& display_message(std::optional<std::string> text) { return nullable("display_message", text); }
    /// No value removes the field, as in webhook errors.
    error_response& request_id(std::optional<std::string> id) {
        if (!id) return without("request_id");
        return field("request_id", std::move(*id));
    }
    /// Any other field of Plaid's error object (`causes`, `documentation_url`, ...).
    error_response& field(const std::string& name, nlohmann::ordered_json value) {
        body_[name] = std::move(value);
        return *this;
    }
    error_response& without(const std::string& name) {
        body_.erase(name);
        return *this;
    }
    error_response& status(int value) {
        status_ = value;
        return *this;
    }

    /// The body, laid out like the docs' samples (one-space indent, fields in order).
    std::string body() const { return body_.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::strict); }
    http_response response() const { return {status_, "application/json", body()}; }

private:
    static nlohmann::ordered_json sample_of(invalid_input code) {
        if (!is_known(code)) throw std::invalid_argument("plaid::testing::error_response: not a documented code");
        return nlohmann::ordered_json::parse(info(code).sample_body);
    }

    error_response& nullable(const std::string& name, std::optional<std::string>& text) {
        if (!text) return field(name, nullptr);
        return field(name, std::move(*text));
    }

    int status_;
    nlohmann::ordered_json body_;
};

/// Names parametrised GoogleTest cases after the code they run with:
/// `INSTANTIATE_TEST_SUITE_P(Docs, Suite, ValuesIn(plaid::all_invalid_input_codes), plaid::testing::code_name{})`.
struct code_name {
    template <class ParamInfo>
    std::string operator()(const ParamInfo& param) const {
        return std::string(to_string(param.param));
    }
};

}  // namespace testing
}  // namespace errors_v1
}  // namespace plaid

#endif
