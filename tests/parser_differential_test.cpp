/// `plaid::parse_error(body)` against an oracle: nlohmann/json's DOM parser
/// and the library's DOM overload. The rule, for every body:
/// - nlohmann/json rejects it: ours fails as `not_json` with an offset within
///   the body, or as `too_deep` (the nesting limit met before the syntax
///   error), `nul_byte` (a raw NUL) or `empty_body`, naming no field;
/// - nlohmann/json accepts it: ours equals `parse_error(document)`, the same
///   error or a failure of the same kind naming the same field.
/// Bodies are the data files, the sample bodies and their rewrites from
/// tests/perf/body_variants.hpp, then hand-picked and generated edge cases;
/// every generator has a fixed seed.
#include <plaid/errors/json.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "parser_test_support.hpp"
#include "perf/body_variants.hpp"

using parser_test::describe;
using plaid::parse_failure_kind;

namespace {

/// How many bodies the oracle accepted and rejected, so that each test can
/// show that its bodies reach both sides of the rule.
struct tally {
    std::size_t accepted = 0;
    std::size_t rejected = 0;
};

/// The body as printable JSON text, for a failing check's message.
std::string printable(std::string_view body) {
    return nlohmann::json(std::string(body)).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

/// Opening brackets outside strings: no body with fewer than `max_depth + 1`
/// can be too deep.
std::size_t brackets(std::string_view body) {
    std::size_t count = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (in_string) {
            if (body[i] == '\\') ++i;
            else if (body[i] == '"') in_string = false;
        } else if (body[i] == '"') {
            in_string = true;
        } else if (body[i] == '{' || body[i] == '[') {
            ++count;
        }
    }
    return count;
}

void check_against_oracle(const std::string& body, tally& seen, const plaid::parse_limits& limits = {}) {
    CAPTURE(printable(body), limits.max_depth);
    const auto ours = plaid::parse_error(body, std::nullopt, limits);
    if (!ours) {
        REQUIRE_FALSE(ours.failure().message.empty());
        if (ours.failure().offset) REQUIRE(*ours.failure().offset <= body.size());
    }
    const auto document = nlohmann::json::parse(body, nullptr, false);
    REQUIRE(document.is_discarded() == !nlohmann::json::accept(body));
    const bool has_nul = body.find('\0') != std::string::npos;
    if (document.is_discarded() || has_nul) {
        // nlohmann/json accepts a NUL byte that ends a number; the library refuses every NUL.
        ++seen.rejected;
        INFO(describe(ours));
        REQUIRE_FALSE(ours.has_value());
        const auto& failure = ours.failure();
        CHECK(failure.field.empty());
        switch (failure.kind) {
            case parse_failure_kind::not_json: REQUIRE(failure.offset.has_value()); break;
            case parse_failure_kind::too_deep: CHECK(brackets(body) > limits.max_depth); break;
            case parse_failure_kind::nul_byte:
                REQUIRE(has_nul);
                CHECK(failure.offset == body.find('\0'));
                break;
            case parse_failure_kind::empty_body:
                CHECK(body.find_first_not_of(" \t\n\r") == std::string::npos);
                break;
            default: FAIL("a body nlohmann/json rejects fails as if it were JSON");
        }
        if (has_nul) CHECK(failure.kind == parse_failure_kind::nul_byte);
        return;
    }
    ++seen.accepted;
    const auto oracle = plaid::parse_error(document, std::nullopt, limits);
    INFO("ours: " << describe(ours) << "\noracle: " << describe(oracle));
    REQUIRE(ours.has_value() == oracle.has_value());
    if (oracle) {
        REQUIRE(*ours == *oracle);
        const auto with_status = plaid::parse_error(body, 418, limits);
        REQUIRE(with_status.has_value());
        CHECK(with_status->status == 418);
        CHECK(*with_status == *plaid::parse_error(document, 418, limits));
        return;
    }
    REQUIRE(ours.failure().kind == oracle.failure().kind);
    REQUIRE(ours.failure().field == oracle.failure().field);
}

std::vector<std::string> seed_bodies() {
    std::vector<std::string> seeds;
    for (const auto& path : parser_test::all_bodies()) seeds.push_back(parser_test::read_file(path));
    for (plaid::code code : plaid::all_codes()) seeds.emplace_back(plaid::info(code).sample_body_text);
    seeds.push_back(parser_test::read_file(std::string(PLAID_ERRORS_TEST_DATA) + "/perf/full_fields.json"));
    return seeds;
}

using transform = std::string (*)(std::string_view);

constexpr transform transforms[] = {plaid_perf::with_unicode_escapes, plaid_perf::with_fractions_and_exponents,
                                    plaid_perf::with_deep_member};

/// Every seed, rewritten by every transform alone and by all three in turn.
std::vector<std::string> class_bodies() {
    std::vector<std::string> bodies;
    for (const auto& seed : seed_bodies()) {
        bodies.push_back(seed);
        std::string all = seed;
        for (auto rewrite : transforms) {
            bodies.push_back(rewrite(seed));
            all = rewrite(all);
        }
        bodies.push_back(all);
    }
    return bodies;
}

/// A Plaid error with one more member, at the top level or in a cause.
std::string with_member(std::string_view name, std::string_view value, bool in_cause = false) {
    const std::string member = "\"" + std::string(name) + "\":" + std::string(value);
    if (in_cause)
        return R"({"error_type":"API_ERROR","error_code":"INTERNAL_SERVER_ERROR","causes":[{"error_type":"ITEM_ERROR",)"
               R"("error_code":"ITEM_LOGIN_REQUIRED","item_id":"i",)" +
               member + "}]}";
    return R"({"error_type":"API_ERROR","error_code":"INTERNAL_SERVER_ERROR",)" + member + "}";
}

/// Members whose values the parser reads, and one it skips.
constexpr const char* string_members[] = {"error_message", "display_message", "request_id", "unknown"};

/// Each value as a string member's, at the top level and in a cause, and
/// inside a string array.
void check_string_values(const std::vector<std::string>& values, tally& seen) {
    for (const auto& value : values) {
        for (const char* member : string_members) {
            check_against_oracle(with_member(member, value), seen);
            check_against_oracle(with_member(member, value, true), seen);
        }
        check_against_oracle(with_member("required_account_subtypes", "[" + value + "]"), seen);
        check_against_oracle(with_member("error_code_reason", value), seen);
    }
}

std::vector<std::string> quoted(std::initializer_list<std::string_view> texts) {
    std::vector<std::string> values;
    for (auto text : texts) values.push_back("\"a" + std::string(text) + "z\"");
    for (auto text : texts) values.push_back("\"" + std::string(text) + "\"");
    return values;
}

}  // namespace

