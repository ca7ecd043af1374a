/// Link exits: the generated status and code tables, the snake_case reader
/// (exit, on_exit, a link session, the LINK_CALLBACK webhook) and the
/// camelCase reader of the Link SDKs agreeing on every status and every
/// LinkErrorCode, the failures they share with `parse_error`, and the
/// remedy every exit comes with.
#include <plaid/errors/link_error_code.hpp>
#include <plaid/errors/link_exit.hpp>
#include <plaid/errors/link_exit_remedy.hpp>
#include <plaid/errors/link_exit_status.hpp>
#include <plaid/errors/parse.hpp>

#include <catch.hpp>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

using plaid::link_code_resolution;
using plaid::link_error_code;
using plaid::link_exit_status;
using plaid::parse_failure_kind;

namespace {

/// A JSON string literal of plain text (the tests' literals need no escapes).
std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

/// The same exit in the two forms: snake_case as Plaid sends it, camelCase as a Link SDK does.
struct both_forms {
    std::string snake;
    std::string camel;
};

both_forms exit_in_both_forms(std::string_view status, std::string_view type, std::string_view code) {
    const std::string error_snake = type.empty() ? "null"
                                                 : "{\"error_type\": " + quoted(type) + ", \"error_code\": " + quoted(code) +
                                                       ", \"error_message\": \"it failed\", \"display_message\": null}";
    const std::string error_camel = type.empty() ? "null"
                                                 : "{\"errorCode\": " + quoted(code) + ", \"errorType\": " + quoted(type) +
                                                       ", \"errorMessage\": \"it failed\", \"displayMessage\": null}";
    return {"{\"error\": " + error_snake + ", \"metadata\": {\"institution\": {\"name\": \"Citizens Bank\", "
                "\"institution_id\": \"ins_20\"}, \"status\": " + quoted(status) +
                ", \"link_session_id\": \"356dbb28-7f98\", \"request_id\": \"u1HcAeiCKtz3qmm\"}}",
            "{\"error\": " + error_camel + ", \"metadata\": {\"status\": " + quoted(status) +
                ", \"institution\": {\"id\": \"ins_20\", \"name\": \"Citizens Bank\"}, \"linkSessionId\": \"356dbb28-7f98\", "
                "\"requestId\": \"u1HcAeiCKtz3qmm\", \"metadataJson\": \"{}\"}}"};
}

plaid::link_exit parsed_exit(std::string_view body) {
    auto result = plaid::parse_link_exit(body);
    INFO(body);
    REQUIRE(result.has_value());
    return result.value();
}

}  // namespace

TEST_CASE("every exit status and Link error code round-trips through its wire string") {
    std::set<std::string_view> names;
    for (const auto status : plaid::all_link_exit_statuses) {
        CHECK(plaid::to_link_exit_status(plaid::to_string(status)) == status);
        names.insert(plaid::to_string(status));
    }
    CHECK(names.size() == plaid::all_link_exit_statuses.size());
    for (const auto code : plaid::all_link_error_codes) CHECK(plaid::to_link_error_code(plaid::to_string(code)) == code);
    CHECK(plaid::to_link_exit_status("REQUIRES_CREDENTIALS") == link_exit_status::unknown);
    CHECK(plaid::to_link_error_code("invalid_link_token") == link_error_code::unknown);
    CHECK(plaid::to_string(static_cast<link_exit_status>(200)).empty());
    CHECK(plaid::to_link_error_code("item-no-error") == link_error_code::item_no_error_hyphenated);
}

TEST_CASE("every LinkErrorCode resolves to a documented pair, an alias of one, or a named Link-only code") {
    std::size_t documented = 0, aliases = 0, link_only = 0;
    for (const auto c : plaid::all_link_error_codes) {
        const auto& record = plaid::detail::link_record(c);
        INFO(record.name);
        switch (record.resolution) {
            case link_code_resolution::documented:
                ++documented;
                REQUIRE(record.code.is_known());
                CHECK(record.code.name() == record.name);
                CHECK(plaid::to_code(record.type, record.name) == record.code);
                break;
            case link_code_resolution::alias:
                ++aliases;
                REQUIRE(record.code.is_known());
                CHECK(record.code.name() != record.name);
                CHECK(record.code.type() == record.type);
                CHECK_FALSE(plaid::to_code(record.type, record.name).has_value());
                CHECK(std::string_view(record.summary).find(record.code.name()) != std::string_view::npos);
                break;
            case link_code_resolution::link_only:
            case link_code_resolution::no_error:
                ++link_only;
                CHECK_FALSE(record.code.is_known());
                CHECK_FALSE(plaid::to_code(record.name).has_value());
                CHECK_FALSE(std::string_view(record.summary).empty());
                break;
        }
    }
    CHECK(documented + aliases + link_only == plaid::all_link_error_codes.size());
    CHECK(plaid::detail::link_record(link_error_code::invald_updated_username).code ==
          plaid::code(plaid::item_error::invalid_updated_username));
}

