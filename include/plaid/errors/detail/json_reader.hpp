#ifndef PLAID_ERRORS_DETAIL_JSON_READER_HPP
#define PLAID_ERRORS_DETAIL_JSON_READER_HPP

#include "abi.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "json_escape.hpp"
#include "json_syntax.hpp"
#include "utf8.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// A validating JSON reader (RFC 8259 as nlohmann/json 3.11 reads it: a
/// leading UTF-8 byte order mark is skipped, a number must fit a double)
/// that builds nothing: its caller reads the values it wants and the reader
/// checks and drops the rest. Hand-written on the lines of nlohmann/json's
/// lexer so that a body is read in one pass with no document; the
/// differential tests and the fuzz target hold it to nlohmann/json. Each
/// reading function returns false at the first byte that makes the text
/// invalid, or at a container nested past `max_depth`; `failure` says which.
class json_reader {
public:
    /// What the caller of `items` did with the item offered to it.
    enum class item : std::uint8_t { read, skip, stop };

    /// The kinds of value a reader of shapes tells apart.
    enum class json_type : std::uint8_t { null, string, number, object, array, other };

    struct failure_info {
        std::size_t offset;
        json_syntax what;
        bool too_deep;  ///< nesting past `max_depth` rather than a syntax error
    };

    /// Member names longer than this reach `items`' caller as "", which no
    /// shape has as a member.
    static constexpr std::size_t longest_name = 64;

    json_reader(std::string_view text, std::size_t max_depth) noexcept
        : begin_(text.data()), p_(begin_), end_(begin_ + text.size()), max_depth_(max_depth) {}

    const failure_info& failure() const noexcept { return failure_; }

