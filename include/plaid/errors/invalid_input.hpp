#ifndef PLAID_ERRORS_INVALID_INPUT_HPP
#define PLAID_ERRORS_INVALID_INPUT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/always_inline.hpp"
#include "detail/name_index.hpp"
#include "error_type.hpp"
#include "string_list.hpp"

namespace plaid {
inline namespace errors_v1 {

/// The `error_code` values Plaid documents under INVALID_INPUT, in the order of
/// https://plaid.com/docs/errors/invalid-input/. Value 0 is reserved: it means
/// "no error" once a code becomes a `std::error_code`.
enum class invalid_input : std::uint8_t {
    direct_integration_not_enabled = 1,
    incorrect_deposit_verification,
    invalid_access_token,
    invalid_account_id,
    invalid_api_keys,
    invalid_audit_copy_token,
    invalid_institution,
    invalid_link_customization,
    invalid_link_token,
    invalid_processor_token,
    invalid_product,
    additional_consent_required,
    invalid_public_token,
    invalid_stripe_account,
    invalid_user_token,
    invalid_webhook_verification_key_id,
    too_many_verification_attempts,
    unauthorized_environment,
    unauthorized_route_access,
    user_permission_revoked,
};

/// Who has to act before a request failing with this code can succeed.
enum class actor : std::uint8_t {
    developer,      ///< the integration: code, configuration, keys or Dashboard settings
    end_user,       ///< the person who linked the account
    plaid_support,  ///< access Plaid support grants
    plaid_sales,    ///< access Plaid sales grants
};

/// What the end user has to do in Plaid Link.
enum class link_action : std::uint8_t {
    none,              ///< nothing in Link
    update_mode,       ///< repair the existing Item through Link's update mode
    new_link_session,  ///< start Link again with a new link token (a new Item or a new public token)
};

/// Lower-case name of an `actor` (`"developer"`, `"end_user"`, ...).
constexpr std::string_view to_string(actor who) noexcept {
    switch (who) {
        case actor::developer: return "developer";
        case actor::end_user: return "end_user";
        case actor::plaid_support: return "plaid_support";
        case actor::plaid_sales: return "plaid_sales";
    }
    return {};
}

/// Lower-case name of a `link_action` (`"none"`, `"update_mode"`, `"new_link_session"`).
constexpr std::string_view to_string(link_action link) noexcept {
    switch (link) {
        case link_action::none: return "none";
        case link_action::update_mode: return "update_mode";
        case link_action::new_link_session: return "new_link_session";
    }
    return {};
}

/// What a program can do about a code without reading prose. Derived from
/// the docs' common causes and troubleshooting steps for that code.
struct remediation {
    actor who;
    /// True when the very same request can succeed later, once `who` has acted
    /// elsewhere (access granted, consent given, Dashboard fixed); false when
    /// the request itself must change.
    bool resend_can_succeed;
    link_action link;
    /// True when the Item is locked or revoked for good and should be removed.
    bool remove_item;
};

/// Everything the docs say about one INVALID_INPUT code. Literals taken from
/// the API (wire name, sample messages and body, endpoints, URL) are verbatim;
/// summaries, causes and steps are concise paraphrases of the docs.
struct code_info {
    invalid_input code;
    std::string_view name;  ///< wire string, as in `"error_code": "..."`
    error_type type;
    std::uint16_t http_status;
    std::string_view summary;
    /// The docs' sample message shown to the end user, when they give one.
    std::optional<std::string_view> user_message;
    /// Whether Link shows this error to the end user (the docs' "Link error preview").
    bool shown_in_link;
    string_list causes;
    string_list troubleshooting;
    /// The sample body's `error_message`: no value where the docs show null,
    /// an empty view where they show "".
    std::optional<std::string_view> sample_error_message;
    std::string_view sample_body;  ///< the docs' sample response body, byte for byte
    std::string_view doc_url;
    string_list endpoints;  ///< Plaid endpoints the docs' guidance names
    remediation remedy;
};

/// One entry per code; entry i describes `invalid_input` value i + 1.
inline constexpr std::array<code_info, 20> invalid_input_table = [] {
    // "..."sv literals carry their length: with plain literals, every string_view
    // would be measured by a constant-evaluated strlen, which triples this
    // header's compile time.
    using namespace std::string_view_literals;
    return std::array<code_info, 20>{{
        {invalid_input::direct_integration_not_enabled,
         "DIRECT_INTEGRATION_NOT_ENABLED"sv,
         error_type::invalid_input,
         400,
         "An Item was created without going through Link."sv,
         std::nullopt,
         false,
         string_list{"/item/create was called directly instead of using Link."sv},
         string_list{"In Production, create Items through Link."sv,
                     "In Sandbox, create them with /sandbox/public_token/create."sv},
         "your client ID is only authorized to use Plaid Link. head to the docs (https://plaid.com/docs) to get started."sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "DIRECT_INTEGRATION_NOT_ENABLED",
 "error_message": "your client ID is only authorized to use Plaid Link. head to the docs (https://plaid.com/docs) to get started.",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#direct_integration_not_enabled"sv,
         string_list{"/item/create"sv,
                     "/sandbox/public_token/create"sv},
         {actor::developer, false, link_action::new_link_session, false}},

        {invalid_input::incorrect_deposit_verification,
         "INCORRECT_DEPOSIT_VERIFICATION"sv,
         error_type::invalid_input,
         400,
         "The user entered a wrong Manual Same-Day micro-deposit code while verifying the Item in Link."sv,
         "Code is incorrect, 2 attempts remaining: Check the bank statement of your account ending in \xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "0000 for the $0.01 deposit and try again."sv,
         true,
         string_list{"The user mistyped the micro-deposit verification input for a Manual Same-Day micro-deposit account."sv},
         string_list{"Let the user enter the micro-deposit verification input again."sv,
                     "After three wrong entries the Item is locked for good: restart Link from the beginning and have the user link the account again."sv},
         ""sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INCORRECT_DEPOSIT_VERIFICATION",
 "error_message": "",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#incorrect_deposit_verification"sv,
         string_list{},
         {actor::end_user, false, link_action::none, false}},

        {invalid_input::invalid_access_token,
         "INVALID_ACCESS_TOKEN"sv,
         error_type::invalid_input,
         400,
         "The access_token is malformed, unknown, or belongs to another environment or account."sv,
         std::nullopt,
         false,
         string_list{"The access_token does not have the form access-<environment>-<identifier>."sv,
                     "The access_token is invalid or was issued in a different API environment."sv},
         string_list{"Use each token only in the environment that issued it (a Sandbox token fails in Production)."sv,
                     "Check that client_id, secret and access_token all belong to the same Plaid developer account."sv},
         "could not find matching access token"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_ACCESS_TOKEN",
 "error_message": "could not find matching access token",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_access_token"sv,
         string_list{},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::invalid_account_id,
         "INVALID_ACCOUNT_ID"sv,
         error_type::invalid_input,
         400,
         "An account_id in the request is not valid for the Item."sv,
         std::nullopt,
         false,
         string_list{"The account_id is well formed but does not belong to the Item."sv,
                     "The account was closed at the bank and removed from the API."sv,
                     "On an OAuth institution, the user revoked access to that account."sv,
                     "Plaid removed the account_id or assigned the account a new one (account churn)."sv,
                     "The user de-selected the account in the Account Select v2 update flow."sv},
         string_list{"Pass only well-formed account_ids that belong to the Item in question, preserving their case."sv,
                     "Fetch the Item's current accounts with /accounts/get."sv,
                     "If the user revoked access, offer update mode to restore it or delete the account's data; restored accounts get a new account_id."sv,
                     "After update mode, read account_ids from Link's onSuccess or /accounts/get instead of reusing the old ones."sv,
                     "If an otherwise healthy Item churns accounts, file a Support ticket."sv},
         "failed to find requested account ID for requested item"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_ACCOUNT_ID",
 "error_message": "failed to find requested account ID for requested item",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_account_id"sv,
         string_list{"/accounts/get"sv},
         {actor::developer, false, link_action::update_mode, false}},

        {invalid_input::invalid_api_keys,
         "INVALID_API_KEYS"sv,
         error_type::invalid_input,
         400,
         "The client_id and secret in the request are not valid."sv,
         std::nullopt,
         false,
         string_list{"The API keys do not match the environment in use, often after switching environments without switching keys."sv},
         string_list{"Copy the API keys from the Dashboard (https://dashboard.plaid.com/developers/keys)."sv,
                     "Use the secret of the environment you call (Sandbox or Production)."sv,
                     "Use each token only in the environment that issued it."sv,
                     "Check in the Dashboard that your account is enabled for that environment."sv},
         "invalid client_id or secret provided"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_API_KEYS",
 "error_message": "invalid client_id or secret provided",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_api_keys"sv,
         string_list{},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::invalid_audit_copy_token,
         "INVALID_AUDIT_COPY_TOKEN"sv,
         error_type::invalid_input,
         400,
         "The audit_copy_token is invalid or was revoked."sv,
         std::nullopt,
         false,
         string_list{"An Asset Report was requested with an audit_copy_token that is invalid or was revoked by /asset_report/audit_copy/remove or /asset_report/remove."sv},
         string_list{"Create a new audit_copy_token with /asset_report/audit_copy/create."sv},
         std::nullopt,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_AUDIT_COPY_TOKEN",
 "error_message": null,
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_audit_copy_token"sv,
         string_list{"/asset_report/audit_copy/remove"sv,
                     "/asset_report/remove"sv,
                     "/asset_report/audit_copy/create"sv},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::invalid_institution,
         "INVALID_INSTITUTION"sv,
         error_type::invalid_input,
         400,
         "The institution_id is invalid or does not exist."sv,
         std::nullopt,
         false,
         string_list{"The institution_id in the request is invalid or unknown."sv},
         string_list{"Check that the institution_id is valid."sv},
         "invalid institution_id provided"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_INSTITUTION",
 "error_message": "invalid institution_id provided",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_institution"sv,
         string_list{},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::invalid_link_customization,
         "INVALID_LINK_CUSTOMIZATION"sv,
         error_type::invalid_input,
         400,
         "The Link customization does not fit the request."sv,
         std::nullopt,
         false,
         string_list{"The customization has no use case while the session uses Data Transparency Messaging."sv,
                     "Account selections were updated with a customization that does not enable Account Select v2."sv},
         string_list{"In the Dashboard, select at least one use case under Link > Link Customization > Data Transparency Messaging."sv,
                     "Enable Account Select v2 in the customization, or use one that has it enabled."sv},
         "requested link customization is not set to update account selection"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_LINK_CUSTOMIZATION",
 "error_message": "requested link customization is not set to update account selection",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_link_customization"sv,
         string_list{},
         {actor::developer, true, link_action::none, false}},

        {invalid_input::invalid_link_token,
         "INVALID_LINK_TOKEN"sv,
         error_type::invalid_input,
         400,
         "The link_token used to start Link is invalid."sv,
         "Username or password incorrect: Check that your credentials are the same that you use for this institution"sv,
         true,
         string_list{"The link_token expired (it lasts at least 30 minutes)."sv,
                     "The link_token was already used; outside Sandbox each one works once."sv,
                     "The link_token comes from another environment, such as a Sandbox token used in Production."sv,
                     "The user entered invalid credentials too many times, which invalidates the link_token."sv},
         string_list{"Check that the link_token comes from the right environment."sv,
                     "Create a new link_token and launch Link again with it."sv,
                     "See https://plaid.com/docs/link/handle-invalid-link-token/ for the full procedure."sv},
         "invalid link_token provided"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_LINK_TOKEN",
 "error_message": "invalid link_token provided",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_link_token"sv,
         string_list{},
         {actor::developer, false, link_action::new_link_session, false}},

        {invalid_input::invalid_processor_token,
         "INVALID_PROCESSOR_TOKEN"sv,
         error_type::invalid_input,
         400,
         "The processor_token is invalid."sv,
         std::nullopt,
         false,
         string_list{"The processor_token is invalid."sv},
         string_list{"In Sandbox, create processor tokens with /sandbox/processor_token/create; in Production, with /processor_token/create."sv,
                     "Use each processor_token only in the environment that issued it."sv},
         std::nullopt,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_PROCESSOR_TOKEN",
 "error_message": null,
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_processor_token"sv,
         string_list{"/sandbox/processor_token/create"sv,
                     "/processor_token/create"sv},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::invalid_product,
         "INVALID_PRODUCT"sv,
         error_type::invalid_input,
         400,
         "Your client ID has no access to the requested product."sv,
         std::nullopt,
         false,
         string_list{"The product's endpoint is not enabled for your account in this environment (Identity Verification reaches Sandbox only after Production access)."sv,
                     "A partner integration is not enabled in the Dashboard yet."sv,
                     "A processor endpoint was called on an Item initialized with products processors do not support."sv},
         string_list{"Without Production access to the product, submit a product request in the Dashboard."sv,
                     "For a partner integration, enable it on the Dashboard's Integrations page."sv,
                     "For a partner integration, pass only the products the partner supports in /link/token/create."sv},
         "client is not authorized to access the following products: [\"identity_verification\"]"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_PRODUCT",
 "error_message": "client is not authorized to access the following products: [\"identity_verification\"]",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_product"sv,
         string_list{"/link/token/create"sv},
         {actor::developer, true, link_action::none, false}},

        {invalid_input::additional_consent_required,
         "ADDITIONAL_CONSENT_REQUIRED"sv,
         error_type::invalid_input,
         400,
         "The end user has not consented to the requested product."sv,
         std::nullopt,
         false,
         string_list{"The Link flow uses Data Transparency Messaging and the endpoint needs consent that was not collected."sv},
         string_list{"Include the product in products, required_if_supported_products, optional_products or additional_consented_products of /link/token/create."sv,
                     "Collect the missing consent for existing Items through update mode."sv},
         "client does not have user consent to access the PRODUCT_AUTH product"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "ADDITIONAL_CONSENT_REQUIRED",
 "error_message": "client does not have user consent to access the PRODUCT_AUTH product",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#additional_consent_required"sv,
         string_list{"/link/token/create"sv},
         {actor::end_user, true, link_action::update_mode, false}},

        {invalid_input::invalid_public_token,
         "INVALID_PUBLIC_TOKEN"sv,
         error_type::invalid_input,
         400,
         "The public_token is malformed, unknown, expired, or belongs to another environment or account."sv,
         std::nullopt,
         false,
         string_list{"The public_token does not have the form public-<environment>-<identifier>."sv,
                     "The public_token is invalid, was issued in a different API environment, or has expired."sv},
         string_list{"Use each token only in the environment that issued it (a Sandbox token fails in Production)."sv,
                     "Check that client_id, secret and public_token all belong to the same Plaid developer account."sv,
                     "A public_token expires after 30 minutes: send the user through Link again for a new one."sv},
         "could not find matching public token"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_PUBLIC_TOKEN",
 "error_message": "could not find matching public token",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_public_token"sv,
         string_list{},
         {actor::developer, false, link_action::new_link_session, false}},

        {invalid_input::invalid_stripe_account,
         "INVALID_STRIPE_ACCOUNT"sv,
         error_type::invalid_input,
         400,
         "Stripe rejected the account given to Plaid."sv,
         std::nullopt,
         false,
         string_list{"Stripe told Plaid, after /processor/stripe/bank_account_token/create, that the account named by account_id is invalid."sv},
         string_list{"Read the response's error_message: it carries Stripe's reason."sv},
         ""sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_STRIPE_ACCOUNT",
 "error_message": "",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_stripe_account"sv,
         string_list{"/processor/stripe/bank_account_token/create"sv},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::invalid_user_token,
         "INVALID_USER_TOKEN"sv,
         error_type::invalid_input,
         400,
         "The user token is invalid."sv,
         std::nullopt,
         false,
         string_list{"The user token does not belong to the given user ID."sv,
                     "The user token is invalid or was issued in a different API environment."sv},
         string_list{"Check that the user token is entered correctly."sv,
                     "Create a user token for the user ID with /user/create."sv},
         "could not find matching user token"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_USER_TOKEN",
 "error_message": "could not find matching user token",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_user_token"sv,
         string_list{"/user/create"sv},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::invalid_webhook_verification_key_id,
         "INVALID_WEBHOOK_VERIFICATION_KEY_ID"sv,
         error_type::invalid_input,
         400,
         "The key_id sent to the webhook verification endpoint is invalid."sv,
         std::nullopt,
         false,
         string_list{"/webhook_verification_key/get was called with an invalid key_id."sv,
                     "/webhook_verification_key/get was called in another environment than the one that sent the webhook."sv},
         string_list{"Pass the kid from the webhook's JWT header as key_id."sv,
                     "Verify each webhook against the environment it came from."sv},
         "invalid key_id provided. note that key_ids are specific to Plaid environments, and verification requests must be made to the same environment that the webhook was sent from"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "INVALID_WEBHOOK_VERIFICATION_KEY_ID",
 "error_message": "invalid key_id provided. note that key_ids are specific to Plaid environments, and verification requests must be made to the same environment that the webhook was sent from",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#invalid_webhook_verification_key_id"sv,
         string_list{"/webhook_verification_key/get"sv},
         {actor::developer, false, link_action::none, false}},

        {invalid_input::too_many_verification_attempts,
         "TOO_MANY_VERIFICATION_ATTEMPTS"sv,
         error_type::invalid_input,
         400,
         "Micro-deposit verification failed more than three times; the Item is locked for good."sv,
         "No attempts remaining: You\xE2\x80\x99ve used up all of your attempts. To continue, connect a different bank"sv,
         true,
         string_list{"The user entered wrong Manual Same-Day micro-deposit codes too many times."sv},
         string_list{"Start the Link flow again and have the user verify the account anew."sv},
         ""sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "TOO_MANY_VERIFICATION_ATTEMPTS",
 "error_message": "",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#too_many_verification_attempts"sv,
         string_list{},
         {actor::end_user, false, link_action::new_link_session, true}},

        {invalid_input::unauthorized_environment,
         "UNAUTHORIZED_ENVIRONMENT"sv,
         error_type::invalid_input,
         400,
         "Your client ID has no access to this API environment."sv,
         "Unauthorized environment: Your Client ID is not authorized to access this API environment. Contact Support to gain access"sv,
         true,
         string_list{"Your account is not enabled for the environment in use."sv,
                     "The code calls a deprecated endpoint."sv},
         string_list{"Check in the Dashboard which environments your account is enabled for."sv,
                     "Call only endpoints listed in the API reference (https://plaid.com/docs/api/)."sv,
                     "Copy the API keys from the Dashboard (https://dashboard.plaid.com/developers/keys)."sv},
         "you are not authorized to create items in this api environment. Go to the Dashboard (https://dashboard.plaid.com) to see which environments you are authorized for."sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "UNAUTHORIZED_ENVIRONMENT",
 "error_message": "you are not authorized to create items in this api environment. Go to the Dashboard (https://dashboard.plaid.com) to see which environments you are authorized for.",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#unauthorized_environment"sv,
         string_list{},
         {actor::plaid_support, true, link_action::none, false}},

        {invalid_input::unauthorized_route_access,
         "UNAUTHORIZED_ROUTE_ACCESS"sv,
         error_type::invalid_input,
         400,
         "Your client ID has no access to this endpoint."sv,
         std::nullopt,
         false,
         string_list{"The endpoint must be enabled for your account by hand."sv},
         string_list{"Contact Sales (https://plaid.com/contact) to get access."sv},
         "you are not authorized to access this route in this api environment."sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "UNAUTHORIZED_ROUTE_ACCESS",
 "error_message": "you are not authorized to access this route in this api environment.",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#unauthorized_route_access"sv,
         string_list{},
         {actor::plaid_sales, true, link_action::none, false}},

        {invalid_input::user_permission_revoked,
         "USER_PERMISSION_REVOKED"sv,
         error_type::invalid_input,
         400,
         "The end user revoked access to their data."sv,
         std::nullopt,
         false,
         string_list{"The user revoked access in the Plaid consumer portal at my.plaid.com."sv},
         string_list{"Remove the Item with /item/remove and ask the user to go through Link again; re-authorizing creates a new Item, the old one stays revoked."sv,
                     "Where it applies, offer the user a manual way to provide account data."sv},
         "the holder of this account has revoked their permission for your application to access it"sv,
         R"json({
 "error_type": "INVALID_INPUT",
 "error_code": "USER_PERMISSION_REVOKED",
 "error_message": "the holder of this account has revoked their permission for your application to access it",
 "display_message": null,
 "request_id": "HNTDNrA8F1shFEW"
})json"sv,
         "https://plaid.com/docs/errors/invalid-input/#user_permission_revoked"sv,
         string_list{"/item/remove"sv},
         {actor::end_user, false, link_action::new_link_session, true}},
    }};
}();