TEST_CASE("the two forms of the same exit give the same value, for every status and every LinkErrorCode") {
    for (const auto status : plaid::all_link_exit_statuses) {
        const auto forms = exit_in_both_forms(plaid::to_string(status), "", "");
        const auto snake = parsed_exit(forms.snake);
        const auto camel = plaid::parse_link_sdk_exit(forms.camel);
        REQUIRE(camel.has_value());
        CHECK(snake == camel.value());
        CHECK(snake.status == status);
        CHECK_FALSE(snake.error.has_value());
        CHECK(snake.link_code == link_error_code::unknown);
        CHECK(snake.institution_id == "ins_20");
        CHECK(snake.institution_name == "Citizens Bank");
        CHECK(snake.link_session_id == "356dbb28-7f98");
        CHECK(snake.request_id == "u1HcAeiCKtz3qmm");
    }
    for (const auto code : plaid::all_link_error_codes) {
        const auto& record = plaid::detail::link_record(code);
        const auto type = plaid::to_string(record.type);
        const auto forms = exit_in_both_forms("requires_credentials", type, record.name);
        INFO(forms.snake);
        const auto snake = parsed_exit(forms.snake);
        const auto camel = plaid::parse_link_sdk_exit(forms.camel);
        REQUIRE(camel.has_value());
        CHECK(snake == camel.value());
        CHECK(snake.link_code == code);
        REQUIRE(snake.error.has_value());
        CHECK(snake.error->type_name == type);
        CHECK(snake.error->code_name == record.name);
        CHECK(snake.error->error_message == "it failed");
        const auto resolved = plaid::resolved_code(snake);
        CHECK(resolved.has_value() == record.code.is_known());
        if (resolved) CHECK(*resolved == record.code);
    }
}

TEST_CASE("a status or code no source names is kept as sent") {
    const auto forms = exit_in_both_forms("requires_time_travel", "ITEM_ERROR", "NEW_CODE");
    const auto snake = parsed_exit(forms.snake);
    CHECK(snake.status == link_exit_status::unknown);
    CHECK(snake.status_name == "requires_time_travel");
    CHECK(snake.link_code == link_error_code::unknown);
    CHECK(snake.error->code_name == "NEW_CODE");
    CHECK(snake == plaid::parse_link_sdk_exit(forms.camel).value());
}

TEST_CASE("the snake_case reader takes an exit, on_exit, a link session and the LINK_CALLBACK webhook") {
    const std::string exit = exit_in_both_forms("requires_code", "ITEM_ERROR", "INVALID_MFA").snake;
    const auto expected = parsed_exit(exit);
    CHECK(expected.status == link_exit_status::requires_code);
    CHECK(parsed_exit("{\"link_session_id\": \"356dbb28-7f98\", \"started_at\": \"2024-05-21T00:17:50Z\", \"exit\": " + exit +
                      "}") == expected);
    CHECK(parsed_exit("{\"link_session_id\": \"356dbb28-7f98\", \"on_exit\": " + exit + "}") == expected);
    // exit is read before the deprecated on_exit, whichever comes first
    CHECK(parsed_exit("{\"exit\": " + exit + ", \"on_exit\": {\"error\": null, \"metadata\": {\"status\": \"requires_oauth\"}}}") ==
          expected);
    CHECK(parsed_exit("{\"on_exit\": {\"error\": null, \"metadata\": {\"status\": \"requires_oauth\"}}, \"exit\": " + exit + "}") ==
          expected);
    // the session's own id stands in where the metadata has none
    CHECK(parsed_exit("{\"link_session_id\": \"s-1\", \"exit\": {\"error\": null, \"metadata\": {}}}").link_session_id == "s-1");

    const std::string callback =
        "{\"webhook_type\": \"LINK_DELIVERY\", \"webhook_code\": \"LINK_CALLBACK\", \"link_delivery_session_id\": \"ld-1\", "
        "\"timestamp\": \"2024-05-21T00:18:13Z\", \"error\": {\"error_type\": \"ITEM_ERROR\", \"error_code\": \"INVALID_MFA\", "
        "\"error_message\": \"it failed\", \"display_message\": null}, \"link_callback_metadata\": {\"callback_type\": \"ON_EXIT\", "
        "\"event_name\": \"EXIT\", \"status\": \"requires_code\", \"link_session_id\": \"356dbb28-7f98\", "
        "\"request_id\": \"u1HcAeiCKtz3qmm\", \"institution\": {\"name\": \"Citizens Bank\", \"institution_id\": \"ins_20\"}, "
        "\"accounts\": []}}";
    CHECK(parsed_exit(callback) == expected);

    auto success = callback;
    success.replace(success.find("ON_EXIT"), 7, "ON_SUCCESS");
    const auto not_exit = plaid::parse_link_exit(success);
    REQUIRE_FALSE(not_exit.has_value());
    CHECK(not_exit.failure().kind == parse_failure_kind::not_plaid_error);
    CHECK(not_exit.failure().field == "link_callback_metadata.callback_type");
}

