#ifndef PLAID_ERRORS_DETAIL_SCANNER_HPP
#define PLAID_ERRORS_DETAIL_SCANNER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "../error.hpp"
#include "error_fields.hpp"
#include "words.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// Reads a Plaid error body in one pass without building a document.
/// Hand-written rather than built on nlohmann/json for speed (about ten
/// times less time than parsing a DOM and reading it); it accepts only a
/// subset of JSON (no `\u` escapes, fractions, exponents, integers over 18
/// digits, byte order mark, or nesting past `max_nesting`) and hands
/// everything else, every syntax error included, to the nlohmann/json SAX
/// path. Differential tests prove that whatever it accepts nlohmann/json
/// accepts too, with the same fields.
class envelope_scanner {
public:
    /// Deeper bodies go to the SAX path, whose parser does not recurse.
    static constexpr std::size_t max_nesting = 64;

    envelope_scanner(std::string_view body, std::size_t max_depth) noexcept
        : p_(body.data()),
          end_(body.data() + body.size()),
          max_depth_(max_depth < max_nesting ? max_depth : max_nesting) {}

    /// Fills `out`, which holds an empty error, with the parsed error or the
    /// field problem; false when the body lies outside the subset. Filling the
    /// caller's result in place matters: moving a parsed error costs about as
    /// much as scanning it.
    bool run(parse_result& out) {
        skip_whitespace();
        if (p_ == end_ || *p_ != '{' || max_depth_ < 1) return false;
        ++p_;
        error_fields fields(out.value());
        if (!object(fields, 1) || more()) return false;
        if (auto problem = fields.finish()) out = to_failure(std::move(*problem));
        return true;
    }

private:
    /// A string's bytes between its quotes, and its length once unescaped.
    struct string_span {
        const char* begin;
        const char* end;
        std::size_t decoded_size;
        bool escaped;
    };

    enum byte_class : std::uint8_t { plain, quote, backslash, control, non_ascii };

    static constexpr std::array<std::uint8_t, 256> byte_classes = [] {
        std::array<std::uint8_t, 256> classes{};
        for (std::size_t c = 0; c < 0x20; ++c) classes[c] = control;
        for (std::size_t c = 0x80; c < 0x100; ++c) classes[c] = non_ascii;
        classes['"'] = quote;
        classes['\\'] = backslash;
        return classes;
    }();

    /// Capacity given to a non-empty array at once: Plaid's arrays hold a few
    /// items, and growing one by one would allocate and move at each step.
    static constexpr std::size_t small_array = 4;

    static constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

    void skip_whitespace() noexcept {
        constexpr std::uint64_t json_whitespace = 1ull << ' ' | 1ull << '\n' | 1ull << '\r' | 1ull << '\t';
        while (p_ != end_ && static_cast<unsigned char>(*p_) <= ' ' &&
               (json_whitespace >> static_cast<unsigned char>(*p_) & 1))
            ++p_;
    }

    /// Skips whitespace and tells whether a byte follows.
    bool more() noexcept {
        skip_whitespace();
        return p_ != end_;
    }

    bool literal(std::string_view word) noexcept {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
            return false;
        p_ += word.size();
        return true;
    }

