#ifndef PLAID_ERRORS_DETAIL_JSON_READER_HPP
#define PLAID_ERRORS_DETAIL_JSON_READER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "always_inline.hpp"
#include "words.hpp"

/// Whether strings are scanned sixteen bytes at a time, with SSE2 (every
/// x86-64 machine) through GCC's and Clang's vector extensions and byte-mask
/// builtin, which need no header; other compilers and machines scan
/// eight-byte words. A test defines PLAID_ERRORS_DETAIL_WORDS_ONLY to check
/// the word scan here.
#if defined(__GNUC__) && defined(__SSE2__) && !defined(PLAID_ERRORS_DETAIL_WORDS_ONLY)
#define PLAID_ERRORS_DETAIL_BYTE_LANES 1
#else
#define PLAID_ERRORS_DETAIL_BYTE_LANES 0
#endif

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

/// A validating JSON reader (RFC 8259, as nlohmann/json 3.11 reads it: a
/// leading UTF-8 byte order mark is skipped) that builds nothing: a caller
/// walks the containers it cares about with `items` and skips the rest with
/// `skip_value`, which never recurses. Hand-written rather than built on
/// nlohmann/json for speed (a DOM parse and its reading take several times
/// the instructions) and for compile time.
/// Every reading function returns false at the first byte that makes the
/// text invalid, or at a container nested past `max_depth`; `failure` then
/// says which.
class json_reader {
public:
    /// A string's bytes between its quotes, and its length once unescaped.
    struct string_span {
        const char* begin;
        const char* end;
        std::size_t decoded_size;
        bool escaped;

        std::size_t raw_size() const noexcept { return static_cast<std::size_t>(end - begin); }
    };

    /// A number's value when it is an integer of at most 18 digits, which
    /// always fits `std::int64_t`; longer ones are out of any range a caller
    /// reads.
    struct number_value {
        std::int64_t integer;
        bool is_integer;  ///< no fraction, no exponent, at most 18 digits
    };

    struct failure_info {
        std::size_t offset;
        json_syntax what;
        bool too_deep;  ///< nesting past `max_depth` rather than a syntax error
    };

    json_reader(std::string_view text, std::size_t max_depth) noexcept
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), max_depth_(max_depth) {}

    const failure_info& failure() const noexcept { return failure_; }

    /// Moves past the byte order mark and whitespace to the top-level value.
    bool start() noexcept {
        if (p_ != end_ && static_cast<unsigned char>(*p_) == 0xEF) {
            for (const int mark : {0xEF, 0xBB, 0xBF}) {
                if (p_ == end_ || static_cast<unsigned char>(*p_) != mark) return fail(json_syntax::byte_order_mark);
                ++p_;
            }
        }
        return value_follows();
    }

    /// Whether only whitespace follows the top-level value.
    bool finish() noexcept {
        skip_whitespace();
        return p_ == end_ || fail(json_syntax::end_of_text);
    }

    /// The byte a value starts with; only after a reading function succeeded.
    char peek() const noexcept { return *p_; }

    /// The elements of the array, or the members of the object, that `p_` is
    /// on: `item(index)` for each element, `item(name)` for each member, with
    /// `p_` on the value, which `item` must read.
    template <bool Object, class Item>
    bool items(Item&& item) {
        if (!open()) return false;
        ++p_;
        skip_whitespace();
        if (p_ != end_ && *p_ == (Object ? '}' : ']')) return close();
        for (std::size_t index = 0;; ++index) {
            if constexpr (Object) {
                string_span name{};
                if (!member_name(name)) return false;
                if (!item(name)) return false;
            } else {
                if (p_ == end_) return fail(json_syntax::value);
                if (!item(index)) return false;
            }
            skip_whitespace();
            if (p_ == end_) return fail(Object ? json_syntax::object_next : json_syntax::array_next);
            if (*p_ == ',') {
                ++p_;
                if (!Object && !value_follows()) return false;
                continue;
            }
            if (*p_ == (Object ? '}' : ']')) return close();
            return fail(Object ? json_syntax::object_next : json_syntax::array_next);
        }
    }

    /// Any value, checked and dropped: a scalar, most unknown members' value,
    /// without the container loop's register saves.
    bool skip_value() { return *p_ == '{' || *p_ == '[' ? skip_container() : skip_scalar(); }

    /// The container `p_` is on, checked and dropped. Containers are tracked
    /// one byte a level (object or array), in place up to `inline_levels` and
    /// on the heap past it, so depth costs no recursion and no allocation at
    /// Plaid's depths.
    bool skip_container() {
        const std::size_t base = depth_;
        for (;;) {
            switch (*p_) {
                case '{':
                    if (!open()) return false;
                    set_level_kind(true);
                    ++p_;
                    skip_whitespace();
                    if (p_ != end_ && *p_ == '}') {
                        ++p_;
                        --depth_;
                        break;
                    }
                    if (!skip_member_name()) return false;
                    continue;
                case '[':
                    if (!open()) return false;
                    set_level_kind(false);
                    ++p_;
                    if (!value_follows()) return false;
                    if (*p_ == ']') {
                        ++p_;
                        --depth_;
                        break;
                    }
                    continue;
                default:
                    if (!skip_scalar()) return false;
            }
            // After a complete value: close containers until one continues.
            for (;;) {
                if (depth_ == base) return true;
                const bool object = level_kind();
                skip_whitespace();
                if (p_ == end_) return fail(object ? json_syntax::object_next : json_syntax::array_next);
                if (*p_ == ',') {
                    ++p_;
                    if (object ? !skip_member_name() : !value_follows()) return false;
                    break;
                }
                if (*p_ != (object ? '}' : ']')) return fail(object ? json_syntax::object_next : json_syntax::array_next);
                ++p_;
                --depth_;
            }
        }
    }

    /// Validates the string whose opening quote `p_` is on, and moves past it.
    /// Inline for a string that ends within the next sixteen bytes with no
    /// byte to check, as member names do.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE bool string(string_span& span) noexcept {
