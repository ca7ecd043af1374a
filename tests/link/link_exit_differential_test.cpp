/// The Link exit readers against an oracle written with nlohmann/json
/// (tests/support/link_exit_oracle.hpp): every JSON file of the corpora and
/// tests/data, the fixture's forms of every status and Link error code, and
/// systematic mutations of them, read by `parse_link_exit`,
/// `parse_link_sdk_exit` and `parse_any_link_exit`.
#include <plaid/errors/link_error_code.hpp>
#include <plaid/errors/link_exit.hpp>
#include <plaid/errors/link_exit_status.hpp>
#include <plaid/errors/link_testing.hpp>

#include <catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "corpora.hpp"
#include "link_exit_oracle.hpp"

namespace {

using json = nlohmann::json;

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Every `.json` file under `root`, sorted.
std::vector<std::filesystem::path> json_files_under(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::is_directory(root)) return files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// The fixture's four forms of one exit.
void add_forms(const plaid_testing::link_exit_fixture& f, std::vector<std::string>& out) {
    out.push_back(f.exit_body());
    out.push_back(f.session_body());
    out.push_back(f.callback_webhook_body());
    out.push_back(f.sdk_body());
}

/// The values a member is replaced with.
std::vector<json> replacements() {
    return {nullptr,
            1,
            -2.5,
            true,
            "s",
            "ON_EXIT",
            json::array(),
            json::array({"x"}),
            json::object(),
            {{"error_type", "ITEM_ERROR"}, {"error_code", "ITEM_LOGIN_REQUIRED"}},
            {{"errorType", "ITEM_ERROR"}, {"errorCode", "ITEM_LOGIN_REQUIRED"}},
            {{"errorType", "ITEM_ERROR"}, {"errorCode", 3}},
            {{"error_type", "ITEM_ERROR"}, {"error_code", "X"}, {"causes", {{{"error_type", 1}}}}},
            {{"status", "requires_credentials"}, {"link_session_id", "s1"}, {"linkSessionId", "s2"}},
            {{"institution", {{"name", 1}}}},
            {{"institution", {{"id", "ins_1"}, {"institution_id", 2}}}}};
}

/// Every object member of `doc`, however deep, set to each replacement and removed.
void mutate(json& doc, json& node, const std::vector<json>& values, std::vector<std::string>& out) {
    if (!node.is_object()) return;
    std::vector<std::string> keys;
    for (auto it = node.begin(); it != node.end(); ++it) keys.push_back(it.key());
    for (const auto& key : keys) {
        const json kept = node[key];
        node.erase(key);
        out.push_back(doc.dump());
        for (const auto& v : values) {
            node[key] = v;
            out.push_back(doc.dump());
        }
        node[key] = kept;
        mutate(doc, node[key], values, out);
    }
}

/// Members added beside those of the body: the other form's names, the nested exits, callback types.
void add_members(const json& doc, std::vector<std::string>& out) {
    if (!doc.is_object()) return;
    const std::vector<std::pair<std::string, json>> extra = {
        {"exit", {{"error", nullptr}, {"metadata", {{"status", "choose_device"}, {"request_id", "r"}}}}},
        {"on_exit", {{"error", nullptr}, {"metadata", {{"link_session_id", "on"}}}}},
        {"exit", nullptr},
        {"on_exit", json::object()},
        {"link_session_id", "outer"},
        {"link_callback_metadata", {{"callback_type", "ON_SUCCESS"}, {"status", "x"}}},
        {"link_callback_metadata", {{"callback_type", "ON_EVENT"}}},
        {"link_callback_metadata", {{"callback_type", nullptr}, {"link_session_id", "cb"}}},
        {"link_callback_metadata", {{"callback_type", "ON_EXIT"}, {"request_id", 4}}},
        {"metadata", nullptr},
        {"metadata", {{"linkSessionId", "camel"}, {"requestId", "camel-r"}, {"request_id", "snake-r"}}},
        {"error", nullptr},
        {"error", {{"errorCode", "INVALID_LINK_TOKEN"}, {"errorType", "INVALID_INPUT"}, {"error_code", "X"}, {"error_type", "Y"}}}};
    for (const auto& [name, value] : extra) {
        auto changed = doc;
        changed[name] = value;
        out.push_back(changed.dump());
    }
}

/// Cuts of the body: the bytes before each of a few points, and the body with one byte changed.
void add_cuts(const std::string& body, std::vector<std::string>& out) {
    for (std::size_t at = 1; at < body.size(); at += 1 + body.size() / 7) {
        out.push_back(body.substr(0, at));
        auto changed = body;
        changed[at] = changed[at] == '"' ? '\'' : '"';
        out.push_back(changed);
    }
}

TEST_CASE("the Link exit readers agree with nlohmann/json over the corpora, the data, the fixtures and their mutations") {
    std::vector<std::string> bodies;
    std::size_t files = 0;
    if (const auto corpora_dir = corpora::find("", false))
        for (const auto& path : json_files_under(*corpora_dir)) bodies.push_back(read_file(path)), ++files;
    for (const auto& path : json_files_under(PLAID_ERRORS_TEST_DATA)) bodies.push_back(read_file(path)), ++files;

    std::vector<std::string> seeds;
    for (const auto status : plaid::all_link_exit_statuses) {
        plaid_testing::link_exit_fixture f(status);
        add_forms(f, seeds);
        add_forms(f.no_error().institution(std::nullopt, std::nullopt).link_session_id(std::nullopt), seeds);
    }
    for (std::size_t i = 0; i < plaid::all_link_error_codes.size(); ++i) {
        plaid_testing::link_exit_fixture f(plaid::all_link_exit_statuses[i % plaid::all_link_exit_statuses.size()]);
        f.error(plaid::all_link_error_codes[i]);
        if (i % 3 == 0) f.request_id(std::nullopt).display_message("shown");
        if (i % 4 == 1) f.status("A_STATUS_NO_VERSION_KNOWS").error_message(std::nullopt);
        add_forms(f, seeds);
    }
    add_forms(plaid_testing::link_exit_fixture().error("NEW_TYPE", "NEW_CODE"), seeds);

    const auto values = replacements();
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        bodies.push_back(seeds[i]);
        if (i % 5 != 0) continue;  // every fifth seed mutated: each form of each kind of exit is among them
        auto doc = json::parse(seeds[i]);
        mutate(doc, doc, values, bodies);
        add_members(doc, bodies);
        add_cuts(seeds[i], bodies);
    }

    link_exit_oracle::tally snake, camel;
    for (const auto& body : bodies) {
        INFO(body);
        CHECK(link_exit_oracle::disagreement(body, snake) == "");
        CHECK(link_exit_oracle::sdk_disagreement(body, camel) == "");
        CHECK(link_exit_oracle::any_disagreement(body) == "");
    }
    std::cout << "link exit oracle: " << bodies.size() << " bodies (" << files << " files); snake_case accepted "
              << snake.accepted << ", failed on JSON " << snake.failed_on_json << ", not JSON " << snake.not_json
              << "; camelCase accepted " << camel.accepted << ", failed on JSON " << camel.failed_on_json << ", not JSON "
              << camel.not_json << std::endl;
    CHECK(snake.accepted > 500);
    CHECK(snake.failed_on_json > 500);
    CHECK(snake.not_json > 50);
    CHECK(camel.accepted > 500);
    CHECK(camel.failed_on_json > 500);
    CHECK(camel.not_json > 50);
}

}  // namespace
