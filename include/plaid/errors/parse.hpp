#ifndef PLAID_ERRORS_PARSE_HPP
#define PLAID_ERRORS_PARSE_HPP

/// Parsing Plaid error bodies: `parse_error(body)`, standard library only.

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code.hpp"
#include "detail/json_reader.hpp"
#include "detail/name_index.hpp"
#include "error.hpp"
#include "error_type.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// The members of a Plaid error object, in the order their problems are
/// reported: whichever reader reads a body (the body reader or the DOM
/// reader of json.hpp), the first bad field in this order is the one named,
/// so both agree.
enum class field : std::uint8_t {
    error_type,
    error_code,
    error_code_reason,
    error_message,
    display_message,
    request_id,
    causes,
    status,
    documentation_url,
    suggested_action,
    required_account_subtypes,
    provided_account_subtypes,
    item_id,
    unknown,
};

inline constexpr std::array<std::string_view, 13> field_names{{
    "error_type",
    "error_code",
    "error_code_reason",
    "error_message",
    "display_message",
    "request_id",
    "causes",
    "status",
    "documentation_url",
    "suggested_action",
    "required_account_subtypes",
    "provided_account_subtypes",
    "item_id",
}};

inline constexpr name_index<field_names.size(), shortest(field_names), longest(field_names)> field_index{
    field_names};

static_assert(field_index.finds_all(field_names), "field names are unique");
static_assert(field_names.size() == static_cast<std::size_t>(field::unknown), "one name per field");

/// The JSON value a field holds when it is well formed.
enum class field_shape : std::uint8_t {
    required_string,  ///< error_type, error_code
    optional_string,  ///< string or null
    integer,          ///< an integer in int range, or null
    string_array,     ///< array of strings, or null
    cause_array,      ///< array of objects, or null
};

constexpr field_shape shape_of(field f) noexcept {
    switch (f) {
        case field::error_type:
        case field::error_code: return field_shape::required_string;
        case field::causes: return field_shape::cause_array;
        case field::status: return field_shape::integer;
        case field::required_account_subtypes:
        case field::provided_account_subtypes: return field_shape::string_array;
        default: return field_shape::optional_string;
    }
}

constexpr std::string_view expectation(field_shape shape) noexcept {
    switch (shape) {
        case field_shape::required_string: return "must be a string";
        case field_shape::optional_string: return "must be a string or null";
        case field_shape::integer: return "must be an integer in int range, or null";
        case field_shape::string_array: return "must be an array of strings, or null";
        case field_shape::cause_array: return "must be an array of objects, or null";
    }
    return {};
}

/// A bad field before it becomes a `parse_failure`: kept apart so a cause's
/// problem can be prefixed with `causes[i].` by the error that holds it.
struct field_problem {
    parse_failure_kind kind;
    std::string path;
    std::string_view complaint;
};

inline parse_failure to_failure(field_problem problem) {
    std::string message = problem.kind == parse_failure_kind::not_plaid_error ? "not a Plaid error: "
                                                                               : "wrong field type: ";
    message.append(problem.path).append(" ").append(problem.complaint);
    return {problem.kind, std::nullopt, std::move(problem.path), std::move(message)};
}

/// Appends `number` in decimal: the one conversion every numbered message
/// and path goes through, so it is compiled once.
inline std::string& append_decimal(std::string& text, std::size_t number) {
    char digits[std::numeric_limits<std::size_t>::digits10 + 1];
    char* const end = digits + sizeof digits;
    char* first = end;
    do {
        *--first = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number != 0);
    return text.append(first, static_cast<std::size_t>(end - first));
}

/// `name[index]`, the path of an array element.
inline std::string element_path(std::string_view name, std::size_t index) {
    std::string path(name);
    append_decimal(path.append("["), index).append("]");
    return path;
}

/// Collects the members of one error object into its `error`, whatever order
/// and however often they come (the last of duplicate keys wins, as in
/// nlohmann/json), and tells at the end which field, if any, is bad.
class error_fields {
public:
    /// `item_id` is null for the top-level error, which has no such member.
    explicit error_fields(error& target, std::optional<std::string>* item_id = nullptr) noexcept
        : target_(&target), item_id_(item_id) {}

    error& target() noexcept { return *target_; }

    /// The member a key names; `unknown` for anything else, which is ignored.
    field find(std::string_view key) const noexcept {
        const auto i = field_index.find(key);
        if (!i) return field::unknown;
        const auto f = static_cast<field>(*i);
        return f == field::item_id && !item_id_ ? field::unknown : f;
    }