#if PLAID_ERRORS_DETAIL_BYTE_LANES
        const char* const begin = p_ + 1;
        if (end_ - begin >= 16) {
            const auto plain = first_special_of_16(begin);
            if (plain != 16 && begin[plain] == '"') {
                span = {begin, begin + plain, plain, false};
                p_ = begin + plain + 1;
                return true;
            }
        }
#endif
        return long_string(span);
    }

    /// The rest of `string(span)`: a longer string, or one with bytes to check.
    bool long_string(string_span& span) noexcept {
        span.begin = ++p_;
        span.decoded_size = 0;
        span.escaped = false;
        for (;;) {
            p_ = skip_plain_words(p_, end_);
            if (p_ == end_) return fail(json_syntax::string_end);
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                span.end = p_++;
                span.decoded_size += span.raw_size();
                return true;
            }
            if (c == '\\') {
                span.escaped = true;
                if (!escape(span)) return false;
            } else if (c >= 0x80) {
                if (!utf8_sequence()) return false;
            } else if (c < 0x20) {
                return fail(json_syntax::control_character);
            } else {
                ++p_;
            }
        }
    }

    /// Validates the string whose opening quote `p_` is on, decodes it into
    /// `out` in the same pass, and moves past it. An unescaped string is
    /// assigned whole; one with escapes goes on in `decode_rest`.
    bool string(std::string& out) {
        const char* const begin = ++p_;
        for (;;) {
            p_ = skip_plain_words(p_, end_);
            if (p_ == end_) return fail(json_syntax::string_end);
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                // Built, not assigned: the constructor inlines, `assign` calls into the library.
                out = std::string(begin, static_cast<std::size_t>(p_ - begin));
                ++p_;
                return true;
            }
            if (c == '\\') return decode_rest(begin, out);
            if (c >= 0x80) {
                if (!utf8_sequence()) return false;
            } else if (c < 0x20) {
                return fail(json_syntax::control_character);
            } else {
                ++p_;
            }
        }
    }

    /// Writes the `span.decoded_size` bytes of a validated string to `out`,
    /// copying the runs between escapes whole.
    static void decode(const string_span& span, char* out) noexcept {
        for (const char* p = span.begin;;) {
            const auto run = std::string_view(p, static_cast<std::size_t>(span.end - p)).find('\\');
            const std::size_t plain = run == std::string_view::npos ? static_cast<std::size_t>(span.end - p) : run;
            std::char_traits<char>::copy(out, p, plain);
            out += plain;
            p += plain;
            if (p == span.end) return;
            const char kind = p[1];
            p += 2;
            if (kind != 'u') {
                *out++ = simple_escapes[static_cast<unsigned char>(kind)];
                continue;
            }
            std::uint32_t point = hex4(p);
            p += 4;
            if (point >= 0xD800 && point <= 0xDBFF) {
                point = surrogate_pair(point, hex4(p + 2));
                p += 6;
            }
            out = utf8_encode(point, out);
        }
    }

    /// Validates the number `p_` is on and moves past it, with its value when
    /// it is an integer of at most 18 digits. A number beyond the range of a
    /// double is an error, as nlohmann/json makes it.
    bool number(number_value& value) noexcept { return scan_number<true>(&value); }

    /// `number` without the value, for the numbers of unknown members.
    bool skip_number() noexcept { return scan_number<false>(nullptr); }

    /// Whether a container may open at the current level within `max_depth`.
    bool has_room_for_a_level() const noexcept { return depth_ < max_depth_; }

    /// `null`, when `p_` is on its first byte.
    bool null() noexcept { return literal("null"); }

