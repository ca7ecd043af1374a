#ifndef PLAID_ERRORS_SHAPE_READER_HPP
#define PLAID_ERRORS_SHAPE_READER_HPP

#include "detail/abi.hpp"

/// Reading a value of any shape by its member table, from any source of
/// JSON values: the body reader's cursor (body_reader.hpp) and a document's
/// nodes (json.hpp). Both readers follow these rules, so they agree on
/// every body: what each kind of member accepts, the last of duplicate
/// members winning, the limits, and which problem is reported. The reader
/// walks a table as data, not as a template over the shape, so that a file
/// that reads bodies compiles it once whatever shapes it reads.

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "members.hpp"
#include "parsed.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

struct shape_table;

/// A row of a member table as the reader walks it. Of an array, it also
/// says how to grow and empty the array, and of an object array which table
/// its elements have; of a nullable object, how to make and drop the object
/// (`append`, `clear`), and its table.
struct member_row {
    std::string_view name;
    json_kind kind;
    void* (*at)(void* value);  ///< the member in a value of the shape
    const shape_table* (*elements)();
    void* (*append)(void* values);
    void (*clear)(void* values);
};

/// A shape's member table as data: `table_for<T>::table`.
struct shape_table {
    const member_row* rows;
    std::size_t count;
    std::size_t (*find)(std::string_view name);  ///< `find_member`
    void (*derive)(void* value);
    std::string_view noun;  ///< `shape<T>::noun`
    /// Where the names of members outside the table go (`shape<T>::others`); null where they are skipped.
    std::vector<std::string>* (*others)(void* value);
};

template <class T, class = void>
struct noun_of {
    static constexpr std::string_view value = "Plaid error";
};
template <class T>
struct noun_of<T, std::void_t<decltype(shape<T>::noun)>> {
    static constexpr std::string_view value = shape<T>::noun;
};

template <class T, class = void>
struct others_of {
    static constexpr std::vector<std::string>* (*value)(void*) = nullptr;
};
template <class T>
struct others_of<T, std::void_t<decltype(shape<T>::others)>> {
    static std::vector<std::string>* at(void* owner) { return &(static_cast<T*>(owner)->*shape<T>::others); }
    static constexpr std::vector<std::string>* (*value)(void*) = &at;
};

inline constexpr std::size_t most_members = 32;

template <class T>
struct table_for {
    static const shape_table table;
};

template <class T, std::size_t I>
void* member_at(void* value) noexcept {
    return &(static_cast<T*>(value)->*std::get<I>(shape<T>::members).pointer);
}

/// The capacity a list of a body starts with: Plaid's arrays, and the
/// members a shape leaves untyped, number a few, so a list costs one
/// allocation rather than one per doubling.
inline constexpr std::size_t first_list_capacity = 4;

template <class Owner, class Value>
constexpr member_row row_for(const member<Owner, Value>& row, void* (*at)(void*)) noexcept {
    return {row.name, row.kind, at, nullptr, nullptr, nullptr};
}
template <class Owner, class T>
constexpr member_row row_for(const member<Owner, std::vector<T>>& row, void* (*at)(void*)) noexcept {
    const shape_table* (*elements)() = nullptr;
    if constexpr (has_shape<T>::value) elements = [] { return &table_for<T>::table; };
    return {row.name, row.kind, at, elements,
            [](void* values) -> void* {
                auto& all = *static_cast<std::vector<T>*>(values);
                if (all.empty()) all.reserve(first_list_capacity);
                return &all.emplace_back();
            },
            [](void* values) { static_cast<std::vector<T>*>(values)->clear(); }};
}

template <class Owner, class T>
constexpr member_row row_for(const member<Owner, std::optional<T>>& row, void* (*at)(void*)) noexcept {
    if constexpr (!has_shape<T>::value) {
        return {row.name, row.kind, at, nullptr, nullptr, nullptr};
    } else {
        return {row.name, row.kind, at, [] { return &table_for<T>::table; },
                [](void* value) -> void* { return &static_cast<std::optional<T>*>(value)->emplace(); },
                [](void* value) { static_cast<std::optional<T>*>(value)->reset(); }};
    }
}

template <class T, std::size_t... I>
constexpr std::array<member_row, sizeof...(I)> rows_for(std::index_sequence<I...>) noexcept {
    static_assert(sizeof...(I) <= most_members, "a shape has at most most_members members");
    return {{row_for(std::get<I>(shape<T>::members), &member_at<T, I>)...}};
}

template <class T>
inline constexpr auto member_rows = rows_for<T>(std::make_index_sequence<member_count<T>>());