    /// The string a `required_string` or `optional_string` field is read into.
    std::string& string_slot(field f) {
        set(f, present::value);
        switch (f) {
            case field::error_type: return target_->type_name;
            case field::error_code: return target_->code_name;
            case field::item_id: return item_id_->emplace();
            default: return optional_string(f).emplace();
        }
    }

    void set_null(field f) noexcept {
        set(f, present::null);
        switch (shape_of(f)) {
            case field_shape::optional_string:
                if (f == field::item_id)
                    item_id_->reset();
                else
                    optional_string(f).reset();
                break;
            case field_shape::integer: target_->status.reset(); break;
            case field_shape::string_array: string_array(f).clear(); break;
            case field_shape::cause_array: target_->causes.clear(); break;
            case field_shape::required_string: break;
        }
    }

    void set_status(std::int64_t value) noexcept {
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            return set_wrong(field::status);
        set(field::status, present::value);
        target_->status = static_cast<int>(value);
    }

    /// Starts an array value of a `string_array` or `cause_array` field.
    void begin_array(field f) noexcept {
        set(f, present::value);
        if (f == field::causes)
            target_->causes.clear();
        else
            string_array(f).clear();
    }

    std::vector<std::string>& string_array(field f) noexcept {
        return f == field::required_account_subtypes ? target_->required_account_subtypes
                                                     : target_->provided_account_subtypes;
    }

    /// The field holds a JSON type its shape does not allow.
    void set_wrong(field f) noexcept { set(f, present::wrong); }

    /// Element `index` of an array field is not of the element type; only the
    /// first bad element of an array is reported.
    void set_wrong_element(field f, std::size_t index) {
        auto& detail = element_problems_[array_slot(f)];
        if (state_[position(f)] == present::wrong) return;
        set_wrong(f);
        detail.path = element_path(field_names[position(f)], index);
        detail.complaint = f == field::causes ? "must be an object" : "must be a string";
    }

    /// Cause `index` has a bad field of its own.
    void set_cause_problem(std::size_t index, field_problem inner) {
        auto& detail = element_problems_[array_slot(field::causes)];
        if (state_[position(field::causes)] == present::wrong) return;
        set_wrong(field::causes);
        detail.path = element_path("causes", index).append(".").append(inner.path);
        detail.complaint = inner.complaint;
    }

    /// The first bad field in `field` order, or no value when the object is a
    /// well-formed Plaid error; also derives the typed `type` and `code`.
    std::optional<field_problem> finish() {
        if (wrong_fields_ != 0 || state_[position(field::error_type)] != present::value ||
            state_[position(field::error_code)] != present::value)
            return first_problem();
        target_->type = to_error_type(target_->type_name).value_or(error_type::unknown);
        target_->code = to_code(target_->type, target_->code_name);
        if (!target_->code) target_->code = to_code(target_->code_name);
        return std::nullopt;
    }

private:
    enum class present : std::uint8_t { absent, null, value, wrong };

    struct element_problem {
        std::string path;
        std::string_view complaint;
    };

    static std::size_t position(field f) noexcept { return static_cast<std::size_t>(f); }

    /// The first bad field, when `finish` found there is one; the problem is
    /// built in one place, whichever kind it is.
    field_problem first_problem() {
        std::size_t i = 0;
        while (shape_of(static_cast<field>(i)) == field_shape::required_string ? state_[i] == present::value
                                                                               : state_[i] != present::wrong)
            ++i;
        const auto f = static_cast<field>(i);
        const auto shape = shape_of(f);
        auto kind = parse_failure_kind::wrong_field_type;
        std::string_view complaint = expectation(shape);
        if (shape == field_shape::required_string) {
            if (!item_id_) kind = parse_failure_kind::not_plaid_error;
            if (state_[i] == present::absent) complaint = "is missing";
        }
        if (is_array(shape) && !element_problems_[array_slot(f)].path.empty()) {
            auto& detail = element_problems_[array_slot(f)];
            return field_problem{kind, std::move(detail.path), detail.complaint};
        }
        return field_problem{kind, std::string(field_names[i]), complaint};
    }

    static bool is_array(field_shape shape) noexcept {
        return shape == field_shape::string_array || shape == field_shape::cause_array;
    }

    static std::size_t array_slot(field f) noexcept {
        return f == field::causes ? 0 : f == field::required_account_subtypes ? 1 : 2;
    }

