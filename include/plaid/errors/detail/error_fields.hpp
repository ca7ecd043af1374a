#ifndef PLAID_ERRORS_DETAIL_ERROR_FIELDS_HPP
#define PLAID_ERRORS_DETAIL_ERROR_FIELDS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../error.hpp"
#include "../error_type.hpp"
#include "name_index.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// The members of a Plaid error object, in the order their problems are
/// reported: whichever parser reads a body (scanner, SAX or DOM), the first
/// bad field in this order is the one named, so all three agree.
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

/// `name[index]`, the path of an array element.
inline std::string element_path(std::string_view name, std::size_t index) {
    std::string path(name);
    path.append("[").append(std::to_string(index)).append("]");
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

    /// The same for a string read straight from the body, built in place.
    void set_string(field f, const char* data, std::size_t size) {
        set(f, present::value);
        switch (f) {
            case field::error_type: target_->type_name = std::string(data, size); return;
            case field::error_code: target_->code_name = std::string(data, size); return;
            case field::item_id: item_id_->emplace(data, size); return;
            default: optional_string(f).emplace(data, size);
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
        const bool well_formed = wrong_fields_ == 0 && state_[position(field::error_type)] == present::value &&
                                 state_[position(field::error_code)] == present::value;
        for (std::size_t i = 0; i < state_.size() && !well_formed; ++i) {
            const auto f = static_cast<field>(i);
            const auto shape = shape_of(f);
            if (shape == field_shape::required_string && state_[i] != present::value) {
                const std::string_view complaint = state_[i] == present::absent ? "is missing" : expectation(shape);
                return field_problem{item_id_ ? parse_failure_kind::wrong_field_type
                                              : parse_failure_kind::not_plaid_error,
                                     std::string(field_names[i]), complaint};
            }
            if (state_[i] != present::wrong) continue;
            if (is_array(shape) && !element_problems_[array_slot(f)].path.empty()) {
                auto& detail = element_problems_[array_slot(f)];
                return field_problem{parse_failure_kind::wrong_field_type, std::move(detail.path), detail.complaint};
            }
            return field_problem{parse_failure_kind::wrong_field_type, std::string(field_names[i]),
                                 expectation(shape)};
        }
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

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