private:
    static constexpr std::size_t inline_levels = 64;

    static constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

    bool fail(json_syntax what) noexcept {
        failure_ = {static_cast<std::size_t>(p_ - begin_), what, false};
        return false;
    }

    /// Enters a container; false past `max_depth`, counted as nlohmann/json
    /// counts (the top-level container is level 1).
    bool open() noexcept {
        if (++depth_ > max_depth_) {
            failure_ = {static_cast<std::size_t>(p_ - begin_), json_syntax::value, true};
            return false;
        }
        return true;
    }

    bool close() noexcept {
        ++p_;
        --depth_;
        return true;
    }

    PLAID_ERRORS_DETAIL_ALWAYS_INLINE void set_level_kind(bool object) {
        const std::size_t level = depth_ - 1;
        if (level < inline_levels)
            inline_kinds_[level] = object;
        else
            set_heap_level_kind(level - inline_levels, object);
    }

    void set_heap_level_kind(std::size_t index, bool object) {
        if (index >= heap_kinds_.size()) heap_kinds_.resize(index + 1);
        heap_kinds_[index] = object;
    }

    /// Whether the innermost open container is an object.
    bool level_kind() const noexcept {
        const std::size_t level = depth_ - 1;
        return level < inline_levels ? inline_kinds_[level] : heap_kinds_[level - inline_levels];
    }

    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static bool is_whitespace(char c) noexcept {
        constexpr std::uint64_t json_whitespace = 1ull << ' ' | 1ull << '\n' | 1ull << '\r' | 1ull << '\t';
        return static_cast<unsigned char>(c) <= ' ' && (json_whitespace >> static_cast<unsigned char>(c) & 1);
    }

    /// Byte by byte, but the indent after a line break, a pretty-printed
    /// body's longest run, eight spaces at a time.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE void skip_whitespace() noexcept {
        while (p_ != end_ && is_whitespace(*p_)) {
            if (*p_++ != '\n') continue;
            while (end_ - p_ >= 8) {
                if (const auto others = load_word(p_) ^ 0x2020202020202020) {  // zero bytes are spaces
                    p_ += first_nonzero_byte(others);
                    break;
                }
                p_ += 8;
            }
        }
    }

    /// Skips whitespace to the byte a value must start at.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE bool value_follows() noexcept {
        skip_whitespace();
        return p_ != end_ || fail(json_syntax::value);
    }

    /// A member name and its colon, leaving `p_` on the value.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE bool member_name(string_span& name) noexcept {
        skip_whitespace();
        if (p_ == end_ || *p_ != '"') return fail(json_syntax::member_name);
        if (!string(name)) return false;
        skip_whitespace();
        if (p_ == end_ || *p_ != ':') return fail(json_syntax::colon);
        ++p_;
        return value_follows();
    }

    PLAID_ERRORS_DETAIL_ALWAYS_INLINE bool skip_member_name() noexcept {
        string_span name{};
        return member_name(name);
    }

    bool skip_scalar() noexcept {
        switch (*p_) {
            case '"': {
                string_span span{};
                return string(span);
            }
            case 't': return literal("true");
            case 'f': return literal("false");
            case 'n': return literal("null");
            default: {
                if (*p_ != '-' && !is_digit(*p_)) return fail(json_syntax::value);
                return skip_number();
            }
        }
    }

    /// The number grammar, written once; `Value` adds the integer's value,
    /// which only a known member's number pays for.
    template <bool Value>
    bool scan_number(number_value* value) noexcept {
        // A cursor of its own, kept in a register, and `p_` set once at the end.
        const char* p = p_;
        const char* const end = end_;
        const auto digit_at = [end](const char* at) { return at != end && is_digit(*at); };
        const auto fail_at = [this](const char* at, json_syntax what) {
            p_ = at;
            return fail(what);
        };
        const bool negative = *p == '-';
        if (negative) ++p;
        if (!digit_at(p)) return fail_at(p, json_syntax::minus_digit);
        const char* const integer_begin = p;
        std::uint64_t magnitude = 0;
        if (*p == '0') {
            ++p;
        } else {
            for (; digit_at(p); ++p)
                if constexpr (Value) magnitude = magnitude * 10 + static_cast<std::uint64_t>(*p - '0');
        }
        const std::ptrdiff_t integer_digits = p - integer_begin;
        bool is_integer = integer_digits <= 18;
        if (p != end && *p == '.') {
            is_integer = false;
            if (!digit_at(++p)) return fail_at(p, json_syntax::fraction_digit);
            while (digit_at(++p)) {
            }
        }
        std::int64_t exponent = 0;
        if (p != end && (*p == 'e' || *p == 'E')) {
            is_integer = false;
            ++p;
            const bool negative_exponent = p != end && *p == '-';
            if (p != end && (*p == '+' || *p == '-')) ++p;
            if (!digit_at(p)) return fail_at(p, json_syntax::exponent_digit);
            for (; digit_at(p); ++p)
                if (exponent < exponent_cap) exponent = exponent * 10 + (*p - '0');
            if (negative_exponent) exponent = -exponent;
        }
        // Below ten to the power of the integer part's digit count plus the exponent: only a number
        // that may reach the largest double's digit count is checked further.
        if (integer_digits + exponent >= max_double_digits && !within_double(integer_begin, p, exponent))
            return fail_at(p - 1, json_syntax::number_range);
        p_ = p;
        if constexpr (Value) {
            // Only 18 digits or fewer are sure to fit; a longer magnitude may have wrapped.
            const auto signed_magnitude = is_integer ? static_cast<std::int64_t>(magnitude) : 0;
            *value = {negative ? -signed_magnitude : signed_magnitude, is_integer};
        }
        return true;
    }

    bool literal(std::string_view word) noexcept {
        for (const char c : word) {
            if (p_ == end_ || *p_ != c) return fail(json_syntax::literal);
            ++p_;
        }
        return true;
    }

    /// Digits of the largest double's integer part.
    static constexpr std::ptrdiff_t max_double_digits = 309;
    /// An exponent past any body's digit count: reading stops growing there.
    static constexpr std::int64_t exponent_cap = 1'000'000'000'000;

    /// Whether the magnitude of the valid number whose integer part starts
    /// at `integer_begin`, times ten to `exponent`, rounds to a finite double:
    /// below 2^1024 - 2^970, the midpoint between the largest double and
    /// 2^1024, which rounds up. Its digits are found again here, off the
    /// path of the numbers that never come near.
    static bool within_double(const char* integer_begin, const char* number_end, std::int64_t exponent) noexcept {
        constexpr std::string_view midpoint =
            "1797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179775872070963302"
            "8641669288791094655554785194040263065748867150582068190890200070838367627385484581771153176447573027006985"
            "5571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";
        const auto digits_end = [number_end](const char* at) {
            while (at != number_end && is_digit(*at)) ++at;
            return at;
        };
        const char* const integer_end = digits_end(integer_begin);
        const bool has_fraction = integer_end != number_end && *integer_end == '.';
        const char* const fraction_begin = has_fraction ? integer_end + 1 : integer_end;
        const char* const fraction_end = has_fraction ? digits_end(fraction_begin) : integer_end;
        // The significant digits, integer part then fraction, without leading zeros.
        const char* first = integer_begin;
        std::int64_t power = (integer_end - integer_begin) - 1 + exponent;  // of the first digit
        for (; first != integer_end && *first == '0'; ++first) --power;
        if (first == integer_end) {
            for (first = fraction_begin; first != fraction_end && *first == '0'; ++first) --power;
            if (first == fraction_end) return true;  // zero
        }
        const auto max_power = static_cast<std::int64_t>(midpoint.size()) - 1;
        if (power != max_power) return power < max_power;
        std::size_t i = 0;
        for (const char* p = first; p != fraction_end; ++p) {
            if (p == integer_end) p = fraction_begin;
            if (p == fraction_end) break;
            const char limit = i < midpoint.size() ? midpoint[i] : '0';
            if (*p != limit) return *p < limit;
            ++i;
        }
        return i < midpoint.size();  // the digits ran out below the midpoint
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

    /// Index of the lowest non-zero byte of a non-zero word: a count of
    /// trailing zeros where the compiler has one; elsewhere each non-zero
    /// byte gets its high bit, and the multiplication moves the lowest one's
    /// index, taken from the constant's bytes, into the top byte.
    static constexpr std::size_t first_nonzero_byte(std::uint64_t word) noexcept {
#if defined(__GNUC__)
        return static_cast<std::size_t>(__builtin_ctzll(word)) / 8;
#else
        constexpr std::uint64_t low_bits = 0x7F7F7F7F7F7F7F7F;
        const auto flags = (((word & low_bits) + low_bits) | word) & ~low_bits;
        const auto lowest = (flags & (~flags + 1)) >> 7;
        return static_cast<std::size_t>((lowest * 0x0001020304050607) >> 56);
#endif
    }

#if PLAID_ERRORS_DETAIL_BYTE_LANES
    /// Sixteen bytes as lanes, which GCC and Clang compare all at once: half
    /// the instructions per byte of `special_bytes`.
    using byte_lanes = signed char __attribute__((vector_size(16)));

    /// The lowest of the sixteen bytes at `p` that is a quote, a backslash, a
    /// control character or not ASCII, or 16 when there is none. Unlike
    /// `special_bytes`, every lane is exact.
    static std::size_t first_special_of_16(const char* p) noexcept { return first_special_lane(load_lanes(p)); }

    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static byte_lanes load_lanes(const char* p) noexcept {
        byte_lanes lanes;
        std::memcpy(&lanes, p, sizeof lanes);
        return lanes;
    }

    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static std::size_t first_special_lane(byte_lanes lanes) noexcept {
        // Signed lanes: a byte at or above 0x80 is negative, so not above 0x1F. A quote and a backslash
        // are above it, so each equality clears its lane: no inversion is needed.
        return first_clear_lane((lanes > 0x1F) ^ (lanes == '"') ^ (lanes == '\\'));
    }

    /// The lowest lane of a comparison's result that is clear, or 16, from
    /// SSE2's byte mask: one bit a lane.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static std::size_t first_clear_lane(byte_lanes set) noexcept {
        using mask_bytes = char __attribute__((vector_size(16)));  // the builtin's operand type
        mask_bytes bytes;
        std::memcpy(&bytes, &set, sizeof bytes);
        const auto lane_bits = static_cast<unsigned>(__builtin_ia32_pmovmskb128(bytes));
        return static_cast<std::size_t>(__builtin_ctz(~lane_bits));  // bit 16 and up of the complement are set
    }
