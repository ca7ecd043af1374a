#ifndef PLAID_ERRORS_EMBEDDED_ERRORS_HPP
#define PLAID_ERRORS_EMBEDDED_ERRORS_HPP

#include "detail/abi.hpp"

/// Errors inside successful responses: `find_errors(body)` walks any body
/// and returns the PlaidErrors it holds (a batch refresh's
/// `results[].error`, an Item's `error`, a payment's, `errors[]` arrays)
/// and the report warnings whose `cause` is one. Standard library only.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "shape_reader.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// A report warning's `warning_type`, as the spec's warning shapes name it.
enum class warning_type : std::uint8_t {
    unknown,  ///< any other string, kept in `report_warning::type_name`
    asset_report_warning,
    base_report_warning,
    check_report_warning,
    bank_income_warning,
};

/// A report warning's `warning_code`: every value the spec's warning shapes list.
enum class warning_code : std::uint8_t {
    unknown,  ///< any other string, kept in `report_warning::code_name`
    owners_unavailable,
    investments_unavailable,
    transactions_unavailable,
    identity_unavailable,
    user_fraud_alert,
    item_unapproved,
    report_deleted,
    data_unavailable,
};

/// The wire string (`ASSET_REPORT_WARNING`); empty for `unknown` and values outside the enum.
constexpr std::string_view to_string(warning_type type) noexcept {
    switch (type) {
        case warning_type::unknown: return {};
        case warning_type::asset_report_warning: return "ASSET_REPORT_WARNING";
        case warning_type::base_report_warning: return "BASE_REPORT_WARNING";
        case warning_type::check_report_warning: return "CHECK_REPORT_WARNING";
        case warning_type::bank_income_warning: return "BANK_INCOME_WARNING";
    }
    return {};
}

/// The wire string (`OWNERS_UNAVAILABLE`); empty for `unknown` and values outside the enum.
constexpr std::string_view to_string(warning_code code) noexcept {
    switch (code) {
        case warning_code::unknown: return {};
        case warning_code::owners_unavailable: return "OWNERS_UNAVAILABLE";
        case warning_code::investments_unavailable: return "INVESTMENTS_UNAVAILABLE";
        case warning_code::transactions_unavailable: return "TRANSACTIONS_UNAVAILABLE";
        case warning_code::identity_unavailable: return "IDENTITY_UNAVAILABLE";
        case warning_code::user_fraud_alert: return "USER_FRAUD_ALERT";
        case warning_code::item_unapproved: return "ITEM_UNAPPROVED";
        case warning_code::report_deleted: return "REPORT_DELETED";
        case warning_code::data_unavailable: return "DATA_UNAVAILABLE";
    }
    return {};
}

namespace detail {

/// The enumerator whose `to_string` is `text`, searched from the first after `unknown`; `unknown` for none.
template <class Enum>
constexpr Enum named_enumerator(std::string_view text) noexcept {
    for (std::uint8_t i = 1; !to_string(static_cast<Enum>(i)).empty(); ++i)
        if (to_string(static_cast<Enum>(i)) == text) return static_cast<Enum>(i);
    return Enum::unknown;
}

}  // namespace detail

/// The type a wire string names, case-sensitive; `unknown` for any other.
constexpr warning_type to_warning_type(std::string_view text) noexcept { return detail::named_enumerator<warning_type>(text); }
/// The code a wire string names, case-sensitive; `unknown` for any other.
constexpr warning_code to_warning_code(std::string_view text) noexcept { return detail::named_enumerator<warning_code>(text); }

/// A PlaidError found inside a body.
struct embedded_error {
    /// Where it is, as Plaid's spec writes paths: `results[1].error`,
    /// `institutions[2].errors[0]`, `cause`. Member names are written as
    /// they are, unquoted; one longer than 64 bytes is written empty.
    std::string path;
    plaid::error error;
    /// The error's own `item_id` (a `Cause` has one), else the `item_id` of
    /// the object holding it, as a `RefreshResult` or an `Item` has.
    std::optional<std::string> item_id;
};

/// A report warning (`warning_type` and `warning_code` strings, the Warning
/// family of shapes): which data a report lacks, and why.
struct report_warning {
    std::string path;  ///< as `embedded_error::path`; empty for a body that is itself a warning
    warning_type type = warning_type::unknown;
    std::string type_name;  ///< `warning_type` as sent
    warning_code code = warning_code::unknown;
    std::string code_name;  ///< `warning_code` as sent
    /// Its `cause` when that is a PlaidError, which is among the errors too.
    std::optional<plaid::cause> cause;
};

/// An object with string `error_type` and `error_code` members that does not
/// read as a PlaidError (a member of the wrong type), and why.
struct malformed_error {
    std::string path;
    parse_failure failure;
};

/// What `find_errors` found, each list in the order the values end in the body.
struct body_errors {
    std::vector<embedded_error> errors;
    std::vector<report_warning> warnings;
    std::vector<malformed_error> malformed;