TEST_CASE("parse_error agrees with the DOM oracle on every body class") {
    tally seen;
    const auto bodies = class_bodies();
    for (const auto& body : bodies) check_against_oracle(body, seen);
    CHECK(seen.accepted == bodies.size());
    std::size_t escaped = 0;
    for (const auto& body : bodies) escaped += body.find("\\ud83d\\ude00") != std::string::npos ? 1 : 0;
    CHECK(escaped > 0);
}

TEST_CASE("parse_error agrees with the DOM oracle on every escape") {
    tally seen;
    check_string_values(quoted({R"(\")", R"(\\)", R"(\/)", R"(\b)", R"(\f)", R"(\n)", R"(\r)", R"(\t)",
                                R"(\u0041)", R"(\u00e9)", R"(\u00E9)", R"(\u20ac)", R"(\uFFFF)", R"(\u0000)",
                                R"(\u001f)", R"(\u007f)", R"(\u003c\u003e\u0026)", R"(\u2028\u2029)",
                                R"(\" \\ \/ \b \f \n \r \t)"}),
                       seen);
    const auto accepted = seen.accepted;
    // Surrogates: pairs, lone halves, pairs reversed or doubled, a pair cut by other text.
    check_string_values(quoted({R"(\ud83d\ude00)", R"(\uD83D\uDE00)", R"(\ud800\udc00)", R"(\udbff\udfff)",
                                R"(\ud800)", R"(\udbff)", R"(\udc00)", R"(\udfff)", R"(\ude00\ud83d)",
                                R"(\ud800\ud800)", R"(\ud800\u0041)", R"(\ud800x)", R"(\ud800\n)",
                                R"(\ud800\)", R"(\ud800\u)", R"(\ud800\udc)"}),
                       seen);
    // Truncated and invalid escapes.
    check_string_values(quoted({R"(\u)", R"(\u1)", R"(\u12)", R"(\u123)", R"(\u12G4)", R"(\u-123)", R"(\x41)",
                                R"(\a)", R"(\U0041)", R"(\0)", R"(\')", R"(\ )", R"(\v)", "\\\xC3\xA9"}),
                       seen);
    for (const char* cut : {R"({"error_type":"A","error_code":"B","error_message":"\)",
                            R"({"error_type":"A","error_code":"B","error_message":"\u00)",
                            R"({"error_type":"A","error_code":"B","error_message":"\ud83d\ude)",
                            R"({"error_type":"A","error_code":"B","error_message":"\ud83d)"})
        check_against_oracle(cut, seen);
    CHECK(accepted > 100);
    CHECK(seen.rejected > 200);
}

