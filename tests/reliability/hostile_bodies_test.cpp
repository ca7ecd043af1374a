/// Bodies built to break a parser: deep nesting, huge bodies and strings, numbers
/// out of range, bad UTF-8, duplicate keys, NUL bytes, wrong JSON types and
/// truncation. Each must give a clear `parse_failure` (or a documented result)
/// with memory bounded by the body's size, never a crash.
#include <plaid/errors/json.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include "heap_counter.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using plaid::parse_failure_kind;
using plaid::parse_limits;
using plaid::parse_result;

constexpr std::size_t mib = 1024 * 1024;

struct measured {
    parse_result result;
    std::size_t peak_bytes;  ///< most heap bytes held during the parse beyond what was held before
};

/// The parse held at most `bound` bytes more than before it, where memory is measured.
void check_peak(const measured& parse, std::size_t bound) {
#ifdef PLAID_ERRORS_TEST_SANITIZED
    (void)parse;
    (void)bound;
#else
    CAPTURE(parse.peak_bytes, bound);
    CHECK(parse.peak_bytes < bound);
#endif
}

measured parse_measured(std::string_view body, const parse_limits& limits = {}) {
    const auto before = heap_counter::in_use();
    heap_counter::reset_peak();
    auto result = plaid::parse_error(body, std::nullopt, limits);
    return {std::move(result), heap_counter::peak() - before};
}

std::optional<parse_failure_kind> kind_of(const parse_result& result) {
    if (result) return std::nullopt;
    return result.failure().kind;
}

/// A failure that says what went wrong, and where when it is a syntax error.
void check_clear_failure(const parse_result& result, parse_failure_kind kind, std::string_view body) {
    REQUIRE_FALSE(result);
    CHECK(result.failure().kind == kind);
    CHECK_FALSE(result.failure().message.empty());
    if (kind == parse_failure_kind::not_json || kind == parse_failure_kind::nul_byte) {
        REQUIRE(result.failure().offset);
        CHECK(*result.failure().offset <= body.size());
    }
}

/// The string entry point agrees with nlohmann/json on whether the body is
/// JSON, and with the DOM overload on the outcome when it is.
parse_result parse_every_way(std::string_view body) {
    const auto result = plaid::parse_error(body);
    // Empty bodies and NUL bytes are named before syntax.
    if (kind_of(result) == parse_failure_kind::empty_body || kind_of(result) == parse_failure_kind::nul_byte)
        return result;
    const auto doc = nlohmann::json::parse(body, nullptr, false);
    CHECK(doc.is_discarded() == (kind_of(result) == parse_failure_kind::not_json));
    if (!doc.is_discarded()) {
        const auto from_doc = plaid::parse_error(doc);
        CHECK(kind_of(from_doc) == kind_of(result));
        if (!result && !from_doc) CHECK(from_doc.failure().field == result.failure().field);
        if (result && from_doc) CHECK(*from_doc == *result);
    }
    return result;
}

std::string nested(std::size_t depth, char open, char close, std::string_view innermost = {}) {
    std::string body;
    body.reserve(depth * (open == '{' ? 6 : 2) + innermost.size());
    for (std::size_t i = 0; i < depth; ++i) {
        if (open == '{')
            body += "{\"a\":";
        else
            body += open;
    }
    body += innermost.empty() ? (open == '{' ? "{}" : "[]") : std::string(innermost);
    body.append(depth, close);
    return body;
}

const std::string minimal = R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN")";

std::string with_member(std::string_view name, std::string_view value) {
    return minimal + ",\"" + std::string(name) + "\":" + std::string(value) + "}";
}

}  // namespace

TEST_CASE("1,000,000-deep arrays and objects fail as too deep, with memory bounded by the limit") {
    const parse_limits roomy{16 * mib, parse_limits{}.max_depth};
    for (const char open : {'[', '{'}) {
        const auto body = nested(1'000'000, open, open == '[' ? ']' : '}');
        CAPTURE(open, body.size());

        const auto too_large = parse_measured(body);
        check_clear_failure(too_large.result, parse_failure_kind::body_too_large, body);
        check_peak(too_large, 4096);

        const auto too_deep = parse_measured(body, roomy);
        check_clear_failure(too_deep.result, parse_failure_kind::too_deep, body);
        check_peak(too_deep, 64 * 1024);

        const auto inside_error = minimal + ",\"x\":" + body + "}";
        check_clear_failure(plaid::parse_error(inside_error, std::nullopt, roomy), parse_failure_kind::too_deep,
                            inside_error);
    }
}

