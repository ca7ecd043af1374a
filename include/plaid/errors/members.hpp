#ifndef PLAID_ERRORS_MEMBERS_HPP
#define PLAID_ERRORS_MEMBERS_HPP

#include "detail/abi.hpp"

/// Member tables: each shape the library reads declares its JSON members
/// once, in `plaid::shape<T>::members`, and everything that walks a value
/// (the readers, `==`, redaction, `to_json`, printers) walks that table.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "detail/name_index.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// The JSON value a member holds when it is well formed, and so the C++ type
/// that holds it.
enum class json_kind : std::uint8_t {
    string,           ///< a string, required: `std::string`
    nullable_string,  ///< a string; null or absent is no value: `std::optional<std::string>`
    integer,          ///< an integer in `int` range; null or absent is no value: `std::optional<int>`
    string_array,     ///< an array of strings; null or absent is empty: `std::vector<std::string>`
    object_array,     ///< an array of objects with a table of their own; null or absent is empty: `std::vector<T>`
    /// an object with a table of its own; null or absent is no value: `std::optional<T>`, which
    /// tells a member that says "none" (a webhook's `"error": null`) from one that is malformed
    nullable_object,
};

/// One row of a member table: the member's JSON name and kind, and where it
/// lives in the C++ value.
template <class Owner, class Value>
struct member {
    using owner_type = Owner;
    using value_type = Value;

    std::string_view name;
    json_kind kind;
    Value Owner::*pointer;
};

template <class Owner, class Value>
member(std::string_view, json_kind, Value Owner::*) -> member<Owner, Value>;

/// The member table of a shape `T`: `members`, a tuple of `member` rows in
/// the order readers report problems in, and `derived`, the pointers to the
/// members a reader computes from the others rather than reads. Specialised
/// for each shape. Optional: `noun`, what a body that lacks a required member
/// is not (`"Plaid webhook"`; a Plaid error by default), and `others`, a
/// pointer to a `std::vector<std::string>` member that keeps the names of the
/// members outside the table, for a shape whose table types only some of them
/// (but for the empty name and names over `detail::json_reader::longest_name`
/// bytes, which the body reader does not decode).
template <class T>
struct shape;

/// Whether `T` has a member table.
template <class T, class = void>
struct has_shape : std::false_type {};
template <class T>
struct has_shape<T, std::void_t<decltype(shape<T>::members)>> : std::true_type {};

namespace detail {

template <class Value>
struct kind_holding;  // the json_kind whose values a C++ member of type `Value` holds
template <>
struct kind_holding<std::string> : std::integral_constant<json_kind, json_kind::string> {};
template <>
struct kind_holding<std::optional<std::string>> : std::integral_constant<json_kind, json_kind::nullable_string> {};
template <>
struct kind_holding<std::optional<int>> : std::integral_constant<json_kind, json_kind::integer> {};
template <>
struct kind_holding<std::vector<std::string>> : std::integral_constant<json_kind, json_kind::string_array> {};
template <class T>
struct kind_holding<std::vector<T>> : std::integral_constant<json_kind, json_kind::object_array> {
    static_assert(has_shape<T>::value, "an object array holds values of a shape with a member table");
};
template <class T>
struct kind_holding<std::optional<T>> : std::integral_constant<json_kind, json_kind::nullable_object> {
    static_assert(has_shape<T>::value, "a nullable object holds a value of a shape with a member table");
};

template <class T>
using table_of = std::decay_t<decltype(shape<T>::members)>;

}  // namespace detail

/// How many JSON members shape `T` has.
template <class T>
inline constexpr std::size_t member_count = std::tuple_size_v<detail::table_of<T>>;

/// Calls `f(row)` for each row of `T`'s table, in order.
template <class T, class F>
constexpr void for_each_member(F&& f) {
    std::apply([&](const auto&... row) { (f(row), ...); }, shape<T>::members);
}

/// Calls `f(row)` for row `i` of `T`'s table; nothing when `i` is past the last.
template <class T, class F>
constexpr void with_member(std::size_t i, F&& f) {
    std::size_t k = 0;
    std::apply([&](const auto&... row) { (void)((k++ == i ? (f(row), true) : false) || ...); }, shape<T>::members);
}

