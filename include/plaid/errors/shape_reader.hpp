#ifndef PLAID_ERRORS_SHAPE_READER_HPP
#define PLAID_ERRORS_SHAPE_READER_HPP

#include "detail/abi.hpp"

/// Reading a value of any shape by its member table, from any source of
/// JSON values: the body reader's cursor (body_reader.hpp) and a document's
/// nodes (json.hpp). Both readers follow these rules, so they agree on
/// every body: what each kind of member accepts, the last of duplicate
/// members winning, the limits, and which problem is reported.

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

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "members.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

/// Appends `parts` to `text`: the one place failure messages and paths are
/// put together, so that string building is compiled once.
inline void append_all(std::string& text, std::initializer_list<std::string_view> parts) {
    for (const auto part : parts) text.append(part.data(), part.size());
}

/// `number` in decimal, viewed in a buffer of its own.
class decimal {
public:
    explicit decimal(std::size_t number) noexcept {
        do digits_[--first_] = static_cast<char>('0' + number % 10);
        while ((number /= 10) != 0);
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

/// A bad member before it becomes a `parse_failure`, kept apart so that a
/// cause's problem can be prefixed with `causes[i].` by the object holding it.
struct member_problem {
    parse_failure_kind kind;
    std::string path;            ///< the member (`causes[1].status`); empty for a limit, which names none
    std::string_view complaint;  ///< what is wrong with it, or what went past its limit
    std::size_t limit = 0;

    parse_failure to_failure() && {
        if (kind == parse_failure_kind::too_deep)
            return failure_saying(kind, {complaint, " nested deeper than ", decimal(limit), " levels"});
        if (kind == parse_failure_kind::too_many_elements)
            return failure_saying(kind, {"more than ", decimal(limit), " ", complaint});
        auto failure = failure_saying(kind, {kind == parse_failure_kind::not_plaid_error ? "not a Plaid error: " : "wrong field type: ",
                                             path, " ", complaint});
        failure.field = std::move(path);
        return failure;
    }
};

/// Collects the members of one object into its value, in whatever order and
/// however often they come (the last of duplicate members wins, as in
/// nlohmann/json), and says at the end which member, if any, is bad.
template <class T>
class member_fill {
public:
    /// `top`: the object is the body itself, where a missing or ill-typed
    /// required member means the body is no Plaid error; deeper, such a
    /// member is of the wrong type.
    member_fill(T& target, bool top) noexcept : target_(target), top_(top) {}

    T& target() noexcept { return target_; }

    void set_value(std::size_t i) noexcept { set(i, present::value); }
    void set_null(std::size_t i) noexcept { set(i, present::null); }
    /// Member `i` holds a JSON type its kind does not allow.
    void set_wrong(std::size_t i) noexcept { set(i, present::wrong); }
    /// Whether member `i` is bad already: a reader builds no more of it then.
    bool is_bad(std::size_t i) const noexcept { return state_[i] == present::wrong; }

    /// Element `index` of array member `i` is no element of its kind, or has
    /// a problem of its own, `inner`; only the first bad element is kept.
    void set_bad_element(std::size_t i, std::size_t index, json_kind kind, member_problem* inner = nullptr) {
        if (is_bad(i)) return;
        set_wrong(i);
        if (inner && inner->path.empty()) return problems_.push_back({i, std::move(*inner)});  // a limit passed inside
        member_problem problem{parse_failure_kind::wrong_field_type, {},
                               kind == json_kind::object_array ? "must be an object" : "must be a string"};
        append_all(problem.path, {member_names<T>[i], "[", decimal(index), "]"});
        if (inner) {
            append_all(problem.path, {".", inner->path});
            problem.kind = inner->kind;
            problem.complaint = inner->complaint;
        }
        problems_.push_back({i, std::move(problem)});
    }

    /// Array member `i` went past a limit: `what` nested deeper than `limit`
    /// levels, or more than `limit` `what`.
    void set_past_limit(std::size_t i, parse_failure_kind kind, std::string_view what, std::size_t limit) {
        if (is_bad(i)) return;
        set_wrong(i);
        problems_.push_back({i, member_problem{kind, {}, what, limit}});
    }

    /// The problem to report: a limit passed, else the first bad member in
    /// table order, by its bad element where it has one; none for a sound
    /// value, whose derived members it sets then.
    std::optional<member_problem> finish() {
        std::size_t i = 0, bad = member_count<T>;
        std::optional<member_problem> first;
        for_each_member<T>([&](const auto& row) {
            const bool required = row.kind == json_kind::string;
            if (bad == member_count<T> && (state_[i] == present::wrong || (required && state_[i] != present::value))) {
                bad = i;
                first = member_problem{required && top_ ? parse_failure_kind::not_plaid_error : parse_failure_kind::wrong_field_type,
                                       std::string(row.name), state_[i] == present::absent ? "is missing" : expectation(row.kind)};
            }
            ++i;
        });
        if (!first) {
            shape<T>::derive(target_);
            return first;
        }
        for (const auto limit : {parse_failure_kind::too_deep, parse_failure_kind::too_many_elements})
            for (auto& [member, problem] : problems_)
                if (problem.kind == limit) return std::move(problem);
        for (auto& [member, problem] : problems_)
            if (member == bad) return std::move(problem);
        return first;
    }

private:
    enum class present : std::uint8_t { absent, null, value, wrong };

    static constexpr std::string_view expectation(json_kind kind) noexcept {
        constexpr std::string_view expected[] = {"must be a string", "must be a string or null",
                                                 "must be an integer in int range, or null",
                                                 "must be an array of strings, or null", "must be an array of objects, or null"};
        return expected[static_cast<std::size_t>(kind)];
    }

    void set(std::size_t i, present p) noexcept {
        state_[i] = p;
        for (auto it = problems_.begin(); it != problems_.end(); ++it)  // a duplicate forgets what came before
            if (it->first == i) return static_cast<void>(problems_.erase(it));
    }

    T& target_;
    bool top_;
    std::array<present, member_count<T>> state_{};
    /// The first bad element of array members, and limits passed, by member: none on the common path.
    std::vector<std::pair<std::size_t, member_problem>> problems_;
};

/// Reads values of member-table shapes from a `Source`: the body reader's
/// `json_reader` or a document's node, which offer the same operations
/// (`type`, `null`, `string`, `number`, `members`, `elements`,
/// `has_room_for_a_level`). Every rule of what a member accepts is written
/// here once. Recurses only from an object to the objects of its object
/// arrays, which `max_cause_depth` bounds.
template <class Source>
class shape_reader {
public:
    using item = json_reader::item;
    using json_type = json_reader::json_type;

    explicit shape_reader(const parse_limits& limits) noexcept
        : limits_(limits), causes_left_(limits.max_causes), strings_left_(limits.max_array_elements) {}

    /// Reads the object `in` is on into `fill`'s value; `level` counts the
    /// objects of object arrays around it.
    template <class T>
    bool object(Source& in, member_fill<T>& fill, std::size_t level) {
        return in.members([&](std::string_view name, Source& value) {
            const std::size_t i = find_member<T>(name);
            item what = item::skip;
            with_member<T>(i, [&](const auto& row) { what = read(value, fill, i, level, fill.target().*row.pointer); });
            return what;
        });
    }

private:
    static item result(bool read) noexcept { return read ? item::read : item::stop; }

    /// Member `i` holds a JSON type its kind does not allow: the source skips the value.
    template <class T>
    static item wrong(member_fill<T>& fill, std::size_t i) noexcept {
        fill.set_wrong(i);
        return item::skip;
    }

    template <class T>
    item read(Source& in, member_fill<T>& fill, std::size_t i, std::size_t, std::string& out) {
        if (in.type() == json_type::null) {
            fill.set_null(i);
            return result(in.null());
        }
        if (in.type() != json_type::string) return wrong(fill, i);
        fill.set_value(i);
        return result(in.string(out));
    }

    template <class T>
    item read(Source& in, member_fill<T>& fill, std::size_t i, std::size_t, std::optional<std::string>& out) {
        if (in.type() == json_type::null) {
            out.reset();
            fill.set_null(i);
            return result(in.null());
        }
        if (in.type() != json_type::string) return wrong(fill, i);
        fill.set_value(i);
        return result(in.string(out.emplace()));
    }

    template <class T>
    item read(Source& in, member_fill<T>& fill, std::size_t i, std::size_t, std::optional<int>& out) {
        if (in.type() == json_type::null) {
            out.reset();
            fill.set_null(i);
            return result(in.null());
        }
        if (in.type() != json_type::number) return wrong(fill, i);
        std::int64_t number = 0;
        bool is_integer = false;
        if (!in.number(&number, is_integer)) return item::stop;
        if (is_integer && number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max()) {
            out = static_cast<int>(number);
            fill.set_value(i);
        } else {
            fill.set_wrong(i);
        }
        return item::read;
    }

    template <class T>
    item read(Source& in, member_fill<T>& fill, std::size_t i, std::size_t, std::vector<std::string>& out) {
        return array(in, fill, i, out, [&](Source& element, std::size_t index) {
            if (element.type() != json_type::string) {
                fill.set_bad_element(i, index, json_kind::string_array);
            } else if (strings_left_ == 0) {
                fill.set_past_limit(i, parse_failure_kind::too_many_elements, "array elements", limits_.max_array_elements);
            } else {
                --strings_left_;
                return result(element.string(out.emplace_back()));
            }
            return item::skip;
        });
    }

    template <class T, class Element>
    item read(Source& in, member_fill<T>& fill, std::size_t i, std::size_t level, std::vector<Element>& out) {
        return array(in, fill, i, out, [&](Source& element, std::size_t index) {
            if (element.type() != json_type::object) {
                fill.set_bad_element(i, index, json_kind::object_array);
            } else if (level == max_cause_depth) {
                // Nesting past `max_depth` at this brace is named instead, where the source can tell.
                if (element.has_room_for_a_level()) fill.set_past_limit(i, parse_failure_kind::too_deep, "causes", max_cause_depth);
            } else if (causes_left_ == 0) {
                fill.set_past_limit(i, parse_failure_kind::too_many_elements, "causes", limits_.max_causes);
            } else {
                --causes_left_;
                member_fill<Element> inner(out.emplace_back(), false);
                if (!object(element, inner, level + 1)) return item::stop;
                if (auto problem = inner.finish()) fill.set_bad_element(i, index, json_kind::object_array, &*problem);
                return item::read;
            }
            return item::skip;
        });
    }

    /// An array member: `element` reads each element while the member is
    /// sound; once it is not, the rest are skipped.
    template <class T, class Items, class Element>
    item array(Source& in, member_fill<T>& fill, std::size_t i, Items& out, Element element) {
        out.clear();
        if (in.type() == json_type::null) {
            fill.set_null(i);
            return result(in.null());
        }
        if (in.type() != json_type::array) return wrong(fill, i);
        fill.set_value(i);
        return result(in.elements([&](Source& value, std::size_t index) {
            if (fill.is_bad(i)) return item::skip;
            if (out.empty()) out.reserve(4);  // Plaid's arrays hold a few items: not one allocation each
            return element(value, index);
        }));
    }

    const parse_limits& limits_;
    std::size_t causes_left_;   ///< `max_causes` less the causes read so far
    std::size_t strings_left_;  ///< `max_array_elements` less the strings read so far
};

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
