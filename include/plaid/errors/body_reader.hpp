#ifndef PLAID_ERRORS_BODY_READER_HPP
#define PLAID_ERRORS_BODY_READER_HPP

/// The body reader and the definition of `parse_error(body)`. parse.hpp
/// includes it; a program built with `PLAID_ERRORS_SEPARATE_COMPILATION`
/// includes it in exactly one source file instead, so that the parser is
/// compiled once rather than in every file that calls it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "member_fill.hpp"
#include "members.hpp"
#include "parse.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

/// Capacity given to a non-empty array at once: Plaid's arrays hold a few
/// items, and growing one by one would allocate and move at each step.
inline constexpr std::size_t small_array = 4;

/// Reads a body of any shape through a `json_reader` by the shape's member
/// table: known members go straight into the value, anything else is
/// checked and skipped. One pass, no document; recursion only from an
/// object to the objects of its object arrays, which `max_cause_depth`
/// bounds.
class body_reader {
public:
    body_reader(json_reader& json, const parse_limits& limits) noexcept
        : json_(json), limits_(limits), budget_(limits) {}

    /// Fills `out`, an empty value, with the object the body is; false when
    /// the body is no such object, which `failure` then says why. Filling
    /// the caller's value in place matters: moving a parsed error costs about
    /// as much as reading it.
    template <class T>
    bool run(T& out) {
        if (!json_.start()) return false;
        if (json_.peek() != '{') {
            not_object_ = json_.skip_value() && json_.finish();
            return false;
        }
        member_fill<T> fill(out, true);
        if (!object(fill, 0) || !json_.finish()) return false;
        if (auto problem = fill.finish()) problem_.emplace(std::move(*problem));
        return !problem_;
    }

    /// Why `body`, which `run` read within `limits.max_depth` unless it is
    /// too large to read, is not a Plaid error: a NUL byte (which no JSON
    /// holds) or a blank body is named before the syntax error it causes.
    parse_failure failure(std::string_view body, const parse_limits& limits) {
        if (body.size() > limits.max_body_bytes)
            return failure_saying(parse_failure_kind::body_too_large,
                                  {"the body is ", decimal(body.size()), " bytes, over the limit of ",
                                   decimal(limits.max_body_bytes)});
        if (problem_) return to_failure(std::move(*problem_));
        if (not_object_) return not_object();
        if (const auto nul = body.find('\0'); nul != std::string_view::npos)
            return failure_saying(parse_failure_kind::nul_byte, {"NUL byte at offset ", decimal(nul)}, nul);
        if (body.find_first_not_of(" \t\n\r") == std::string_view::npos)
            return failure_saying(parse_failure_kind::empty_body, {"the body is empty"});
        const auto& why = json_.failure();
        if (why.too_deep) return too_deep(limits.max_depth);
        return failure_saying(parse_failure_kind::not_json,
                              {"not JSON at byte ", decimal(why.offset), ": ", describe(why.what)}, why.offset);
    }

private:
    using item = json_reader::item;

    /// The object `json_` is on, into `fill`'s value; `level` counts the
    /// objects of object arrays around it.
    template <class T>
    bool object(member_fill<T>& fill, std::size_t level) {
        static_assert(longest_member_name<T> <= json_reader::longest_name, "the reader passes every member name on");
        return json_.items<true>([&](std::string_view name) {
            const std::size_t i = fill.find(name);
            if (i == fill.count) return item::skip;
            item what = item::skip;
            with_member<T>(i, [&](const auto& row) { what = value(fill, i, level, fill.target().*row.pointer); });
            return what;
        });
    }

    /// Whether the value `json_` is on is null, which it then reads.
    bool at_null(item& what) {
        if (json_.peek() != 'n') return false;
        what = json_.null() ? item::read : item::stop;
        return true;
    }

    static item result(bool read) noexcept { return read ? item::read : item::stop; }

    template <class T>
    item value(member_fill<T>& fill, std::size_t i, std::size_t, std::string& out) {
        item what;
        if (at_null(what)) {
            fill.set_null(i);
            return what;
        }
        if (json_.peek() != '"') return wrong(fill, i);
        fill.set_value(i);
        return result(json_.string(out));
    }

    template <class T>
    item value(member_fill<T>& fill, std::size_t i, std::size_t, std::optional<std::string>& out) {
        item what;
        if (at_null(what)) {
            fill.set_null(i);
            out.reset();
            return what;
        }
        if (json_.peek() != '"') return wrong(fill, i);
        fill.set_value(i);
        return result(json_.string(out.emplace()));
    }

