/// The parser over every file of the JSONTestSuite (read from the corpora
/// beside the checkout, see its SOURCE.txt and LICENSE there): `n_` files must fail to parse, `y_` files are
/// read as JSON (never `not_json`) that is not a Plaid error, and each `i_` file (implementation-defined in
/// RFC 8259) has the outcome written in the table below; every file's outcome is the one nlohmann/json's
/// DOM parser and the DOM overload give.
#include <plaid/errors/json.hpp>

#include <nlohmann/json.hpp>

#include <catch.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "corpora.hpp"

namespace {

using plaid::parse_failure_kind;

struct suite_file {
    std::string name;
    std::string body;
};

/// The suite's files, sorted by name; none, after the skip message, where the corpus is absent.
std::vector<suite_file> read_suite() {
    std::vector<suite_file> files;
    const auto suite = corpora::find("JSONTestSuite");
    if (!suite) return files;
    for (const auto& entry : std::filesystem::directory_iterator(*suite / "test_parsing")) {
        std::ifstream in(entry.path(), std::ios::binary);
        files.push_back({entry.path().filename().string(),
                         {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}});
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return files;
}

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

/// What the parser does with each `i_` file; no value means "parsed". The
/// library rejects what nlohmann/json rejects: numbers that overflow a double,
/// invalid UTF-8 and unpaired surrogates. Numbers nlohmann/json accepts
/// (huge integers become doubles, underflow becomes 0) leave a top-level array,
/// so `not_object`. UTF-16 text fails on its NUL bytes; a UTF-8 byte order mark
/// is skipped, as nlohmann/json skips it.
const std::map<std::string, std::optional<parse_failure_kind>> implementation_defined{
    {"i_number_double_huge_neg_exp.json", parse_failure_kind::not_object},
    {"i_number_huge_exp.json", parse_failure_kind::not_json},
    {"i_number_neg_int_huge_exp.json", parse_failure_kind::not_json},
    {"i_number_pos_double_huge_exp.json", parse_failure_kind::not_json},
    {"i_number_real_neg_overflow.json", parse_failure_kind::not_json},
    {"i_number_real_pos_overflow.json", parse_failure_kind::not_json},
    {"i_number_real_underflow.json", parse_failure_kind::not_object},
    {"i_number_too_big_neg_int.json", parse_failure_kind::not_object},
    {"i_number_too_big_pos_int.json", parse_failure_kind::not_object},
    {"i_number_very_big_negative_int.json", parse_failure_kind::not_object},
    {"i_object_key_lone_2nd_surrogate.json", parse_failure_kind::not_json},
    {"i_string_1st_surrogate_but_2nd_missing.json", parse_failure_kind::not_json},
    {"i_string_1st_valid_surrogate_2nd_invalid.json", parse_failure_kind::not_json},
    {"i_string_UTF-16LE_with_BOM.json", parse_failure_kind::nul_byte},
    {"i_string_UTF-8_invalid_sequence.json", parse_failure_kind::not_json},
    {"i_string_UTF8_surrogate_U+D800.json", parse_failure_kind::not_json},
    {"i_string_incomplete_surrogate_and_escape_valid.json", parse_failure_kind::not_json},
    {"i_string_incomplete_surrogate_pair.json", parse_failure_kind::not_json},
    {"i_string_incomplete_surrogates_escape_valid.json", parse_failure_kind::not_json},
    {"i_string_invalid_lonely_surrogate.json", parse_failure_kind::not_json},
    {"i_string_invalid_surrogate.json", parse_failure_kind::not_json},
    {"i_string_invalid_utf-8.json", parse_failure_kind::not_json},
    {"i_string_inverted_surrogates_U+1D11E.json", parse_failure_kind::not_json},
    {"i_string_iso_latin_1.json", parse_failure_kind::not_json},
    {"i_string_lone_second_surrogate.json", parse_failure_kind::not_json},
    {"i_string_lone_utf8_continuation_byte.json", parse_failure_kind::not_json},
    {"i_string_not_in_unicode_range.json", parse_failure_kind::not_json},
    {"i_string_overlong_sequence_2_bytes.json", parse_failure_kind::not_json},
    {"i_string_overlong_sequence_6_bytes.json", parse_failure_kind::not_json},
    {"i_string_overlong_sequence_6_bytes_null.json", parse_failure_kind::not_json},
    {"i_string_truncated-utf-8.json", parse_failure_kind::not_json},
    {"i_string_utf16BE_no_BOM.json", parse_failure_kind::nul_byte},
    {"i_string_utf16LE_no_BOM.json", parse_failure_kind::nul_byte},
    {"i_structure_500_nested_arrays.json", parse_failure_kind::too_deep},
    // `{}` after the byte order mark: valid JSON without the required members.
    {"i_structure_UTF-8_BOM_empty_object.json", parse_failure_kind::not_plaid_error},
};

}  // namespace

TEST_CASE("the JSONTestSuite: 188 n_ files fail, 95 y_ files are not Plaid errors, 35 i_ files as documented") {
    const auto files = read_suite();
    if (files.empty()) return;  // the corpus is absent: reported skipped
    REQUIRE(files.size() == 318);

    std::size_t rejected = 0;
    std::size_t accepted_json = 0;
    std::size_t as_documented = 0;
    for (const auto& file : files) {
        CAPTURE(file.name);
        const auto result = plaid::parse_error(file.body);
        const auto kind = result ? std::nullopt : std::optional<parse_failure_kind>(result.failure().kind);
        if (!result) CHECK_FALSE(result.failure().message.empty());

        if (starts_with(file.name, "n_")) {
            // Invalid JSON: a syntax failure, never one that reads the body as JSON.
            const bool syntax_failure = kind == parse_failure_kind::not_json || kind == parse_failure_kind::nul_byte ||
                                        kind == parse_failure_kind::empty_body ||
                                        kind == parse_failure_kind::too_deep;
            CHECK(syntax_failure);
            if (syntax_failure) ++rejected;
        } else if (starts_with(file.name, "y_")) {
            const bool json_but_not_plaid =
                !kind || kind == parse_failure_kind::not_object || kind == parse_failure_kind::not_plaid_error;
            CHECK(json_but_not_plaid);
            if (json_but_not_plaid) ++accepted_json;
        } else {
            REQUIRE(starts_with(file.name, "i_"));
            const auto expected = implementation_defined.find(file.name);
            REQUIRE(expected != implementation_defined.end());
            CHECK(kind == expected->second);
            if (kind == expected->second) ++as_documented;
        }
    }
    CHECK(rejected == 188);
    CHECK(accepted_json == 95);
    CHECK(as_documented == 35);
    CHECK(implementation_defined.size() == 35);
}

TEST_CASE("the JSONTestSuite's number ended by a NUL byte, which nlohmann/json accepts, fails") {
    const auto files = read_suite();
    if (files.empty()) return;  // the corpus is absent: reported skipped
    const auto nul = std::find_if(files.begin(), files.end(),
                                  [](const auto& file) { return file.name == "n_multidigit_number_then_00.json"; });
    REQUIRE(nul != files.end());
    const auto result = plaid::parse_error(nul->body);
    REQUIRE_FALSE(result);
    CHECK(result.failure().kind == parse_failure_kind::nul_byte);
    CHECK(result.failure().offset == nul->body.find('\0'));
}

TEST_CASE("the JSONTestSuite: every file has the outcome the nlohmann/json DOM oracle gives") {
    const auto files = read_suite();
    if (files.empty()) return;  // the corpus is absent: reported skipped
    std::size_t rejected = 0;
    std::size_t agreed = 0;
    for (const auto& file : files) {
        CAPTURE(file.name);
        const auto result = plaid::parse_error(file.body);
        const auto document = nlohmann::json::parse(file.body, nullptr, false);
        if (document.is_discarded() || file.body.find('\0') != std::string::npos) {
            // Rejected JSON fails as a syntax error, or on the nesting limit or a NUL met first.
            REQUIRE_FALSE(result);
            const auto kind = result.failure().kind;
            CHECK((kind == parse_failure_kind::not_json || kind == parse_failure_kind::too_deep ||
                   kind == parse_failure_kind::nul_byte || kind == parse_failure_kind::empty_body));
            ++rejected;
            continue;
        }
        const auto oracle = plaid::parse_error(document);
        REQUIRE(result.has_value() == oracle.has_value());
        if (oracle) {
            CHECK(*result == *oracle);
        } else {
            CHECK(result.failure().kind == oracle.failure().kind);
            CHECK(result.failure().field == oracle.failure().field);
        }
        ++agreed;
    }
    CHECK(rejected + agreed == files.size());
    CHECK(rejected >= 188);
    CHECK(agreed >= 95);
}
