#ifndef PLAID_ERRORS_PERF_BODY_VARIANTS_HPP
#define PLAID_ERRORS_PERF_BODY_VARIANTS_HPP

#include <cstddef>
#include <string>
#include <string_view>

/// Rewrites of a valid JSON error body into bodies that exercise the parts of
/// JSON a subset scanner leaves out, each still valid JSON with the same
/// members in the same order: the benchmarks measure them as body classes and
/// the differential test checks them against a DOM parser. Every transform
/// expects an object at the top level and leaves any other text unchanged.
namespace plaid_perf {

namespace detail {

/// The position just past the JSON string that opens at `at`.
inline std::size_t string_end(std::string_view body, std::size_t at) {
    for (std::size_t i = at + 1; i < body.size(); ++i) {
        if (body[i] == '\\')
            ++i;
        else if (body[i] == '"')
            return i + 1;
    }
    return body.size();
}

inline bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// `\uXXXX` for one UTF-16 code unit.
inline void append_unicode_escape(std::string& out, unsigned unit) {
    static constexpr char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(unit >> shift) & 0xF];
}

/// The characters Go's encoding/json escapes (`<`, `>`, `&`) and every
/// non-ASCII character as `\uXXXX`, a surrogate pair above U+FFFF, as a
/// client that escapes everything but ASCII writes them. Expects valid UTF-8,
/// which a body a JSON parser accepted holds.
inline void append_escaped_text(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '<' || byte == '>' || byte == '&') {
            append_unicode_escape(out, byte);
            continue;
        }
        if (byte < 0x80 || byte >= 0xF8 || (byte & 0xC0) == 0x80) {
            out += text[i];
            continue;
        }
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        if (i + length > text.size()) {
            out += text.substr(i);
            return;
        }
        unsigned point = byte & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        if (point >= 0x10000) {
            append_unicode_escape(out, 0xD800 + ((point - 0x10000) >> 10));
            append_unicode_escape(out, 0xDC00 + ((point - 0x10000) & 0x3FF));
        } else {
            append_unicode_escape(out, point);
        }
        i += length - 1;
    }
}

}  // namespace detail

/// What `with_unicode_escapes` appends to every message, before escaping:
/// markup, accented Latin, a BMP symbol and an emoji (a surrogate pair).
inline constexpr std::string_view escaped_suffix = " <b>caf\xC3\xA9 & cr\xC3\xA8me \xE2\x82\xAC</b> \xF0\x9F\x98\x80";

/// Every `error_message` and `display_message` string, at any depth, written
/// with `\u` escapes as Go's encoding/json and ASCII-only writers do, and
/// ending in `escaped_suffix` so that every body carries every kind of `\u`
/// escape; the messages' decoded text gains that suffix, nothing else changes.
inline std::string with_unicode_escapes(std::string_view body) {
    std::string out;
    out.reserve(body.size() * 2);
    std::string_view previous_key;
    for (std::size_t i = 0; i < body.size();) {
        if (body[i] != '"') {
            out += body[i++];
            continue;
        }
        const auto end = detail::string_end(body, i);
        const auto token = body.substr(i, end - i);
        auto next = end;
        while (next < body.size() && detail::is_json_space(body[next])) ++next;
        const bool is_key = next < body.size() && body[next] == ':';
        if (!is_key && (previous_key == "\"error_message\"" || previous_key == "\"display_message\"")) {
            out += '"';
            detail::append_escaped_text(out, token.substr(1, token.size() - 2));
            detail::append_escaped_text(out, escaped_suffix);
            out += '"';
        } else {
            out += token;
        }
        previous_key = is_key ? token : std::string_view();
        i = end;
    }
    return out;
}

/// Unknown members that hold a fraction, a negative exponent and the largest
/// double, as the first members of the top-level object.
inline constexpr std::string_view fraction_members = R"("ratio":0.5,"rate":-1.25e-3,"big":1E+308,)";

/// The body with `fraction_members` first in its top-level object.
inline std::string with_fractions_and_exponents(std::string_view body) {
    std::string out(body);
    const auto open = out.find('{');
    if (open != std::string::npos) out.insert(open + 1, fraction_members);
    return out;
}

/// Levels of nesting of the member `with_deep_member` adds, counting its own
/// value: with the top-level object, 25 levels, within the default limit.
inline constexpr std::size_t deep_member_levels = 24;

/// An unknown member nested `levels` deep, objects and arrays alternating:
/// `"deep":{"a":[{"a":[...[1]...]}]},`.
inline std::string deep_member(std::size_t levels) {
    std::string open = "\"deep\":";
    std::string close;
    for (std::size_t level = 0; level < levels; ++level) {
        const bool object = level % 2 == 0;
        open += object ? "{\"a\":" : "[";
        close.insert(0, object ? "}" : "]");
    }
    return open + "1" + close + ",";
}

/// The body with `deep_member(deep_member_levels)` first in its top-level object.
inline std::string with_deep_member(std::string_view body) {
    std::string out(body);
    const auto open = out.find('{');
    if (open != std::string::npos) out.insert(open + 1, deep_member(deep_member_levels));
    return out;
}

}  // namespace plaid_perf

#endif
