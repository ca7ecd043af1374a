#ifndef PLAID_ERRORS_EXAMPLES_WEBHOOK_RECEIVER_HPP
#define PLAID_ERRORS_EXAMPLES_WEBHOOK_RECEIVER_HPP

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace plaid_http {

/// The application's webhook endpoint: an HTTP server on 127.0.0.1, on a port
/// the system picks, that hands each POSTed body to `handle` and answers 200
/// when it was a Plaid webhook, 400 when it was not, so that Plaid's retries
/// stop for bodies it delivered and a stray request is told it missed.
/// Deliveries are handled one at a time, so `handle` needs no lock of its own.
class webhook_receiver {
public:
    /// True for a body that is a Plaid webhook, handled or of no interest.
    using handler = std::function<bool(std::string_view body)>;

    explicit webhook_receiver(handler handle) : handle_(std::move(handle)) {
        server_.Post(path, [this](const httplib::Request& request, httplib::Response& response) {
            bool webhook = false;
            {
                std::lock_guard<std::mutex> lock(mutex_);
                webhook = handle_(request.body);
            }
            response.status = webhook ? 200 : 400;
            response.set_content(webhook ? "{}" : R"({"error":"not a Plaid webhook"})", "application/json");
        });
        port_ = server_.bind_to_any_port("127.0.0.1");
        if (port_ < 0) throw std::runtime_error("the webhook receiver could not bind 127.0.0.1");
        thread_ = std::thread([this] {
            server_.listen_after_bind();
            listening_done_ = true;
        });
        // stop() only reaches a server that is listening.
        while (!server_.is_running() && !listening_done_) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }

    ~webhook_receiver() {
        server_.stop();
        thread_.join();
    }

    webhook_receiver(const webhook_receiver&) = delete;
    webhook_receiver& operator=(const webhook_receiver&) = delete;

    static constexpr const char* path = "/plaid/webhooks";

    /// What the application gives Plaid as its webhook URL (`/link/token/create`'s `webhook`).
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
    int port() const { return port_; }

    /// Runs `read` between deliveries: how the rest of the application looks at what `handle` keeps.
    template <class F>
    decltype(auto) between_deliveries(F&& read) {
        std::lock_guard<std::mutex> lock(mutex_);
        return std::forward<F>(read)();
    }

private:
    handler handle_;
    std::mutex mutex_;
    httplib::Server server_;
    int port_ = -1;
    std::thread thread_;
    std::atomic<bool> listening_done_{false};
};

}  // namespace plaid_http

#endif