    /// One well-formed UTF-8 sequence (RFC 3629, as nlohmann/json checks it);
    /// `p_` is on its lead byte.
    bool utf8_sequence(std::size_t& size) noexcept {
        const auto lead = static_cast<unsigned char>(*p_);
        std::size_t trail = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            trail = 1;
        } else if (lead == 0xE0) {
            trail = 2;
            low = 0xA0;
        } else if (lead == 0xED) {
            trail = 2;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            trail = 2;
        } else if (lead == 0xF0) {
            trail = 3;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            trail = 3;
        } else if (lead == 0xF4) {
            trail = 3;
            high = 0x8F;
        } else {
            return false;
        }
        if (static_cast<std::size_t>(end_ - p_) <= trail) return false;
        for (std::size_t i = 1; i <= trail; ++i) {
            const auto byte = static_cast<unsigned char>(p_[i]);
            if (byte < (i == 1 ? low : 0x80) || byte > (i == 1 ? high : 0xBF)) return false;
        }
        p_ += trail + 1;
        size += trail + 1;
        return true;
    }

    /// The high bit of each byte of `word` that is a quote, a backslash, a
    /// control character or not ASCII; the lowest flagged byte is exact, the
    /// bytes above it may be flagged falsely.
    static constexpr std::uint64_t special_bytes(std::uint64_t word) noexcept {
        constexpr std::uint64_t ones = 0x0101010101010101;
        const auto quotes = word ^ (ones * '"');
        const auto backslashes = word ^ (ones * '\\');
        return ((word - ones * 0x20) | (quotes - ones) | (backslashes - ones) | word) & (ones * 0x80);
    }

    /// Index of the lowest flagged byte of a non-zero `special_bytes` value:
    /// the multiplication moves that byte's index, taken from the constant's
    /// bytes, into the top byte.
    static constexpr std::size_t first_flagged_byte(std::uint64_t flags) noexcept {
        const auto lowest = (flags & (~flags + 1)) >> 7;
        return static_cast<std::size_t>((lowest * 0x0001020304050607) >> 56);
    }

    /// Moves past the plain ASCII bytes at `p_`, eight at a time while eight
    /// remain: string bytes are most of a body.
    void skip_plain_words(string_span& span) noexcept {
        while (end_ - p_ >= 8) {
            if (const auto flags = special_bytes(load_word(p_))) {
                const auto plain_bytes = first_flagged_byte(flags);
                p_ += plain_bytes;
                span.decoded_size += plain_bytes;
                return;
            }
            p_ += 8;
            span.decoded_size += 8;
        }
    }

    /// Validates a string whose opening quote `p_` is on, and moves past it.
    bool string(string_span& span) noexcept {
        span.begin = ++p_;
        span.decoded_size = 0;
        span.escaped = false;
        for (;;) {
            skip_plain_words(span);
            if (p_ == end_) return false;
            switch (byte_classes[static_cast<unsigned char>(*p_)]) {
                case plain:
                    ++p_;
                    ++span.decoded_size;
                    break;
                case quote:
                    span.end = p_++;
                    return true;
                case backslash:
                    if (end_ - p_ < 2) return false;
                    switch (p_[1]) {
                        case '"':
                        case '\\':
                        case '/':
                        case 'b':
                        case 'f':
                        case 'n':
                        case 'r':
                        case 't': break;
                        default: return false;
                    }
                    p_ += 2;
                    ++span.decoded_size;
                    span.escaped = true;
                    break;
                case non_ascii:
                    if (!utf8_sequence(span.decoded_size)) return false;
                    break;
                default: return false;
            }
        }
    }

    static char unescape(char c) noexcept {
        switch (c) {
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            default: return c;
        }
    }

    static std::size_t raw_size(const string_span& span) noexcept {
        return static_cast<std::size_t>(span.end - span.begin);
    }

    /// The string with its escapes replaced, built at its exact size.
    static std::string unescaped(const string_span& span) {
        std::string out;
        out.reserve(span.decoded_size);
        std::string_view rest(span.begin, raw_size(span));
        for (auto escape = rest.find('\\'); escape != std::string_view::npos; escape = rest.find('\\')) {
            out.append(rest.data(), escape).push_back(unescape(rest[escape + 1]));
            rest.remove_prefix(escape + 2);
        }
        out.append(rest.data(), rest.size());
        return out;
    }

    static void store(error_fields& fields, field f, const string_span& span) {
        if (span.escaped)
            fields.string_slot(f) = unescaped(span);
        else
            fields.set_string(f, span.begin, raw_size(span));
    }

    /// An integer of at most 18 digits, which always fits `std::int64_t`;
    /// longer ones and any fraction or exponent are left to the SAX path.
    bool integer(std::int64_t& value) noexcept {
        const bool negative = *p_ == '-';
        if (negative && ++p_ == end_) return false;
        if (!is_digit(*p_)) return false;
        std::int64_t magnitude = 0;
        std::size_t digits = 0;
        if (*p_ == '0') {
            ++p_;
        } else {
            while (p_ != end_ && is_digit(*p_)) {
                if (++digits > 18) return false;
                magnitude = magnitude * 10 + (*p_++ - '0');
            }
        }
        if (p_ != end_ && (is_digit(*p_) || *p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// Any value, checked and dropped; `depth` is that of its container.
    bool skip_value(std::size_t depth) noexcept {
        switch (*p_) {
            case '"': {
                string_span span{};
                return string(span);
            }
            case 't': return literal("true");
            case 'f': return literal("false");
            case 'n': return literal("null");
            case '{': return skip_container(depth + 1, '}', true);
            case '[': return skip_container(depth + 1, ']', false);
            default: {
                std::int64_t ignored = 0;
                return integer(ignored);
            }
        }
    }

    bool skip_container(std::size_t depth, char close, bool keyed) noexcept {
        if (depth > max_depth_) return false;
        ++p_;
        if (!more()) return false;
        if (*p_ == close) {
            ++p_;
            return true;
        }
        for (;;) {
            if (keyed) {
                string_span key{};
                if (*p_ != '"' || !string(key) || !more() || *p_ != ':') return false;
                ++p_;
                if (!more()) return false;
            }
            if (!skip_value(depth) || !more()) return false;
            if (*p_ == close) {
                ++p_;
                return true;
            }
            if (*p_ != ',') return false;
            ++p_;
            if (!more()) return false;
        }
    }

    /// The members of an error object; `p_` is past its `{`.
    bool object(error_fields& fields, std::size_t depth) {
        if (!more()) return false;
        if (*p_ == '}') {
            ++p_;
            return true;
        }
        for (;;) {
            string_span key{};
            if (*p_ != '"' || !string(key) || key.escaped || !more() || *p_ != ':') return false;
            ++p_;
            if (!more()) return false;
            const auto name = std::string_view(key.begin, static_cast<std::size_t>(key.end - key.begin));
            if (!member(fields, fields.find(name), depth) || !more()) return false;
            if (*p_ == '}') {
                ++p_;
                return true;
            }
            if (*p_ != ',') return false;
            ++p_;
            if (!more()) return false;
        }
    }

    /// The value of member `f` of an object at `depth`.
    bool member(error_fields& fields, field f, std::size_t depth) {
        if (f == field::unknown) return skip_value(depth);
        const char c = *p_;
        if (c == 'n') {
            if (!literal("null")) return false;
            fields.set_null(f);
            return true;
        }
        switch (shape_of(f)) {
            case field_shape::required_string:
            case field_shape::optional_string:
                if (c == '"') {
                    string_span span{};
                    if (!string(span)) return false;
                    store(fields, f, span);
                    return true;
                }
                break;
            case field_shape::integer:
                if (c == '-' || is_digit(c)) {
                    std::int64_t value = 0;
                    if (!integer(value)) return false;
                    fields.set_status(value);
                    return true;
                }
                break;
            case field_shape::string_array:
                if (c == '[') return string_array(fields, f, depth + 1);
                break;
            case field_shape::cause_array:
                if (c == '[') return cause_array(fields, depth + 1);
                break;
        }
        fields.set_wrong(f);
        return skip_value(depth);
    }

    bool string_array(error_fields& fields, field f, std::size_t depth) {
        if (depth > max_depth_) return false;
        ++p_;
        fields.begin_array(f);
        auto& items = fields.string_array(f);
        if (!more()) return false;
        if (*p_ == ']') {
            ++p_;
            return true;
        }
        items.reserve(small_array);
        for (std::size_t index = 0;; ++index) {
            if (*p_ == '"') {
                string_span span{};
                if (!string(span)) return false;
                if (span.escaped)
                    items.push_back(unescaped(span));
                else
                    items.emplace_back(span.begin, raw_size(span));
            } else {
                fields.set_wrong_element(f, index);
                if (!skip_value(depth)) return false;
            }
            if (!more()) return false;
            if (*p_ == ']') {
                ++p_;
                return true;
            }
            if (*p_ != ',') return false;
            ++p_;
            if (!more()) return false;
        }
    }

    bool cause_array(error_fields& fields, std::size_t depth) {
        if (depth > max_depth_) return false;
        ++p_;
        fields.begin_array(field::causes);
        auto& causes = fields.target().causes;
        if (!more()) return false;
        if (*p_ == ']') {
            ++p_;
            return true;
        }
        causes.reserve(small_array);
        for (std::size_t index = 0;; ++index) {
            if (*p_ == '{') {
                // Causes nested past the bound go to the SAX path, which names the failure.
                if (depth + 1 > max_depth_ || cause_level_ == max_cause_depth) return false;
                ++p_;
                auto& item = causes.emplace_back();
                error_fields cause_fields(item, &item.item_id);
                ++cause_level_;
                const bool read = object(cause_fields, depth + 1);
                --cause_level_;
                if (!read) return false;
                if (auto problem = cause_fields.finish()) fields.set_cause_problem(index, std::move(*problem));
            } else {
                fields.set_wrong_element(field::causes, index);
                if (!skip_value(depth)) return false;
            }
            if (!more()) return false;
            if (*p_ == ']') {
                ++p_;
                return true;
            }
            if (*p_ != ',') return false;
            ++p_;
            if (!more()) return false;
        }
    }

    const char* p_;
    const char* end_;
    std::size_t max_depth_;
    std::size_t cause_level_ = 0;  ///< how many causes enclose the object being read
};

/// The scanner alone: no value when the body is outside its subset. Public
/// for differential tests; `parse_error` is the entry point for callers.
inline std::optional<parse_result> scan_error_envelope(std::string_view body, std::size_t max_depth) {
    parse_result out(std::in_place);
    if (!envelope_scanner(body, max_depth).run(out)) return std::nullopt;
    return out;
}

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