template <class T>
const shape_table table_for<T>::table{member_rows<T>.data(), member_count<T>,
                                      [](std::string_view name) noexcept { return find_member<T>(name); },
                                      [](void* value) { shape<T>::derive(*static_cast<T*>(value)); },
                                      noun_of<T>::value, others_of<T>::value};

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
inline parse_failure out_of_memory_failure() noexcept {
    return parse_failure{parse_failure_kind::out_of_memory, std::nullopt, {}, "out of memory"};
}

inline parse_result out_of_memory() noexcept { return out_of_memory_failure(); }

inline parse_failure too_deep(std::size_t max_depth) {
    return failure_saying(parse_failure_kind::too_deep, {"nesting deeper than ", decimal(max_depth), " levels"});
}

inline parse_failure not_object() {
    return failure_saying(parse_failure_kind::not_object, {"the body is JSON but not an object"});
}

/// Why `body` cannot be read, as every reader of whole bodies reports it,
/// once `json` stopped reading it (or was not started, for a body over the
/// size limit): a NUL byte, which no JSON holds, and a blank body are named
/// before the syntax error they cause.
inline parse_failure body_failure(std::string_view body, const json_reader& json, const parse_limits& limits) {
    if (body.size() > limits.max_body_bytes)
        return failure_saying(parse_failure_kind::body_too_large, {"the body is ", decimal(body.size()),
                                                                   " bytes, over the limit of ", decimal(limits.max_body_bytes)});
    if (const auto nul = body.find('\0'); nul != std::string_view::npos)
        return failure_saying(parse_failure_kind::nul_byte, {"NUL byte at offset ", decimal(nul)}, nul);
    if (body.find_first_not_of(" \t\n\r") == std::string_view::npos)
        return failure_saying(parse_failure_kind::empty_body, {"the body is empty"});
    if (json.failure().too_deep) return too_deep(limits.max_depth);
    return failure_saying(parse_failure_kind::not_json,
                          {"not JSON at byte ", decimal(json.failure().offset), ": ", describe(json.failure().what)},
                          json.failure().offset);
}

/// A bad member before it becomes a `parse_failure`, kept apart so that a
/// cause's problem can be prefixed with `causes[i].` by the object holding it.
struct member_problem {
    parse_failure_kind kind;
    std::string path;            ///< the member (`causes[1].status`); empty for a limit, which names none
    std::string_view complaint;  ///< what is wrong with it, or what went past its limit
    std::size_t limit = 0;
    std::string_view noun = "Plaid error";  ///< what the body is not, for `not_plaid_error`

    parse_failure to_failure() && {
        if (kind == parse_failure_kind::too_deep)
            return failure_saying(kind, {complaint, " nested deeper than ", decimal(limit), " levels"});
        if (kind == parse_failure_kind::too_many_elements)
            return failure_saying(kind, {"more than ", decimal(limit), " ", complaint});
        const bool not_one = kind == parse_failure_kind::not_plaid_error;
        auto failure = failure_saying(kind, {not_one ? "not a " : "wrong field type: ", not_one ? noun : "",
                                             not_one ? ": " : "", path, " ", complaint});
        failure.field = std::move(path);
        return failure;
    }
};

/// Collects the members of one object into its value, in whatever order and
/// however often they come (the last of duplicate members wins, as in
/// nlohmann/json), and says at the end which member, if any, is bad.
class member_fill {
public:
    /// `top`: the object is the body itself, where a missing or ill-typed
    /// required member means the body is no Plaid error; deeper, such a
    /// member is of the wrong type.
    member_fill(const shape_table& table, void* target, bool top) noexcept : table_(table), target_(target), top_(top) {}

    const shape_table& table() const noexcept { return table_; }
    void* target() const noexcept { return target_; }

    void set_value(std::size_t i) noexcept { set(i, present::value); }
    void set_null(std::size_t i) noexcept { set(i, present::null); }
    /// Member `i` holds a JSON type its kind does not allow.
    void set_wrong(std::size_t i) noexcept { set(i, present::wrong); }
    /// Whether member `i` is bad already: a reader builds no more of it then.
    bool is_bad(std::size_t i) const noexcept { return state_[i] == present::wrong; }

    /// Element `index` of array member `i` (or, with no index, the object of
    /// nullable-object member `i`) is no element of its kind, or has a
    /// problem of its own, `inner`; only the first bad element is kept.
    void set_bad_element(std::size_t i, std::optional<std::size_t> index, member_problem* inner = nullptr) {
        if (is_bad(i)) return;
        set_wrong(i);
        if (inner && inner->path.empty()) return problems_.push_back({i, std::move(*inner)});  // a limit passed inside
        member_problem problem{parse_failure_kind::wrong_field_type, {},
                               table_.rows[i].elements ? "must be an object" : "must be a string"};
        append_all(problem.path, {table_.rows[i].name});
        if (index) append_all(problem.path, {"[", decimal(*index), "]"});
        if (inner) {
            append_all(problem.path, {".", inner->path});
            problem.kind = inner->kind;
            problem.complaint = inner->complaint;
        }
        problems_.push_back({i, std::move(problem)});
    }