    /// Whether the body holds no error, warning or malformed error.
    bool empty() const noexcept { return errors.empty() && warnings.empty() && malformed.empty(); }
};

/// Either what a body holds or the `parse_failure` saying why it could not
/// be read: not JSON, past a limit, out of memory.
class find_errors_result {
public:
    explicit find_errors_result(body_errors found) : state_(std::move(found)) {}
    explicit find_errors_result(parse_failure failure) : state_(std::move(failure)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// What was found; throws std::bad_variant_access when `has_value()` is false.
    const body_errors& value() const& { return std::get<0>(state_); }
    body_errors&& value() && { return std::get<0>(std::move(state_)); }
    const body_errors& operator*() const& { return value(); }
    const body_errors* operator->() const { return &value(); }

    /// The failure; throws std::bad_variant_access when `has_value()` is true.
    const parse_failure& failure() const& { return std::get<1>(state_); }

private:
    std::variant<body_errors, parse_failure> state_;
};

namespace detail {

/// Walks a body with a stack of its own, no recursion however deep it
/// nests: on each object's end it knows whether the object had string
/// `error_type` and `error_code` members, and reads it again then, alone,
/// by the error's member table, as `parse_error` reads a body. The errors
/// inside an error (its causes) are part of it, not found apart. A byte lies
/// inside at most `max_depth` objects, so no byte is read more often than
/// that, however the errors nest.
class error_finder {
public:
    error_finder(std::string_view body, const parse_limits& limits) noexcept
        : body_(body), limits_(limits), json_(body, limits.max_depth) {}

    /// Fills `found`; false where the body stopped being readable, `failure` then saying why.
    bool walk(body_errors& found) {
        if (!json_.start() || !value({}, found)) return failed();
        std::string_view member;
        char name[json_reader::longest_name];
        while (!stack_.empty()) {
            frame& holder = stack_.back();
            bool more = false;
            if (!json_.next_item(holder.object, holder.first, more, member, name)) return failed();
            holder.first = false;
            if (!more) {
                if (!close(found)) return false;
                continue;
            }
            if (!holder.object) ++holder.index;
            if (!value(member, found)) return failed();
        }
        return json_.finish() || failed();
    }

    const parse_failure& failure() const noexcept { return failure_; }

private:
    /// An object or array open on the stack, and of an object, what its members said so far.
    struct frame {
        bool object = false;
        bool first = true;
        bool is_cause = false;  ///< the `cause` member of an object
        bool has_error_type = false, has_error_code = false;
        std::size_t start = 0;      ///< offset of its opening brace
        std::size_t path_size = 0;  ///< the length of its path, written in `path_` when it opened
        std::size_t index = 0;      ///< of an array: the elements met so far
        std::size_t errors_before = 0, warnings_before = 0, malformed_before = 0;
        std::size_t cause = no_error;  ///< the error its `cause` member holds
        std::optional<std::string> item_id, warning_type, warning_code;
        std::optional<int> http_code;
    };

    static constexpr std::size_t no_error = std::numeric_limits<std::size_t>::max();

    bool failed() {
        failure_ = body_failure(body_, json_, limits_);
        return false;
    }

