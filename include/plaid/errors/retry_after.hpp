#ifndef PLAID_ERRORS_RETRY_AFTER_HPP
#define PLAID_ERRORS_RETRY_AFTER_HPP

#include "detail/abi.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Why a `Retry-After` value gave no delay.
enum class retry_after_problem : std::uint8_t {
    none,         ///< the value gave a delay, or there was no value
    empty,        ///< the header was sent with nothing in it
    malformed,    ///< neither delta-seconds nor one of the three HTTP-date forms
    invalid_date  ///< an HTTP-date's shape holding a day, month or time that does not exist
};

/// Lower-case name of a problem (`"malformed"`, ...), as tools print it.
constexpr std::string_view to_string(retry_after_problem problem) noexcept {
    switch (problem) {
        case retry_after_problem::none: return "none";
        case retry_after_problem::empty: return "empty";
        case retry_after_problem::malformed: return "malformed";
        case retry_after_problem::invalid_date: return "invalid_date";
    }
    return {};
}

/// A `Retry-After` header as read: the delay it asks for, or why it asks for
/// none. Plaid sends no such header; a proxy or gateway in front of it may.
struct retry_after {
    std::optional<std::chrono::seconds> delay;  ///< from the time given to the parser; zero for a date already past
    retry_after_problem problem = retry_after_problem::none;
};

namespace detail {

/// Delta-seconds beyond this count as this, as RFC 9111 has caches do with
/// any delta-seconds too large to hold.
inline constexpr std::int64_t max_delta_seconds = 2147483648;

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

constexpr unsigned days_in_month(std::int64_t y, unsigned m) noexcept {
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

/// Reads the fields of an HTTP-date in turn; any mismatch sets `bad`.
class date_cursor {
public:
    explicit constexpr date_cursor(std::string_view text) noexcept : text_(text) {}
    constexpr bool bad() const noexcept { return bad_; }
    constexpr bool at_end() const noexcept { return text_.empty(); }
    constexpr void literal(std::string_view expected) noexcept {
        if (text_.substr(0, expected.size()) == expected) text_.remove_prefix(expected.size());
        else bad_ = true;
    }
    /// Exactly `width` digits; a leading space stands for a zero where `space_pads` (asctime's day).
    constexpr unsigned digits(std::size_t width, bool space_pads = false) noexcept {
        unsigned value = 0;
        for (std::size_t i = 0; i < width; ++i) {
            const char c = i < text_.size() ? text_[i] : '\0';
            if (is_digit(c)) value = value * 10 + static_cast<unsigned>(c - '0');
            else if (!(space_pads && i == 0 && c == ' ')) bad_ = true;
        }
        text_.remove_prefix(width < text_.size() ? width : text_.size());
        return value;
    }
    /// One of `names` (their index), followed by nothing else of a name.
    template <std::size_t N>
    constexpr unsigned name(const std::string_view (&names)[N]) noexcept {
        for (unsigned i = 0; i < N; ++i)
            if (text_.substr(0, names[i].size()) == names[i] &&
                (text_.size() == names[i].size() || !is_letter(text_[names[i].size()]))) {
                text_.remove_prefix(names[i].size());
                return i;
            }
        bad_ = true;
        return 0;
    }

private:
    static constexpr bool is_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    std::string_view text_;
    bool bad_ = false;
};

inline constexpr std::string_view day_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
inline constexpr std::string_view long_day_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};
inline constexpr std::string_view month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct date_fields {
    std::int64_t year;
    unsigned month, day, hour, minute, second;
};

/// Seconds since the epoch of a date whose fields exist, or no value.
constexpr std::optional<std::int64_t> seconds_since_epoch(const date_fields& f) noexcept {
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > days_in_month(f.year, f.month) || f.hour > 23 ||
        f.minute > 59 || f.second > 60)  // 60: a leap second, which the grammar allows
        return std::nullopt;
    return days_from_civil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 + f.second;
}

/// The time of day `08:49:37`.
constexpr void read_time(date_cursor& in, date_fields& f) noexcept {
    f.hour = in.digits(2);
    in.literal(":");
    f.minute = in.digits(2);
    in.literal(":");
    f.second = in.digits(2);
}

