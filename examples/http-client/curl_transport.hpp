#ifndef PLAID_ERRORS_EXAMPLES_CURL_TRANSPORT_HPP
#define PLAID_ERRORS_EXAMPLES_CURL_TRANSPORT_HPP

#include <curl/curl.h>
#include <plaid/errors/error.hpp>
#include <plaid/errors/printable.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>
#include <variant>

/// HTTP over libcurl for the example client, restricted to the loopback
/// interface: the example talks to a local stand-in, never to Plaid.
namespace plaid_http {

struct http_reply {
    int status = 0;
    std::string body;
    std::string retry_after{};  ///< the `Retry-After` header's value; empty without one
};

/// Why a request got no HTTP reply.
enum class no_reply_kind {
    timed_out,    ///< no complete reply within the client's timeout
    unreachable,  ///< nothing accepted the connection
    failed,       ///< any other transfer failure, a reply too large to read included
};

inline const char* to_string(no_reply_kind kind) noexcept {
    switch (kind) {
        case no_reply_kind::timed_out: return "timed out";
        case no_reply_kind::unreachable: return "unreachable";
        case no_reply_kind::failed: break;
    }
    return "transfer failed";
}

struct no_reply {
    no_reply_kind kind = no_reply_kind::failed;
    std::string message;  ///< libcurl's description, escaped for logs

    /// What `decide` is given: none of these is a documented Plaid code.
    std::error_code code() const {
        switch (kind) {
            case no_reply_kind::timed_out: return std::make_error_code(std::errc::timed_out);
            case no_reply_kind::unreachable: return std::make_error_code(std::errc::connection_refused);
            case no_reply_kind::failed: break;
        }
        return std::make_error_code(std::errc::io_error);
    }
};

/// What one request came to: a reply, whatever its status, or none.
using exchange = std::variant<http_reply, no_reply>;

/// libcurl's global state, set up before any thread makes a handle, as
/// libcurl requires of programs that use it from several threads.
class curl_library {
public:
    curl_library() {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("libcurl failed to initialise");
    }
    ~curl_library() { curl_global_cleanup(); }
    curl_library(const curl_library&) = delete;
    curl_library& operator=(const curl_library&) = delete;
};

namespace detail {

using url_handle = std::unique_ptr<CURLU, decltype(&curl_url_cleanup)>;
using easy_handle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using header_list = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

inline std::string url_part(const url_handle& url, CURLUPart part) {
    char* text = nullptr;
    if (curl_url_get(url.get(), part, &text, 0) != CURLUE_OK) return {};
    std::string out(text);
    curl_free(text);
    return out;
}

/// libcurl's own parse of `url`, which the request then uses as is, so the
/// host checked is the host dialled. Refuses all but http to 127.0.0.1 or
/// localhost (which libcurl resolves to loopback without asking DNS).
inline url_handle loopback_url(const std::string& url) {
    url_handle parsed(curl_url(), curl_url_cleanup);
    if (!parsed) throw std::bad_alloc();
    if (curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        throw std::invalid_argument("not a URL: " + plaid::printable(url));
    const auto scheme = url_part(parsed, CURLUPART_SCHEME);
    if (scheme != "http") throw std::invalid_argument("refused scheme " + plaid::printable(scheme) + ": only http");
    const auto host = url_part(parsed, CURLUPART_HOST);
    if (host != "127.0.0.1" && host != "localhost")
        throw std::invalid_argument("refused host " + plaid::printable(host) + ": only 127.0.0.1 and localhost");
    return parsed;
}

/// The reply body, read up to the size the parser accepts.
struct body_sink {
    std::string body;
    std::size_t limit = plaid::parse_limits{}.max_body_bytes;
    bool too_large = false;
};

/// Called by libcurl, through which no exception may pass; returning less
/// than it was given ends the transfer.
inline std::size_t append_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto& sink = *static_cast<body_sink*>(user);
    const std::size_t bytes = size * count;
    if (bytes > sink.limit - sink.body.size()) {
        sink.too_large = true;
        return 0;
    }
    try {
        sink.body.append(data, bytes);
    } catch (...) {
        return 0;
    }
    return bytes;
}

inline no_reply_kind kind_of(CURLcode failure) {
    switch (failure) {
        case CURLE_OPERATION_TIMEDOUT: return no_reply_kind::timed_out;
        case CURLE_COULDNT_CONNECT:
        case CURLE_COULDNT_RESOLVE_HOST: return no_reply_kind::unreachable;
        default: return no_reply_kind::failed;
    }
}

}  // namespace detail

/// POSTs JSON to paths under one loopback base URL, one request at a time
/// (a libcurl easy handle is not shared between threads).
class curl_transport {
public:
    /// `base_url` such as `http://127.0.0.1:8080`; throws std::invalid_argument
    /// for any other scheme or host.
    curl_transport(const std::string& base_url, std::chrono::milliseconds timeout)
        : base_(detail::loopback_url(base_url)), timeout_(timeout), easy_(curl_easy_init(), curl_easy_cleanup) {
        if (!easy_) throw std::runtime_error("curl_easy_init failed");
    }

    std::chrono::milliseconds timeout() const noexcept { return timeout_; }

    exchange post(const std::string& path, const std::string& json_body) {
        detail::url_handle url(curl_url_dup(base_.get()), curl_url_cleanup);
        if (!url) throw std::bad_alloc();
        if (curl_url_set(url.get(), CURLUPART_PATH, path.c_str(), 0) != CURLUE_OK)
            return no_reply{no_reply_kind::failed, "not a path: " + plaid::printable(path)};
        detail::header_list headers(curl_slist_append(nullptr, "Content-Type: application/json"),
                                    curl_slist_free_all);
        if (!headers) throw std::bad_alloc();

        detail::body_sink sink;
        char error[CURL_ERROR_SIZE] = "";
        CURL* easy = easy_.get();
        curl_easy_reset(easy);  // the connection cache survives; no option of the last request does
        curl_easy_setopt(easy, CURLOPT_CURLU, url.get());
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http");
        curl_easy_setopt(easy, CURLOPT_PROXY, "");  // an http_proxy variable would send the request off the machine
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM, safe in threaded programs
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout_.count()));
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers.get());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, json_body.data());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json_body.size()));
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, detail::append_body);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, &sink);
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, error);

        const CURLcode done = curl_easy_perform(easy);
        if (sink.too_large)
            return no_reply{no_reply_kind::failed,
                            "the reply exceeds " + std::to_string(sink.limit) + " bytes, the parser's limit"};
        if (done != CURLE_OK)
            return no_reply{detail::kind_of(done), plaid::printable(*error ? error : curl_easy_strerror(done))};
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        std::string retry_after;
        if (curl_header* h = nullptr; curl_easy_header(easy, "Retry-After", 0, CURLH_HEADER, -1, &h) == CURLHE_OK)
            retry_after = h->value;
        return http_reply{static_cast<int>(status), std::move(sink.body), std::move(retry_after)};
    }

private:
    detail::url_handle base_;
    std::chrono::milliseconds timeout_;
    detail::easy_handle easy_;
};

}  // namespace plaid_http

#endif
