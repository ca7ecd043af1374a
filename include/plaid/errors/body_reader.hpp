#ifndef PLAID_ERRORS_BODY_READER_HPP
#define PLAID_ERRORS_BODY_READER_HPP

/// The body reader and the definition of `parse_error(body)`. parse.hpp
/// includes it; a program built with `PLAID_ERRORS_SEPARATE_COMPILATION`
/// includes it in exactly one source file instead, so that the parser is
/// compiled once rather than in every file that calls it.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "body_fields.hpp"
#include "detail/json_reader.hpp"
#include "error.hpp"
#include "parse.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

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

    /// Fills `out`, an empty error, with the Plaid error the body is; false
    /// when it is none, which `failure` then says why. Filling the caller's
    /// error in place matters: moving a parsed error costs about as much as
    /// reading it.
    bool run(error& out) {
        if (!json_.start()) return false;
        if (json_.peek() != '{') {
            not_object_ = json_.skip_value() && json_.finish();
            return false;
        }
        error_fields fields(out);
        if (!object(fields) || !json_.finish()) return false;
        if (auto problem = fields.finish()) problem_.emplace(std::move(*problem));
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
        if (causes_too_deep_) return causes_too_deep();
        const auto& why = json_.failure();
        if (why.too_deep) return too_deep(limits.max_depth);
        return failure_saying(parse_failure_kind::not_json,
                              {"not JSON at byte ", decimal(why.offset), ": ", describe(why.what)}, why.offset);
    }

private:
    using string_span = json_reader::string_span;

    /// The error object `p_` is on. An unknown member's value is skipped
    /// here, without the call into `member`.
    bool object(error_fields& fields) {
        return json_.items<true>([&](const string_span& name) {
            const field f = find(fields, name);
            return f == field::unknown ? json_.skip_value() : member(fields, f);
        });
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

    /// The value of known member `f`, which `p_` is on.
    bool member(error_fields& fields, field f) {
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
            case field_shape::cause_array:
                if (c == '[') return array(fields, f);
                break;
        }
        fields.set_wrong(f);
        return json_.skip_value();
    }

    /// The elements of array field `f`: one `items` loop for both kinds of
    /// array, since each instantiation of it is compiled anew.
    bool array(error_fields& fields, field f) {
        fields.begin_array(f);
        const bool causes = f == field::causes;
        return json_.items<false>([&](std::size_t index) {
            if (json_.peek() != (causes ? '{' : '"')) {
                fields.set_wrong_element(f, index);
                return json_.skip_value();
            }
            if (causes) return cause(fields, index);
            auto& items = fields.string_array(f);
            if (items.empty()) items.reserve(small_array);
            return json_.string(items.emplace_back());
        });
    }

    /// Element `index` of `causes`, an object, which `p_` is on.
    bool cause(error_fields& fields, std::size_t index) {
        if (cause_level_ == max_cause_depth) {
            // Nesting past `max_depth` at this brace is named instead, as the DOM reader names it.
            if (!json_.has_room_for_a_level()) return json_.skip_value();
            causes_too_deep_ = true;
            return false;
        }
        auto& causes = fields.target().causes;
        if (causes.empty()) causes.reserve(small_array);
        auto& item = causes.emplace_back();
        error_fields cause_fields(item, &item.item_id);
        ++cause_level_;
        const bool read = object(cause_fields);
        --cause_level_;
        if (!read) return false;
        if (auto problem = cause_fields.finish()) fields.set_cause_problem(index, *problem);
        return true;
    }

    json_reader& json_;
    std::size_t cause_level_ = 0;  ///< how many causes enclose the object being read
    bool causes_too_deep_ = false;
    bool not_object_ = false;             ///< the body is JSON, but its top level is no object
    std::optional<field_problem> problem_;  ///< the first bad field of a body that is an object
};

/// One result object throughout, returned without a move, and one place
/// that puts a failure in it.
inline parse_result parse_body(std::string_view body, std::optional<int> http_status, const parse_limits& limits) {
    parse_result result(std::in_place);
    json_reader json(body, limits.max_depth);
    body_reader reader(json);
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