TEST_CASE("1,000,000-deep nesting within a raised depth limit parses without recursion") {
    const parse_limits unlimited{16 * mib, 2'000'000};
    for (const char open : {'[', '{'}) {
        CAPTURE(open);
        const auto body = minimal + ",\"unknown\":" + nested(1'000'000, open, open == '[' ? ']' : '}') + "}";
        const auto parsed = parse_measured(body, unlimited);
        REQUIRE(parsed.result);
        CHECK(parsed.result->code == plaid::invalid_input::invalid_access_token);
        // One small frame per open level: linear in depth, never a copy of the document.
        check_peak(parsed, 64 * 1'000'000);

        const auto doc = nlohmann::json::parse(body);
        CHECK(kind_of(plaid::parse_error(doc)) == parse_failure_kind::too_deep);
        CHECK(plaid::parse_error(doc, std::nullopt, unlimited));
    }
}

TEST_CASE("a 100 MiB body fails as too large without being read; within a raised limit it parses in bounded memory") {
    const std::string message(100 * mib, 'x');
    const auto body = with_member("error_message", "\"" + message + "\"");

    const auto refused = parse_measured(body);
    check_clear_failure(refused.result, parse_failure_kind::body_too_large, body);
    CHECK(refused.result.failure().message.find(std::to_string(body.size())) != std::string::npos);
    check_peak(refused, 4096);

    const auto parsed = parse_measured(body, parse_limits{128 * mib, parse_limits{}.max_depth});
    REQUIRE(parsed.result);
    CHECK(parsed.result->error_message == message);
    // The string itself, plus at most a growing buffer of the same order.
    check_peak(parsed, 3 * body.size());
}

TEST_CASE("1 MiB strings, plain and escaped, parse whole in every field") {
    const parse_limits roomy{4 * mib, parse_limits{}.max_depth};
    const std::string plain(mib, 'a');
    std::string escaped_json;
    std::string escaped_value;
    while (escaped_value.size() < mib) {
        escaped_json += "\\n\\u00e9\\\"";
        escaped_value += "\n\xc3\xa9\"";
    }
    for (const auto& [json_text, value] : {std::pair{plain, plain}, std::pair{escaped_json, escaped_value}}) {
        for (const char* name : {"error_message", "display_message", "request_id"}) {
            CAPTURE(name, json_text.size());
            const auto body = with_member(name, "\"" + json_text + "\"");
            const auto parsed = parse_measured(body, roomy);
            REQUIRE(parsed.result);
            const auto& error = *parsed.result;
            const auto& field = std::string_view(name) == "error_message"     ? error.error_message
                                : std::string_view(name) == "display_message" ? error.display_message
                                                                              : error.request_id;
            CHECK(field == value);
            check_peak(parsed, 4 * body.size());
        }
    }
    const auto key = minimal + ",\"" + plain + "\":1}";
    CHECK(plaid::parse_error(key, std::nullopt, roomy));
}

TEST_CASE("status out of range: 1e400 is not JSON nlohmann/json can read; 2^64 and other non-int values are the wrong type") {
    const auto huge = with_member("status", "1e400");
    check_clear_failure(parse_every_way(huge), parse_failure_kind::not_json, huge);

    for (const char* number : {"18446744073709551616", "18446744073709551615", "2147483648", "-2147483649",
                               "9223372036854775808", "-9223372036854775809", "400.0", "4e2", "1e-400"}) {
        CAPTURE(number);
        const auto body = with_member("status", number);
        const auto result = parse_every_way(body);
        check_clear_failure(result, parse_failure_kind::wrong_field_type, body);
        CHECK(result.failure().field == "status");
    }
    for (const auto& [text, value] : {std::pair{"2147483647", 2147483647}, std::pair{"-2147483648", -2147483647 - 1},
                                      std::pair{"0", 0}, std::pair{"-0", 0}}) {
        CAPTURE(text);
        const auto result = parse_every_way(with_member("status", text));
        REQUIRE(result);
        CHECK(result->status == value);
    }
}