    /// Moves past a byte order mark and whitespace to the top-level value.
    bool start() noexcept {
        if (p_ != end_ && *p_ == '\xEF') {
            for (const char mark : {'\xEF', '\xBB', '\xBF'}) {
                if (p_ == end_ || *p_ != mark) return fail(json_syntax::byte_order_mark);
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

    /// The kind of the value to read, by its first byte; `other` also for
    /// one that is not JSON, which reading it then says.
    json_type type() const noexcept {
        switch (*p_) {
            case 'n': return json_type::null;
            case '"': return json_type::string;
            case '{': return json_type::object;
            case '[': return json_type::array;
            default: return *p_ == '-' || (*p_ >= '0' && *p_ <= '9') ? json_type::number : json_type::other;
        }
    }

    /// `items` of the object `p_` is on, as a source of `shape_reader` reads them: `on_member(name, *this)`.
    template <class OnMember>
    bool members(OnMember&& on_member) {
        return items<true>([&](std::string_view name) { return on_member(name, *this); });
    }

    /// `items` of the array `p_` is on, as `on_element(*this, index)`.
    template <class OnElement>
    bool elements(OnElement&& on_element) {
        return items<false>([&](std::size_t index) { return on_element(*this, index); });
    }

    /// Whether a container may open here within `max_depth`.
    bool has_room_for_a_level() const noexcept { return depth_ < max_depth_; }

    /// The one container loop: reads the object (`Object`) or array `p_` is
    /// on and offers each item to `on_item` with `p_` on its value, as
    /// `on_item(name)` (decoded) or `on_item(index)`. An item it returns
    /// `skip` for is checked and dropped here, nested containers one bit a
    /// level, without recursion.
    template <bool Object, class OnItem>
    bool items(OnItem&& on_item) {
        if (!open()) return false;
        ++p_;
        const std::size_t base = skipped_;  // containers skipped inside this one lie above
        bool in_object = Object, first = true;
        std::size_t index = 0;
        char name[longest_name];
        for (;;) {
            skip_whitespace();
            if (p_ != end_ && *p_ == (in_object ? '}' : ']')) {  // the innermost container ends
                ++p_;
                --depth_;
                if (skipped_ == base) return true;
                in_object = --skipped_ == base ? Object : skipped_kind(skipped_ - 1);
                first = false;
                continue;
            }
            if (!first) {
                if (p_ == end_ || *p_ != ',') return fail(in_object ? json_syntax::object_next : json_syntax::array_next);
                ++p_;
            }
            first = false;
            std::string_view member;
            if (in_object) {
                skip_whitespace();
                std::size_t size = 0;
                if (p_ == end_ || *p_ != '"') return fail(json_syntax::member_name);
                if (const char* stop = nullptr; plain_string(member, stop)) {
                    if (member.size() > sizeof name) member = {};
                } else {
                    if (!string(stop, name, sizeof name, size)) return false;
                    member = size <= sizeof name ? std::string_view(name, size) : std::string_view();
                }
                skip_whitespace();
                if (p_ == end_ || *p_ != ':') return fail(json_syntax::colon);
                ++p_;
            }
            skip_whitespace();
            if (p_ == end_) return fail(json_syntax::value);
            if (skipped_ == base) {
                item what;
                if constexpr (Object) what = on_item(member);
                else what = on_item(index++);
                if (what == item::stop) return false;
                if (what == item::read) continue;
            }
            if (*p_ != '{' && *p_ != '[') {
                if (!skip_scalar()) return false;
            } else if (!open()) {
                return false;
            } else {  // a skipped container opens: its kind is kept as one bit
                in_object = *p_++ == '{';
                if (skipped_ / 8 == skipped_kinds_.size()) skipped_kinds_ += '\0';
                auto& kinds = skipped_kinds_[skipped_ / 8];
                kinds = static_cast<char>((kinds & ~(1 << skipped_ % 8)) | in_object << skipped_ % 8);
                ++skipped_;
                first = true;
            }
        }
    }

    /// Where the reader is: the offset of the next byte it reads.
    std::size_t offset() const noexcept { return static_cast<std::size_t>(p_ - begin_); }

    /// For a caller that walks containers with a stack of its own rather
    /// than through `items`' callbacks, so that nesting costs it no
    /// recursion: opens the container `p_` is on, as `items` does, for
    /// `next_item` to walk.
    bool enter() noexcept {
        if (!open()) return false;
        ++p_;
        return true;
    }

    /// Moves to the next item of the innermost container `enter` opened
    /// (`object` says which kind it is; `first` right after it opened).
    /// `more`: an item follows, `p_` then on its value and, of an object,
    /// its name in `member` as `items` gives it (decoded in `name`); else
    /// the container ended and `p_` is past it. False where the text is no
    /// JSON.
    bool next_item(bool object, bool first, bool& more, std::string_view& member, char (&name)[longest_name]) noexcept {
        skip_whitespace();
        if (p_ != end_ && *p_ == (object ? '}' : ']')) {
            ++p_;
            --depth_;
            more = false;
            return true;
        }
        if (!first) {
            if (p_ == end_ || *p_ != ',') return fail(object ? json_syntax::object_next : json_syntax::array_next);
            ++p_;
        }
        more = true;
        if (object && !member_name(member, name)) return false;
        skip_whitespace();
        return p_ != end_ || fail(json_syntax::value);
    }

    /// Any value, checked and dropped.
    bool skip_value() {
        const auto skip = [](auto) { return item::skip; };
        return *p_ == '{' ? items<true>(skip) : *p_ == '[' ? items<false>(skip) : skip_scalar();
    }

    /// The one string routine: checks the string whose opening quote `p_` is
    /// on and moves past it, decoding it in the same pass, from `p`, the first
    /// byte `plain_string` did not take. `size` is its length once unescaped,
    /// of which the first `capacity` bytes are written to `out`.
    bool string(const char* p, char* out, std::size_t capacity, std::size_t& size) noexcept {
        std::size_t written = 0;
        const auto write = [&](const char* bytes, std::size_t n) {
            if (written < capacity) std::char_traits<char>::copy(out + written, bytes, n < capacity - written ? n : capacity - written);
            written += n;
        };
        for (const char* run = p_ + 1;; p = plain_run(run = p)) {
            write(run, static_cast<std::size_t>(p - run));
            if (p == end_) return fail_at(p, json_syntax::string_end);
            if (*p == '"') {
                p_ = p + 1;
                size = written;
                return true;
            }
            if (*p == '\\') {
                const auto escape = read_json_escape(p, static_cast<std::size_t>(end_ - p));
                if (escape.length == 0) return fail_at(p + escape.bad, escape.what);
                if (written <= capacity && capacity - written >= 4) {  // room for any code point: written in place
                    written = static_cast<std::size_t>(write_utf8(escape.code_point, out + written) - out);
                } else {
                    char bytes[4];
                    write(bytes, static_cast<std::size_t>(write_utf8(escape.code_point, bytes) - bytes));
                }
                p += escape.length;
            } else if (static_cast<unsigned char>(*p) < 0x20) {
                return fail_at(p, json_syntax::control_character);
            } else {
                const auto sequence = read_utf8(p, static_cast<std::size_t>(end_ - p));
                if (sequence.length == 0) return fail_at(p + sequence.bad, json_syntax::utf8);
                write(p, sequence.length);
                p += sequence.length;
            }
        }
    }

    /// The string `p_` is on, into `out`, allocating at most once, to its
    /// size: decoded on the stack, or when it is longer, decoded again into
    /// `out` sized to it.
    bool string(std::string& out) {
        std::string_view text;
        const char* stop = nullptr;
        if (plain_string(text, stop)) {
            out.assign(text.data(), text.size());
            return true;
        }
        char local[512];
        std::size_t size = 0;
        const char* const quote = p_;
        if (!string(stop, local, sizeof local, size)) return false;
        if (size <= sizeof local) {
            out.assign(local, size);
            return true;
        }
        out.resize(size);
        p_ = quote;
        return string(stop, &out[0], size, size);
    }

    /// The one number grammar: checks the number `p_` is on and moves past
    /// it. `is_integer` says whether it is an integer of at most 18 digits,
    /// which always fits, and then `*integer` (when not null) is its value.
    /// A number beyond the range of a double is not JSON, as nlohmann/json
    /// makes it.
    bool number(std::int64_t* integer, bool& is_integer) noexcept {
        const char* p = p_;
        const auto digit = [this](const char* at) { return at != end_ && *at >= '0' && *at <= '9'; };
        const bool negative = *p == '-';
        if (negative && !digit(++p)) return fail_at(p, json_syntax::minus_digit);
        const char* const integer_begin = p;
        std::uint64_t magnitude = 0;  // wraps past 19 digits, when it is not used
        if (*p == '0')
            ++p;
        else
            for (; digit(p); ++p) magnitude = magnitude * 10 + static_cast<std::uint64_t>(*p - '0');
        const std::int64_t integer_digits = p - integer_begin;
        const char *fraction_begin = p, *fraction_end = p;
        if (p != end_ && *p == '.') {
            if (!digit(++p)) return fail_at(p, json_syntax::fraction_digit);
            for (fraction_begin = p; digit(p);) ++p;
            fraction_end = p;
        }
        std::int64_t exponent = 0;
        const bool has_exponent = p != end_ && (*p == 'e' || *p == 'E');
        if (has_exponent) {
            const bool negative_exponent = ++p != end_ && *p == '-';
            if (p != end_ && (*p == '+' || *p == '-')) ++p;
            if (!digit(p)) return fail_at(p, json_syntax::exponent_digit);
            for (; digit(p); ++p)
                if (exponent < 100000) exponent = exponent * 10 + (*p - '0');  // larger ones overflow all the same
            if (negative_exponent) exponent = -exponent;
        }
        p_ = p;
        // The number lies below 10^scale, and at or above 10^(scale - 1) unless it starts with 0: the common
        // case of under 309 needs no check. Of a scale of 309, its first two digits tell below 1.7e308, which
        // fits, from 2e308 on, which does not; strtod decides between them, and when it starts with 0.
        const std::int64_t scale = integer_digits + exponent;
        if (scale > 308) {
            const char first = *integer_begin;
            const char second = integer_digits > 1 ? integer_begin[1] : fraction_begin != fraction_end ? *fraction_begin : '0';
            const bool beyond = first == '0' ? beyond_double(integer_begin, fraction_begin, fraction_end, exponent)
                                             : scale > 309 || first > '1' ||
                                                   (second >= '7' && beyond_double(integer_begin, fraction_begin, fraction_end, exponent));
            if (beyond) return fail_at(p - 1, json_syntax::number_range);
        }
        is_integer = integer_digits <= 18 && fraction_begin == fraction_end && !has_exponent;
        if (is_integer && integer)
            *integer = negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
        return true;
    }

    /// `null`, when `p_` is on its first byte.
    bool null() noexcept { return literal("null"); }

private:
    bool fail(json_syntax what) noexcept {
        failure_ = {static_cast<std::size_t>(p_ - begin_), what, false};
        return false;
    }

    bool fail_at(const char* at, json_syntax what) noexcept {
        p_ = at;
        return fail(what);
    }

    /// Enters a container; past `max_depth`, counted as nlohmann/json counts
    /// (the top-level container is level 1), fails as too deep.
    bool open() noexcept {
        if (++depth_ <= max_depth_) return true;
        failure_ = {static_cast<std::size_t>(p_ - begin_), json_syntax::value, true};
        return false;
    }

    /// The member name `p_` is before, and its colon, for `next_item`: viewed
    /// in the text, or decoded into `name` when it has escapes; "" when longer
    /// than `longest_name`. `items` reads names the same way in its own loop,
    /// where a call costs the body parser a few percent of its instructions.
    bool member_name(std::string_view& member, char* name) noexcept {
        skip_whitespace();
        std::size_t size = 0;
        if (p_ == end_ || *p_ != '"') return fail(json_syntax::member_name);
        if (const char* stop = nullptr; plain_string(member, stop)) {
            if (member.size() > longest_name) member = {};
        } else {
            if (!string(stop, name, longest_name, size)) return false;
            member = size <= longest_name ? std::string_view(name, size) : std::string_view();
        }
        skip_whitespace();
        if (p_ == end_ || *p_ != ':') return fail(json_syntax::colon);
        ++p_;
        return true;
    }

    void skip_whitespace() noexcept {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool skip_scalar() noexcept {
        std::size_t decoded = 0;
        bool is_integer = false;
        switch (*p_) {
            case '"': {
                std::string_view text;
                const char* stop = nullptr;
                return plain_string(text, stop) || string(stop, nullptr, 0, decoded);
            }
            case 't': return literal("true");
            case 'f': return literal("false");
            case 'n': return literal("null");
            default:
                if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) return number(nullptr, is_integer);
                return fail(json_syntax::value);
        }
    }

    /// `word`, named at its first byte that differs.
    bool literal(std::string_view word) noexcept {
        for (const char c : word) {
            if (p_ == end_ || *p_ != c) return fail(json_syntax::literal);
            ++p_;
        }
        return true;
    }

    /// The first byte from `p` that a string does not hold as it is (printable
    /// ASCII other than `"` and `\\` it does), or the end. Eight bytes are
    /// checked at once while eight remain (a byte below 0x20 borrows from the ones
    /// above it, so only the lowest flagged byte is sure to be one), then one by one.
    const char* plain_run(const char* p) const noexcept {
        constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        for (; end_ - p >= 8; p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
            const std::uint64_t flagged = ((((w - ones * 0x20) | (quote - ones) | (backslash - ones)) & ~w) | w) & highs;
            if (flagged == 0) continue;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return p + __builtin_ctzll(flagged) / 8;
#else
            break;
#endif
        }
        while (p != end_ && static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) < 0x80 && *p != '"' && *p != '\\') ++p;
        return p;
    }

    /// The string `p_` is on when `plain_run` takes all of it, the common case:
    /// viewed in the text, `p_` moved past it. False for any other string,
    /// `stop` then its first other byte, where `string` goes on.
    bool plain_string(std::string_view& text, const char*& stop) noexcept {
        const char* const from = p_ + 1;
        stop = plain_run(from);
        if (stop == end_ || *stop != '"') return false;
        text = std::string_view(from, static_cast<std::size_t>(stop - from));
        p_ = stop + 1;
        return true;
    }

    bool skipped_kind(std::size_t level) const noexcept {
        return (static_cast<unsigned char>(skipped_kinds_[level / 8]) >> level % 8 & 1u) != 0;
    }

    /// Whether a number (integer digits from `integer_begin`, fraction digits
    /// in [`fraction_begin`, `fraction_end`), `exponent`) overflows a double,
    /// as std::strtod finds it for nlohmann/json: handed its digits without a
    /// decimal point, which no locale changes.
    static bool beyond_double(const char* integer_begin, const char* fraction_begin, const char* fraction_end,
                              std::int64_t exponent) {
        std::string digits(integer_begin, fraction_begin == fraction_end ? fraction_begin : fraction_begin - 1);
        digits.append(fraction_begin, fraction_end).append("e").append(std::to_string(exponent - (fraction_end - fraction_begin)));
        return std::strtod(digits.c_str(), nullptr) > std::numeric_limits<double>::max();
    }

    const char* begin_;
    const char* p_;
    const char* end_;
    std::size_t max_depth_;
    std::size_t depth_ = 0;      ///< containers open, read or skipped
    std::size_t skipped_ = 0;    ///< containers open that `items` skips
    std::string skipped_kinds_;  ///< bit `i`: whether skipped container `i` is an object; 120 bits in place
    failure_info failure_{};
};

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
