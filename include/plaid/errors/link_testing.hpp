#ifndef PLAID_ERRORS_LINK_TESTING_HPP
#define PLAID_ERRORS_LINK_TESTING_HPP

#include "detail/abi.hpp"

/// A test fixture for code that handles Link exits: one exit, written in
/// every form it reaches a server in, so that a handler can be tested with
/// what Plaid sends and with what an app forwards from a Link SDK.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "error_type.hpp"
#include "link_error_code.hpp"
#include "link_exit_status.hpp"

namespace plaid_testing {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Builds one Link exit and writes it as the snake_case `exit` object, an
/// element of `/link/token/get`'s `link_sessions`, the LINK_DELIVERY
/// LINK_CALLBACK webhook, or the camelCase `LinkExit` of the Link SDKs. Every
/// form reads back, with `plaid::parse_link_exit` or
/// `plaid::parse_link_sdk_exit`, as the same `plaid::link_exit`. Strings are
/// escaped by nlohmann/json; they must be UTF-8 (the writers throw
/// `nlohmann::json::type_error` otherwise).
///
///     auto body = plaid_testing::link_exit_fixture(plaid::link_exit_status::requires_credentials)
///                     .error(plaid::link_error_code::invalid_link_token).sdk_body();
class link_exit_fixture {
public:
    /// An exit without an error at `status`, at a sample institution, with sample ids.
    explicit link_exit_fixture(plaid::link_exit_status status = plaid::link_exit_status::requires_credentials)
        : status_(std::string(plaid::to_string(status))) {}

    /// Any status string, including ones the library does not know; no value sends none.
    link_exit_fixture& status(std::optional<std::string_view> name) {
        status_ = name ? std::optional<std::string>(*name) : std::nullopt;
        return *this;
    }
    /// An error of a code a Link SDK names, under the type the library resolves it to.
    link_exit_fixture& error(plaid::link_error_code code) {
        const auto i = static_cast<std::size_t>(code);
        const auto& record = plaid::detail::link_error_code_records[i < plaid::detail::link_error_code_records.size() ? i : 0];
        return error(plaid::to_string(record.type), record.name);
    }
    /// An error of any type and code strings.
    link_exit_fixture& error(std::string_view type, std::string_view code) {
        error_type_ = std::string(type);
        error_code_ = std::string(code);
        return *this;
    }
    /// No error: `"error": null`.
    link_exit_fixture& no_error() {
        error_type_.reset();
        error_code_.reset();
        return *this;
    }
    /// No value sends `null` in the snake_case forms and leaves the member out of the SDK's.
    link_exit_fixture& error_message(std::optional<std::string_view> text) { return set(error_message_, text); }
    link_exit_fixture& display_message(std::optional<std::string_view> text) { return set(display_message_, text); }
    /// No value leaves the member out.
    link_exit_fixture& link_session_id(std::optional<std::string_view> id) { return set(link_session_id_, id); }
    link_exit_fixture& request_id(std::optional<std::string_view> id) { return set(request_id_, id); }
    /// No value for either sends no institution.
    link_exit_fixture& institution(std::optional<std::string_view> id, std::optional<std::string_view> name) {
        set(institution_id_, id);
        return set(institution_name_, name);
    }