/// The JSON names of `T`'s members, in table order.
template <class T>
inline constexpr auto member_names = [] {
    std::array<std::string_view, member_count<T>> names{};
    std::size_t i = 0;
    for_each_member<T>([&](const auto& row) { names[i++] = row.name; });
    return names;
}();

/// The length of `T`'s longest member name.
template <class T>
inline constexpr std::size_t longest_member_name = [] {
    std::size_t longest = 0;
    for (const auto name : member_names<T>) longest = name.size() > longest ? name.size() : longest;
    return longest;
}();

namespace detail {

template <class T>
constexpr std::string_view member_name_at(std::size_t i) noexcept {
    return member_names<T>[i];
}

template <class T>
inline constexpr name_index<slots_for(member_count<T>)> member_index{member_count<T>, member_name_at<T>};

}  // namespace detail

/// The row of `T`'s member `name` names, or `member_count<T>` for a name that is
/// none of them; case-sensitive.
template <class T>
constexpr std::size_t find_member(std::string_view name) noexcept {
    const auto i = detail::member_index<T>.find(name, detail::member_name_at<T>);
    return i == detail::member_index<T>.npos ? member_count<T> : i;
}

/// The JSON name of the member `pointer` points to, as `T`'s table lists it;
/// empty for a member the table does not list.
template <class T, class Value, class Owner>
constexpr std::string_view member_name(Value Owner::*pointer) noexcept {
    std::string_view found;
    for_each_member<T>([&](const auto& row) {
        if constexpr (std::is_same_v<typename std::decay_t<decltype(row)>::value_type, Value>)
            if (row.pointer == static_cast<Value T::*>(pointer)) found = row.name;
    });
    return found;
}

/// Whether two values of shape `T` agree on every member, read or derived.
template <class T>
bool same_members(const T& a, const T& b) {
    bool same = true;
    std::apply([&](const auto... derived) { ((same = same && a.*derived == b.*derived), ...); }, shape<T>::derived);
    for_each_member<T>([&](const auto& row) { same = same && a.*row.pointer == b.*row.pointer; });
    return same;
}

namespace detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

/// Converts to anything, to count the members of an aggregate; a
/// `std::optional` member is built from the value it holds instead, which
/// its own constructor does.
struct any_value {
    template <class T, std::enable_if_t<!is_optional<T>::value, int> = 0>
    operator T() const noexcept;  // declared only: used in unevaluated contexts
};

template <class T, class = void, class... Values>
struct braces_take : std::false_type {};
template <class T, class... Values>
struct braces_take<T, std::void_t<decltype(T{std::declval<Values>()...})>, Values...> : std::true_type {};

/// How many values brace-initialise aggregate `T`: its members, a base
/// class counting as one.
template <class T, class... Values>
constexpr std::size_t aggregate_size() noexcept {
    if constexpr (braces_take<T, void, Values..., any_value>::value)
        return aggregate_size<T, Values..., any_value>();
    else
        return sizeof...(Values);
}

/// Whether each row's kind is the one its C++ member holds, no name is
/// empty and none is listed twice.
template <class T>
constexpr bool table_is_consistent() noexcept {
    bool consistent = member_index<T>.finds_all(member_count<T>, member_name_at<T>);
    for_each_member<T>([&](const auto& row) {
        using value = typename std::decay_t<decltype(row)>::value_type;
        consistent = consistent && row.kind == kind_holding<value>::value && !row.name.empty();
    });
    return consistent;
}

/// The rows of `Base`'s table, pointing into `Derived`, which derives from it.
template <class Derived, class Base>
constexpr auto rows_for_derived() noexcept {
    return std::apply(
        [](const auto&... row) {
            return std::make_tuple(
                member<Derived, typename std::decay_t<decltype(row)>::value_type>{row.name, row.kind, row.pointer}...);
        },
        shape<Base>::members);
}

}  // namespace detail
}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