TEST_CASE("invalid UTF-8 and lone surrogates are not JSON, with the offset of the string") {
    for (const char* bad : {"\xff", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80",
                            "caf\xc3", "\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud800x", "\\udbff\\udbff"}) {
        CAPTURE(bad);
        const auto body = with_member("error_message", std::string("\"") + bad + "\"");
        const auto result = parse_every_way(body);
        check_clear_failure(result, parse_failure_kind::not_json, body);
        CHECK(*result.failure().offset >= minimal.size());
    }
    const auto paired = parse_every_way(with_member("error_message", R"("\ud834\udd1e")"));
    REQUIRE(paired);
    CHECK(paired->error_message == "\xf0\x9d\x84\x9e");
}

TEST_CASE("duplicate keys: the last one wins, as in nlohmann/json, on every path") {
    // With a plain and with an escaped unknown member before the duplicates.
    for (const char* filler : {"\"x\"", "\"\\u0078\""}) {
        CAPTURE(filler);
        const auto member = std::string(",\"unknown\":") + filler;
        const auto twice = parse_every_way(minimal + member + R"(,"error_code":"INVALID_API_KEYS"})");
        REQUIRE(twice);
        CHECK(twice->code == plaid::invalid_input::invalid_api_keys);

        const auto fixed = parse_every_way(minimal + member + R"(,"status":"400","status":400})");
        REQUIRE(fixed);
        CHECK(fixed->status == 400);

        const auto broken = parse_every_way(minimal + member + R"(,"status":400,"status":"400"})");
        REQUIRE_FALSE(broken);
        CHECK(broken.failure().field == "status");

        const auto reset = parse_every_way(minimal + member + R"(,"causes":[{}],"causes":null})");
        REQUIRE(reset);
        CHECK(reset->causes.empty());
    }
}

TEST_CASE("a NUL byte anywhere fails with its offset, before any parsing") {
    const std::string body = R"({"error_type":"INVALID_INPUT","error_code":"INVALID_ACCESS_TOKEN"})";
    for (const std::size_t at : {std::size_t{0}, std::size_t{1}, std::size_t{20}, body.size() - 1, body.size()}) {
        CAPTURE(at);
        std::string with_nul = body;
        with_nul.insert(at, 1, '\0');
        const auto result = plaid::parse_error(with_nul);
        check_clear_failure(result, parse_failure_kind::nul_byte, with_nul);
        CHECK(result.failure().offset == at);
    }
    const auto escaped = parse_every_way(with_member("error_message", R"("a\u0000b")"));
    REQUIRE(escaped);
    CHECK(escaped->error_message == std::string("a\0b", 3));
}