    /// The `exit` object of a Link session (the deprecated `on_exit` has the same shape).
    std::string exit_body() const { return dump(exit()); }
    /// An element of `/link/token/get`'s `link_sessions`, its exit under `exit`.
    std::string session_body() const {
        nlohmann::ordered_json session = nlohmann::ordered_json::object();
        if (link_session_id_) session["link_session_id"] = *link_session_id_;
        session["started_at"] = "2024-05-21T00:17:50Z";
        session["finished_at"] = "2024-05-21T00:18:13Z";
        session["exit"] = exit();
        return dump(session);
    }
    /// The LINK_DELIVERY LINK_CALLBACK webhook of Hosted Link for this exit.
    std::string callback_webhook_body() const {
        nlohmann::ordered_json body = {{"webhook_type", "LINK_DELIVERY"},
                                       {"webhook_code", "LINK_CALLBACK"},
                                       {"link_delivery_session_id", "fixture-delivery-session"},
                                       {"timestamp", "2024-05-21T00:18:13Z"}};
        body["error"] = snake_error();
        auto metadata = snake_metadata();
        metadata["callback_type"] = "ON_EXIT";
        metadata["event_name"] = "EXIT";
        body["link_callback_metadata"] = std::move(metadata);
        return dump(body);
    }
    /// The camelCase `LinkExit` a Link SDK gives the app, as the app forwards it.
    std::string sdk_body() const {
        nlohmann::ordered_json body = nlohmann::ordered_json::object();
        if (error_code_) {
            nlohmann::ordered_json e = {{"errorCode", *error_code_}, {"errorType", *error_type_}};
            if (error_message_) e["errorMessage"] = *error_message_;
            if (display_message_) e["displayMessage"] = *display_message_;
            body["error"] = std::move(e);
        }
        nlohmann::ordered_json metadata = nlohmann::ordered_json::object();
        if (status_) metadata["status"] = *status_;
        if (institution_id_ || institution_name_) {
            nlohmann::ordered_json institution = nlohmann::ordered_json::object();
            if (institution_id_) institution["id"] = *institution_id_;
            if (institution_name_) institution["name"] = *institution_name_;
            metadata["institution"] = std::move(institution);
        }
        if (link_session_id_) metadata["linkSessionId"] = *link_session_id_;
        if (request_id_) metadata["requestId"] = *request_id_;
        body["metadata"] = std::move(metadata);
        return dump(body);
    }

private:
    link_exit_fixture& set(std::optional<std::string>& member, std::optional<std::string_view> value) {
        member = value ? std::optional<std::string>(*value) : std::nullopt;
        return *this;
    }

    static std::string dump(const nlohmann::ordered_json& value) {
        return value.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::strict);
    }

    nlohmann::ordered_json snake_error() const {
        if (!error_code_) return nullptr;
        nlohmann::ordered_json e = {{"error_type", *error_type_}, {"error_code", *error_code_}};
        e["error_message"] = error_message_ ? nlohmann::ordered_json(*error_message_) : nlohmann::ordered_json(nullptr);
        e["display_message"] = display_message_ ? nlohmann::ordered_json(*display_message_) : nlohmann::ordered_json(nullptr);
        return e;
    }

    nlohmann::ordered_json snake_metadata() const {
        nlohmann::ordered_json metadata = nlohmann::ordered_json::object();
        if (institution_id_ || institution_name_) {
            nlohmann::ordered_json institution = nlohmann::ordered_json::object();
            if (institution_name_) institution["name"] = *institution_name_;
            if (institution_id_) institution["institution_id"] = *institution_id_;
            metadata["institution"] = std::move(institution);
        }
        if (status_) metadata["status"] = *status_;
        if (link_session_id_) metadata["link_session_id"] = *link_session_id_;
        if (request_id_) metadata["request_id"] = *request_id_;
        return metadata;
    }

    nlohmann::ordered_json exit() const {
        nlohmann::ordered_json e = nlohmann::ordered_json::object();
        e["error"] = snake_error();
        e["metadata"] = snake_metadata();
        return e;
    }

    std::optional<std::string> status_;
    std::optional<std::string> error_type_, error_code_;
    std::optional<std::string> error_message_ = std::string("the fixture's error message");
    std::optional<std::string> display_message_;
    std::optional<std::string> link_session_id_ = std::string("fixture-session");
    std::optional<std::string> request_id_ = std::string("fixture-request");
    std::optional<std::string> institution_id_ = std::string("ins_109508");
    std::optional<std::string> institution_name_ = std::string("First Platypus Bank");
};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid_testing

#endif
