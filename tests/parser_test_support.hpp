#ifndef PLAID_ERRORS_TESTS_PARSER_TEST_SUPPORT_HPP
#define PLAID_ERRORS_TESTS_PARSER_TEST_SUPPORT_HPP

#include <plaid/errors/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "corpora.hpp"

namespace parser_test {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The `.json` files of one folder of the project's own under tests/data, sorted by name.
inline std::vector<std::filesystem::path> data_files(const std::string& folder) {
    return corpora::json_files(std::filesystem::path(PLAID_ERRORS_TEST_DATA) / folder);
}

/// The docs' sample bodies under tests/data, then Plaid's real bodies where the corpus is there.
inline std::vector<std::filesystem::path> all_bodies() {
    auto files = data_files("docs");
    const auto real = corpora::json_files(corpora::find("plaid-bodies", false));
    files.insert(files.end(), real.begin(), real.end());
    return files;
}

/// A result as text, so two results compare field by field in one CHECK and
/// a mismatch prints both; the typed code and type come first.
inline std::string describe(const plaid::parse_result& result) {
    if (result) {
        const auto code = result->code ? std::to_string(result->code->value()) : std::string("none");
        return "error code=" + code + " type=" + std::to_string(static_cast<int>(result->type)) + " " +
               nlohmann::json(*result).dump();
    }
    const auto& failure = result.failure();
    return "failure " + std::to_string(static_cast<int>(failure.kind)) + " field=" + failure.field +
           " offset=" + (failure.offset ? std::to_string(*failure.offset) : "none") + " message=" + failure.message;
}

}  // namespace parser_test

#endif