TEST_CASE("every field with every wrong JSON type is named, at the top level and in a cause") {
    const std::vector<std::string> values{"null", "true", "false", "0", "-1", "1.5", "\"s\"", "[]", "[1]", "[\"s\"]",
                                          "[{}]", "[null]", "{}"};
    enum class accepts { string, string_or_null, integer, strings, causes };
    const std::vector<std::pair<std::string, accepts>> fields{
        {"error_type", accepts::string},
        {"error_code", accepts::string},
        {"error_code_reason", accepts::string_or_null},
        {"error_message", accepts::string_or_null},
        {"display_message", accepts::string_or_null},
        {"request_id", accepts::string_or_null},
        {"causes", accepts::causes},
        {"status", accepts::integer},
        {"documentation_url", accepts::string_or_null},
        {"suggested_action", accepts::string_or_null},
        {"required_account_subtypes", accepts::strings},
        {"provided_account_subtypes", accepts::strings},
        {"item_id", accepts::string_or_null},
    };
    REQUIRE(fields.size() == plaid::member_count<plaid::cause>);

    std::size_t checked = 0;
    for (const bool in_cause : {false, true}) {
        for (const auto& [name, rule] : fields) {
            if (name == "item_id" && !in_cause) continue;
            for (const auto& value : values) {
                CAPTURE(in_cause, name, value);
                nlohmann::json object{{"error_type", "ITEM_ERROR"}, {"error_code", "ITEM_LOGIN_REQUIRED"}};
                object[name] = nlohmann::json::parse(value);
                const auto body = in_cause ? nlohmann::json{{"error_type", "API_ERROR"},
                                                            {"error_code", "INTERNAL_SERVER_ERROR"},
                                                            {"causes", nlohmann::json::array({object})}}
                                                 .dump()
                                           : object.dump();
                const auto result = parse_every_way(body);
                ++checked;

                // What the test expects, from the field's documented type alone.
                std::optional<std::string> bad_path;
                const bool is_null = value == "null";
                const bool is_string = value.front() == '"';
                const bool is_int = value == "0" || value == "-1";
                const bool is_array = value.front() == '[';
                switch (rule) {
                    case accepts::string:
                        if (!is_string) bad_path = name;
                        break;
                    case accepts::string_or_null:
                        if (!is_string && !is_null) bad_path = name;
                        break;
                    case accepts::integer:
                        if (!is_int && !is_null) bad_path = name;
                        break;
                    case accepts::strings:
                        if (!is_array && !is_null) bad_path = name;
                        else if (value == "[1]" || value == "[{}]" || value == "[null]") bad_path = name + "[0]";
                        break;
                    case accepts::causes:
                        if (!is_array && !is_null) bad_path = name;
                        else if (value == "[1]" || value == "[\"s\"]" || value == "[null]") bad_path = name + "[0]";
                        else if (value == "[{}]") bad_path = name + "[0].error_type";
                        break;
                }
                if (!bad_path) {
                    CHECK(result);
                    continue;
                }
                REQUIRE_FALSE(result);
                const bool missing_required = !in_cause && rule == accepts::string;
                CHECK(result.failure().kind ==
                      (missing_required ? parse_failure_kind::not_plaid_error : parse_failure_kind::wrong_field_type));
                CHECK(result.failure().field == (in_cause ? "causes[0]." + *bad_path : *bad_path));
                CHECK(result.failure().message.find(result.failure().field) != std::string::npos);
            }
        }
    }
    CHECK(checked == (12 + 13) * values.size());
}

TEST_CASE("truncation at every byte of a full body fails as not JSON or empty") {
    const std::string full = R"({"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED",)"
                             R"("error_code_reason":"OAUTH_INVALID_TOKEN","error_message":"the login details \"changed\"",)"
                             R"("display_message":null,"request_id":"m8MDnv9okwxFNBV","causes":[{"error_type":)"
                             R"("ITEM_ERROR","error_code":"ITEM_LOCKED","error_message":"locked","display_message":null,)"
                             R"("item_id":"pZ942ZA1AmF6nwLVVfz5x"}],"status":400,"documentation_url":)"
                             R"("https://plaid.com/docs/?ref=error#item-errors","suggested_action":null,)"
                             R"("required_account_subtypes":["checking","savings"],"provided_account_subtypes":[],)"
                             R"("x":[1.5e3,true,false,{"y":"\u00e9"}]})"
                             "\n";
    REQUIRE(parse_every_way(full));
    const auto last_brace = full.rfind('}');
    for (std::size_t length = 0; length <= last_brace; ++length) {
        CAPTURE(length);
        const auto prefix = std::string_view(full).substr(0, length);
        const auto result = parse_every_way(prefix);
        check_clear_failure(result, length == 0 ? parse_failure_kind::empty_body : parse_failure_kind::not_json,
                            prefix);
    }
}

namespace {

/// `count` copies of `element`, comma-separated.
std::string repeated(std::string_view element, std::size_t count) {
    std::string list;
    list.reserve(count * (element.size() + 1));
    for (std::size_t i = 0; i < count; ++i) (list += i ? "," : "") += element;
    return list;
}

constexpr parse_limits no_element_limits{mib, parse_limits{}.max_depth, std::size_t(-1), std::size_t(-1)};

/// What a parse may hold beyond 4 bytes per byte of its body, whatever the body: every
/// cause and every array string the limits let it read, each at most 4 times over (a
/// vector reserves 4 elements first, then doubles, the old buffer live while it moves),
/// and 4 KiB for the reader's level bits, the failure's message and path.
constexpr std::size_t limits_constant(const parse_limits& limits) {
    return 4 * (limits.max_causes * sizeof(plaid::cause) + limits.max_array_elements * sizeof(std::string)) + 4096;
}

}  // namespace

