#ifndef PLAID_ERRORS_DETAIL_JSON_READER_HPP
#define PLAID_ERRORS_DETAIL_JSON_READER_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>

#include "json_escape.hpp"
#include "json_syntax.hpp"
#include "utf8.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// A validating JSON reader (RFC 8259 as nlohmann/json 3.11 reads it: a
/// leading UTF-8 byte order mark is skipped, a number must fit a double)
/// that builds nothing: its caller reads the values it wants, and the reader
/// checks and drops the rest. Hand-written, on the lines of nlohmann/json's
/// lexer, so that a body is read in one pass with no document; the
/// differential tests and the fuzz target hold it to nlohmann/json.
///
/// Every reading function returns false at the first byte that makes the
/// text invalid, or at a container nested past `max_depth`; `failure` then
/// says which. Nothing recurses per nesting level: `items` keeps the
/// containers it skips as one bit each.
class json_reader {
public:
    /// What a caller of `items` did with the item offered to it.
    enum class item : std::uint8_t {
        read,  ///< the caller read the value
        skip,  ///< the reader is to check and drop the value
        stop,  ///< the caller failed: `items` returns false
    };

    struct failure_info {
        std::size_t offset;
        json_syntax what;
        bool too_deep;  ///< nesting past `max_depth` rather than a syntax error
    };

    /// Member names longer than this are passed to `items`' caller as "",
    /// which no shape has as a member.
    static constexpr std::size_t longest_name = 64;