    void set(field f, present p) noexcept {
        auto& state = state_[position(f)];
        wrong_fields_ += static_cast<std::size_t>(p == present::wrong) - static_cast<std::size_t>(state == present::wrong);
        state = p;
        if (is_array(shape_of(f))) element_problems_[array_slot(f)].path.clear();
    }

    std::optional<std::string>& optional_string(field f) noexcept {
        switch (f) {
            case field::error_code_reason: return target_->error_code_reason;
            case field::error_message: return target_->error_message;
            case field::display_message: return target_->display_message;
            case field::request_id: return target_->request_id;
            case field::documentation_url: return target_->documentation_url;
            default: return target_->suggested_action;
        }
    }

    error* target_;
    std::optional<std::string>* item_id_;
    std::array<present, field_names.size()> state_{};
    /// How many fields are `wrong`: none is the common case, which `finish`
    /// then answers without walking the fields.
    std::size_t wrong_fields_ = 0;
    /// Which element of `causes`, `required_account_subtypes` and
    /// `provided_account_subtypes` is bad, when one is.
    std::array<element_problem, 3> element_problems_{};
};

/// Built without allocating: the message fits the small-string buffer.
inline parse_result out_of_memory() noexcept {
    return parse_failure{parse_failure_kind::out_of_memory, std::nullopt, {}, "out of memory"};
}

inline parse_failure causes_too_deep() {
    std::string message = "causes nested deeper than ";
    append_decimal(message, max_cause_depth).append(" levels");
    return {parse_failure_kind::too_deep, std::nullopt, {}, std::move(message)};
}

inline parse_failure too_deep(std::size_t max_depth) {
    std::string message = "nesting deeper than ";
    append_decimal(message, max_depth).append(" levels");
    return {parse_failure_kind::too_deep, std::nullopt, {}, std::move(message)};
}

inline parse_failure not_object() {
    return {parse_failure_kind::not_object, std::nullopt, {}, "the body is JSON but not an object"};
}

inline parse_failure too_large(std::size_t size, std::size_t max_body_bytes) {
    std::string message = "the body is ";
    append_decimal(append_decimal(message, size).append(" bytes, over the limit of "), max_body_bytes);
    return {parse_failure_kind::body_too_large, std::nullopt, {}, std::move(message)};
}

/// Capacity given to a non-empty array at once: Plaid's arrays hold a few
/// items, and growing one by one would allocate and move at each step.
inline constexpr std::size_t small_array = 4;

/// Reads the error objects of a body through a `json_reader`, one pass and
/// no document: known members go straight into the result, anything else is
/// validated and skipped. Recurses once per cause level only, so within
/// `max_cause_depth`.
class body_reader {
public:
    explicit body_reader(json_reader& json) noexcept : json_(json) {}

    /// Fills `out`, an empty error, from the body the reader reads, which is
    /// `body` read within `max_depth`; or says why the body is not a Plaid
    /// error. Filling the
    /// caller's error in place matters: moving a parsed error costs about as
    /// much as reading it.
    std::optional<parse_failure> run(error& out, std::string_view body, std::size_t max_depth) {
        if (!json_.start()) return failure(body, max_depth);
        if (json_.peek() != '{') {
            if (!json_.skip_value() || !json_.finish()) return failure(body, max_depth);
            return not_object();
        }
        error_fields fields(out);
        if (!object(fields) || !json_.finish()) return failure(body, max_depth);
        if (auto problem = fields.finish()) return to_failure(std::move(*problem));
        return std::nullopt;
    }

private:
    using string_span = json_reader::string_span;

    /// Why reading `body` stopped: a NUL byte (which no JSON holds) or a
    /// blank body is named before the syntax error it causes.
    parse_failure failure(std::string_view body, std::size_t max_depth) const {
        if (const auto nul = body.find('\0'); nul != std::string_view::npos) {
            std::string message = "NUL byte at offset ";
            append_decimal(message, nul);
            return {parse_failure_kind::nul_byte, nul, {}, std::move(message)};
        }
        if (body.find_first_not_of(" \t\n\r") == std::string_view::npos)
            return {parse_failure_kind::empty_body, std::nullopt, {}, "the body is empty"};
        if (causes_too_deep_) return causes_too_deep();
        const auto& why = json_.failure();
        if (why.too_deep) return too_deep(max_depth);
        std::string message = "not JSON at byte ";
        append_decimal(message, why.offset).append(": ").append(describe(why.what));
        return {parse_failure_kind::not_json, why.offset, {}, std::move(message)};
    }