TEST_CASE("hostile bodies that fail hold at most 4 bytes per body byte plus the limits' constant") {
    // 900 KB of empty strings in an array whose last element is of the wrong type,
    // and 28,000 empty causes: each element costs far more as a C++ value than as JSON.
    const auto strings = minimal + R"(,"provided_account_subtypes":[)" + repeated(R"("")", 300'000) + ",1]}";
    const auto causes = minimal + R"(,"causes":[)" + repeated("{}", 28'000) + "]}";
    const parse_limits defaults;
    const parse_limits custom{mib, 32, 1000, 5000};
    for (const auto& limits : {defaults, custom}) {
        CAPTURE(limits.max_causes, limits.max_array_elements, limits_constant(limits));
        const auto past_limit = parse_measured(strings, limits);
        CAPTURE(strings.size(), past_limit.peak_bytes);
        check_clear_failure(past_limit.result, parse_failure_kind::too_many_elements, strings);
        check_peak(past_limit, 4 * strings.size() + limits_constant(limits));
        // The first empty cause lacks `error_type`, and an array with a bad element is read no further.
        const auto bad_cause = parse_measured(causes, limits);
        CAPTURE(causes.size(), bad_cause.peak_bytes);
        check_clear_failure(bad_cause.result, parse_failure_kind::wrong_field_type, causes);
        CHECK(bad_cause.result.failure().field == "causes[0].error_type");
        check_peak(bad_cause, 4 * causes.size() + limits_constant(limits));
    }
    const auto bad_cause = parse_measured(causes, no_element_limits);
    CAPTURE(bad_cause.peak_bytes);
    check_clear_failure(bad_cause.result, parse_failure_kind::wrong_field_type, causes);
    check_peak(bad_cause, 4 * causes.size() + 4096);
    // The limits are what bound it: with none, each element is held as a C++ value.
    const auto unbounded = parse_measured(strings, no_element_limits);
    check_clear_failure(unbounded.result, parse_failure_kind::wrong_field_type, strings);
    CHECK(unbounded.result.failure().field == "provided_account_subtypes[300000]");
    check_peak(unbounded, strings.size() / 3 * 3 * sizeof(std::string) + 4 * 4096);
}

TEST_CASE("a succeeding parse holds at most (3n + 4) values per array of n causes or strings") {
    // Short strings, held in place: what is measured is the value each element costs.
    const std::string cause = R"({"error_type":"ITEM_ERROR","error_code":"X"})";
    const auto base = parse_measured(minimal + "}");
    REQUIRE(base.result);
    for (const std::size_t n : {std::size_t{1}, std::size_t{5}, std::size_t{129}, std::size_t{256}}) {
        CAPTURE(n, sizeof(plaid::cause), sizeof(std::string));
        const auto causes = parse_measured(minimal + R"(,"causes":[)" + repeated(cause, n) + "]}");
        REQUIRE(causes.result);
        REQUIRE(causes.result->causes.size() == n);
        const auto per_cause = static_cast<double>(causes.peak_bytes - base.peak_bytes) / static_cast<double>(n);
        CAPTURE(causes.peak_bytes, per_cause);
        check_peak(causes, base.peak_bytes + (3 * n + 4) * sizeof(plaid::cause) + 1);

        const auto strings = parse_measured(minimal + R"(,"required_account_subtypes":[)" + repeated(R"("checking")", n) + "]}");
        REQUIRE(strings.result);
        REQUIRE(strings.result->required_account_subtypes.size() == n);
        const auto per_string = static_cast<double>(strings.peak_bytes - base.peak_bytes) / static_cast<double>(n);
        CAPTURE(strings.peak_bytes, per_string);
        check_peak(strings, base.peak_bytes + (3 * n + 4) * sizeof(std::string) + 1);
    }
    // A string past the small-string buffer adds its text and a terminator, once.
    const std::string text(100, 'x');
    const auto long_strings = parse_measured(minimal + R"(,"required_account_subtypes":[)" + repeated('"' + text + '"', 100) + "]}");
    REQUIRE(long_strings.result);
    check_peak(long_strings, base.peak_bytes + (3 * 100 + 4) * sizeof(std::string) + 100 * (text.size() + 1) + 1);
}
