#include <plaid/errors/preflight.hpp>

#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

/// What became of a request: sent, or stopped before it left.
struct outcome {
    bool sent = false;
    std::optional<plaid::invalid_input> predicted;  ///< the code the API would have answered
};

/// A client that checks each token before its request leaves: a Sandbox
/// token in a Production deployment fails at once, with the code the API
/// would answer, and logs never carry a whole token.
class client {
public:
    using transport = std::function<std::string(std::string_view path, std::string_view body)>;

    client(plaid::environment env, transport send) : env_(env), send_(std::move(send)) {}

    outcome accounts_get(std::string_view access_token) {
        return request("/accounts/get", plaid::token_kind::access_token, access_token);
    }
    outcome public_token_exchange(std::string_view public_token) {
        return request("/item/public_token/exchange", plaid::token_kind::public_token, public_token);
    }

private:
    outcome request(std::string_view path, plaid::token_kind field, std::string_view token) {
        if (const auto failure = plaid::check_token(env_, field, token)) {
            std::clog << path << " not sent: " << failure->explanation() << '\n';
            if (failure->predicted) return {false, failure->predicted->code};
            return {false, std::nullopt};
        }
        const auto body = "{\"" + std::string(plaid::kind_info(field).field) + "\":\"" + std::string(token) + "\"}";
        std::clog << path << " sending " << plaid::redact_tokens_in(body) << '\n';
        std::clog << path << " answered " << plaid::redact_tokens_in(send_(path, body)) << '\n';
        return {true, std::nullopt};
    }

    plaid::environment env_;
    transport send_;
};

int main() {
    // Stands in for HTTP. It answers like an example in Plaid's OpenAPI spec, whose message echoes the token.
    client production(plaid::environment::production, [](std::string_view, std::string_view body) {
        auto token = body.substr(body.find(":\"") + 2);
        token.remove_suffix(2);
        return R"({"error_code":"PRODUCT_NOT_ENABLED","error_message":"not enabled for the following access tokens: )" +
               std::string(token) + R"("})";
    });
    const std::string production_token = "access-production-6f12f5bb-22dd-4855-b918-f47ec439198a";
    const auto sent = production.accounts_get(production_token);
    const auto stopped = production.accounts_get("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");
    const auto wrong_field = production.public_token_exchange(production_token);

    const bool as_documented = sent.sent && !stopped.sent && !wrong_field.sent && stopped.predicted &&
                               *stopped.predicted == plaid::invalid_input::invalid_access_token &&
                               wrong_field.predicted && *wrong_field.predicted == plaid::invalid_input::invalid_public_token;
    return as_documented ? 0 : 1;
}
