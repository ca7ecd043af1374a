#ifndef PLAID_ERRORS_EXAMPLES_STAND_IN_WEBHOOKS_HPP
#define PLAID_ERRORS_EXAMPLES_STAND_IN_WEBHOOKS_HPP

#include <plaid/errors/testing.hpp>

#include <optional>
#include <string>
#include <string_view>

/// The ITEM webhook bodies a stand-in for Plaid delivers to the examples,
/// with the members Plaid documents for each.
namespace stand_in_webhooks {

inline nlohmann::ordered_json item_webhook(std::string_view code, const std::string& item_id) {
    return {{"webhook_type", "ITEM"}, {"webhook_code", code}, {"item_id", item_id}, {"environment", "sandbox"}};
}

/// ITEM ERROR carrying the docs' sample ITEM_LOGIN_REQUIRED with an `error_code_reason`.
inline std::string login_required(const std::string& item_id, std::string_view reason = "OAUTH_INVALID_TOKEN") {
    auto body = item_webhook("ERROR", item_id);
    body["error"] = nlohmann::ordered_json::parse(plaid_testing::error_response(plaid::item_error::item_login_required)
                                                      .field("error_code_reason", std::string(reason))
                                                      .request_id(std::nullopt)
                                                      .body());
    return body.dump();
}

/// PENDING_DISCONNECT: the Item stops working at `disconnect_time` unless the user goes through update mode.
inline std::string pending_disconnect(const std::string& item_id, const std::string& disconnect_time,
                                      std::string_view reason = "INSTITUTION_TOKEN_EXPIRATION") {
    auto body = item_webhook("PENDING_DISCONNECT", item_id);
    body["reason"] = reason;
    body["disconnect_time"] = disconnect_time;
    return body.dump();
}

inline std::string login_repaired(const std::string& item_id) { return item_webhook("LOGIN_REPAIRED", item_id).dump(); }

inline std::string user_permission_revoked(const std::string& item_id) {
    auto body = item_webhook("USER_PERMISSION_REVOKED", item_id);
    body["error"] = nullptr;
    return body.dump();
}

}  // namespace stand_in_webhooks

#endif