    template <class T>
    item value(member_fill<T>& fill, std::size_t i, std::size_t, std::optional<int>& out) {
        item what;
        if (at_null(what)) {
            fill.set_null(i);
            out.reset();
            return what;
        }
        const char c = json_.peek();
        if (c != '-' && (c < '0' || c > '9')) return wrong(fill, i);
        std::int64_t number = 0;
        bool is_integer = false;
        if (!json_.number(&number, is_integer)) return item::stop;
        if (!is_integer || !fits_int(number)) {
            fill.set_wrong(i);
        } else {
            fill.set_value(i);
            out = static_cast<int>(number);
        }
        return item::read;
    }

    template <class T>
    item value(member_fill<T>& fill, std::size_t i, std::size_t, std::vector<std::string>& out) {
        return array(fill, i, out, [&](std::size_t index) {
            if (json_.peek() != '"') {
                fill.set_bad_element(i, index, json_kind::string_array);
                return item::skip;
            }
            if (!budget_.spend(json_kind::string_array)) {
                fill.set_past_limit(i, parse_failure_kind::too_many_elements, "array elements", limits_.max_array_elements);
                return item::skip;
            }
            return result(json_.string(out.emplace_back()));
        });
    }

    template <class T, class Element>
    item value(member_fill<T>& fill, std::size_t i, std::size_t level, std::vector<Element>& out) {
        return array(fill, i, out, [&](std::size_t index) {
            if (json_.peek() != '{') {
                fill.set_bad_element(i, index, json_kind::object_array);
                return item::skip;
            }
            if (level == max_cause_depth) {
                // Nesting past `max_depth` at this brace is named instead, as the document reader names it.
                if (json_.has_room_for_a_level())
                    fill.set_past_limit(i, parse_failure_kind::too_deep, "causes", max_cause_depth);
                return item::skip;
            }
            if (!budget_.spend(json_kind::object_array)) {
                fill.set_past_limit(i, parse_failure_kind::too_many_elements, "causes", limits_.max_causes);
                return item::skip;
            }
            member_fill<Element> inner(out.emplace_back(), false);
            if (!object(inner, level + 1)) return item::stop;
            if (auto problem = inner.finish()) fill.set_bad_element(i, index, json_kind::object_array, &*problem);
            return item::read;
        });
    }

    /// An array member: `element(index)` reads each element while the
    /// member is sound, and every element is skipped once it is not.
    template <class T, class Items, class Element>
    item array(member_fill<T>& fill, std::size_t i, Items& out, Element element) {
        item what;
        if (at_null(what)) {
            fill.set_null(i);
            out.clear();
            return what;
        }
        if (json_.peek() != '[') return wrong(fill, i);
        fill.set_value(i);
        out.clear();
        return result(json_.items<false>([&](std::size_t index) {
            if (fill.is_bad(i)) return item::skip;
            if (out.empty()) out.reserve(small_array);
            return element(index);
        }));
    }

    template <class T>
    item wrong(member_fill<T>& fill, std::size_t i) noexcept {
        fill.set_wrong(i);
        return item::skip;
    }

    json_reader& json_;
    const parse_limits& limits_;
    element_budget budget_;
    bool not_object_ = false;  ///< the body is JSON, but its top level is no object
    std::optional<member_problem> problem_;  ///< the first bad member of a body that is an object
};

/// One result object throughout, returned without a move, and one place
/// that puts a failure in it.
inline parse_result parse_body(std::string_view body, std::optional<int> http_status, const parse_limits& limits) {
    parse_result result(std::in_place);
    json_reader json(body, limits.max_depth);
    body_reader reader(json, limits);
    if (body.size() > limits.max_body_bytes || !reader.run(result.value()))
        result.emplace_failure(reader.failure(body, limits));
    else if (http_status)
        result->status = http_status;
    return result;
}

}  // namespace detail

PLAID_ERRORS_PARSE_INLINE parse_result parse_error(std::string_view body, std::optional<int> http_status,
                                                   const parse_limits& limits) noexcept {
    try {
        return detail::parse_body(body, http_status, limits);
    } catch (...) {
        return detail::out_of_memory();
    }
}

}  // namespace errors_v1
}  // namespace plaid

#endif