    /// Array member `i` went past a limit: `what` nested deeper than `limit`
    /// levels, or more than `limit` `what`. With `i` past the last row, the
    /// names kept of members outside the table did.
    void set_past_limit(std::size_t i, parse_failure_kind kind, std::string_view what, std::size_t limit) {
        if (i < table_.count) {
            if (is_bad(i)) return;
            set_wrong(i);
        } else {
            for (const auto& kept : problems_)
                if (kept.first == i) return;
        }
        problems_.push_back({i, member_problem{kind, {}, what, limit}});
    }

    /// The problem to report: a limit passed, else the first bad member in
    /// table order, by its bad element where it has one; none for a sound
    /// value, whose derived members it sets then.
    std::optional<member_problem> finish() {
        for (const auto limit : {parse_failure_kind::too_deep, parse_failure_kind::too_many_elements})
            for (auto& [member, problem] : problems_)
                if (problem.kind == limit) return std::move(problem);
        std::size_t bad = 0;
        while (bad < table_.count && state_[bad] != present::wrong &&
               (table_.rows[bad].kind != json_kind::string || state_[bad] == present::value))
            ++bad;
        if (bad == table_.count) {
            table_.derive(target_);
            return std::nullopt;
        }
        for (auto& [member, problem] : problems_)
            if (member == bad) return std::move(problem);
        constexpr std::string_view expected[] = {"must be a string", "must be a string or null",
                                                 "must be an integer in int range, or null",
                                                 "must be an array of strings, or null", "must be an array of objects, or null",
                                                 "must be an object or null"};
        const bool required = table_.rows[bad].kind == json_kind::string;
        return member_problem{required && top_ ? parse_failure_kind::not_plaid_error : parse_failure_kind::wrong_field_type,
                              std::string(table_.rows[bad].name),
                              state_[bad] == present::absent ? "is missing" : expected[static_cast<std::size_t>(table_.rows[bad].kind)],
                              0, table_.noun};
    }

private:
    enum class present : std::uint8_t { absent, null, value, wrong };

    void set(std::size_t i, present p) noexcept {
        state_[i] = p;
        for (auto it = problems_.begin(); it != problems_.end(); ++it)  // a duplicate forgets what came before
            if (it->first == i) return static_cast<void>(problems_.erase(it));
    }

    const shape_table& table_;
    void* target_;
    bool top_;
    std::array<present, most_members> state_{};
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
    bool object(Source& in, member_fill& fill, std::size_t level) {
        return in.members([&](std::string_view name, Source& value) {
            const std::size_t i = fill.table().find(name);
            if (i != fill.table().count) return member(value, fill, i, level);
            // The reader hands over an empty name for one too long to be any member it knows.
            if (fill.table().others && !name.empty()) keep_name(fill, name);
            return item::skip;
        });
    }

private:
    static item result(bool read) noexcept { return read ? item::read : item::stop; }

    /// Keeps the name of a member outside the table; the names count against
    /// `max_array_elements`, as the strings of arrays do, each costing a string.
    void keep_name(member_fill& fill, std::string_view name) {
        if (strings_left_ == 0)
            return fill.set_past_limit(fill.table().count, parse_failure_kind::too_many_elements, "array elements",
                                       limits_.max_array_elements);
        --strings_left_;
        auto& names = *fill.table().others(fill.target());
        if (names.empty()) names.reserve(first_list_capacity);
        names.emplace_back(name);
    }