    /// The error object `p_` is on.
    bool object(error_fields& fields) {
        return json_.items<true>([&](const string_span& name) { return member(fields, find(fields, name)); });
    }

    /// The field a member name names; an escaped name is decoded first, into
    /// a buffer as long as the longest field name, since a longer one names
    /// none.
    static field find(const error_fields& fields, const string_span& name) noexcept {
        if (!name.escaped) return fields.find(std::string_view(name.begin, name.raw_size()));
        std::array<char, longest(field_names)> decoded{};
        if (name.decoded_size > decoded.size()) return field::unknown;
        json_reader::decode(name, decoded.data());
        return fields.find(std::string_view(decoded.data(), name.decoded_size));
    }

    /// The value of member `f`, which `p_` is on.
    bool member(error_fields& fields, field f) {
        if (f == field::unknown) return json_.skip_value();
        const char c = json_.peek();
        if (c == 'n') {
            if (!json_.null()) return false;
            fields.set_null(f);
            return true;
        }
        switch (shape_of(f)) {
            case field_shape::required_string:
            case field_shape::optional_string:
                if (c == '"') return json_.string(fields.string_slot(f));
                break;
            case field_shape::integer:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    json_reader::number_value number{};
                    if (!json_.number(number)) return false;
                    if (number.is_integer)
                        fields.set_status(number.integer);
                    else
                        fields.set_wrong(f);
                    return true;
                }
                break;
            case field_shape::string_array:
                if (c == '[') return string_array(fields, f);
                break;
            case field_shape::cause_array:
                if (c == '[') return cause_array(fields);
                break;
        }
        fields.set_wrong(f);
        return json_.skip_value();
    }

    bool string_array(error_fields& fields, field f) {
        fields.begin_array(f);
        auto& items = fields.string_array(f);
        return json_.items<false>([&](std::size_t index) {
            if (json_.peek() != '"') {
                fields.set_wrong_element(f, index);
                return json_.skip_value();
            }
            if (items.empty()) items.reserve(small_array);
            return json_.string(items.emplace_back());
        });
    }

    bool cause_array(error_fields& fields) {
        fields.begin_array(field::causes);
        auto& causes = fields.target().causes;
        return json_.items<false>([&](std::size_t index) {
            if (json_.peek() != '{') {
                fields.set_wrong_element(field::causes, index);
                return json_.skip_value();
            }
            if (cause_level_ == max_cause_depth) {
                // Nesting past `max_depth` at this brace is named instead, as the DOM reader names it.
                if (!json_.has_room_for_a_level()) return json_.skip_value();
                causes_too_deep_ = true;
                return false;
            }
            if (causes.empty()) causes.reserve(small_array);
            auto& item = causes.emplace_back();
            error_fields cause_fields(item, &item.item_id);
            ++cause_level_;
            const bool read = object(cause_fields);
            --cause_level_;
            if (!read) return false;
            if (auto problem = cause_fields.finish()) fields.set_cause_problem(index, std::move(*problem));
            return true;
        });
    }

    json_reader& json_;
    std::size_t cause_level_ = 0;  ///< how many causes enclose the object being read
    bool causes_too_deep_ = false;
};

/// One result object throughout, returned without a move, and one place
/// that puts a failure in it.
inline parse_result parse_body(std::string_view body, std::optional<int> http_status, const parse_limits& limits) {
    parse_result result(std::in_place);
    json_reader json(body, limits.max_depth);
    body_reader reader(json);
    auto why = body.size() > limits.max_body_bytes ? too_large(body.size(), limits.max_body_bytes)
                                                   : reader.run(result.value(), body, limits.max_depth);
    if (why)
        result.emplace_failure(std::move(*why));
    else if (http_status)
        result->status = http_status;
    return result;
}

}  // namespace detail

/// Parses an HTTP response body (or a webhook's `error` member) into a Plaid
/// error. `http_status`, the transport's status, replaces the body's `status`
/// when given. Duplicate keys: the last one wins, as in nlohmann/json.
/// Absent and null optional members both give no value; unknown members are
/// ignored. Never throws: every problem, allocation failure included, comes
/// back as a `parse_failure`.
inline parse_result parse_error(std::string_view body, std::optional<int> http_status = std::nullopt,
                                const parse_limits& limits = {}) noexcept {
    try {
        return detail::parse_body(body, http_status, limits);
    } catch (...) {
        return detail::out_of_memory();
    }
}

}  // namespace errors_v1
}  // namespace plaid

#endif