    /// The value the reader is on, `member` of the innermost object when it
    /// is in one. Only a container's path is written, when it opens: the
    /// scalars, most of a body, cost no path.
    bool value(std::string_view member, body_errors& found) {
        using json_type = json_reader::json_type;
        using namespace std::string_view_literals;
        const auto type = json_.type();
        if (type == json_type::object || type == json_type::array) {
            if (!stack_.empty()) {
                const frame& holder = stack_.back();
                path_.resize(holder.path_size);
                if (!holder.object) {
                    append_all(path_, {"[", decimal(holder.index - 1), "]"});
                } else {
                    if (!path_.empty()) path_ += '.';
                    path_.append(member.data(), member.size());
                }
            }
            frame opened;
            opened.object = type == json_type::object;
            opened.is_cause = !stack_.empty() && stack_.back().object && member == "cause"sv;
            opened.start = json_.offset();
            opened.path_size = path_.size();
            opened.errors_before = found.errors.size();
            opened.warnings_before = found.warnings.size();
            opened.malformed_before = found.malformed.size();
            stack_.push_back(std::move(opened));
            return json_.enter();
        }
        if (stack_.empty() || !stack_.back().object) return json_.skip_value();
        frame& holder = stack_.back();
        const bool is_string = type == json_type::string;
        if (member == "error_type"sv) holder.has_error_type = is_string;
        if (member == "error_code"sv) holder.has_error_code = is_string;
        for (auto [name, kept] : {std::pair{"item_id"sv, &holder.item_id}, std::pair{"warning_type"sv, &holder.warning_type},
                                  std::pair{"warning_code"sv, &holder.warning_code}}) {
            if (member != name) continue;
            if (is_string) return json_.string(kept->emplace());
            kept->reset();
        }
        if (member == "http_code"sv) {
            holder.http_code.reset();
            if (type != json_type::number) return json_.skip_value();
            std::int64_t number = 0;
            bool is_integer = false;
            if (!json_.number(&number, is_integer)) return false;
            if (is_integer && number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
                holder.http_code = static_cast<int>(number);
            return true;
        }
        return json_.skip_value();
    }

    /// The innermost container ended: an object may be an error or a warning,
    /// and gives its `item_id` to the errors it holds without one.
    bool close(body_errors& found) {
        frame closed = std::move(stack_.back());
        stack_.pop_back();
        path_.resize(closed.path_size);
        if (!closed.object) return true;
        const std::size_t level = stack_.size();
        for (std::size_t i = closed.errors_before; i < found.errors.size(); ++i)
            if (holders_[i] == level && !found.errors[i].item_id) found.errors[i].item_id = closed.item_id;
        if (closed.has_error_type && closed.has_error_code) {
            if (level > 0) return found_error(closed, found);
            found = body_errors{};  // the body is itself an error, whose causes are part of it
            return true;
        }
        if (closed.warning_type && closed.warning_code) {
            if (!room_for_one_more(found)) return false;
            report_warning warning{path_, to_warning_type(*closed.warning_type), std::move(*closed.warning_type),
                                   to_warning_code(*closed.warning_code), std::move(*closed.warning_code), std::nullopt};
            if (closed.cause < found.errors.size()) {
                const auto& cause = found.errors[closed.cause];
                warning.cause.emplace();
                static_cast<plaid::error&>(*warning.cause) = cause.error;
                warning.cause->item_id = cause.item_id;
            }
            found.warnings.push_back(std::move(warning));
        }
        return true;
    }

    /// Reads the object that just ended as an error, in place of whatever was found inside it.
    bool found_error(const frame& closed, body_errors& found) {
        found.errors.resize(closed.errors_before);
        holders_.resize(closed.errors_before);
        found.warnings.resize(closed.warnings_before);
        found.malformed.resize(closed.malformed_before);
        if (!room_for_one_more(found)) return false;
        const auto text = body_.substr(closed.start, json_.offset() - closed.start);
        json_reader object(text, limits_.max_depth);
        plaid::cause read;
        member_fill fill(table_for<plaid::cause>::table, &read, true);
        const bool whole = object.start() && shape_reader<json_reader>(limits_).object(object, fill, 0);
        if (auto problem = fill.finish(); problem || !whole) {
            found.malformed.push_back({path_, problem ? std::move(*problem).to_failure() : body_failure(text, object, limits_)});
            return true;
        }
        if (!read.status) read.status = closed.http_code;
        found.errors.push_back({path_, std::move(static_cast<plaid::error&>(read)), std::move(read.item_id)});
        std::size_t holder = stack_.size();
        while (holder > 0 && !stack_[holder - 1].object) --holder;
        holders_.push_back(holder == 0 ? no_error : holder - 1);
        if (closed.is_cause) stack_.back().cause = found.errors.size() - 1;
        return true;
    }

    /// Whether one more finding stays within `max_causes`, which bounds what a body's findings cost.
    bool room_for_one_more(const body_errors& found) {
        if (found.errors.size() + found.warnings.size() + found.malformed.size() < limits_.max_causes) return true;
        failure_ = failure_saying(parse_failure_kind::too_many_elements,
                                  {"more than ", decimal(limits_.max_causes), " errors and warnings"});
        return false;
    }

    std::string_view body_;
    const parse_limits& limits_;
    json_reader json_;
    std::vector<frame> stack_;
    std::string path_;
    /// Of each error found, the level of the object holding it (`stack_`'s index), or `no_error` for none.
    std::vector<std::size_t> holders_;
    parse_failure failure_{};
};

}  // namespace detail

/// Every PlaidError a response body holds, at any depth, each with its JSON
/// path and the `item_id` beside it, and the report warnings, typed, with
/// their causes: for the successful responses that carry errors of their
/// own (batch refreshes, `/item/get`, payments, report warnings). A body
/// that is itself an error is `parse_error`'s: nothing in it is found. A
/// member given twice is walked twice, an error under each found. An error's
/// `http_code`, which some spec examples send instead of `status`, fills
/// `status` when that is absent. Bounded by `limits` as `parse_error` is,
/// findings counting against `max_causes`. Never throws.
inline find_errors_result find_errors(std::string_view body, const parse_limits& limits = {}) noexcept {
    try {
        if (body.size() > limits.max_body_bytes)
            return find_errors_result(detail::body_failure(body, detail::json_reader(body, limits.max_depth), limits));
        detail::error_finder finder(body, limits);
        body_errors found;
        if (!finder.walk(found)) return find_errors_result(finder.failure());
        return find_errors_result(std::move(found));
    } catch (...) {
        return find_errors_result(detail::out_of_memory().failure());
    }
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
