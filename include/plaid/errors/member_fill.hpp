#ifndef PLAID_ERRORS_MEMBER_FILL_HPP
#define PLAID_ERRORS_MEMBER_FILL_HPP

/// The rules both readers (the body reader of body_reader.hpp and the
/// document reader of json.hpp) follow to fill a value from its members, and
/// the failures they report, so that both agree on every body.

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

#include "error.hpp"
#include "members.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// A bad member before it becomes a `parse_failure`: kept apart so that a
/// cause's problem can be prefixed with `causes[i].` by the object that
/// holds it.
struct member_problem {
    parse_failure_kind kind;
    std::string path;  ///< the member, `causes[1].status`; empty for a limit, which names none
    std::string_view complaint;  ///< what is wrong with it, or what went past its limit
    std::size_t limit = 0;       ///< for a limit, the one passed
};

constexpr std::string_view expectation(json_kind kind) noexcept {
    switch (kind) {
        case json_kind::string: return "must be a string";
        case json_kind::nullable_string: return "must be a string or null";
        case json_kind::integer: return "must be an integer in int range, or null";
        case json_kind::string_array: return "must be an array of strings, or null";
        case json_kind::object_array: return "must be an array of objects, or null";
    }
    return {};
}

/// What an element of an array member must be.
constexpr std::string_view element_expectation(json_kind kind) noexcept {
    return kind == json_kind::object_array ? "must be an object" : "must be a string";
}

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

inline parse_failure to_failure(member_problem problem) {
    switch (problem.kind) {
        case parse_failure_kind::too_deep:
            return failure_saying(problem.kind, {problem.complaint, " nested deeper than ", decimal(problem.limit), " levels"});
        case parse_failure_kind::too_many_elements:
            return failure_saying(problem.kind, {"more than ", decimal(problem.limit), " ", problem.complaint});
        default: {
            parse_failure failure{problem.kind, std::nullopt, std::move(problem.path), {}};
            append_all(failure.message, {problem.kind == parse_failure_kind::not_plaid_error ? "not a Plaid error: "
                                                                                             : "wrong field type: ",
                                         failure.field, " ", problem.complaint});
            return failure;
        }
    }
}

/// Built without allocating: the message fits the small-string buffer.
inline parse_result out_of_memory() noexcept {
    return parse_failure{parse_failure_kind::out_of_memory, std::nullopt, {}, "out of memory"};
}

inline parse_failure too_deep(std::size_t max_depth) {
    return failure_saying(parse_failure_kind::too_deep, {"nesting deeper than ", decimal(max_depth), " levels"});
}

inline parse_failure not_object() {
    return failure_saying(parse_failure_kind::not_object, {"the body is JSON but not an object"});
}

/// Whether a JSON integer is a value of an `integer` member.
constexpr bool fits_int(std::int64_t value) noexcept {
    return value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max();
}

/// What a body may still hold as it is read: `parse_limits`' counts, spent
/// by both readers alike.
struct element_budget {
    std::size_t causes;
    std::size_t strings;

    explicit element_budget(const parse_limits& limits) noexcept
        : causes(limits.max_causes), strings(limits.max_array_elements) {}

    /// Spends one element of array member kind `kind`: false when none is left.
    bool spend(json_kind kind) noexcept {
        auto& left = kind == json_kind::object_array ? causes : strings;
        if (left == 0) return false;
        --left;
        return true;
    }
};

/// Collects the members of one object of shape `T` into its value, whatever
/// order and however often they come (the last of duplicate keys wins, as in
/// nlohmann/json), and tells at the end which member, if any, is bad.
template <class T>
class member_fill {
public:
    static constexpr std::size_t count = member_count<T>;

    /// `top`: the object is the body itself, where a missing or ill-typed
    /// required member means the body is no Plaid error; inside it, such a
    /// member is of the wrong type.
    member_fill(T& target, bool top) noexcept : target_(target), top_(top) {}

    T& target() noexcept { return target_; }

    /// The member a name names, or `count` for any other name, which is ignored.
    static std::size_t find(std::string_view name) noexcept { return find_member<T>(name); }

