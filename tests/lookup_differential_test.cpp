// The generated perfect hashes behind the name lookups, checked against a
// plain search with std::string_view's own comparison: on every name, every
// prefix, every one-byte change and strings around the 8-byte word boundaries.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <plaid/errors.hpp>

#include "catch.hpp"

namespace {

std::vector<std::string> probes() {
    std::vector<std::string> out{"", std::string(1, '\0'), std::string(8, 'A'), std::string(64, 'A')};
    auto add_around = [&](std::string name) {
        for (std::size_t size = 0; size <= name.size(); ++size) out.push_back(name.substr(0, size));
        for (std::size_t i = 0; i < name.size(); ++i) {
            for (char replacement : {'\0', 'A', '_', 'a', '\x80', '\xff'}) {
                auto changed = name;
                changed[i] = replacement;
                out.push_back(changed);
            }
        }
        out.push_back(name + "_");
        out.push_back(name + std::string(1, '\0'));
    };
    for (plaid::code c : plaid::all_codes()) {
        add_around(std::string(c.name()));
        for (auto alias : plaid::info(c).aliases) add_around(std::string(alias));
    }
    for (auto type : plaid::all_error_types) add_around(std::string(plaid::to_string(type)));
    for (std::size_t size = 0; size <= 64; ++size) out.push_back(std::string(size, 'Z'));
    return out;
}

/// What a lookup must answer, found by comparing strings one by one.
std::optional<plaid::code> search(plaid::error_type type, std::string_view name) {
    for (plaid::code c : plaid::codes_of(type)) {
        if (c.name() == name) return c;
        for (auto alias : plaid::info(c).aliases)
            if (alias == name) return c;
    }
    return std::nullopt;
}

std::optional<plaid::code> search_any_type(std::string_view name) {
    std::optional<plaid::code> found;
    for (auto type : plaid::all_error_types) {
        if (auto c = search(type, name)) {
            if (found) return std::nullopt;  // documented under several types
            found = c;
        }
    }
    return found;
}

}  // namespace

TEST_CASE("the pair lookup answers as a string search does, under every type") {
    const auto all = probes();
    for (auto type : plaid::all_error_types) {
        for (const auto& probe : all) {
            CAPTURE(plaid::to_string(type), probe);
            CHECK(plaid::to_code(type, probe) == search(type, probe));
        }
    }
}

TEST_CASE("the code-only lookup answers as a string search does") {
    for (const auto& probe : probes()) {
        CAPTURE(probe);
        CHECK(plaid::to_code(probe) == search_any_type(probe));
    }
}

TEST_CASE("the type lookup answers as a string search does") {
    for (const auto& probe : probes()) {
        std::optional<plaid::error_type> expected;
        for (auto type : plaid::all_error_types)
            if (plaid::to_string(type) == probe) expected = type;
        CAPTURE(probe);
        CHECK(plaid::to_error_type(probe) == expected);
    }
}