TEST_CASE("parse_error agrees with the DOM oracle on escaped strings of every length around the decoding buffer") {
    // Strings are scanned sixteen or eight bytes at a time, and the decoder keeps a string on the stack
    // up to a few hundred bytes and moves it to the heap past that: plain runs with a quote, a control
    // character or a non-ASCII byte at every lane, runs before and after the first escape, escapes that
    // shrink or keep the length, and a bad byte or the body's end on either side of the move.
    tally seen;
    std::vector<std::string> values;
    constexpr std::size_t lengths[] = {1,   7,   8,   9,   15,  16,  17,  31,  32,  33,  100, 247,
                                       248, 249, 250, 255, 256, 257, 258, 263, 264, 300, 511, 600};
    for (const std::size_t length : lengths) {
        const std::string plain(length, 'x');
        values.push_back("\"" + plain + "\"");
        values.push_back("\"" + plain + "\x01\"");
        values.push_back("\"" + plain + "\xC3\xA9\"");
        values.push_back("\"" + plain + "\xC3\"");
        values.push_back("\"" + plain + R"(\u00e9")");
        values.push_back(R"("\u00e9)" + plain + "\"");
        values.push_back(R"("\n)" + plain + R"(\ud83d\ude00)" + plain + "\"");
        std::string escapes = "\"";
        for (std::size_t i = 0; i < length; ++i) escapes += i % 3 == 0 ? R"(\u20ac)" : i % 3 == 1 ? R"(\t)" : "y";
        values.push_back(escapes + "\"");
        values.push_back(escapes + R"(\x")");
        values.push_back(escapes + "\x01\"");
        values.push_back(escapes + "\xC3\"");
        values.push_back(escapes + R"(\ud800")");
    }
    check_string_values(values, seen);
    constexpr std::size_t cut_lengths[] = {200, 256, 257, 300};
    for (const std::size_t length : cut_lengths) {
        check_against_oracle(R"({"error_type":"A","error_code":"B","error_message":"\n)" + std::string(length, 'x'), seen);
        check_against_oracle(R"({"error_type":"A","error_code":"B","error_message":")" + std::string(length, 'x') + R"(\t)",
                             seen);
    }
    CHECK(seen.accepted > 100);
    CHECK(seen.rejected > 400);
}

TEST_CASE("parse_error agrees with the DOM oracle on invalid UTF-8 and raw control characters") {
    tally seen;
    check_string_values(quoted({"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF",
                                // overlong
                                "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xF0\x80\x80\x80",
                                "\xF0\x8F\xBF\xBF",
                                // UTF-16 surrogates encoded in UTF-8
                                "\xED\xA0\x80", "\xED\xBF\xBF", "\xED\xA0\xBD\xED\xB8\x80",
                                // above U+10FFFF, and bytes no UTF-8 holds
                                "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xFE", "\xFF",
                                // truncated sequences
                                "\xC3", "\xE2\x82", "\xF0\x9F\x98", "\xE2", "\xF0\x9F",
                                // stray continuation bytes
                                "\x80", "\xBF", "\xC3\xA9\xA9", "\x80\x80"}),
                       seen);
    std::vector<std::string> controls;
    for (int byte = 0; byte < 0x20; ++byte) controls.push_back("\"a" + std::string(1, static_cast<char>(byte)) + "z\"");
    controls.emplace_back("\"\x7F\"");
    check_string_values(controls, seen);
    // Raw control characters and bytes outside any string.
    for (const char* body : {"{\"error_type\":\"A\",\"error_code\":\"B\"}\x01", "\x01{}", "{\"error_type\"\x0B:\"A\"}",
                             "\xEF\xBB\xBF{\"error_type\":\"A\",\"error_code\":\"B\"}", "\xEF\xBB{}"})
        check_against_oracle(body, seen);
    check_against_oracle(std::string("{\"error_type\":\"A\",\"error_code\":\"B\"}\0", 34), seen);
    check_against_oracle(std::string("{\"status\":1\0}", 13), seen);
    CHECK(seen.accepted > 50);
    CHECK(seen.rejected > 100);
}

