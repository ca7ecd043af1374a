#ifndef PLAID_ERRORS_EXAMPLES_STAND_IN_SERVER_HPP
#define PLAID_ERRORS_EXAMPLES_STAND_IN_SERVER_HPP

#include <httplib.h>
#include <plaid/errors/testing.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace plaid_http {

/// A local stand-in for Plaid's API on 127.0.0.1, on a port the system picks.
/// A POST to any path answers each access token with the replies scripted
/// for it, in order, the last one for good; a token without a script gets the
/// docs' INVALID_ACCESS_TOKEN response, as Plaid answers a token it does not
/// know, and a body without one the docs' INVALID_BODY response.
class stand_in_server {
public:
    struct reply {
        int status = 200;
        std::string content_type = "application/json";
        std::string body;
        std::chrono::milliseconds delay{0};  ///< held back this long, or until the server stops
        std::string retry_after{};           ///< sent as the `Retry-After` header where not empty
    };

    /// One of the library's fixtures, as Plaid sends it.
    static reply from(const plaid_testing::http_response& response, std::chrono::milliseconds delay = {}) {
        return {response.status, response.content_type, response.body, delay};
    }

    stand_in_server() {
        server_.Post("/.+", [this](const httplib::Request& request, httplib::Response& response) {
            answer(request, response);
        });
        port_ = server_.bind_to_any_port("127.0.0.1");
        if (port_ < 0) throw std::runtime_error("the stand-in server could not bind 127.0.0.1");
        thread_ = std::thread([this] {
            server_.listen_after_bind();
            listening_done_ = true;
        });
        // stop() only reaches a server that is listening.
        while (!server_.is_running() && !listening_done_) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }

    ~stand_in_server() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        released_.notify_all();
        server_.stop();
        thread_.join();
    }

    stand_in_server(const stand_in_server&) = delete;
    stand_in_server& operator=(const stand_in_server&) = delete;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

    void script(const std::string& access_token, std::vector<reply> replies) {
        std::lock_guard<std::mutex> lock(mutex_);
        scripts_[access_token] = std::move(replies);
    }

    /// The body of each request for `access_token`, in order of arrival.
    std::vector<std::string> requests(const std::string& access_token) const {
        std::lock_guard<std::mutex> lock(mutex_);
        const auto found = requests_.find(access_token);
        return found == requests_.end() ? std::vector<std::string>{} : found->second;
    }

private:
    void answer(const httplib::Request& request, httplib::Response& response) {
        const auto json = nlohmann::json::parse(request.body, nullptr, false);
        const auto token = json.is_object() ? json.find("access_token") : json.end();
        if (!json.is_object() || token == json.end() || !token->is_string()) {
            send(response, from(plaid_testing::sample_response(plaid::invalid_request::invalid_body)));
            return;
        }
        std::unique_lock<std::mutex> lock(mutex_);
        const auto& name = token->get_ref<const std::string&>();
        requests_[name].push_back(request.body);
        auto script = scripts_.find(name);
        if (script == scripts_.end() || script->second.empty()) {
            send(response, from(plaid_testing::sample_response(plaid::invalid_input::invalid_access_token)));
            return;
        }
        const std::size_t turn = requests_[name].size() - 1;
        const reply next = script->second[std::min(turn, script->second.size() - 1)];
        released_.wait_for(lock, next.delay, [this] { return stopping_; });
        send(response, next);
    }

    static void send(httplib::Response& response, const reply& r) {
        response.status = r.status;
        response.set_content(r.body, r.content_type);
        if (!r.retry_after.empty()) response.set_header("Retry-After", r.retry_after);
    }

    httplib::Server server_;
    int port_ = -1;
    std::thread thread_;
    std::atomic<bool> listening_done_{false};
    mutable std::mutex mutex_;
    std::condition_variable released_;
    bool stopping_ = false;
    std::map<std::string, std::vector<reply>> scripts_;
    std::map<std::string, std::vector<std::string>> requests_;
};

}  // namespace plaid_http

#endif