    /// Member `i` holds a value, from now until a duplicate replaces it.
    void set_value(std::size_t i) noexcept { set(i, present::value); }
    void set_null(std::size_t i) noexcept { set(i, present::null); }
    /// Member `i` holds a JSON type its kind does not allow.
    void set_wrong(std::size_t i) noexcept { set(i, present::wrong); }

    /// Whether member `i` is bad already: a reader stops building it then.
    bool is_bad(std::size_t i) const noexcept { return state_[i] == present::wrong; }

    /// Element `index` of array member `i` is not of its element type, or
    /// holds a problem of its own (`inner`). Only the first bad element is
    /// reported.
    void set_bad_element(std::size_t i, std::size_t index, json_kind kind, const member_problem* inner = nullptr) {
        if (is_bad(i)) return;
        set_wrong(i);
        if (inner && inner->path.empty()) {  // a limit inside the element is the member's own
            problems_.push_back({i, *inner});
            return;
        }
        member_problem problem{parse_failure_kind::wrong_field_type, {}, element_expectation(kind)};
        append_all(problem.path, {member_names<T>[i], "[", decimal(index), "]"});
        if (inner) {
            problem.kind = inner->kind;
            problem.complaint = inner->complaint;
            append_all(problem.path, {".", inner->path});
        }
        problems_.push_back({i, std::move(problem)});
    }

    /// Array member `i` went past a limit: `what` nested deeper than
    /// `limit` levels, or more than `limit` of `what`.
    void set_past_limit(std::size_t i, parse_failure_kind kind, std::string_view what, std::size_t limit) {
        if (is_bad(i)) return;
        set_wrong(i);
        problems_.push_back({i, member_problem{kind, {}, what, limit}});
    }

    /// The problem to report, if any: a limit passed, then the first bad
    /// member in table order. A sound value gets its derived members.
    std::optional<member_problem> finish() {
        if (wrong_ == 0 && required_present()) {
            shape<T>::derive(target_);
            return std::nullopt;
        }
        for (const auto kind : {parse_failure_kind::too_deep, parse_failure_kind::too_many_elements})
            for (auto& [i, problem] : problems_)
                if (problem.kind == kind) return std::move(problem);
        std::optional<member_problem> first;
        std::size_t i = 0;
        for_each_member<T>([&](const auto& row) {
            if (!first) first = problem_of(i, row.kind);
            ++i;
        });
        return first;
    }

private:
    enum class present : std::uint8_t { absent, null, value, wrong };

    void set(std::size_t i, present p) noexcept {
        wrong_ += static_cast<std::size_t>(p == present::wrong) - static_cast<std::size_t>(state_[i] == present::wrong);
        state_[i] = p;
        if (!problems_.empty()) forget_problem(i);
    }

    void forget_problem(std::size_t i) noexcept {
        for (auto it = problems_.begin(); it != problems_.end(); ++it)
            if (it->first == i) {
                problems_.erase(it);
                return;
            }
    }

    bool required_present() const noexcept {
        bool present_all = true;
        std::size_t i = 0;
        for_each_member<T>([&](const auto& row) {
            if (row.kind == json_kind::string && state_[i] != present::value) present_all = false;
            ++i;
        });
        return present_all;
    }

    /// Member `i`'s problem, if it has one.
    std::optional<member_problem> problem_of(std::size_t i, json_kind kind) {
        const bool required = kind == json_kind::string;
        if (state_[i] != present::wrong && (!required || state_[i] == present::value)) return std::nullopt;
        for (auto& [row, problem] : problems_)
            if (row == i) return std::move(problem);
        member_problem problem{required && top_ ? parse_failure_kind::not_plaid_error : parse_failure_kind::wrong_field_type,
                               std::string(member_names<T>[i]),
                               state_[i] == present::absent ? "is missing" : expectation(kind)};
        return problem;
    }

    T& target_;
    bool top_;
    std::array<present, count> state_{};
    /// How many members are `wrong`: none is the common case, which `finish`
    /// then answers without walking the members.
    std::size_t wrong_ = 0;
    /// The first bad element of array members, and limits passed, by member.
    std::vector<std::pair<std::size_t, member_problem>> problems_;
};

}  // namespace detail
}  // namespace errors_v1
}  // namespace plaid

#endif
