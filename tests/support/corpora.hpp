#ifndef PLAID_ERRORS_TESTS_CORPORA_HPP
#define PLAID_ERRORS_TESTS_CORPORA_HPP

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

/// Other projects' files (Plaid's SDK bodies, the JSONTestSuite) are not in
/// the repo: tests read them from PLAID_ERRORS_CORPORA, ../shared/corpora
/// beside the checkout by default.
namespace corpora {

/// A corpus folder, or no value when it is absent. A test that needs it then
/// prints `skipped: ... is absent`, which ctest reports as a skip; one that
/// only gains inputs from it says so as a note.
inline std::optional<std::filesystem::path> find(const std::string& name, bool required = true) {
    const auto dir = std::filesystem::path(PLAID_ERRORS_CORPORA) / name;
    if (std::filesystem::is_directory(dir)) return dir;
    std::cout << (required ? "skipped: " : "note: ") << dir.string() << " is absent"
              << (required ? "" : "; its files are not checked") << std::endl;
    return std::nullopt;
}

/// The `.json` files of a folder, sorted by name; none for no folder.
inline std::vector<std::filesystem::path> json_files(const std::optional<std::filesystem::path>& dir) {
    std::vector<std::filesystem::path> files;
    if (!dir) return files;
    for (const auto& entry : std::filesystem::directory_iterator(*dir))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace corpora

#endif
