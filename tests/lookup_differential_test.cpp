// The word-at-a-time comparisons behind the name lookups, checked against
// std::string_view's own comparison on every name and on strings one byte away.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <plaid/errors.hpp>
#include <plaid/errors/detail/words.hpp>

#include "catch.hpp"

namespace {

/// Every name, each prefix of it, each with one byte changed or appended,
/// and strings around the 8-byte word boundaries.
template <class Table>
std::vector<std::string> probes(const Table& table) {
    std::vector<std::string> out{"", std::string(1, '\0'), std::string(8, 'A'), std::string(64, 'A')};
    for (const auto& entry : table) {
        const std::string name(entry.name);
        for (std::size_t size = 0; size <= name.size(); ++size) out.push_back(name.substr(0, size));
        for (std::size_t i = 0; i < name.size(); ++i) {
            for (char replacement : {'\0', 'A', '_', 'a', '\x80', '\xff'}) {
                auto changed = name;
                changed[i] = replacement;
                out.push_back(changed);
            }
        }
        out.push_back(name + "_");
        out.push_back("_" + name);
    }
    return out;
}

}  // namespace

TEST_CASE("to_invalid_input agrees with comparing every name") {
    for (const auto& probe : probes(plaid::invalid_input_table)) {
        std::optional<plaid::invalid_input> expected;
        for (const auto& entry : plaid::invalid_input_table)
            if (entry.name == probe) expected = entry.code;
        INFO(probe);
        CHECK(plaid::to_invalid_input(probe) == expected);
    }
}

TEST_CASE("to_error_type agrees with comparing every name") {
    for (const auto& probe : probes(plaid::error_type_table)) {
        std::optional<plaid::error_type> expected;
        for (const auto& entry : plaid::error_type_table)
            if (entry.name == probe) expected = entry.type;
        INFO(probe);
        CHECK(plaid::to_error_type(probe) == expected);
    }
}

namespace {

/// Whether the words of two strings of one length are equal, as `name_index` asks.
template <std::size_t Words>
bool same_words(const char* a, const char* b, std::size_t size) {
    return plaid::detail::name_words<Words>(a, size) == plaid::detail::name_words<Words>(b, size);
}

}  // namespace

TEST_CASE("name_words tell apart strings differing in any one byte, at every length up to 48") {
    const std::string base = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuv";
    for (std::size_t size = 0; size <= base.size(); ++size) {
        CHECK(same_words<6>(base.data(), base.data(), size));
        for (std::size_t i = 0; i < size; ++i) {
            auto other = base;
            other[i] = static_cast<char>(other[i] ^ 0x20);
            INFO("size " << size << ", byte " << i);
            CHECK_FALSE(same_words<6>(base.data(), other.data(), size));
            if (size <= 32) CHECK_FALSE(same_words<4>(base.data(), other.data(), size));
            if (size <= 8) CHECK_FALSE(same_words<1>(base.data(), other.data(), size));
        }
    }
}

TEST_CASE("load_word puts the first byte lowest") {
    constexpr char bytes[] = "\x01\x02\x03\x04\x05\x06\x07\x08";
    STATIC_REQUIRE(plaid::detail::load_word(bytes) == 0x0807060504030201);
}
