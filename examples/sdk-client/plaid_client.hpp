#ifndef PLAID_ERRORS_EXAMPLES_PLAID_CLIENT_HPP
#define PLAID_ERRORS_EXAMPLES_PLAID_CLIENT_HPP

#include <plaid/errors/error_code.hpp>
#include <plaid/errors/format.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/plan_context.hpp>
#include <plaid/errors/retry_advice.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "next_step.hpp"

/// A minimal Plaid SDK client: it sends requests through an HTTP layer the
/// application provides, resends a failure when and as often as
/// `plaid::advise` says, and turns every other failure into its own
/// exception type.
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
/// the advice on resending it, and what the application should do about it.
class api_error : public std::system_error {
public:
    api_error(int http_status, std::optional<plaid::error> parsed, const std::string& what,
              std::optional<plaid::action_plan> plan, plaid::retry_advice advice)
        : std::system_error(parsed ? plaid::make_error_code(*parsed) : std::make_error_code(std::errc::protocol_error),
                            what),
          http_status_(http_status), parsed_(std::move(parsed)), plan_(plan), advice_(advice) {}

    int http_status() const noexcept { return http_status_; }
    /// No value when the body was not a Plaid error (a proxy's HTML page, say).
    const std::optional<plaid::error>& plaid_error() const noexcept { return parsed_; }
    /// The plan for the failure where the request went (`plaid::plan_for` with
    /// the path called); no value without a documented code.
    const std::optional<plaid::action_plan>& plan() const noexcept { return plan_; }
    /// Whether, when and how safely the request may go again (`plaid::advise`).
    const plaid::retry_advice& advice() const noexcept { return advice_; }
    /// Every step the failure calls for, in the order to take them.
    std::vector<next_step> steps() const { return plan_ ? steps_for(*plan_) : steps_for(advice_); }
    /// The first of `steps()`.
    next_step next() const { return steps().front(); }
    /// Whether the client may send the very same body again: the advice
    /// resends it after a delay, and the plan's next request is that body
    /// (which carries its idempotency key with it), not a restarted loop or
    /// a different call.
    bool resendable() const noexcept {
        return advice_.when == plaid::resend::after_delay &&
               (!plan_ || plan_->next == plaid::next_request::same ||
                plan_->next == plaid::next_request::same_idempotency_key);
    }
    /// How the user goes through Link: update mode, a new session, or not at all.
    plaid::link_action link() const noexcept { return plan_ ? plan_->link : plaid::link_action::none; }
    /// Whether the Item is gone for good, so the application deletes it.
    bool remove_item() const noexcept { return plan_ && plan_->remove_item; }

private:
    int http_status_;
    std::optional<plaid::error> parsed_;
    std::optional<plaid::action_plan> plan_;
    plaid::retry_advice advice_;
};

/// Waits between attempts; tests record the delays instead.
using sleeper = std::function<void(std::chrono::milliseconds)>;

inline void sleep_for(std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); }

/// Where the client sends and how long it is willing to wait in a call.
struct client_options {
    plaid::environment env = plaid::environment::sandbox;
    /// A resend the advice puts further off is left to the application (an outage's hours).
    std::chrono::milliseconds longest_wait{std::chrono::minutes(5)};
    std::optional<std::uint32_t> seed;  ///< set for reproducible waits; random otherwise
    sleeper sleep = sleep_for;
};

class client {
public:
    client(transport& http, std::ostream& log, client_options options = {})
        : http_(http), log_(log), options_(std::move(options)),
          random_(options_.seed ? *options_.seed : std::random_device{}()) {}

    /// POST /accounts/get: the response body, or throws `api_error`.
    std::string accounts_get(const std::string& access_token) {
        return post("/accounts/get", nlohmann::json{{"access_token", access_token}}.dump());
    }

    /// POST /accounts/balance/get, whose rate limit counts per Item and minute.
    std::string accounts_balance_get(const std::string& access_token) {
        return post("/accounts/balance/get", nlohmann::json{{"access_token", access_token}}.dump());
    }

private:
    /// Sends until a success, or a failure the advice does not resend (or
    /// resends later than the client waits), which it throws.
    std::string post(const std::string& path, const std::string& body) {
        for (unsigned attempt = 1;; ++attempt) {
            auto reply = http_.post(path, body);
            if (reply.status == 200) return std::move(reply.body);

            const auto failure = judge(path, attempt, reply);
            log_failure(path, attempt, failure);
            if (!failure.resendable()) throw failure;
            const auto wait = failure.advice().pick(static_cast<std::uint32_t>(random_()));
            if (wait > options_.longest_wait) {
                log_ << "plaid: POST " << path << " not resent: the advice waits " << wait.count()
                     << " ms, longer than this client waits\n";
                throw failure;
            }
            log_ << "plaid: POST " << path << " resent in " << wait.count() << " ms\n";
            options_.sleep(wait);
        }
    }

    /// The failure of one attempt, with its plan and advice for the path called.
    api_error judge(const std::string& path, unsigned attempt, const http_reply& reply) const {
        auto parsed = plaid::parse_error(reply.body, reply.status);
        if (!parsed) {
            const auto advice = plaid::advise(plaid::failed_request(parsed.failure(), reply.status), path,
                                              options_.env, attempt);
            return {reply.status, std::nullopt, "POST " + path, std::nullopt, advice};
        }
        const auto advice = plaid::advise(*parsed, path, options_.env, attempt);
        const auto plan = parsed->code ? plaid::plan_for(*parsed->code, {path, options_.env}) : std::nullopt;
        return {reply.status, std::move(parsed).value(), "POST " + path, plan, advice};
    }

    /// One line per failure; the request_id is what Plaid support asks for.
    void log_failure(const std::string& path, unsigned attempt, const api_error& failure) {
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
    client_options options_;
    std::mt19937 random_;
};

}  // namespace sdk

#endif