    item member(Source& in, member_fill& fill, std::size_t i, std::size_t level) {
        const member_row& row = fill.table().rows[i];
        void* const at = row.at(fill.target());
        if (row.clear) row.clear(at);  // any occurrence replaces the elements before it
        if (in.type() == json_type::null) {
            if (row.kind == json_kind::nullable_string) static_cast<std::optional<std::string>*>(at)->reset();
            if (row.kind == json_kind::integer) static_cast<std::optional<int>*>(at)->reset();
            fill.set_null(i);
            return result(in.null());
        }
        constexpr json_type wanted[] = {json_type::string, json_type::string, json_type::number,
                                        json_type::array,  json_type::array,  json_type::object};
        if (in.type() != wanted[static_cast<std::size_t>(row.kind)]) {
            fill.set_wrong(i);
            return item::skip;
        }
        if (row.kind == json_kind::integer) {
            std::int64_t number = 0;
            bool is_integer = false;
            if (!in.number(&number, is_integer)) return item::stop;
            if (is_integer && number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max()) {
                *static_cast<std::optional<int>*>(at) = static_cast<int>(number);
                fill.set_value(i);
            } else {
                fill.set_wrong(i);
            }
            return item::read;
        }
        fill.set_value(i);
        if (row.kind == json_kind::nullable_object) return nested(in, fill, i, at, level);
        if (row.kind == json_kind::string || row.kind == json_kind::nullable_string)
            return result(in.string(row.kind == json_kind::string ? *static_cast<std::string*>(at)
                                                                  : static_cast<std::optional<std::string>*>(at)->emplace()));
        return result(in.elements([&](Source& value, std::size_t index) { return element(value, fill, i, index, at, level); }));
    }

    /// An element of array member `i`, at `at`, while the member is sound;
    /// once it is not, the rest are skipped.
    item element(Source& in, member_fill& fill, std::size_t i, std::size_t index, void* at, std::size_t level) {
        if (fill.is_bad(i)) return item::skip;
        const member_row& row = fill.table().rows[i];
        if (!row.elements) {
            if (in.type() != json_type::string) {
                fill.set_bad_element(i, index);
            } else if (strings_left_ == 0) {
                fill.set_past_limit(i, parse_failure_kind::too_many_elements, "array elements", limits_.max_array_elements);
            } else {
                --strings_left_;
                return result(in.string(*static_cast<std::string*>(row.append(at))));
            }
        } else if (in.type() != json_type::object) {
            fill.set_bad_element(i, index);
        } else if (level == max_cause_depth) {
            // Nesting past `max_depth` at this brace is named instead, where the source can tell.
            if (in.has_room_for_a_level()) fill.set_past_limit(i, parse_failure_kind::too_deep, "causes", max_cause_depth);
        } else if (causes_left_ == 0) {
            fill.set_past_limit(i, parse_failure_kind::too_many_elements, "causes", limits_.max_causes);
        } else {
            --causes_left_;
            member_fill inner(*row.elements(), row.append(at), false);
            if (!object(in, inner, level + 1)) return item::stop;
            if (auto problem = inner.finish()) fill.set_bad_element(i, index, &*problem);
            return item::read;
        }
        return item::skip;
    }

    /// The object of nullable-object member `i`, at `at`: a value of its own
    /// table one level down, bounded as the objects of object arrays are. A
    /// duplicate member replaces it, so it costs no more memory than one.
    item nested(Source& in, member_fill& fill, std::size_t i, void* at, std::size_t level) {
        const member_row& row = fill.table().rows[i];
        if (level == max_cause_depth) {
            if (in.has_room_for_a_level()) fill.set_past_limit(i, parse_failure_kind::too_deep, row.name, max_cause_depth);
            return item::skip;
        }
        member_fill inner(*row.elements(), row.append(at), false);
        if (!object(in, inner, level + 1)) return item::stop;
        if (auto problem = inner.finish()) fill.set_bad_element(i, std::nullopt, &*problem);
        return item::read;
    }

    const parse_limits& limits_;
    std::size_t causes_left_;   ///< `max_causes` less the causes read so far
    std::size_t strings_left_;  ///< `max_array_elements` less the strings read so far
};

/// Reads a whole body of JSON text into `out`, a value of shape `T`: no
/// value when the body is one, else why not.
template <class T>
std::optional<parse_failure> read_text(std::string_view body, const parse_limits& limits, T& out) {
    json_reader json(body, limits.max_depth);
    if (body.size() > limits.max_body_bytes || !json.start()) return body_failure(body, json, limits);
    if (json.type() != json_reader::json_type::object) {
        if (!json.skip_value() || !json.finish()) return body_failure(body, json, limits);
        return not_object();
    }
    member_fill fill(table_for<T>::table, &out, true);
    if (!shape_reader<json_reader>(limits).object(json, fill, 0) || !json.finish()) return body_failure(body, json, limits);
    if (auto problem = fill.finish()) return std::move(*problem).to_failure();
    return std::nullopt;
}

/// `read_text` as a public reader answers: the value read or why not, an
/// allocation failure included, never an exception.
template <class T>
parsed<T> parse_text(std::string_view body, const parse_limits& limits) noexcept {
    try {
        parsed<T> result(std::in_place);
        if (auto failure = read_text(body, limits, result.value())) result.emplace_failure(std::move(*failure));
        return result;
    } catch (...) {
        return out_of_memory_failure();
    }
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
