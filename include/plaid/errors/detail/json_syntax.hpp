#ifndef PLAID_ERRORS_DETAIL_JSON_SYNTAX_HPP
#define PLAID_ERRORS_DETAIL_JSON_SYNTAX_HPP

#include <cstdint>
#include <string_view>

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// Where a text stops being JSON: what the reader wanted at that byte.
enum class json_syntax : std::uint8_t {
    value,
    member_name,
    colon,
    object_next,
    array_next,
    end_of_text,
    byte_order_mark,
    literal,
    minus_digit,
    fraction_digit,
    exponent_digit,
    number_range,
    string_end,
    control_character,
    escape,
    hex_digit,
    low_surrogate,
    lone_low_surrogate,
    utf8,
};

constexpr std::string_view describe(json_syntax what) noexcept {
    switch (what) {
        case json_syntax::value: return "expected a value";
        case json_syntax::member_name: return "expected a member name in double quotes";
        case json_syntax::colon: return "expected ':' after a member name";
        case json_syntax::object_next: return "expected ',' or '}' after an object member";
        case json_syntax::array_next: return "expected ',' or ']' after an array element";
        case json_syntax::end_of_text: return "expected the end of the body after the top-level value";
        case json_syntax::byte_order_mark: return "expected the rest of a UTF-8 byte order mark";
        case json_syntax::literal: return "expected true, false or null";
        case json_syntax::minus_digit: return "expected a digit after '-'";
        case json_syntax::fraction_digit: return "expected a digit after '.'";
        case json_syntax::exponent_digit: return "expected a digit in the exponent";
        case json_syntax::number_range: return "expected a number within the range of a double";
        case json_syntax::string_end: return "expected the closing '\"' of a string";
        case json_syntax::control_character: return "expected a control character in a string to be escaped";
        case json_syntax::escape: return "expected one of \" \\ / b f n r t u after '\\'";
        case json_syntax::hex_digit: return "expected four hex digits after '\\u'";
        case json_syntax::low_surrogate: return "expected a low surrogate escape after a high surrogate";
        case json_syntax::lone_low_surrogate: return "expected a high surrogate escape before a low surrogate";
        case json_syntax::utf8: return "expected valid UTF-8 in a string";
    }
    return {};
}

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