/// The fields of one HTTP-date form, or no value when the text is not of that form.
constexpr std::optional<date_fields> imf_fixdate(std::string_view text) noexcept {  // Sun, 06 Nov 1994 08:49:37 GMT
    date_cursor in(text);
    date_fields f{};
    in.name(day_names);
    in.literal(", ");
    f.day = in.digits(2);
    in.literal(" ");
    f.month = in.name(month_names) + 1;
    in.literal(" ");
    f.year = in.digits(4);
    in.literal(" ");
    read_time(in, f);
    in.literal(" GMT");
    if (in.bad() || !in.at_end()) return std::nullopt;
    return f;
}

/// RFC 850's form, `Sunday, 06-Nov-94 08:49:37 GMT`; a two-digit year is
/// read, as RFC 9110 says, as the latest year with those digits that is not
/// more than 50 years after `now_year`.
constexpr std::optional<date_fields> rfc850_date(std::string_view text, std::int64_t now_year) noexcept {
    date_cursor in(text);
    date_fields f{};
    in.name(long_day_names);
    in.literal(", ");
    f.day = in.digits(2);
    in.literal("-");
    f.month = in.name(month_names) + 1;
    in.literal("-");
    const std::int64_t yy = in.digits(2);
    in.literal(" ");
    read_time(in, f);
    in.literal(" GMT");
    if (in.bad() || !in.at_end()) return std::nullopt;
    std::int64_t century = now_year - now_year % 100;
    f.year = century + yy;
    if (f.year > now_year + 50) f.year -= 100;
    return f;
}

/// ANSI C's asctime() form, `Sun Nov  6 08:49:37 1994`.
constexpr std::optional<date_fields> asctime_date(std::string_view text) noexcept {
    date_cursor in(text);
    date_fields f{};
    in.name(day_names);
    in.literal(" ");
    f.month = in.name(month_names) + 1;
    in.literal(" ");
    f.day = in.digits(2, true);
    in.literal(" ");
    read_time(in, f);
    in.literal(" ");
    f.year = in.digits(4);
    if (in.bad() || !in.at_end()) return std::nullopt;
    return f;
}

constexpr std::int64_t year_of(std::int64_t seconds) noexcept {
    // Counting years from 1970 day by day is not needed: a year within one of the true one suffices
    // for the 50-year window.
    return 1970 + (seconds >= 0 ? seconds : seconds - 31556951) / 31556952;
}

}  // namespace detail

/// Reads a `Retry-After` value as RFC 9110 defines it: delta-seconds
/// (`120`) or an HTTP-date in any of its three forms, the date read against
/// `now` (seconds since the Unix epoch, UTC) to give a delay. Spaces and tabs
/// around the value are ignored. A value that is neither gives no delay and
/// says why; no input makes it fail otherwise.
constexpr retry_after parse_retry_after(std::string_view value, std::chrono::seconds now) noexcept {
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (value.empty()) return {std::nullopt, retry_after_problem::empty};
    if (detail::is_digit(value.front())) {
        std::int64_t seconds = 0;
        for (char c : value) {
            if (!detail::is_digit(c)) return {std::nullopt, retry_after_problem::malformed};
            if (seconds < detail::max_delta_seconds) seconds = seconds * 10 + (c - '0');
        }
        if (seconds > detail::max_delta_seconds) seconds = detail::max_delta_seconds;
        return {std::chrono::seconds(seconds), retry_after_problem::none};
    }
    auto fields = detail::imf_fixdate(value);
    if (!fields) fields = detail::rfc850_date(value, detail::year_of(now.count()));
    if (!fields) fields = detail::asctime_date(value);
    if (!fields) return {std::nullopt, retry_after_problem::malformed};
    const auto at = detail::seconds_since_epoch(*fields);
    if (!at) return {std::nullopt, retry_after_problem::invalid_date};
    const auto delta = *at - now.count();
    return {std::chrono::seconds(delta > 0 ? delta : 0), retry_after_problem::none};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