TEST_CASE("\"error\": null and a missing error are no error; a malformed one is a failure naming it") {
    CHECK_FALSE(parsed_exit(R"({"error": null, "metadata": {"status": "requires_credentials"}})").error.has_value());
    CHECK_FALSE(parsed_exit(R"({"metadata": {"status": "requires_credentials"}})").error.has_value());
    CHECK_FALSE(plaid::parse_link_sdk_exit(R"({"metadata": {"status": "requires_credentials"}})")->error.has_value());

    const struct {
        const char* body;
        bool camel;
        parse_failure_kind kind;
        const char* field;
    } bad[] = {
        {R"({"error": {"error_type": "ITEM_ERROR"}, "metadata": {}})", false, parse_failure_kind::wrong_field_type, "error.error_code"},
        {R"({"error": "INVALID_MFA", "metadata": {}})", false, parse_failure_kind::wrong_field_type, "error"},
        {R"({"error": null, "metadata": {"institution": {"name": 7}}})", false, parse_failure_kind::wrong_field_type,
         "metadata.institution.name"},
        {R"({"exit": {"error": null, "metadata": {"status": false}}})", false, parse_failure_kind::wrong_field_type,
         "exit.metadata.status"},
        {R"({"error": null, "metadata": null})", false, parse_failure_kind::not_plaid_error, "metadata"},
        {R"({"link_session_id": "s-1", "exit": null, "on_exit": null})", false, parse_failure_kind::not_plaid_error, "metadata"},
        {R"({"error": {"errorType": "ITEM_ERROR"}, "metadata": {}})", true, parse_failure_kind::wrong_field_type, "error.errorCode"},
        {R"({"error": null, "metadata": {"linkSessionId": 1}})", true, parse_failure_kind::wrong_field_type,
         "metadata.linkSessionId"},
        {R"({"error": {"errorCode": "X", "errorType": "Y"}, "metadata": {"institution": []}})", true,
         parse_failure_kind::wrong_field_type, "metadata.institution"},
        {R"({})", true, parse_failure_kind::not_plaid_error, "metadata"},
    };
    for (const auto& b : bad) {
        INFO(b.body);
        const auto result = b.camel ? plaid::parse_link_sdk_exit(b.body) : plaid::parse_link_exit(b.body);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.failure().kind == b.kind);
        CHECK(result.failure().field == b.field);
        CHECK_FALSE(result.failure().message.empty());
    }
}

TEST_CASE("Link exit readers share parse_error's limits and failure kinds") {
    plaid::parse_limits small;
    small.max_body_bytes = 64;
    small.max_depth = 3;
    const std::string deep = R"({"error": null, "metadata": {"institution": {"name": ["x"]}}})";
    const std::string bodies[] = {"", "   ", std::string("{\"error\"\0: null}", 16), "[1]", "{\"error\": nul}", deep,
                                  std::string(100, ' ') + "{}"};
    for (const auto& body : bodies) {
        INFO(body);
        const auto expected = plaid::parse_error(body, std::nullopt, small);
        REQUIRE_FALSE(expected.has_value());
        for (const auto& result : {plaid::parse_link_exit(body, small), plaid::parse_link_sdk_exit(body, small)}) {
            REQUIRE_FALSE(result.has_value());
            CHECK(result.failure().kind == expected.failure().kind);
            CHECK(result.failure().offset == expected.failure().offset);
        }
    }
}

