#ifndef PLAID_ERRORS_EXAMPLES_HTTP_CLIENT_HPP
#define PLAID_ERRORS_EXAMPLES_HTTP_CLIENT_HPP

#include <plaid/errors/format.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "attempt.hpp"
#include "backoff.hpp"
#include "curl_transport.hpp"

namespace plaid_http {

/// How often and how patiently transient failures are resent.
struct client_options {
    int max_attempts = 3;
    std::chrono::milliseconds first_delay{200};  ///< doubled after each further failure, then jittered
    std::optional<std::uint32_t> seed;           ///< set for reproducible waits; random otherwise
};

/// What a request came to, every attempt of it included.
struct request_result {
    std::optional<std::string> body;                ///< the successful reply's body
    std::vector<failed_attempt> failures;           ///< in order; the last one's step stands when there is no body
    std::vector<std::chrono::milliseconds> waits;   ///< before each resend

    std::size_t attempts() const noexcept { return failures.size() + (body ? 1 : 0); }
};

/// A Plaid client over libcurl: resends what `judge` calls transient with
/// jittered exponential backoff and hands every other failure, parsed, to the
/// application. Each failure is logged on one line, through the library's
/// `operator<<`, which redacts tokens and escapes control characters.
class client {
public:
    client(curl_transport& http, std::ostream& log, client_options options = {})
        : http_(http), log_(log), options_(options),
          backoff_(options.first_delay, options.seed ? *options.seed : std::random_device{}()) {}

    /// POST /accounts/get.
    request_result accounts_get(const std::string& access_token) {
        return post("/accounts/get", nlohmann::json{{"access_token", access_token}}.dump());
    }

private:
    request_result post(const std::string& path, const std::string& body) {
        request_result result;
        for (int attempt = 1;; ++attempt) {
            auto exchanged = http_.post(path, body);
            // Only 200 is a success: Plaid answers some errors with another 2xx (208).
            if (auto* reply = std::get_if<http_reply>(&exchanged); reply && reply->status == 200) {
                result.body = std::move(reply->body);
                return result;
            }
            const auto& failure = result.failures.emplace_back(judge(std::move(exchanged)));
            log_failure(path, attempt, failure);
            if (!failure.resend || attempt >= options_.max_attempts) return result;
            const auto wait = result.waits.emplace_back(backoff_.after(attempt));
            log_ << "plaid: POST " << path << " resent in " << wait.count() << " ms\n";
            std::this_thread::sleep_for(wait);
        }
    }

    /// One line per failure; the request_id is what Plaid support asks for.
    void log_failure(const std::string& path, int attempt, const failed_attempt& failure) {
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
    jittered_backoff backoff_;
};

}  // namespace plaid_http

#endif