#endif

    /// The first byte from `p` on that is not plain ASCII, or the last
    /// seven bytes before `end`, checked sixteen or eight at a time while
    /// that many remain: string bytes are most of a body. A cursor of its
    /// own, so the loop keeps it in a register.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static const char* skip_plain_words(const char* p, const char* end) noexcept {
#if PLAID_ERRORS_DETAIL_BYTE_LANES
        while (end - p >= 16) {
            const auto plain = first_special_of_16(p);
            p += plain;
            if (plain != 16) return p;
        }
#endif
        while (end - p >= 8) {
            if (const auto flags = special_bytes(load_word(p))) return p + first_nonzero_byte(flags);
            p += 8;
        }
        return p;
    }

    /// Added to a hex digit's value in `hex_places`, so that a byte that is
    /// not a hex digit can be 0, the tables' default: only the digits are
    /// written when they are computed, which every translation unit does.
    static constexpr std::uint32_t hex_mark = 0x10000;

    struct hex_table {
        std::uint32_t places[4][256];
    };

    /// Each byte's value as a hex digit at each place of four (`[0]` the
    /// units) plus `hex_mark`, or 0: shifted ahead, so four loads and three
    /// additions read a `\u` escape.
    static constexpr hex_table hex_places = [] {
        hex_table table{};
        for (std::uint32_t place = 0; place < 4; ++place) {
            for (std::uint32_t digit = 0; digit < 16; ++digit) {
                const std::uint32_t value = hex_mark + (digit << (4 * place));
                table.places[place][static_cast<unsigned char>("0123456789abcdef"[digit])] = value;
                table.places[place][static_cast<unsigned char>("0123456789ABCDEF"[digit])] = value;
            }
        }
        return table;
    }();

    /// A byte's value as a hex digit, or above 15.
    static std::uint32_t hex_value(char c) noexcept {
        return hex_places.places[0][static_cast<unsigned char>(c)] - hex_mark;  // a non-digit wraps around
    }

    /// The value of the four hex digits at `p`, above 0xFFFF when one is not
    /// a hex digit: the marks then sum to less than the four subtracted, and
    /// the difference wraps around.
    static std::uint32_t hex4(const char* p) noexcept {
        const auto at = [p](std::size_t i) { return static_cast<unsigned char>(p[i]); };
        const auto& places = hex_places.places;
        return places[3][at(0)] + places[2][at(1)] + places[1][at(2)] + places[0][at(3)] - 4 * hex_mark;
    }

    /// The code point a high and a low surrogate encode.
    static constexpr std::uint32_t surrogate_pair(std::uint32_t high, std::uint32_t low) noexcept {
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    }

    /// Validates the four hex digits after `\u`, `p_` on the backslash.
    bool hex_escape(std::uint32_t& point) noexcept {
        p_ += 2;
        if (end_ - p_ >= 4 && (point = hex4(p_)) <= 0xFFFF) {
            p_ += 4;
            return true;
        }
        while (p_ != end_ && hex_value(*p_) < 16) ++p_;
        return fail(json_syntax::hex_digit);
    }

    static bool in_range(char c, char low, char high) noexcept {
        return (c >= low && c <= high) || (c >= low + 'a' - 'A' && c <= high + 'a' - 'A');
    }

    /// One escape, `p_` on its backslash, decoded into scratch space: the
    /// string's decoded size grows by the escape's decoded size less its raw
    /// size, added at the end.
    bool escape(string_span& span) noexcept {
        char decoded[max_encoded_bytes];
        const char* start = p_;
        const char* out = decode_escape(decoded);
        if (!out) return false;
        span.decoded_size -= static_cast<std::size_t>(p_ - start) - static_cast<std::size_t>(out - decoded);
        return true;
    }

    /// A `\u` escape, or a surrogate pair of them, `p_` on its backslash
    /// after the caller checked the `u` or found no simple escape there: its
    /// code point, or false at its first bad byte.
    bool unicode_escape(std::uint32_t& point) noexcept {
        if (end_ - p_ < 2 || p_[1] != 'u') {
            ++p_;
            return fail(json_syntax::escape);
        }
        const char* start = p_;
        if (!hex_escape(point)) return false;
        if (point >= 0xDC00 && point <= 0xDFFF) {
            p_ = start + 3;  // the second digit is what makes it a low surrogate
            return fail(json_syntax::lone_low_surrogate);
        }
        if (point < 0xD800 || point > 0xDBFF) return true;
        if (p_ == end_ || *p_ != '\\' || end_ - p_ < 2 || p_[1] != 'u') {
            if (p_ != end_ && *p_ == '\\') ++p_;
            return fail(json_syntax::low_surrogate);
        }
        const char* second = p_;
        std::uint32_t low = 0;
        if (!hex_escape(low)) return false;
        if (low < 0xDC00 || low > 0xDFFF) {
            p_ = second + (in_range(second[2], 'D', 'D') ? 3 : 2);
            return fail(json_syntax::low_surrogate);
        }
        point = surrogate_pair(point, low);
        return true;
    }

    /// The longest UTF-8 sequence, which one escape decodes to at most.
    static constexpr std::size_t max_encoded_bytes = 4;
    /// Bytes a decoding buffer holds past its capacity: sixteen lanes stored
    /// whole at the capacity, or a decoded escape after lanes that ran past it.
    static constexpr std::size_t slack = 16 + max_encoded_bytes;
    /// Decoded bytes an escaped string may reach on the stack: most fit, and
    /// then the string costs no scan for its end and no zero fill.
    static constexpr std::size_t stack_bytes = 256;

    /// Each byte's decoded value after a backslash in a one-byte escape, or 0.
    static constexpr std::array<char, 256> simple_escapes = [] {
        std::array<char, 256> values{};
        for (const char c : {'"', '\\', '/'}) values[static_cast<unsigned char>(c)] = c;
        values['b'] = '\b';
        values['f'] = '\f';
        values['n'] = '\n';
        values['r'] = '\r';
        values['t'] = '\t';
        return values;
    }();

    /// The rest of `string(out)`, `p_` on the first backslash of the string
    /// that starts at `begin`. Bytes are decoded into a stack buffer, a word
    /// at a time as they are checked, and the string is built from it once;
    /// a string that outgrows it moves to `out`, sized once in
    /// `move_to_heap`, so a string costs at most one allocation. Valid `\u`
    /// escapes and surrogate pairs are decoded here; one-byte escapes and
    /// every bad escape go through `decode_escape`.
    bool decode_rest(const char* begin, std::string& out) {
        char stack[stack_bytes + slack];
        char* first = stack;
        char* limit = stack + stack_bytes;
        char* o = first;
        // Locals, not members: a store through `o` could alias a member, which the compiler would then reload.
        const char* p = p_;
        const char* const end = end_;
        if (static_cast<std::size_t>(p - begin) > stack_bytes) {
            if (!move_to_heap(begin, begin, static_cast<std::size_t>(p - begin), out, first, o, limit)) return false;
        } else {
            std::char_traits<char>::copy(o, begin, static_cast<std::size_t>(p - begin));
            o += p - begin;
        }
        for (;;) {
            if (!copy_plain(p, o, end, limit)) {
                if (o > limit) {
                    p_ = p;
                    if (!move_to_heap(begin, first, static_cast<std::size_t>(o - first), out, first, o, limit))
                        return false;
                    continue;
                }
                if (p == end) {
                    p_ = p;
                    return fail(json_syntax::string_end);
                }
            }
            // An escape before the closing quote: in a string with escapes, there are more of them.
            const auto c = static_cast<unsigned char>(*p);
            if (c == '\\' && end - p >= 6 && p[1] == 'u') {
                std::uint32_t point = hex4(p + 2);
                if (point < 0xD800 || (point > 0xDFFF && point <= 0xFFFF)) {
                    o = utf8_encode(point, o);
                    p += 6;
                    continue;
                }
                if (point <= 0xDBFF && end - p >= 12 && p[6] == '\\' && p[7] == 'u') {
                    const std::uint32_t low = hex4(p + 8);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        o = utf8_encode(surrogate_pair(point, low), o);
                        p += 12;
                        continue;
                    }
                }
            }
            if (c == '"') {
                p_ = p + 1;
                if (first == stack)
                    out = std::string(stack, static_cast<std::size_t>(o - stack));
                else
                    out.resize(static_cast<std::size_t>(o - first));
                return true;
            }
            p_ = p;
            if (c == '\\') {
                o = decode_escape(o);
                if (!o) return false;
            } else if (c >= 0x80) {
                if (!utf8_sequence()) return false;
                while (p != p_) *o++ = *p++;
            } else if (c < 0x20) {
                return fail(json_syntax::control_character);
            } else {
                *o++ = *p_++;
            }
            p = p_;
        }
    }

    /// Copies the plain bytes at `p` to `o`, sixteen or eight at a time as
    /// they are checked, while `o` is within `limit`: true when it stopped on
    /// a byte to check, false when `o` passed `limit` or fewer than eight
    /// bytes remain. The bytes stored past the plain ones lie in the buffer's
    /// slack.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static bool copy_plain(const char*& p, char*& o, const char* end,
                                                             const char* limit) noexcept {
#if PLAID_ERRORS_DETAIL_BYTE_LANES
        while (end - p >= 16 && o <= limit) {
            const auto lanes = load_lanes(p);
            std::memcpy(o, &lanes, sizeof lanes);
            const auto plain = first_special_lane(lanes);
            p += plain;
            o += plain;
            if (plain != 16) return true;
        }
#endif
        while (end - p >= 8 && o <= limit) {
            const auto word = load_word(p);
            std::char_traits<char>::copy(o, p, 8);
            if (const auto flags = special_bytes(word)) {
                const auto plain = first_nonzero_byte(flags);
                p += plain;
                o += plain;
                return true;
            }
            p += 8;
            o += 8;
        }
        return false;
    }

    /// Moves the `count` bytes decoded so far, at `decoded`, into `out`,
    /// sized to them plus every raw byte from `p_` to the closing quote,
    /// which no decoding outgrows; `first`, `o` and `limit` then point into
    /// `out`. False, with the string's first bad byte named, when no quote
    /// closes it.
    bool move_to_heap(const char* begin, const char* decoded, std::size_t count, std::string& out, char*& first,
                      char*& o, char*& limit) {
        const char* close = closing_quote();
        if (!close) {
            p_ = begin - 1;
            string_span span{};
            return string(span);
        }
        out.resize(count + static_cast<std::size_t>(close - p_) + slack);
        first = &out[0];
        std::char_traits<char>::copy(first, decoded, count);
        o = first + count;
        limit = first + out.size();
        return true;
    }

    /// The first quote from `p_` on that no backslash escapes (an even run of
    /// backslashes before it), or null when there is none: in a valid string,
    /// its closing quote.
    const char* closing_quote() const noexcept {
        for (const char* from = p_;;) {
            const auto* quote = static_cast<const char*>(
                std::char_traits<char>::find(from, static_cast<std::size_t>(end_ - from), '"'));
            if (!quote) return nullptr;
            const char* before = quote;
            while (*(before - 1) == '\\') --before;  // the opening quote stops the walk
            if ((quote - before) % 2 == 0) return quote;
            from = quote + 1;
        }
    }

    /// Validates one escape, `p_` on its backslash, and writes its decoded
    /// bytes at `out`: where they end, or null at a bad escape.
    char* decode_escape(char* out) noexcept {
        if (end_ - p_ >= 2 && p_[1] != 'u') {
            if (const char simple = simple_escapes[static_cast<unsigned char>(p_[1])]) {
                p_ += 2;
                *out = simple;
                return out + 1;
            }
        }
        std::uint32_t point = 0;
        if (!unicode_escape(point)) return nullptr;
        return utf8_encode(point, out);
    }

    /// Inlined into the decoding loop, where it is most of an escape's cost.
    PLAID_ERRORS_DETAIL_ALWAYS_INLINE static char* utf8_encode(std::uint32_t point, char* out) noexcept {
        const auto byte = [](std::uint32_t b) { return static_cast<char>(static_cast<unsigned char>(b)); };
        if (point < 0x80) {
            *out++ = byte(point);
        } else if (point < 0x800) {
            *out++ = byte(0xC0 | point >> 6);
            *out++ = byte(0x80 | (point & 0x3F));
        } else if (point < 0x10000) {
            *out++ = byte(0xE0 | point >> 12);
            *out++ = byte(0x80 | (point >> 6 & 0x3F));
            *out++ = byte(0x80 | (point & 0x3F));
        } else {
            *out++ = byte(0xF0 | point >> 18);
            *out++ = byte(0x80 | (point >> 12 & 0x3F));
            *out++ = byte(0x80 | (point >> 6 & 0x3F));
            *out++ = byte(0x80 | (point & 0x3F));
        }
        return out;
    }

    /// One well-formed UTF-8 sequence (RFC 3629, as nlohmann/json checks it);
    /// `p_` is on its lead byte and, on failure, ends on the first bad byte.
    bool utf8_sequence() noexcept {
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
            return fail(json_syntax::utf8);
        }
        ++p_;
        for (std::size_t i = 1; i <= trail; ++i, ++p_) {
            if (p_ == end_) return fail(json_syntax::utf8);
            const auto byte = static_cast<unsigned char>(*p_);
            if (byte < (i == 1 ? low : 0x80) || byte > (i == 1 ? high : 0xBF)) return fail(json_syntax::utf8);
        }
        return true;
    }

    const char* begin_;
    const char* p_;
    const char* end_;
    std::size_t max_depth_;
    std::size_t depth_ = 0;
    failure_info failure_{};
    std::array<bool, inline_levels> inline_kinds_{};
    /// The levels past `inline_levels`, a byte each (1 for an object): a
    /// string, whose code the standard library ships compiled, where a vector
    /// would be compiled again in every file that parses.
    std::string heap_kinds_;
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