TEST_CASE("parse_error agrees with the DOM oracle on numbers of every shape") {
    tally seen;
    const char* const numbers[] = {
        "0", "-0", "0.0", "-0.0", "1e2", "1E2", "1e-2", "1E-2", "-1.5e+3", "1.5E+3", "400", "4e2", "400.0",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "9223372036854775807",
        "9223372036854775808", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
        "-9223372036854775809", "-18446744073709551616",
        "1234567890123456789012345", "-1234567890123456789012345", "1e308", "1E+308", "1e309", "-1e400", "1e-400",
        "0.000000000000000000000000000001", "123456789.123456789e-5",
        // invalid
        "01", "-01", "00", "1.", "-1.", ".5", "-.5", "-", "--1", "1e", "1e+", "1E-", "+1", "0x1", "1.5.3", "1e5e5",
        "1ee5", "Infinity", "NaN", "-Infinity", "1_000", "1 2", "0.e1", "2.e+3"};
    for (const char* number : numbers) {
        for (const char* member : {"status", "unknown"}) {
            check_against_oracle(with_member(member, number), seen);
            check_against_oracle(with_member(member, number, true), seen);
            check_against_oracle(with_member(member, std::string("[") + number + "]"), seen);
        }
        check_against_oracle(with_member("error_message", number), seen);
        check_against_oracle(number, seen);
    }
    CHECK(seen.accepted > 100);
    CHECK(seen.rejected > 100);
}

TEST_CASE("parse_error agrees with the DOM oracle on escaped keys") {
    tally seen;
    for (const char* body : {
             R"({"error_\u0074ype":"API_ERROR","error_code":"INTERNAL_SERVER_ERROR"})",
             R"({"error_type":"API_ERROR","\u0065rror_code":"INTERNAL_SERVER_ERROR"})",
             R"({"\u0065\u0072\u0072\u006f\u0072\u005f\u0074\u0079\u0070\u0065":"A","error_code":"B"})",
             R"({"error_type":"A","error_code":"B","st\u0061tus":"400"})",
             R"({"error_type":"A","error_code":"B","st\u0061tus":400})",
             R"({"error_type":"A","error_code":"B","caus\u0065s":{}})",
             R"({"error_type":"A","error_code":"B","caus\u0065s":[{"error_typ\u0065":"C","error_code":"D"}]})",
             R"({"error_type":"A","error_code":"B","error_message\u0000":1})",
             R"({"error_type":"A","error_code":"B","error\/message":1})",
             R"({"error_type":"A","error_code":"B","error_message\n":1})",
             R"({"error_type":"A","error_code":"B","\ud83d\ude00":1})",
             R"({"error_type":"A","error_code":"B","\ud83d":1})",
             R"({"error_type":"A","error_code":"B","error_\u0074ype":"C"})",
             R"({"error_type":"A","error_code":"B","required_account_subtype\u0073":[1]})",
             R"({"error_type":"A","error_code":"B","\u":1})",
             "{\"error_type\":\"A\",\"error_code\":\"B\",\"error_m\xC3\xA9ssage\":1}",
             "{\"error_type\":\"A\",\"error_code\":\"B\",\"error_m\xC0\x80ssage\":1}",
         })
        check_against_oracle(body, seen);
    CHECK(seen.accepted >= 10);
    CHECK(seen.rejected >= 3);
}

