#include <plaid/errors/json.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

#include "parser_test_support.hpp"

using parser_test::describe;

namespace {

constexpr std::size_t max_depth = plaid::parse_limits{}.max_depth;

/// What nlohmann/json's DOM parser makes of a body, through the DOM overload.
std::string through_dom(const std::string& body) {
    try {
        return describe(plaid::parse_error(nlohmann::json::parse(body)));
    } catch (const nlohmann::json::parse_error& e) {
        return "not JSON before byte " + std::to_string(e.byte);
    } catch (const nlohmann::json::out_of_range&) {
        return "not JSON: out of range";
    }
}

/// The scanner, when it accepts a body, agrees with the SAX path; the SAX path
/// agrees with nlohmann/json's DOM parser on validity, offset and fields.
void check_paths_agree(const std::string& body, std::size_t& scanned) {
    CAPTURE(nlohmann::json(body).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace));
    const auto sax = plaid::detail::sax_parse_error(body, max_depth);
    if (const auto scan = plaid::detail::scan_error_envelope(body, max_depth)) {
        ++scanned;
        REQUIRE(describe(*scan) == describe(sax));
    }
    const auto dom = through_dom(body);
    if (dom.rfind("not JSON", 0) != 0) {
        REQUIRE(describe(sax) == dom);
        return;
    }
    REQUIRE_FALSE(sax.has_value());
    const auto kind = sax.failure().kind;
    REQUIRE((kind == plaid::parse_failure_kind::not_json || kind == plaid::parse_failure_kind::too_deep));
    if (kind == plaid::parse_failure_kind::not_json && dom != "not JSON: out of range")
        REQUIRE(dom == "not JSON before byte " + std::to_string(*sax.failure().offset + 1));
}

/// The data files and every code's sample body.
std::vector<std::string> seed_bodies() {
    std::vector<std::string> seeds;
    for (const auto& path : parser_test::all_bodies()) seeds.push_back(parser_test::read_file(path));
    for (plaid::code code : plaid::all_codes()) seeds.emplace_back(plaid::info(code).sample_body_text);
    return seeds;
}

/// Values at the edges of the scanner's subset: each is put where a string,
/// the status, the causes, a string array and an unknown member go.
const char* const edge_values[] = {
    R"("plain")", R"("esc \" \\ \/ \b \f \n \r \t")", R"("\u0041")", R"("\ud83d\ude00")", R"("\ud800")",
    R"("\x")", "\"tab\there\"", "\"\xC2\x80\"", "\"\xC1\xBF\"", "\"\xE0\x9F\xBF\"", "\"\xE0\xA0\x80\"",
    "\"\xED\x9F\xBF\"", "\"\xED\xA0\x80\"", "\"\xEF\xBF\xBF\"", "\"\xF0\x8F\xBF\xBF\"", "\"\xF0\x90\x80\x80\"",
    "\"\xF4\x8F\xBF\xBF\"", "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"", "\"\xE2\x82\"", "\"\x7F\"", "0", "-0",
    "01", "-", "-a", "1.", "1.5", "1e5", "1E+2", "2147483647", "2147483648", "-2147483649", "999999999999999999",
    "9999999999999999999", "99999999999999999999", "1e400", "true", "tru", "false", "null", "nul", "nullx",
    "[]", "[1,]", "[\"a\",\"b\"]", "[\"a\" \"b\"]", "[null]", "{}", R"({"a":1,})", R"({"a" 1})",
    R"([{"error_type":"A","error_code":"B"}])", R"([{"error_type":"A","error_code":"B","item_id":"i"},{}])",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "/*c*/1", "\f1", " 1 ",
};

}  // namespace

TEST_CASE("scanner, SAX path and DOM overload agree on every data file and sample body") {
    std::size_t scanned = 0;
    const auto seeds = seed_bodies();
    for (const auto& body : seeds) check_paths_agree(body, scanned);
    CHECK(scanned == seeds.size());
}

TEST_CASE("scanner, SAX path and DOM overload agree at the edges of the scanner's subset") {
    std::size_t scanned = 0;
    for (const char* value : edge_values) {
        for (const char* member : {"error_message", "status", "causes", "required_account_subtypes", "unknown"}) {
            const std::string body =
                std::string(R"({"error_type":"A","error_code":"B",")") + member + "\":" + value + "}";
            check_paths_agree(body, scanned);
        }
        check_paths_agree(value, scanned);
    }
    for (const char* body : {"\xEF\xBB\xBF{\"error_type\":\"A\",\"error_code\":\"B\"}", "{\"error_type\":\"A\"}x",
                             "{\"error_\\u0074ype\":\"A\",\"error_code\":\"B\"}", "{\"error_type\":\"A\",\"error_code\":\"B\"",
                             " \n{\"error_type\" : \"A\" ,\r\n\t\"error_code\":\"B\"} \n"})
        check_paths_agree(body, scanned);
    CHECK(scanned > 100);
}

TEST_CASE("scanner, SAX path and DOM overload agree on mutated bodies") {
    const auto seeds = seed_bodies();
    const std::string alphabet = "{}[]\":,\\ntrufalse0123456789-.eE \t\r\n\x01\x7F\xC3\xA9\xED\xA0\x80\xF4\x90u";
    std::mt19937 random(20240229);
    const auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    std::size_t scanned = 0;
    for (int round = 0; round < 20000; ++round) {
        auto body = seeds[below(seeds.size())];
        for (std::size_t edits = 1 + below(4); edits > 0 && !body.empty(); --edits) {
            const auto at = below(body.size());
            switch (below(4)) {
                case 0: body.erase(at, 1 + below(3)); break;
                case 1: body.insert(at, 1, alphabet[below(alphabet.size())]); break;
                case 2: body[at] = alphabet[below(alphabet.size())]; break;
                default: {
                    const auto& other = seeds[below(seeds.size())];
                    body.insert(at, other.substr(below(other.size()), below(40)));
                }
            }
        }
        check_paths_agree(body, scanned);
    }
    CHECK(scanned > 1000);
}
