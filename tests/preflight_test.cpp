#include <plaid/errors/code_info.hpp>
#include <plaid/errors/format.hpp>
#include <plaid/errors/preflight.hpp>
#include <plaid/errors/redact.hpp>
#include <plaid/errors/token_inspection.hpp>
#include <plaid/errors/tokens.hpp>

#include <catch.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr plaid::environment all_environments[] = {plaid::environment::sandbox, plaid::environment::development,
                                                   plaid::environment::production};

/// A UUID-shaped identifier, as in the OpenAPI spec's examples.
constexpr std::string_view uuid = "de3ce8ef-33f8-452c-a685-8671031fc0f6";

std::string make_token(plaid::token_kind kind, plaid::environment env, std::string_view identifier = uuid) {
    return std::string(plaid::to_string(kind)) + "-" + std::string(plaid::to_string(env)) + "-" +
           std::string(identifier);
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

/// Whether `line` is one of the causes or troubleshooting steps of `entry`.
constexpr bool is_line_of(const plaid::code_info& entry, std::string_view line) {
    for (auto item : entry.causes)
        if (item == line) return true;
    for (auto item : entry.troubleshooting)
        if (item == line) return true;
    return false;
}

constexpr bool contains_text(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

/// Whether `line` states the format `<prefix>-<environment>-<identifier>`.
constexpr bool states_format(std::string_view line, std::string_view prefix) {
    constexpr std::string_view rest = "-<environment>-<identifier>";
    for (auto at = line.find(prefix); at != std::string_view::npos; at = line.find(prefix, at + 1))
        if (line.substr(at + prefix.size(), rest.size()) == rest) return true;
    return false;
}

constexpr bool token_kind_table_is_consistent() {
    for (std::size_t i = 0; i < plaid::token_kind_table.size(); ++i) {
        const auto& entry = plaid::token_kind_table[i];
        if (static_cast<std::size_t>(entry.kind) != i || plaid::token_kind_for_field(entry.field) != entry.kind)
            return false;
        if (plaid::detail::kind_at_start(entry.prefix) != entry.kind) return false;
        if (entry.prefix.empty() || entry.prefix.front() == '-' || entry.prefix.back() == '-') return false;
        for (char c : entry.prefix)
            if (!plaid::detail::is_token_byte(c)) return false;
    }
    return true;
}

/// A code and its evidence go together, and the evidence is a line of that
/// code's entry that mentions another environment (not the format's
/// `<environment>` placeholder) or states the kind's format.
constexpr bool predictions_are_grounded() {
    for (const auto& entry : plaid::token_kind_table) {
        const auto& environment_line = entry.wrong_environment_evidence;
        const auto& format_line = entry.wrong_format_evidence;
        if (entry.wrong_environment_code.has_value() == environment_line.empty()) return false;
        if (entry.wrong_format_code.has_value() == format_line.empty()) return false;
        if (entry.wrong_environment_code &&
            (!is_line_of(plaid::info(*entry.wrong_environment_code), environment_line) ||
             !contains_text(environment_line, "environment") || contains_text(environment_line, "<environment>")))
            return false;
        if (entry.wrong_format_code && (!is_line_of(plaid::info(*entry.wrong_format_code), format_line) ||
                                        !states_format(format_line, entry.prefix)))
            return false;
    }
    return true;
}

}  // namespace

static_assert(token_kind_table_is_consistent(),
              "entry i describes token_kind value i, fields are unique, and no prefix followed by '-' starts "
              "another prefix, so the first match is the only one");
static_assert(predictions_are_grounded(),
              "every code predicted for a token kind rests on a line of that code's taxonomy entry that "
              "mentions another environment or states the token format");

// Inspection and the check work at compile time.
static_assert(plaid::inspect_token("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6").well_formed());
static_assert(plaid::inspect_token("access-sandbox-x\n").defect == plaid::token_defect::whitespace);
static_assert(!plaid::check_token(plaid::environment::sandbox, plaid::token_kind::link_token, "link-sandbox-x"));
static_assert(plaid::check_token(plaid::environment::production, plaid::token_kind::access_token, "access-sandbox-x")
                  ->predicted->code == plaid::invalid_input::invalid_access_token);
static_assert(plaid::masked(plaid::inspect_token("access-sandbox-0123456789abcdef")).shown_tail() == "cdef");
static_assert(plaid::masked(plaid::inspect_token("access-sandbox-0123456789abcde")).shown_tail().empty());
static_assert(plaid::to_environment("production") == plaid::environment::production);
static_assert(!plaid::to_environment("Production"));
static_assert(plaid::token_kind_for_field("processor_token") == plaid::token_kind::processor_token);
static_assert(plaid::is_retired(plaid::environment::development));

TEST_CASE("the formats taken from Plaid's sources inspect as well-formed tokens of their kind") {
    struct documented {
        std::string_view token;
        plaid::token_kind kind;
        std::string_view identifier;
    };
    // Examples from plaid/plaid-openapi 2020-09-14.yml, verbatim.
    const documented examples[] = {
        {"access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6", plaid::token_kind::access_token,
         "de3ce8ef-33f8-452c-a685-8671031fc0f6"},
        {"public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d", plaid::token_kind::public_token,
         "b0e2c4ee-a763-4df5-bfe9-46a46bce993d"},
        {"link-sandbox-af1a0311-da53-4636-b754-dd15cc058176", plaid::token_kind::link_token,
         "af1a0311-da53-4636-b754-dd15cc058176"},
        {"processor-sandbox-0asd1-a92nc", plaid::token_kind::processor_token, "0asd1-a92nc"},
        {"assets-sandbox-6f12f5bb-22dd-4855-b918-f47ec439198a", plaid::token_kind::asset_report_token,
         "6f12f5bb-22dd-4855-b918-f47ec439198a"},
        {"a-sandbox-3TAU2CWVYBDVRHUCAAAI27ULU4", plaid::token_kind::audit_copy_token, "3TAU2CWVYBDVRHUCAAAI27ULU4"},
        {"payment-token-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3", plaid::token_kind::payment_token,
         "feca8a7a-5591-4aef-9297-f3062bb735d3"},
        {"deposit-switch-sandbox-3e5cacca-10a6-11ea-bcdb-6003089acac0", plaid::token_kind::deposit_switch_token,
         "3e5cacca-10a6-11ea-bcdb-6003089acac0"},
    };
    for (const auto& example : examples) {
        CAPTURE(example.token);
        const auto inspected = plaid::inspect_token(example.token);
        CHECK(inspected.well_formed());
        CHECK(inspected.kind == example.kind);
        CHECK(inspected.env == plaid::environment::sandbox);
        CHECK(inspected.identifier == example.identifier);
    }
}

TEST_CASE("every token kind in every environment: inspection, check against every field and environment") {
    for (const auto& kind_entry : plaid::token_kind_table) {
        for (auto issued : all_environments) {
            const auto token = make_token(kind_entry.kind, issued);
            CAPTURE(token);
            const auto inspected = plaid::inspect_token(token);
            REQUIRE(inspected.well_formed());
            CHECK(inspected.kind == kind_entry.kind);
            CHECK(inspected.env == issued);
            CHECK(inspected.identifier == uuid);

            for (const auto& field_entry : plaid::token_kind_table) {
                for (auto called : all_environments) {
                    CAPTURE(field_entry.field, plaid::to_string(called));
                    const auto failure = plaid::check_token(called, field_entry.kind, token);
                    if (field_entry.kind == kind_entry.kind && called == issued) {
                        CHECK_FALSE(failure);
                        continue;
                    }
                    REQUIRE(failure);
                    CHECK(failure->field == field_entry.kind);
                    CHECK(failure->called == called);
                    const auto explanation = failure->explanation();
                    CAPTURE(explanation);
                    CHECK_FALSE(contains(explanation, uuid));
                    CHECK(contains(explanation, field_entry.field));
                    CHECK(contains(explanation, plaid::display_name(called)));
                    CHECK(contains(explanation, plaid::display_name(issued)));
                    if (field_entry.kind != kind_entry.kind) {
                        CHECK(failure->problem == plaid::preflight_problem::wrong_kind);
                        CHECK(failure->predicted.has_value() == field_entry.wrong_format_code.has_value());
                    } else {
                        CHECK(failure->problem == plaid::preflight_problem::environment_mismatch);
                        CHECK(failure->predicted.has_value() == field_entry.wrong_environment_code.has_value());
                    }
                    if (failure->predicted) {
                        const auto entry = plaid::info(failure->predicted->code);
                        CHECK(entry.code == plaid::code(failure->predicted->code));
                        CHECK(entry.type == plaid::error_type::invalid_input);
                        CHECK(is_line_of(entry, failure->predicted->evidence));
                        CHECK(contains(explanation, entry.name));
                        CHECK(contains(explanation, failure->predicted->evidence));
                        CHECK(contains(explanation, entry.doc_url));
                        CHECK(failure->predicted->doc_url() == entry.doc_url);
                    } else {
                        CHECK(contains(explanation, "the docs name no error code"));
                    }
                }
            }
        }
    }
}

TEST_CASE("the codes predicted for the four documented fields, and the docs' text behind each") {
    using plaid::environment;
    using plaid::invalid_input;
    using plaid::token_kind;
    struct expectation {
        token_kind field;
        invalid_input code;
        std::string_view environment_text;  // part of the docs' line about another environment
    };
    const expectation expected[] = {
        {token_kind::access_token, invalid_input::invalid_access_token, "different API environment"},
        {token_kind::public_token, invalid_input::invalid_public_token, "different API environment"},
        {token_kind::link_token, invalid_input::invalid_link_token, "another environment"},
        {token_kind::processor_token, invalid_input::invalid_processor_token, "environment that issued it"},
    };
    for (const auto& e : expected) {
        const auto sandbox_token = make_token(e.field, environment::sandbox);
        CAPTURE(sandbox_token);
        const auto failure = plaid::check_token(environment::production, e.field, sandbox_token);
        REQUIRE(failure);
        REQUIRE(failure->predicted);
        CHECK(plaid::to_string(failure->predicted->code) == plaid::to_string(e.code));
        CHECK(plaid::info(failure->predicted->code).code == plaid::code(e.code));
        CHECK(is_line_of(plaid::info(e.code), failure->predicted->evidence));
        CHECK(contains(failure->predicted->evidence, e.environment_text));
        const auto explanation = failure->explanation();
        CHECK(contains(explanation, "issued in Sandbox"));
        CHECK(contains(explanation, "sent to Production"));
    }
    SECTION("the format is documented for access and public tokens only") {
        const auto access = plaid::check_token(environment::sandbox, token_kind::access_token, "acces-sandbox-x");
        REQUIRE(access);
        REQUIRE(access->predicted);
        CHECK(plaid::to_string(access->predicted->code) == "INVALID_ACCESS_TOKEN");
        CHECK(contains(access->predicted->evidence, "access-<environment>-<identifier>"));
        const auto public_token =
            plaid::check_token(environment::sandbox, token_kind::public_token, "access-sandbox-x");
        REQUIRE(public_token);
        CHECK(public_token->problem == plaid::preflight_problem::wrong_kind);
        REQUIRE(public_token->predicted);
        CHECK(plaid::to_string(public_token->predicted->code) == "INVALID_PUBLIC_TOKEN");
        CHECK(contains(public_token->predicted->evidence, "public-<environment>-<identifier>"));
        for (auto field : {token_kind::link_token, token_kind::processor_token}) {
            const auto failure = plaid::check_token(environment::sandbox, field, "access-sandbox-x");
            REQUIRE(failure);
            CHECK(failure->problem == plaid::preflight_problem::wrong_kind);
            CHECK_FALSE(failure->predicted);
        }
    }
    SECTION("kinds whose codes name no environment cause get no prediction") {
        for (auto field : {token_kind::audit_copy_token, token_kind::asset_report_token, token_kind::payment_token}) {
            const auto failure =
                plaid::check_token(environment::production, field, make_token(field, environment::sandbox));
            REQUIRE(failure);
            CHECK(failure->problem == plaid::preflight_problem::environment_mismatch);
            CHECK_FALSE(failure->predicted);
        }
    }
    SECTION("a retired environment is named as such") {
        const auto failure = plaid::check_token(environment::production, token_kind::access_token,
                                                make_token(token_kind::access_token, environment::development));
        REQUIRE(failure);
        CHECK(contains(failure->explanation(), "Development is retired"));
    }
}

TEST_CASE("every malformed form is reported with its defect, where it is, and what the prefix still names") {
    using plaid::environment;
    using plaid::token_defect;
    using plaid::token_kind;
    struct malformed {
        std::string input;
        token_defect defect;
        std::size_t offset;
        std::optional<token_kind> kind;
        std::optional<environment> env;
    };
    const std::string valid = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";
    const std::string longest_valid = "access-sandbox-" + std::string(plaid::max_token_length - 15, 'a');
    const malformed cases[] = {
        {"", token_defect::empty, 0, {}, {}},
        {longest_valid + "a", token_defect::too_long, plaid::max_token_length, token_kind::access_token,
         environment::sandbox},
        {std::string(1 << 20, 'x'), token_defect::too_long, plaid::max_token_length, {}, {}},
        {" " + valid, token_defect::whitespace, 0, {}, {}},
        {valid + "\n", token_defect::whitespace, valid.size(), token_kind::access_token, environment::sandbox},
        {valid + "\r\n", token_defect::whitespace, valid.size(), token_kind::access_token, environment::sandbox},
        {"access-sandbox-de3c\te8ef", token_defect::whitespace, 19, token_kind::access_token, environment::sandbox},
        {"access-sand box-x", token_defect::whitespace, 11, token_kind::access_token, {}},
        {std::string("access-sandbox-de3c\0e8ef", 24), token_defect::control_character, 19, token_kind::access_token,
         environment::sandbox},
        {"access-sandbox-\x1b[2Jx", token_defect::control_character, 15, token_kind::access_token,
         environment::sandbox},
        {"access-sandbox-x\x7f", token_defect::control_character, 16, token_kind::access_token, environment::sandbox},
        {"access-sandbox-d\xC3\xA9" "3ce8ef", token_defect::invalid_character, 16, token_kind::access_token,
         environment::sandbox},
        {"access_sandbox_de3ce8ef", token_defect::invalid_character, 6, token_kind::access_token, {}},
        {"\"access-sandbox-x\"", token_defect::invalid_character, 0, {}, {}},
        {"acess-sandbox-x", token_defect::unknown_kind, 0, {}, {}},
        {"Access-sandbox-x", token_defect::unknown_kind, 0, {}, {}},
        {"accessory-sandbox-x", token_defect::unknown_kind, 0, {}, {}},
        {"-sandbox-x", token_defect::unknown_kind, 0, {}, {}},
        {"access", token_defect::missing_environment, 6, token_kind::access_token, {}},
        {"access-", token_defect::missing_environment, 7, token_kind::access_token, {}},
        {"access--x", token_defect::unknown_environment, 7, token_kind::access_token, {}},
        {"access-staging-x", token_defect::unknown_environment, 7, token_kind::access_token, {}},
        {"access-Sandbox-x", token_defect::unknown_environment, 7, token_kind::access_token, {}},
        {"access-sandboxx-x", token_defect::unknown_environment, 7, token_kind::access_token, {}},
        {"access-sandbox", token_defect::missing_identifier, 14, token_kind::access_token, environment::sandbox},
        {"access-sandbox-", token_defect::missing_identifier, 15, token_kind::access_token, environment::sandbox},
        {"access-sandbox--x", token_defect::malformed_identifier, 15, token_kind::access_token, environment::sandbox},
        {"access-sandbox-x-", token_defect::malformed_identifier, 16, token_kind::access_token, environment::sandbox},
        {"access-sandbox-ab--cd", token_defect::malformed_identifier, 17, token_kind::access_token,
         environment::sandbox},
        {"payment-token-production", token_defect::missing_identifier, 24, token_kind::payment_token,
         environment::production},
        {"payment-sandbox-x", token_defect::unknown_kind, 0, {}, {}},
    };
    CHECK(plaid::inspect_token(longest_valid).well_formed());
    for (const auto& c : cases) {
        CAPTURE(plaid::redact_token(c.input), c.input.size(), plaid::to_string(c.defect));
        const auto inspected = plaid::inspect_token(c.input);
        REQUIRE_FALSE(inspected.well_formed());
        CHECK(inspected.defect == c.defect);
        CHECK(inspected.defect_offset == c.offset);
        CHECK(inspected.kind == c.kind);
        CHECK(inspected.env == c.env);
        CHECK(inspected.identifier.empty());
        CHECK_FALSE(plaid::describe(c.defect).empty());
        CHECK_FALSE(plaid::to_string(c.defect).empty());

        const auto access = plaid::check_token(environment::production, token_kind::access_token, c.input);
        REQUIRE(access);
        CHECK(access->problem == plaid::preflight_problem::malformed_token);
        REQUIRE(access->predicted);
        CHECK(plaid::to_string(access->predicted->code) == "INVALID_ACCESS_TOKEN");
        const auto explanation = access->explanation();
        CHECK(contains(explanation, plaid::describe(c.defect)));
        CHECK(contains(explanation, "byte " + std::to_string(c.offset)));
        CHECK(contains(explanation, "Production"));
        if (c.input.rfind("access-sandbox-", 0) == 0 && c.input.size() > 20)
            CHECK_FALSE(contains(explanation, c.input.substr(15)));

        const auto link = plaid::check_token(environment::production, token_kind::link_token, c.input);
        REQUIRE(link);
        CHECK(link->problem == plaid::preflight_problem::malformed_token);
        CHECK_FALSE(link->predicted);
    }
}

TEST_CASE("redact_token keeps kind and environment and at most a short tail of the identifier") {
    CHECK(plaid::redact_token("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6") == "access-sandbox-****c0f6");
    CHECK(plaid::redact_token("processor-sandbox-0asd1-a92nc") == "processor-sandbox-****");
    CHECK(plaid::redact_token("a-sandbox-3TAU2CWVYBDVRHUCAAAI27ULU4") == "a-sandbox-****ULU4");
    CHECK(plaid::redact_token("access-sandbox-de3ce8ef\n") == "access-sandbox-****");
    CHECK(plaid::redact_token("access-staging-de3ce8ef33f8452ca6858671031fc0f6") == "access-****");
    CHECK(plaid::redact_token("de3ce8ef33f8452ca6858671031fc0f6") == "****");
    CHECK(plaid::redact_token("") == "****");

    SECTION("no identifier of any length shows whole; identifiers of 16 or more keep 4 characters") {
        const std::string alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (const auto& kind_entry : plaid::token_kind_table) {
            for (auto env : all_environments) {
                for (std::size_t length = 1; length <= 60; ++length) {
                    const auto identifier = alphabet.substr(0, length);
                    const auto token = make_token(kind_entry.kind, env, identifier);
                    const auto redacted = plaid::redact_token(token);
                    CAPTURE(token, redacted);
                    const auto head = std::string(kind_entry.prefix) + "-" + std::string(plaid::to_string(env)) + "-";
                    CHECK(redacted.substr(0, head.size()) == head);
                    CHECK_FALSE(contains(redacted, identifier));
                    const auto kept = redacted.substr(head.size() + 4);
                    CHECK(kept == (length >= 16 ? identifier.substr(length - 4) : std::string()));
                    CHECK(plaid::redact_tokens_in(token) == redacted);
                }
            }
        }
    }
}

TEST_CASE("a failure owns what it reports: it outlives the checked string and holds no identifier") {
    std::optional<plaid::preflight_failure> failure;
    {
        std::string token = "access-sandbox-" + std::string(uuid);
        failure = plaid::check_token(plaid::environment::production, plaid::token_kind::access_token, token);
        token.assign(token.size(), 'x');
    }
    REQUIRE(failure);
    CHECK(failure->token.identifier_length == uuid.size());
    CHECK(failure->token.shown_tail() == "c0f6");
    CHECK(plaid::to_string(failure->token) == "access-sandbox-****c0f6");
    CHECK(contains(failure->explanation(), "(access-sandbox-****c0f6) sent to Production"));
}

TEST_CASE("redact_secret masks any string, keeping a tail only of long alphanumeric secrets") {
    CHECK(plaid::redact_secret("") == "****");
    CHECK(plaid::redact_secret("short") == "****");
    CHECK(plaid::redact_secret("0123456789abcde") == "****");
    CHECK(plaid::redact_secret("0123456789abcdef") == "****cdef");
    CHECK(plaid::redact_secret("0123456789abcd\n\x1b") == "****");
}

TEST_CASE("redact_tokens_in redacts every token in free text and keeps every other byte") {
    const std::string text =
        "the 'assets' product is not enabled for the following access tokens: "
        "access-sandbox-fb88b20c-7b74-4197-8d01-0ab122dad0bc. please retry; "
        "{\"link_token\":\"link-production-af1a0311-da53-4636-b754-dd15cc058176\"} "
        "x-public-development-b0e2c4ee-a763-4df5-bfe9-46a46bce993d--, "
        "a-sandbox-3TAU2CWVYBDVRHUCAAAI27ULU4 payment-token-sandbox-feca8a7a-5591-4aef-9297-f3062bb735d3";
    const std::string expected =
        "the 'assets' product is not enabled for the following access tokens: "
        "access-sandbox-****d0bc. please retry; "
        "{\"link_token\":\"link-production-****8176\"} "
        "x-public-development-****993d--, "
        "a-sandbox-****ULU4 payment-token-sandbox-****35d3";
    CHECK(plaid::redact_tokens_in(text) == expected);

    SECTION("text with no token is returned unchanged") {
        for (std::string_view unchanged :
             {"", "access", "access-", "access-sandbox", "access-sandbox-", "access-sandbox--",
              "An access token has the form access-<environment>-<identifier>",
              "access-staging-de3ce8ef, xaccess-sandbox-de3ce8ef, data-sandbox-1, ACCESS-SANDBOX-X",
              "public-production- link-sandbox-\n"}) {
            CAPTURE(unchanged);
            CHECK(plaid::redact_tokens_in(unchanged) == unchanged);
        }
    }
    SECTION("the docs' sample bodies hold no token and pass through byte for byte") {
        for (plaid::code c : plaid::all_codes()) {
            const auto entry = plaid::info(c);
            CAPTURE(entry.name);
            CHECK(plaid::redact_tokens_in(entry.sample_body_text) == entry.sample_body_text);
        }
    }
    SECTION("many adjacent candidates, tokens at both ends, in a large text") {
        std::string large;
        std::string redacted_large;
        for (int i = 0; i < 20000; ++i) {
            large += "access-sandbox-0123456789abcdef access-x access-sandbox ";
            redacted_large += "access-sandbox-****cdef access-x access-sandbox ";
        }
        CHECK(plaid::redact_tokens_in(large) == redacted_large);
    }
}

TEST_CASE("redacted(error) redacts every string of a parsed error, causes included") {
    const std::string token = "access-sandbox-fb88b20c-7b74-4197-8d01-0ab122dad0bc";
    plaid::error e;
    e.type_name = "ASSET_REPORT_ERROR";
    e.code_name = "PRODUCT_NOT_ENABLED";
    e.error_message = "not enabled for the following access tokens: " + token + ".";
    e.display_message = token;
    e.error_code_reason = token;
    e.request_id = "m8MDnv9okwxFNBV";
    e.documentation_url = "https://plaid.com/docs/?t=" + token;
    e.suggested_action = token;
    e.required_account_subtypes = {token};
    e.provided_account_subtypes = {"checking", token};
    plaid::cause c;
    c.type_name = "ITEM_ERROR";
    c.code_name = "ITEM_LOGIN_REQUIRED";
    c.error_message = "public-production-b0e2c4ee-a763-4df5-bfe9-46a46bce993d expired";
    c.item_id = token;
    c.causes.push_back(c);
    e.causes = {c, c};

    const auto r = plaid::redacted(e);
    CHECK(*r.error_message == "not enabled for the following access tokens: access-sandbox-****d0bc.");
    CHECK(*r.display_message == "access-sandbox-****d0bc");
    CHECK(r.request_id == e.request_id);
    CHECK(r.type_name == e.type_name);
    CHECK(r.provided_account_subtypes.front() == "checking");
    REQUIRE(r.causes.size() == 2);
    CHECK(*r.causes[1].causes.at(0).error_message == "public-production-****993d expired");
    CHECK(*r.causes[0].item_id == "access-sandbox-****d0bc");

    const std::vector<std::string_view> strings = [&] {
        std::vector<std::string_view> all{r.type_name, r.code_name, *r.error_message, *r.display_message,
                                          *r.error_code_reason, *r.documentation_url, *r.suggested_action};
        all.insert(all.end(), r.required_account_subtypes.begin(), r.required_account_subtypes.end());
        all.insert(all.end(), r.provided_account_subtypes.begin(), r.provided_account_subtypes.end());
        for (const auto& cause : r.causes) {
            all.push_back(*cause.error_message);
            all.push_back(*cause.item_id);
            all.push_back(*cause.causes.at(0).error_message);
        }
        return all;
    }();
    for (auto s : strings) {
        CAPTURE(s);
        CHECK_FALSE(contains(s, "fb88b20c-7b74-4197-8d01-0ab122dad0bc"));
        CHECK_FALSE(contains(s, "b0e2c4ee-a763-4df5-bfe9-46a46bce993d"));
    }
}

TEST_CASE("operator<< of a parsed error prints tokens from the body redacted") {
    plaid::error e;
    e.type_name = "ASSET_REPORT_ERROR";
    e.code_name = "PRODUCT_NOT_ENABLED";
    e.error_message =
        "not enabled for the following access tokens: access-sandbox-fb88b20c-7b74-4197-8d01-0ab122dad0bc";
    e.request_id = "m8MDnv9okwxFNBV";
    std::ostringstream out;
    out << e;
    CHECK(out.str() ==
          "ASSET_REPORT_ERROR PRODUCT_NOT_ENABLED: not enabled for the following access tokens: "
          "access-sandbox-****d0bc (request_id m8MDnv9okwxFNBV)");
}

TEST_CASE("names of environments, kinds, defects and problems") {
    for (auto env : all_environments) {
        CHECK(plaid::to_environment(plaid::to_string(env)) == env);
        CHECK_FALSE(plaid::display_name(env).empty());
    }
    for (const auto& entry : plaid::token_kind_table) {
        CHECK(plaid::to_string(entry.kind) == entry.prefix);
        CHECK(plaid::token_kind_for_field(entry.field) == entry.kind);
        CHECK(&plaid::kind_info(entry.kind) == &entry);
    }
    CHECK_FALSE(plaid::token_kind_for_field("user_token"));
    CHECK(plaid::to_string(plaid::token_defect::control_character) == "control_character");
    CHECK(plaid::to_string(plaid::preflight_problem::environment_mismatch) == "environment_mismatch");
    CHECK(plaid::to_string(plaid::preflight_problem::wrong_kind) == "wrong_kind");
    CHECK(plaid::to_string(plaid::preflight_problem::malformed_token) == "malformed_token");
}

TEST_CASE("tokens right after a JSON escape, written with escapes or in keys are redacted in raw bodies") {
    const std::string id = "de3ce8ef-33f8-452c-a685-8671031fc0f6";
    for (const std::string& raw : std::vector<std::string>{
             R"({"error_message":"could not find matching access tokens:\naccess-sandbox-)" + id + R"("})",
             R"({"error_message":"\taccess-sandbox-)" + id + R"("})",
             R"({"error_message":"x\u0020access-sandbox-)" + id + R"("})",
             R"({"error_message":"access\u002dsandbox-)" + id + R"(\q"})",
             R"({"error_message":"\u0061ccess-sandbox-)" + id + R"("})",
             R"({"access-production-)" + id + R"(":1})",
         }) {
        CAPTURE(raw);
        const auto redacted = plaid::redact_tokens_in(raw);
        CHECK(redacted.find(id) == std::string::npos);
        CHECK(redacted.find("-****c0f6") != std::string::npos);
    }
    SECTION("a lone surrogate escape is one character that is no token byte, an ASCII escape its character") {
        for (std::string_view before : {R"(\ud800)", R"(\udc00)", R"(\uDBFF\u0020)", R"(\ud83d\ude00)"}) {
            const std::string raw = std::string(before) + "access-sandbox-" + id + std::string(before);
            CAPTURE(raw);
            CHECK(plaid::redact_tokens_in(raw) == std::string(before) + "access-sandbox-****c0f6" + std::string(before));
        }
        const std::string glued = R"(x\u0061ccess-sandbox-)" + id;
        CHECK(plaid::redact_tokens_in(glued) == glued);
    }
    SECTION("an escaped backslash before u002d is text, not an escape") {
        const std::string raw = R"({"a":"access\\u002dsandbox-)" + id + R"("})";
        CHECK(plaid::redact_tokens_in(raw) == raw);
    }
}