TEST_CASE("parse_error agrees with the DOM oracle on nesting at and past max_depth") {
    tally seen;
    const auto nested = [](std::size_t levels, std::size_t pattern, const char* inner) {
        std::string open;
        std::string close;
        for (std::size_t level = 0; level < levels; ++level) {
            const bool object = pattern == 0 || (pattern == 2 && level % 2 == 0);
            open += object ? "{\"a\":" : "[";
            close.insert(0, object ? "}" : "]");
        }
        return open + inner + close;
    };
    for (std::size_t max_depth : {std::size_t{1}, std::size_t{2}, std::size_t{5}, plaid::parse_limits{}.max_depth}) {
        plaid::parse_limits limits;
        limits.max_depth = max_depth;
        for (std::size_t levels = 0; levels <= max_depth + 3; ++levels) {
            for (std::size_t pattern = 0; pattern < 3; ++pattern) {
                for (const char* inner : {"1", "\"x\"", "{}", "[]", "[1,{\"b\":null}]"}) {
                    const auto value = nested(levels, pattern, inner);
                    for (const char* member : {"unknown", "error_message", "causes", "required_account_subtypes"})
                        check_against_oracle(with_member(member, value), seen, limits);
                    check_against_oracle(with_member("unknown", value, true), seen, limits);
                    check_against_oracle(value, seen, limits);
                    // The syntax error comes after the nesting limit, or before it.
                    check_against_oracle(with_member("unknown", value + "}"), seen, limits);
                    check_against_oracle(with_member("unknown", value).substr(0, 50 + levels * 3), seen, limits);
                }
            }
        }
    }
    // Causes within each cause, to and past the cause limit.
    for (std::size_t causes = 1; causes <= plaid::max_cause_depth + 2; ++causes) {
        std::string body;
        for (std::size_t level = 0; level < causes; ++level) body += R"({"error_type":"A","error_code":"B","causes":[)";
        body += R"({"error_type":"A","error_code":"B"})";
        for (std::size_t level = 0; level < causes; ++level) body += "]}";
        check_against_oracle(body, seen);
    }
    CHECK(seen.accepted > 1000);
    CHECK(seen.rejected > 100);
}

TEST_CASE("parse_error agrees with the DOM oracle on every truncation and single-byte change of some bodies") {
    tally seen;
    const auto full = parser_test::read_file(std::string(PLAID_ERRORS_TEST_DATA) + "/perf/full_fields.json");
    const std::string docs(plaid::info(plaid::all_codes()[0]).sample_body_text);
    std::vector<std::string> bodies{full, plaid_perf::with_unicode_escapes(docs),
                                    plaid_perf::with_fractions_and_exponents(docs), plaid_perf::with_deep_member(docs)};
    bodies.push_back(plaid_perf::with_unicode_escapes(plaid_perf::with_fractions_and_exponents(full)));
    const std::string replacements = "\"\\{}[],:0-.eEu \x01\x80\xC3";
    for (const auto& body : bodies) {
        for (std::size_t size = 0; size < body.size(); ++size) check_against_oracle(body.substr(0, size), seen);
        // Every change of the full-fields bodies would take most of this test's time for little more.
        if (body.size() > 1000) continue;
        for (std::size_t at = 0; at < body.size(); ++at) {
            for (char replacement : replacements) {
                if (body[at] == replacement) continue;
                auto changed = body;
                changed[at] = replacement;
                check_against_oracle(changed, seen);
            }
        }
    }
    CHECK(seen.accepted > 1000);
    CHECK(seen.rejected > 10000);
}

TEST_CASE("parse_error agrees with the DOM oracle on randomly edited bodies") {
    tally seen;
    auto seeds = class_bodies();
    const std::string alphabet =
        "{}[]\":,\\ntrufalse0123456789-+.eE \t\r\n\x01\x7F\xC3\xA9\xED\xA0\x80\xF4\x90u";
    const char* const pieces[] = {R"(\u00e9)", R"(\ud83d\ude00)", R"(\ud800)", R"(\udc00)", "1.5e-3", "-0",
                                  "2147483648", "[[[[", "]]]]", "{\"a\":", "\xF0\x9F\x98\x80"};
    std::mt19937 random(20240229);
    const auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    for (int round = 0; round < 15000; ++round) {
        auto body = seeds[below(seeds.size())];
        for (std::size_t edits = 1 + below(4); edits > 0 && !body.empty(); --edits) {
            const auto at = below(body.size());
            switch (below(5)) {
                case 0: body.erase(at, 1 + below(3)); break;
                case 1: body.insert(at, 1, alphabet[below(alphabet.size())]); break;
                case 2: body[at] = alphabet[below(alphabet.size())]; break;
                case 3: body.insert(at, pieces[below(std::size(pieces))]); break;
                default: {
                    const auto& other = seeds[below(seeds.size())];
                    const auto from = below(other.size());  // in sequence: argument order is unspecified
                    body.insert(at, other.substr(from, below(40)));
                }
            }
        }
        check_against_oracle(body, seen);
    }
    CHECK(seen.accepted > 1000);
    CHECK(seen.rejected > 1000);
}
