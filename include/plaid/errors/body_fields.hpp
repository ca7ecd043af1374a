#ifndef PLAID_ERRORS_BODY_FIELDS_HPP
#define PLAID_ERRORS_BODY_FIELDS_HPP

/// The members of an error body and the rules for filling an `error` from
/// them, shared by the body reader (body_reader.hpp) and the reader of
/// nlohmann/json documents (json.hpp), so that both agree on every body.

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code.hpp"
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

/// Appends `parts` to `text`: the one place failure messages and paths are
/// put together, so that string building is compiled once.
inline void append_all(std::string& text, std::initializer_list<std::string_view> parts) {
    for (const auto part : parts) text.append(part.data(), part.size());
}

/// `number` in decimal, viewed in a buffer of its own.
class decimal {
public:
    explicit decimal(std::size_t number) noexcept {
        do {
            digits_[--first_] = static_cast<char>('0' + number % 10);
            number /= 10;
        } while (number != 0);
    }

    operator std::string_view() const noexcept { return {digits_ + first_, sizeof digits_ - first_}; }

private:
    char digits_[std::numeric_limits<std::size_t>::digits10 + 1];
    std::size_t first_ = sizeof digits_;
};

/// A failure whose message is `parts`, built where it is returned.
inline parse_failure failure_saying(parse_failure_kind kind, std::initializer_list<std::string_view> parts,
                                    std::optional<std::size_t> offset = std::nullopt) {
    parse_failure failure{kind, offset, {}, {}};
    append_all(failure.message, parts);
    return failure;
}

inline parse_failure to_failure(field_problem problem) {
    parse_failure failure{problem.kind, std::nullopt, std::move(problem.path), {}};
    append_all(failure.message, {problem.kind == parse_failure_kind::not_plaid_error ? "not a Plaid error: "
                                                                                     : "wrong field type: ",
                                 failure.field, " ", problem.complaint});
    return failure;
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
        wrong_element(f, index, f == field::causes ? "must be an object" : "must be a string");
    }

    /// Cause `index` has a bad field of its own.
    void set_cause_problem(std::size_t index, const field_problem& inner) {
        if (auto* path = wrong_element(field::causes, index, inner.complaint)) append_all(*path, {".", inner.path});
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

    /// Marks element `index` of array field `f` bad unless an earlier one is:
    /// then the path so far, `name[index]`, for a cause's problem to extend.
    std::string* wrong_element(field f, std::size_t index, std::string_view complaint) {
        if (state_[position(f)] == present::wrong) return nullptr;
        set_wrong(f);
        auto& detail = element_problems_[array_slot(f)];
        append_all(detail.path, {field_names[position(f)], "[", decimal(index), "]"});
        detail.complaint = complaint;
        return &detail.path;
    }

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
    return failure_saying(parse_failure_kind::too_deep,
                          {"causes nested deeper than ", decimal(max_cause_depth), " levels"});
}

inline parse_failure too_deep(std::size_t max_depth) {
    return failure_saying(parse_failure_kind::too_deep, {"nesting deeper than ", decimal(max_depth), " levels"});
}

inline parse_failure not_object() {
    return failure_saying(parse_failure_kind::not_object, {"the body is JSON but not an object"});
}

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