    json_reader(std::string_view text, std::size_t max_depth) noexcept
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), max_depth_(max_depth) {}

    const failure_info& failure() const noexcept { return failure_; }

    /// Where the reader is, as an offset in the text.
    std::size_t offset() const noexcept { return static_cast<std::size_t>(p_ - begin_); }

    /// Moves past the byte order mark and whitespace to the top-level value.
    bool start() noexcept {
        if (p_ != end_ && static_cast<unsigned char>(*p_) == 0xEF) {
            for (const int mark : {0xEF, 0xBB, 0xBF}) {
                if (p_ == end_ || static_cast<unsigned char>(*p_) != mark) return fail(json_syntax::byte_order_mark);
                ++p_;
            }
        }
        skip_whitespace();
        return p_ != end_ || fail(json_syntax::value);
    }

    /// Whether only whitespace follows the top-level value.
    bool finish() noexcept {
        skip_whitespace();
        return p_ == end_ || fail(json_syntax::end_of_text);
    }

    /// The byte the value to read starts with.
    char peek() const noexcept { return *p_; }

    /// The one container loop. Reads the object (`Object`) or array that
    /// `p_` is on and offers each of its items to `on_item`: for an object
    /// `on_item(name)`, the member's name decoded, for an array
    /// `on_item(index)`, with `p_` on the value in both cases. An item
    /// `on_item` returns `skip` for is checked and dropped here, nested
    /// containers included, without recursion.
    template <bool Object, class OnItem>
    bool items(OnItem&& on_item) {
        if (!open()) return false;
        ++p_;
        const std::size_t base = skipped_;  // the containers skipped inside this one lie above
        bool in_object = Object;            // the innermost open container's kind
        bool first = true;                  // no item of the innermost container read yet
        std::size_t index = 0;
        char name[longest_name];
        for (;;) {
            skip_whitespace();
            const char closer = in_object ? '}' : ']';
            if (p_ != end_ && *p_ == closer) {
                ++p_;
                --depth_;
                if (skipped_ == base) return true;
                in_object = --skipped_ == base ? Object : skipped_kind(skipped_ - 1);
                first = false;
                continue;
            }
            if (!first) {
                if (p_ == end_ || *p_ != ',')
                    return fail(in_object ? json_syntax::object_next : json_syntax::array_next);
                ++p_;
                skip_whitespace();
            }
            first = false;
            std::string_view member;
            if (in_object) {
                if (p_ == end_ || *p_ != '"') return fail(json_syntax::member_name);
                std::size_t size = 0;
                if (!string(name, sizeof name, size)) return false;
                if (size <= sizeof name) member = std::string_view(name, size);
                skip_whitespace();
                if (p_ == end_ || *p_ != ':') return fail(json_syntax::colon);
                ++p_;
                skip_whitespace();
            }
            if (p_ == end_) return fail(json_syntax::value);
            if (skipped_ == base) {
                item what;
                if constexpr (Object)
                    what = on_item(member);
                else
                    what = on_item(index++);
                if (what == item::stop) return false;
                if (what == item::read) continue;
            }
            if (*p_ == '{' || *p_ == '[') {
                if (!open()) return false;
                in_object = *p_++ == '{';
                push_skipped(in_object);
                first = true;
            } else if (!skip_scalar()) {
                return false;
            }
        }
    }

    /// Any value, checked and dropped.
    bool skip_value() {
        const auto skip_all = [](auto) { return item::skip; };
        if (*p_ == '{') return items<true>(skip_all);
        if (*p_ == '[') return items<false>(skip_all);
        return skip_scalar();
    }

    /// The one string routine. Checks the string whose opening quote `p_` is
    /// on and moves past it, decoding it in the same pass: `decoded` is its
    /// length once unescaped, of which the first `capacity` bytes are
    /// written to `out` (none when `out` is null).
    bool string(char* out, std::size_t capacity, std::size_t& decoded) noexcept {
        const char* p = ++p_;
        std::size_t written = 0;
        const auto write = [&](const char* from, std::size_t n) {
            if (written < capacity) std::char_traits<char>::copy(out + written, from, n < capacity - written ? n : capacity - written);
            written += n;
        };
        for (;;) {
            const char* run = p;
            while (p != end_ && is_plain(*p)) ++p;
            if (out) write(run, static_cast<std::size_t>(p - run));
            else written += static_cast<std::size_t>(p - run);
            if (p == end_) return fail_at(p, json_syntax::string_end);
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                p_ = p + 1;
                decoded = written;
                return true;
            }
            if (c == '\\') {
                const auto escape = read_json_escape(p, static_cast<std::size_t>(end_ - p));
                if (escape.length == 0) return fail_at(p + escape.bad, escape.what);
                char bytes[4];
                const auto n = static_cast<std::size_t>(write_utf8(escape.code_point, bytes) - bytes);
                if (out) write(bytes, n);
                else written += n;
                p += escape.length;
            } else if (c >= 0x80) {
                const auto sequence = read_utf8(p, static_cast<std::size_t>(end_ - p));
                if (sequence.length == 0) return fail_at(p + sequence.bad, json_syntax::utf8);
                if (out) write(p, sequence.length);
                else written += sequence.length;
                p += sequence.length;
            } else {
                return fail_at(p, json_syntax::control_character);
            }
        }
    }

    /// The string `p_` is on, into `out`, allocating at most once: sized to
    /// the bytes up to the closing quote, which its decoded length never
    /// exceeds, then decoded into it. A short text is decoded on the stack
    /// first, so that escapes which shrink it into `out`'s own buffer cost no
    /// allocation.
    bool string(std::string& out) {
        const std::size_t raw = raw_length();
        std::size_t decoded = 0;
        char local[short_text];
        if (raw > out.capacity() && raw <= short_text) {
            if (!string(local, raw, decoded)) return false;
            out.assign(local, decoded);
            return true;
        }
        out.resize(raw);
        if (!string(&out[0], raw, decoded)) return false;
        out.resize(decoded);
        return true;
    }

    /// The one number grammar. Checks the number `p_` is on and moves past
    /// it; `integer` (when not null) gets its value if it is an integer of
    /// at most 18 digits, which always fits, and `is_integer` says whether
    /// it was. A number beyond the range of a double is not JSON, as
    /// nlohmann/json makes it.
    bool number(std::int64_t* integer, bool& is_integer) noexcept {
        const char* p = p_;
        const auto digit = [this](const char* at) { return at != end_ && *at >= '0' && *at <= '9'; };
        const bool negative = *p == '-';
        if (negative) ++p;
        if (!digit(p)) return fail_at(p, json_syntax::minus_digit);
        const char* const integer_begin = p;
        std::uint64_t magnitude = 0;
        if (*p == '0')
            ++p;
        else
            for (; digit(p); ++p) magnitude = magnitude * 10 + static_cast<std::uint64_t>(*p - '0');
        const std::size_t integer_digits = static_cast<std::size_t>(p - integer_begin);
        is_integer = integer_digits <= 18;
        const char* fraction_begin = p;
        if (p != end_ && *p == '.') {
            is_integer = false;
            if (!digit(++p)) return fail_at(p, json_syntax::fraction_digit);
            fraction_begin = p;
            while (digit(p)) ++p;
        }
        const char* const fraction_end = p;
        std::int64_t exponent = 0;
        if (p != end_ && (*p == 'e' || *p == 'E')) {
            is_integer = false;
            ++p;
            const bool negative_exponent = p != end_ && *p == '-';
            if (p != end_ && (*p == '+' || *p == '-')) ++p;
            if (!digit(p)) return fail_at(p, json_syntax::exponent_digit);
            for (; digit(p); ++p)
                if (exponent < max_exponent) exponent = exponent * 10 + (*p - '0');
            if (negative_exponent) exponent = -exponent;
        }
        p_ = p;
        // Under 10^308 whatever its digits: no check needed, the common case.
        if (static_cast<std::int64_t>(integer_digits) + exponent > 308 &&
            beyond_double(integer_begin, fraction_begin, fraction_end, exponent))
            return fail_at(p - 1, json_syntax::number_range);
        if (is_integer && integer)
            *integer = negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
        return true;
    }

    /// `null`, when `p_` is on its first byte.
    bool null() noexcept { return literal("null"); }

    /// Whether a container may open at the current level within `max_depth`.
    bool has_room_for_a_level() const noexcept { return depth_ < max_depth_; }

