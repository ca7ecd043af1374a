#ifndef PLAID_ERRORS_EXAMPLES_PLAID_CLIENT_HPP
#define PLAID_ERRORS_EXAMPLES_PLAID_CLIENT_HPP

#include <plaid/errors/error_code.hpp>
#include <plaid/errors/format.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/plan_context.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "next_step.hpp"

/// A minimal Plaid SDK client: it sends requests through an HTTP layer the
/// application provides, resends transient failures with backoff and turns
/// every other failure into its own exception type.
namespace sdk {

struct http_reply {
    int status = 0;
    std::string body;
};

/// The HTTP layer (libcurl, Boost.Beast, ...); tests replace it.
class transport {
public:
    virtual ~transport() = default;
    virtual http_reply post(const std::string& path, const std::string& json_body) = 0;
};

/// A failed request: the HTTP status, the Plaid error when the body is one,
/// and what the application should do about it.
class api_error : public std::system_error {
public:
    api_error(int http_status, std::optional<plaid::error> parsed, const std::string& what, std::string path = {})
        : std::system_error(parsed ? plaid::make_error_code(*parsed) : std::make_error_code(std::errc::protocol_error),
                            what),
          http_status_(http_status), parsed_(std::move(parsed)), path_(std::move(path)) {}

    int http_status() const noexcept { return http_status_; }
    /// No value when the body was not a Plaid error (a proxy's HTML page, say).
    const std::optional<plaid::error>& plaid_error() const noexcept { return parsed_; }
    /// The plan for the failure where the request went (`plaid::plan_for` with
    /// the path called); no value without a documented code.
    std::optional<plaid::action_plan> plan() const noexcept {
        if (!parsed_ || !parsed_->code) return std::nullopt;
        return plaid::plan_for(*parsed_->code, plaid::plan_context{path_, std::nullopt});
    }
    /// Every step the failure calls for, in the order to take them.
    std::vector<next_step> steps() const {
        const auto specific = plan();
        return specific ? steps_for(*specific) : steps_for(code(), http_status_);
    }
    /// The first of `steps()`.
    next_step next() const { return steps().front(); }
    /// Whether the client may send the very same body again: a transient
    /// failure whose plan resends the request unchanged (a body carries its
    /// idempotency key with it), not a restarted loop or a different call.
    bool resendable() const {
        const auto specific = plan();
        return next() == next_step::retry &&
               (!specific || specific->next == plaid::next_request::same ||
                specific->next == plaid::next_request::same_idempotency_key);
    }
    /// How the user goes through Link: update mode, a new session, or not at all.
    plaid::link_action link() const noexcept {
        const auto specific = plan();
        return specific ? specific->link : plaid::link_action::none;
    }
    /// Whether the Item is gone for good, so the application deletes it.
    bool remove_item() const noexcept {
        const auto specific = plan();
        return specific && specific->remove_item;
    }

private:
    int http_status_;
    std::optional<plaid::error> parsed_;
    std::string path_;
};

/// How often and how patiently transient failures are resent.
struct retry_options {
    int max_attempts = 3;
    std::chrono::milliseconds first_delay{200};  ///< doubled after each further failure
};

/// Waits between attempts; tests record the delays instead.
using sleeper = std::function<void(std::chrono::milliseconds)>;

inline void sleep_for(std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); }

class client {
public:
    client(transport& http, std::ostream& log, retry_options retry = {}, sleeper sleep = sleep_for)
        : http_(http), log_(log), retry_(retry), sleep_(std::move(sleep)) {}

    /// POST /accounts/get: the response body, or throws `api_error`.
    std::string accounts_get(const std::string& access_token) {
        nlohmann::json request{{"access_token", access_token}};
        return post("/accounts/get", request.dump());
    }

private:
    std::string post(const std::string& path, const std::string& body) {
        auto delay = retry_.first_delay;
        for (int attempt = 1;; ++attempt) {
            auto reply = http_.post(path, body);
            if (reply.status == 200) return std::move(reply.body);

            auto parsed = plaid::parse_error(reply.body, reply.status);
            std::optional<plaid::error> detail;
            if (parsed) detail = std::move(parsed).value();
            api_error failure(reply.status, std::move(detail), "POST " + path, path);
            log_failure(path, attempt, failure);
            if (!failure.resendable() || attempt >= retry_.max_attempts) throw failure;
            log_ << "plaid: POST " << path << " resent in " << delay.count() << " ms\n";
            sleep_(delay);
            delay *= 2;
        }
    }

    /// One line per failure; the request_id is what Plaid support asks for.
    void log_failure(const std::string& path, int attempt, const api_error& failure) {
        log_ << "plaid: POST " << path << " attempt " << attempt << " failed with HTTP " << failure.http_status()
             << ": ";
        if (failure.plaid_error())
            log_ << *failure.plaid_error();
        else
            log_ << "a body that is not a Plaid error";
        log_ << '\n';
    }

    transport& http_;
    std::ostream& log_;
    retry_options retry_;
    sleeper sleep_;
};

}  // namespace sdk

#endif
