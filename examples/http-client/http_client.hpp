#ifndef PLAID_ERRORS_EXAMPLES_HTTP_CLIENT_HPP
#define PLAID_ERRORS_EXAMPLES_HTTP_CLIENT_HPP

#include <plaid/errors/format.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>
#include <plaid/errors/retry_advice.hpp>
#include <plaid/errors/retry_after.hpp>
#include <plaid/errors/retry_budget.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "attempt.hpp"
#include "curl_transport.hpp"

namespace plaid_http {

/// The time as the client reads and spends it; tests replace both with a fake clock.
struct client_clock {
    /// Seconds since the Unix epoch, for a `Retry-After` that gives a date.
    std::function<std::chrono::seconds()> now = [] {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
    };
    std::function<void(std::chrono::milliseconds)> sleep = [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); };
};

/// Where the client sends and how long it is willing to wait in a call.
struct client_options {
    plaid::environment env = plaid::environment::sandbox;
    /// A resend the advice puts further off is left to the application (an outage's hours).
    std::chrono::milliseconds longest_wait{std::chrono::minutes(5)};
    std::optional<std::uint32_t> seed;  ///< set for reproducible waits; random otherwise
    plaid::retry_budget* budget = nullptr;  ///< shared by a client's threads; none: every advised resend goes
    client_clock clock;
};

/// What a request came to, every attempt of it included.
struct request_result {
    std::optional<std::string> body;                ///< the successful reply's body
    std::vector<failed_attempt> failures;           ///< in order; the last one's step stands when there is no body
    std::vector<std::chrono::milliseconds> waits;   ///< before each resend

    std::size_t attempts() const noexcept { return failures.size() + (body ? 1 : 0); }
};

/// A Plaid client over libcurl: resends a failure when `plaid::advise` says
/// to resend it after a delay, waiting the advice's jittered time, and hands
/// every other failure, parsed and with its advice, to the application. Each failure is logged on one line, through the library's
/// `operator<<`, which redacts tokens and escapes control characters.
class client {
public:
    client(curl_transport& http, std::ostream& log, client_options options = {})
        : http_(http), log_(log), options_(options),
          random_(options.seed ? *options.seed : std::random_device{}()) {}

    /// POST /accounts/get.
    request_result accounts_get(const std::string& access_token) {
        return post("/accounts/get", nlohmann::json{{"access_token", access_token}}.dump());
    }

    /// POST `body` to `path`; `key_sent` says the body sets a key its
    /// operation leaves optional, so that a write with an unknown outcome may
    /// go again unchanged.
    request_result post(const std::string& path, const std::string& body, bool key_sent = false) {
        request_result result;
        plaid::retry_budget::grant spent;
        for (unsigned attempt = 1;; ++attempt) {
            auto exchanged = http_.post(path, body);
            // Only 200 is a success: Plaid answers some errors with another 2xx (208).
            if (auto* reply = std::get_if<http_reply>(&exchanged); reply && reply->status == 200) {
                if (options_.budget) attempt == 1 ? options_.budget->on_success() : options_.budget->on_success(spent);
                result.body = std::move(reply->body);
                return result;
            }
            const auto* reply = std::get_if<http_reply>(&exchanged);
            const auto server = reply && !reply->retry_after.empty()
                                    ? plaid::parse_retry_after(reply->retry_after, options_.clock.now())
                                    : plaid::retry_after{};
            auto& failure = result.failures.emplace_back(judge(std::move(exchanged)));
            const auto request = failed_request_of(failure);
            set_advice(failure, plaid::advise(request, path, options_.env, attempt, server, key_sent));
            log_failure(path, attempt, failure);
            const auto wait = failure.advice.pick(static_cast<std::uint32_t>(random_()));
            if (failure.advice.when != plaid::resend::after_delay || wait > options_.longest_wait) return result;
            const bool timed_out = request.what() == plaid::failed_request::source::timeout;
            if (options_.budget && !(spent = options_.budget->try_spend(timed_out))) {
                log_ << "plaid: POST " << path << " not resent: the retry budget is spent\n";
                return result;
            }
            failure.resend = true;
            result.waits.push_back(wait);
            log_ << "plaid: POST " << path << " resent in " << wait.count() << " ms\n";
            options_.clock.sleep(wait);
        }
    }

private:
    /// One line per failure; the request_id is what Plaid support asks for.
    void log_failure(const std::string& path, unsigned attempt, const failed_attempt& failure) {
        log_ << "plaid: POST " << path << " attempt " << attempt << " failed";
        if (const auto* error = std::get_if<plaid::error>(&failure.outcome)) {
            log_ << " with HTTP " << failure.http_status << ": " << *error;
        } else if (const auto* unparsed = std::get_if<plaid::parse_failure>(&failure.outcome)) {
            log_ << " with HTTP " << failure.http_status << ", a body that is not a Plaid error: " << unparsed->kind
                 << " (" << plaid::loggable(unparsed->message) << ')';
        } else {
            const auto& none = std::get<no_reply>(failure.outcome);
            log_ << ", no reply: " << to_string(none.kind);
            if (none.kind == no_reply_kind::timed_out) log_ << " after " << http_.timeout().count() << " ms";
            log_ << " (" << none.message << ')';
        }
        log_ << '\n';
    }

    curl_transport& http_;
    std::ostream& log_;
    client_options options_;
    std::mt19937 random_;
};

}  // namespace plaid_http

#endif