private:
    /// Texts up to this long are decoded on the stack when they would not fit a string's own buffer.
    static constexpr std::size_t short_text = 64;

    /// Larger exponents all overflow; the bound keeps the sum from overflowing.
    static constexpr std::int64_t max_exponent = 100000;

    bool fail(json_syntax what) noexcept {
        failure_ = {offset(), what, false};
        return false;
    }

    bool fail_at(const char* at, json_syntax what) noexcept {
        p_ = at;
        return fail(what);
    }

    /// Enters a container; false past `max_depth`, counted as nlohmann/json
    /// counts (the top-level container is level 1).
    bool open() noexcept {
        if (++depth_ > max_depth_) {
            failure_ = {offset(), json_syntax::value, true};
            return false;
        }
        return true;
    }

    /// A byte a string holds as it is: printable ASCII but the quote and the backslash.
    static constexpr bool is_plain(char c) noexcept {
        return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80 && c != '"' &&
               c != '\\';
    }

    void skip_whitespace() noexcept {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool skip_scalar() noexcept {
        std::size_t decoded = 0;
        bool is_integer = false;
        switch (*p_) {
            case '"': return string(nullptr, 0, decoded);
            case 't': return literal("true");
            case 'f': return literal("false");
            case 'n': return literal("null");
            case '-': return number(nullptr, is_integer);
            default:
                if (*p_ >= '0' && *p_ <= '9') return number(nullptr, is_integer);
                return fail(json_syntax::value);
        }
    }

    /// The literal `word`, named at its first byte that differs.
    bool literal(std::string_view word) noexcept {
        for (const char c : word) {
            if (p_ == end_ || *p_ != c) return fail(json_syntax::literal);
            ++p_;
        }
        return true;
    }

    /// Bytes from after the opening quote `p_` is on to the first quote no
    /// backslash escapes, or to the end of the text when there is none.
    std::size_t raw_length() const noexcept {
        const char* from = p_ + 1;
        for (const char* p = from;;) {
            const auto* quote = std::char_traits<char>::find(p, static_cast<std::size_t>(end_ - p), '"');
            if (!quote) return static_cast<std::size_t>(end_ - from);
            const char* before = quote;
            while (before != from && before[-1] == '\\') --before;
            if ((quote - before) % 2 == 0) return static_cast<std::size_t>(quote - from);
            p = quote + 1;
        }
    }

    /// Whether a number (its integer digits from `integer_begin`, fraction
    /// digits in [`fraction_begin`, `fraction_end`), exponent) is too large
    /// for a double, as std::strtod finds it for nlohmann/json: its digits
    /// are handed to strtod without a decimal point, which no locale
    /// changes.
    static bool beyond_double(const char* integer_begin, const char* fraction_begin, const char* fraction_end,
                              std::int64_t exponent) {
        const char* integer_end = fraction_begin == fraction_end ? fraction_begin : fraction_begin - 1;  // before '.'
        std::string digits(integer_begin, integer_end);
        digits.append(fraction_begin, fraction_end);
        digits += 'e';
        digits += std::to_string(exponent - (fraction_end - fraction_begin));
        return std::strtod(digits.c_str(), nullptr) > std::numeric_limits<double>::max();
    }

    /// Records the kind of a container skipped inside the current `items`
    /// call, one bit a level: a string holds fifteen bytes or more in place.
    void push_skipped(bool object) {
        const std::size_t byte = skipped_ / 8;
        const auto bit = static_cast<unsigned char>(1u << (skipped_ % 8));
        if (byte == skipped_kinds_.size()) skipped_kinds_.push_back('\0');
        auto kinds = static_cast<unsigned char>(skipped_kinds_[byte]);
        skipped_kinds_[byte] = static_cast<char>(object ? kinds | bit : kinds & ~bit);
        ++skipped_;
    }

    bool skipped_kind(std::size_t level) const noexcept {
        return static_cast<unsigned char>(skipped_kinds_[level / 8]) >> (level % 8) & 1;
    }

    const char* begin_;
    const char* p_;
    const char* end_;
    std::size_t max_depth_;
    std::size_t depth_ = 0;    ///< containers open, read or skipped
    std::size_t skipped_ = 0;  ///< containers open that `items` skips
    std::string skipped_kinds_;  ///< bit `i`: whether skipped container `i` is an object
    failure_info failure_{};
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