namespace detail {

inline constexpr auto invalid_input_names = wire_names(invalid_input_table);
inline constexpr name_index<invalid_input_names.size(), shortest(invalid_input_names),
                            longest(invalid_input_names)>
    invalid_input_index{invalid_input_names};

constexpr std::size_t table_position(invalid_input code) noexcept {
    return static_cast<std::size_t>(code) - 1;
}

/// The code of table entry `position`: the inverse of `table_position`, so a
/// lookup by name never reads the table.
constexpr invalid_input code_at(std::size_t position) noexcept { return static_cast<invalid_input>(position + 1); }

}  // namespace detail

/// Returned by `info()` for a value that is not one of the 20 enumerators, so
/// that `info()` is total; its name is empty and its lists are empty.
inline constexpr code_info unknown_code_info{};

/// Whether `code` is one of the documented enumerators.
constexpr bool is_known(invalid_input code) noexcept {
    return detail::table_position(code) < invalid_input_table.size();
}

/// The code a wire string names, or no value for a string this library does
/// not know (case-sensitive, as Plaid's identifiers are). Forced inline: the
/// call and its register saves would cost a fifth of the lookup.
PLAID_ERRORS_DETAIL_ALWAYS_INLINE
constexpr std::optional<invalid_input> to_invalid_input(std::string_view wire) noexcept {
    if (auto i = detail::invalid_input_index.find(wire)) return detail::code_at(*i);
    return std::nullopt;
}

/// The taxonomy entry of a code (`unknown_code_info` for an out-of-range value).
constexpr const code_info& info(invalid_input code) noexcept {
    return is_known(code) ? invalid_input_table[detail::table_position(code)] : unknown_code_info;
}

/// The wire string of a code; empty for an out-of-range value.
constexpr std::string_view to_string(invalid_input code) noexcept { return info(code).name; }

/// All codes, in table order, for iteration and parametrised tests.
inline constexpr auto all_invalid_input_codes = [] {
    std::array<invalid_input, invalid_input_table.size()> codes{};
    for (std::size_t i = 0; i < codes.size(); ++i) codes[i] = invalid_input_table[i].code;
    return codes;
}();

namespace detail {

/// Every entry is checked against its position, its name and the lookups by
/// static_asserts in tests/taxonomy_static_checks.cpp: constant-evaluated
/// here, the checks would cost every including translation unit.
static_assert(invalid_input_table.size() == static_cast<std::size_t>(invalid_input::user_permission_revoked),
              "every invalid_input enumerator has exactly one table entry");

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