TEST_CASE("an exit with an error takes the error's plan; INVALID_LINK_TOKEN says to make a new link token") {
    const auto invalid = parsed_exit(exit_in_both_forms("requires_credentials", "INVALID_INPUT", "INVALID_LINK_TOKEN").snake);
    const auto remedy = plaid::remedy_of(invalid);
    CHECK(remedy.basis == plaid::link_exit_basis::error_code);
    REQUIRE(remedy.plan.has_value());
    CHECK(remedy.plan->link == plaid::link_action::new_link_session);
    CHECK(plaid::calls_for(*remedy.plan, plaid::remedy::relink));
    CHECK(remedy.note.find("create a new link token") != std::string_view::npos);
    CHECK(remedy.note.find("open Link again") != std::string_view::npos);
    CHECK_FALSE(remedy.nothing_to_fix);
    // the SDKs send the same code for an expired token; the camelCase form gives the same remedy
    const auto expired = plaid::parse_link_sdk_exit(
        R"({"error": {"errorCode": "INVALID_LINK_TOKEN", "errorType": "INVALID_INPUT", "errorMessage": "link token has expired"}, "metadata": {"linkSessionId": "s", "requestId": "r"}})");
    REQUIRE(expired.has_value());
    CHECK(plaid::remedy_of(*expired).note == remedy.note);

    const auto login = parsed_exit(exit_in_both_forms("requires_credentials", "ITEM_ERROR", "ITEM_LOGIN_REQUIRED").snake);
    const auto login_remedy = plaid::remedy_of(login);
    CHECK(login_remedy.code == plaid::code(plaid::item_error::item_login_required));
    CHECK(login_remedy.plan->link == plaid::code(plaid::item_error::item_login_required).plan().link);

    const auto alias = parsed_exit(exit_in_both_forms("requires_credentials", "ITEM_ERROR", "INVALD_UPDATED_USERNAME").snake);
    CHECK(plaid::remedy_of(alias).code == plaid::code(plaid::item_error::invalid_updated_username));
    CHECK_FALSE(alias.error->code.has_value());  // the error itself is what parse_error makes of it

    const auto link_only = parsed_exit(exit_in_both_forms("requires_credentials", "RATE_LIMIT_EXCEEDED", "ADDITION_LIMIT").snake);
    const auto link_only_remedy = plaid::remedy_of(link_only);
    CHECK(link_only_remedy.basis == plaid::link_exit_basis::link_only_code);
    CHECK(link_only_remedy.plan->retry == plaid::retry_policy::with_backoff);

    const auto unknown = parsed_exit(exit_in_both_forms("requires_credentials", "ITEM_ERROR", "NEW_CODE").snake);
    CHECK(plaid::remedy_of(unknown).basis == plaid::link_exit_basis::unknown_error);
    CHECK_FALSE(plaid::remedy_of(unknown).plan.has_value());
}

TEST_CASE("an exit without an error takes its status's plan") {
    const auto not_found = plaid::remedy_of(parsed_exit(exit_in_both_forms("institution_not_found", "", "").snake));
    CHECK(not_found.basis == plaid::link_exit_basis::status);
    CHECK(not_found.note.find("another way to connect") != std::string_view::npos);
    CHECK_FALSE(not_found.nothing_to_fix);

    const auto left = plaid::remedy_of(parsed_exit(exit_in_both_forms("requires_credentials", "", "").snake));
    CHECK(left.nothing_to_fix);
    CHECK(left.note.find("nothing to fix") != std::string_view::npos);

    // Link's "no error" codes are no error: the status decides
    const auto no_error = plaid::remedy_of(parsed_exit(exit_in_both_forms("institution_not_found", "ITEM_ERROR", "item-no-error").snake));
    CHECK(no_error.note == not_found.note);

    const auto unknown_status = plaid::remedy_of(parsed_exit(R"({"error": null, "metadata": {}})"));
    CHECK(unknown_status.nothing_to_fix);
    CHECK(unknown_status.plan.has_value());

    for (const auto status : plaid::all_link_exit_statuses) {
        const auto r = plaid::remedy_of(parsed_exit(exit_in_both_forms(plaid::to_string(status), "", "").snake));
        INFO(plaid::to_string(status));
        REQUIRE(r.plan.has_value());
        CHECK(plaid::primary_remedy(*r.plan) != plaid::remedy::unknown);
        CHECK_FALSE(r.note.empty());
        CHECK(r.nothing_to_fix == (status != link_exit_status::institution_not_found &&
                                   status != link_exit_status::institution_not_supported));
    }
    for (const auto code : plaid::all_link_error_codes) {
        const auto& record = plaid::detail::link_record(code);
        const auto r = plaid::remedy_of(
            parsed_exit(exit_in_both_forms("requires_credentials", plaid::to_string(record.type), record.name).snake));
        INFO(record.name);
        CHECK(r.plan.has_value());
        CHECK(r.basis != plaid::link_exit_basis::unknown_error);
    }
}
