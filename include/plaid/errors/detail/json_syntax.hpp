#ifndef PLAID_ERRORS_DETAIL_JSON_SYNTAX_HPP
#define PLAID_ERRORS_DETAIL_JSON_SYNTAX_HPP

#include "abi.hpp"

#include <cstdint>
#include <string_view>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Where a text stops being JSON: what the reader wanted at that byte.
enum class json_syntax : std::uint8_t {
    value, member_name, colon, object_next, array_next, end_of_text, byte_order_mark, literal, minus_digit,
    fraction_digit, exponent_digit, number_range, string_end, control_character, escape, hex_digit,
    low_surrogate, lone_low_surrogate, utf8,
};

constexpr std::string_view describe(json_syntax what) noexcept {
    constexpr std::string_view expected[] = {
        "expected a value",
        "expected a member name in double quotes",
        "expected ':' after a member name",
        "expected ',' or '}' after an object member",
        "expected ',' or ']' after an array element",
        "expected the end of the body after the top-level value",
        "expected the rest of a UTF-8 byte order mark",
        "expected true, false or null",
        "expected a digit after '-'",
        "expected a digit after '.'",
        "expected a digit in the exponent",
        "expected a number within the range of a double",
        "expected the closing '\"' of a string",
        "expected a control character in a string to be escaped",
        "expected one of \" \\ / b f n r t u after '\\'",
        "expected four hex digits after '\\u'",
        "expected a low surrogate escape after a high surrogate",
        "expected a high surrogate escape before a low surrogate",
        "expected valid UTF-8 in a string",
    };
    static_assert(sizeof expected / sizeof expected[0] == static_cast<std::size_t>(json_syntax::utf8) + 1);
    return expected[static_cast<std::size_t>(what)];
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
