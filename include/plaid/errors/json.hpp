#ifndef PLAID_ERRORS_JSON_HPP
#define PLAID_ERRORS_JSON_HPP

/// Parsing Plaid error bodies, and nlohmann/json conversions for the error
/// types and the taxonomy. The only public header that includes nlohmann/json.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "code.hpp"
#include "code_info.hpp"
#include "detail/error_fields.hpp"
#include "detail/scanner.hpp"
#include "error.hpp"
#include "error_type.hpp"
#include "string_list.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

template <class T>
using enable_if_basic_json = std::enable_if_t<nlohmann::detail::is_basic_json<T>::value, int>;

inline parse_result failure(parse_failure_kind kind, std::string message, std::optional<std::size_t> offset = {}) {
    return parse_failure{kind, offset, {}, std::move(message)};
}

/// Built without allocating: the message fits the small-string buffer.
inline parse_result out_of_memory() noexcept {
    return parse_failure{parse_failure_kind::out_of_memory, std::nullopt, {}, "out of memory"};
}

/// nlohmann/json's description of a syntax error, without its position (the
/// failure has the byte offset) and without the input it quotes after
/// "last read", which can hold a token or control characters.
inline std::string syntax_error_message(std::string_view what, std::size_t offset) {
    std::string message = "not JSON at byte " + std::to_string(offset);
    const auto start = what.find(": syntax error");
    if (start == std::string_view::npos) return message;
    auto description = what.substr(start + 2);
    description = description.substr(0, description.find("; last read: "));
    return message.append(": ").append(description);
}

inline parse_result causes_too_deep() {
    return failure(parse_failure_kind::too_deep,
                   "causes nested deeper than " + std::to_string(max_cause_depth) + " levels");
}

inline parse_result too_deep(std::size_t max_depth) {
    return failure(parse_failure_kind::too_deep, "nesting deeper than " + std::to_string(max_depth) + " levels");
}

inline parse_result not_object() {
    return failure(parse_failure_kind::not_object, "the body is JSON but not an object");
}

inline parse_result with_status(parse_result result, std::optional<int> http_status) noexcept {
    if (result && http_status) result.value().status = http_status;
    return result;
}

/// Reads an error body through nlohmann/json's SAX interface: the same fields
/// as the scanner, with no document built and nesting cut off at the limit,
/// so memory stays bounded on hostile input.
class error_sax {
public:
    using json = nlohmann::json;

    explicit error_sax(std::size_t max_depth) noexcept : max_depth_(max_depth) {}

    bool null() {
        if (auto* fields = member_fields()) {
            fields->set_null(frames_.back().member);
            return true;
        }
        return other_value();
    }
    bool boolean(bool) { return other_value(); }
    bool number_integer(json::number_integer_t value) {
        if (auto* fields = member_fields(); fields && frames_.back().member == field::status) {
            fields->set_status(value);
            return true;
        }
        return other_value();
    }
    bool number_unsigned(json::number_unsigned_t value) {
        if (value > static_cast<json::number_unsigned_t>(std::numeric_limits<int>::max())) return other_value();
        return number_integer(static_cast<json::number_integer_t>(value));
    }
    bool number_float(json::number_float_t, const json::string_t&) { return other_value(); }
    bool binary(json::binary_t&) { return other_value(); }

    bool string(json::string_t& value) {
        if (frames_.empty()) {
            not_object_ = true;
            return true;
        }
        auto& top = frames_.back();
        if (top.kind == frame_kind::strings) {
            objects_.back().string_array(top.member).push_back(std::move(value));
            ++top.count;
            return true;
        }
        if (auto* fields = member_fields()) {
            const auto shape = shape_of(top.member);
            if (shape == field_shape::required_string || shape == field_shape::optional_string) {
                fields->string_slot(top.member) = std::move(value);
                return true;
            }
        }
        return other_value();
    }

    bool key(json::string_t& name) {
        auto& top = frames_.back();
        if (top.kind == frame_kind::error_object) top.member = objects_.back().find(name);
        return true;
    }

    bool start_object(std::size_t) {
        if (++depth_ > max_depth_) return deep();
        if (frames_.empty()) {
            objects_.emplace_back(result_);
            frames_.push_back({frame_kind::error_object});
            return true;
        }
        if (frames_.back().kind == frame_kind::causes) {
            if (objects_.size() > max_cause_depth) {  // the top error and each enclosing cause
                causes_too_deep_ = true;
                return false;
            }
            ++frames_.back().count;
            auto& item = objects_.back().target().causes.emplace_back();
            objects_.emplace_back(item, &item.item_id);
            frames_.push_back({frame_kind::error_object});
            return true;
        }
        other_value();
        frames_.push_back({frame_kind::skipped});
        return true;
    }

    bool end_object() {
        --depth_;
        const auto kind = frames_.back().kind;
        frames_.pop_back();
        if (kind != frame_kind::error_object) return true;
        auto problem = objects_.back().finish();
        objects_.pop_back();
        if (frames_.empty())
            problem_ = std::move(problem);
        else if (problem)
            objects_.back().set_cause_problem(frames_.back().count - 1, std::move(*problem));
        return true;
    }

    bool start_array(std::size_t) {
        if (++depth_ > max_depth_) return deep();
        if (auto* fields = member_fields()) {
            const auto member = frames_.back().member;
            const auto shape = shape_of(member);
            if (shape == field_shape::cause_array || shape == field_shape::string_array) {
                fields->begin_array(member);
                frames_.push_back({shape == field_shape::cause_array ? frame_kind::causes : frame_kind::strings, member});
                return true;
            }
        }
        other_value();
        frames_.push_back({frame_kind::skipped});
        return true;
    }

    bool end_array() {
        --depth_;
        frames_.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::json::exception& ex) {
        const std::size_t offset = position > 0 ? position - 1 : 0;
        syntax_error_ = failure(parse_failure_kind::not_json, syntax_error_message(ex.what(), offset), offset);
        return false;
    }

    /// The outcome once `sax_parse` has returned `parsed`.
    parse_result result(bool parsed) {
        if (too_deep_) return too_deep(max_depth_);
        if (causes_too_deep_) return causes_too_deep();
        if (syntax_error_) return std::move(*syntax_error_);
        if (!parsed) return failure(parse_failure_kind::not_json, "the JSON parser stopped early");
        if (not_object_) return not_object();
        if (problem_) return to_failure(std::move(*problem_));
        return std::move(result_);
    }

private:
    enum class frame_kind : std::uint8_t { error_object, causes, strings, skipped };

    /// One open object or array; `member` is the last key of an error object,
    /// or the field a string array belongs to; `count` counts array elements.
    struct frame {
        frame_kind kind;
        field member = field::unknown;
        std::size_t count = 0;
    };

    bool deep() noexcept {
        too_deep_ = true;
        return false;
    }

    /// The error object whose known member the next value is, if it is one.
    error_fields* member_fields() noexcept {
        if (frames_.empty() || frames_.back().kind != frame_kind::error_object) return nullptr;
        return frames_.back().member == field::unknown ? nullptr : &objects_.back();
    }

    /// A value of a type its place does not allow, or one that is ignored.
    bool other_value() {
        if (frames_.empty()) {
            not_object_ = true;
            return true;
        }
        auto& top = frames_.back();
        switch (top.kind) {
            case frame_kind::error_object:
                if (top.member != field::unknown) objects_.back().set_wrong(top.member);
                break;
            case frame_kind::causes: objects_.back().set_wrong_element(field::causes, top.count++); break;
            case frame_kind::strings: objects_.back().set_wrong_element(top.member, top.count++); break;
            case frame_kind::skipped: break;
        }
        return true;
    }

    std::size_t max_depth_;
    std::size_t depth_ = 0;
    error result_;
    std::vector<frame> frames_;
    std::vector<error_fields> objects_;
    std::optional<field_problem> problem_;
    std::optional<parse_result> syntax_error_;
    bool too_deep_ = false;
    bool causes_too_deep_ = false;
    bool not_object_ = false;
};

/// `nlohmann::json::sax_parse` with JSON input. That function takes the input
/// format at run time, so it instantiates the binary readers (CBOR,
/// MessagePack, UBJSON, BSON, BJData) for the handler as well: a quarter of
/// what this header costs to compile. Its JSON branch is this parser, called
/// here directly on the releases whose parser interface is known (3.10 to
/// 3.12); any other release gets the public function.
inline bool sax_parse_json(std::string_view body, error_sax& handler) {
#if NLOHMANN_JSON_VERSION_MAJOR == 3 && NLOHMANN_JSON_VERSION_MINOR >= 10 && NLOHMANN_JSON_VERSION_MINOR <= 12
    auto input = nlohmann::detail::input_adapter(body.data(), body.data() + body.size());
    return nlohmann::detail::parser<nlohmann::json, decltype(input)>(std::move(input)).sax_parse(&handler, true);
#else
    return nlohmann::json::sax_parse(body.data(), body.data() + body.size(), &handler);
#endif
}

/// The SAX path alone, without the checks `parse_error` makes first. Public
/// for differential tests; `parse_error` is the entry point for callers.
inline parse_result sax_parse_error(std::string_view body, std::size_t max_depth) {
    error_sax handler(max_depth);
    const bool parsed = sax_parse_json(body, handler);
    return handler.result(parsed);
}

/// A body the scanner hands over: a NUL byte (nlohmann/json would stop
/// there) or nothing but whitespace are named before the SAX path runs. The
/// scanner accepts neither, so a body it reads needs neither check.
inline parse_result parse_outside_subset(std::string_view body, std::size_t max_depth) {
    if (const auto nul = body.find('\0'); nul != std::string_view::npos)
        return failure(parse_failure_kind::nul_byte, "NUL byte at offset " + std::to_string(nul), nul);
    if (body.find_first_not_of(" \t\n\r") == std::string_view::npos)
        return failure(parse_failure_kind::empty_body, "the body is empty");
    return sax_parse_error(body, max_depth);
}

/// The scanner, then the other checks and the SAX path when the body is
/// outside its subset; one result object throughout, returned without a move.
inline parse_result parse_body(std::string_view body, std::optional<int> http_status, std::size_t max_depth) {
    parse_result result(std::in_place);
    if (!envelope_scanner(body, max_depth).run(result)) result = parse_outside_subset(body, max_depth);
    if (result && http_status) result->status = http_status;
    return result;
}

template <class BasicJson>
std::string to_std_string(const BasicJson& value) {
    const auto& text = value.template get_ref<const typename BasicJson::string_t&>();
    return std::string(text.data(), text.size());
}

template <class BasicJson>
std::optional<field_problem> read_object(const BasicJson& object, error_fields& fields);

template <class BasicJson>
void read_member(const BasicJson& value, field f, error_fields& fields) {
    if (value.is_null()) return fields.set_null(f);
    switch (shape_of(f)) {
        case field_shape::required_string:
        case field_shape::optional_string:
            if (!value.is_string()) break;
            fields.string_slot(f) = to_std_string(value);
            return;
        case field_shape::integer:
            if (value.is_number_unsigned()) {
                const auto number = value.template get<std::uint64_t>();
                if (number > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) break;
                return fields.set_status(static_cast<std::int64_t>(number));
            }
            if (!value.is_number_integer()) break;
            return fields.set_status(value.template get<std::int64_t>());
        case field_shape::string_array: {
            if (!value.is_array()) break;
            fields.begin_array(f);
            auto& items = fields.string_array(f);
            std::size_t index = 0;
            for (const auto& item : value) {
                if (item.is_string())
                    items.push_back(to_std_string(item));
                else
                    fields.set_wrong_element(f, index);
                ++index;
            }
            return;
        }
        case field_shape::cause_array: {
            if (!value.is_array()) break;
            fields.begin_array(f);
            auto& causes = fields.target().causes;
            std::size_t index = 0;
            for (const auto& item : value) {
                if (item.is_object()) {
                    auto& entry = causes.emplace_back();
                    error_fields cause_fields(entry, &entry.item_id);
                    if (auto problem = read_object(item, cause_fields))
                        fields.set_cause_problem(index, std::move(*problem));
                } else {
                    fields.set_wrong_element(f, index);
                }
                ++index;
            }
            return;
        }
    }
    fields.set_wrong(f);
}

template <class BasicJson>
std::optional<field_problem> read_object(const BasicJson& object, error_fields& fields) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto& name = it.key();
        const auto f = fields.find(std::string_view(name.data(), name.size()));
        if (f != field::unknown) read_member(it.value(), f, fields);
    }
    return fields.finish();
}

/// Whether a document nests deeper than `max_depth`, counted as nlohmann/json
/// counts while parsing; walked with a stack, not recursion.
template <class BasicJson>
bool deeper_than(const BasicJson& root, std::size_t max_depth) {
    std::vector<std::pair<const BasicJson*, std::size_t>> pending{{&root, root.is_structured() ? 1 : 0}};
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (depth > max_depth) return true;
        if (!node->is_structured()) continue;
        for (const auto& child : *node)
            if (child.is_structured()) pending.emplace_back(&child, depth + 1);
    }
    return false;
}

/// Whether an object's `causes` nest deeper than `max_cause_depth`; walked
/// with a stack, so `read_object`, which recurses per level, runs only on
/// documents within the bound.
template <class BasicJson>
bool causes_deeper_than_allowed(const BasicJson& root) {
    std::vector<std::pair<const BasicJson*, std::size_t>> pending{{&root, 0}};
    while (!pending.empty()) {
        const auto [node, level] = pending.back();
        pending.pop_back();
        const auto causes = node->find("causes");
        if (causes == node->end() || !causes->is_array()) continue;
        for (const auto& cause : *causes) {
            if (!cause.is_object()) continue;
            if (level + 1 > max_cause_depth) return true;
            pending.emplace_back(&cause, level + 1);
        }
    }
    return false;
}

template <class BasicJson>
parse_result read_document(const BasicJson& doc, std::size_t max_depth) {
    if (deeper_than(doc, max_depth)) return too_deep(max_depth);
    if (!doc.is_object()) return not_object();
    if (causes_deeper_than_allowed(doc)) return causes_too_deep();
    error result;
    error_fields fields(result);
    if (auto problem = read_object(doc, fields)) return to_failure(std::move(*problem));
    return result;
}

template <class BasicJson, class T>
void set_optional(BasicJson& j, const char* name, const std::optional<T>& value) {
    if (value)
        j[name] = *value;
    else
        j[name] = nullptr;
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
        if (body.size() > limits.max_body_bytes)
            return detail::failure(parse_failure_kind::body_too_large,
                                   "the body is " + std::to_string(body.size()) + " bytes, over the limit of " +
                                       std::to_string(limits.max_body_bytes));
        return detail::parse_body(body, http_status, limits.max_depth);
    } catch (...) {
        return detail::out_of_memory();
    }
}

/// The same for a document already parsed by nlohmann/json (any
/// `basic_json` specialisation). `limits.max_body_bytes` does not apply.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
parse_result parse_error(const BasicJson& doc, std::optional<int> http_status = std::nullopt,
                         const parse_limits& limits = {}) noexcept {
    try {
        return detail::with_status(detail::read_document(doc, limits.max_depth), http_status);
    } catch (...) {
        return detail::out_of_memory();
    }
}

/// Thrown by `from_json` (so by `j.get<plaid::error>()`) when the JSON is not
/// a Plaid error; `failure` says why.
class bad_error_json : public std::invalid_argument {
public:
    explicit bad_error_json(parse_failure why) : std::invalid_argument(why.message), failure(std::move(why)) {}
    parse_failure failure;
};

/// Every `PlaidError` member, raw strings as parsed; no value becomes null.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void to_json(BasicJson& j, const error& e) {
    j = BasicJson::object();
    j["error_type"] = e.type_name;
    j["error_code"] = e.code_name;
    detail::set_optional(j, "error_code_reason", e.error_code_reason);
    detail::set_optional(j, "error_message", e.error_message);
    detail::set_optional(j, "display_message", e.display_message);
    detail::set_optional(j, "request_id", e.request_id);
    j["causes"] = BasicJson::array();
    for (const auto& item : e.causes) j["causes"].push_back(BasicJson(item));
    detail::set_optional(j, "status", e.status);
    detail::set_optional(j, "documentation_url", e.documentation_url);
    detail::set_optional(j, "suggested_action", e.suggested_action);
    j["required_account_subtypes"] = e.required_account_subtypes;
    j["provided_account_subtypes"] = e.provided_account_subtypes;
}

template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void to_json(BasicJson& j, const cause& c) {
    to_json(j, static_cast<const error&>(c));
    detail::set_optional(j, "item_id", c.item_id);
}

/// Reads what `to_json` (or Plaid) wrote; throws `bad_error_json` otherwise.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void from_json(const BasicJson& j, error& e) {
    auto result = parse_error(j);
    if (!result) throw bad_error_json(result.failure());
    e = std::move(result).value();
}

template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void from_json(const BasicJson& j, cause& c) {
    if (!j.is_object()) throw bad_error_json(detail::not_object().failure());
    cause result;
    detail::error_fields fields(result, &result.item_id);
    if (auto problem = detail::read_object(j, fields)) throw bad_error_json(detail::to_failure(std::move(*problem)));
    c = std::move(result);
}

/// A code as its wire name; no code as null.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void to_json(BasicJson& j, code c) {
    if (c.is_known())
        j = std::string(c.name());
    else
        j = nullptr;
}

/// A taxonomy entry, as `plaid-errors list --json` prints it: every member
/// under its own name, lists as arrays, no value as null.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void to_json(BasicJson& j, const code_info& entry) {
    const auto text = [](std::string_view s) { return std::string(s); };
    const auto list = [&](const string_list& items) {
        auto out = BasicJson::array();
        for (auto item : items) out.push_back(text(item));
        return out;
    };
    const auto optional_text = [&](const std::optional<std::string_view>& s) {
        return s ? BasicJson(text(*s)) : BasicJson(nullptr);
    };
    j = BasicJson::object();
    j["name"] = text(entry.name);
    j["type"] = text(to_string(entry.type));
    j["http_status"] = entry.http_status;
    j["summary"] = text(entry.summary);
    j["causes"] = list(entry.causes);
    j["troubleshooting"] = list(entry.troubleshooting);
    j["user_messages"] = list(entry.user_messages);
    j["link_experience"] = text(entry.link_experience);
    j["sample_error_message"] = optional_text(entry.sample_error_message);
    j["sample_display_message"] = optional_text(entry.sample_display_message);
    j["sample_body_text"] = text(entry.sample_body_text);
    j["doc_url"] = text(entry.doc_url);
    j["endpoints"] = list(entry.endpoints);
    j["aliases"] = list(entry.aliases);
    j["plan"] = {{"who", text(to_string(entry.plan.who))},
                 {"retry", text(to_string(entry.plan.retry))},
                 {"link", text(to_string(entry.plan.link))},
                 {"remove_item", entry.plan.remove_item}};
}

}  // namespace errors_v1
}  // namespace plaid

namespace nlohmann {

/// Code enums convert by wire name, as `plaid::code` does, instead of by the
/// number nlohmann/json gives other enums; reading a name that is not one of
/// the enum's codes throws `std::invalid_argument`.
template <class Enum>
struct adl_serializer<Enum, std::enable_if_t<plaid::is_code_enum<Enum>::value>> {
    template <class BasicJson>
    static void to_json(BasicJson& j, Enum value) {
        plaid::to_json(j, plaid::code(value));
    }

    template <class BasicJson>
    static void from_json(const BasicJson& j, Enum& value) {
        const auto* name = j.template get_ptr<const typename BasicJson::string_t*>();
        const auto found = name ? plaid::to_code<Enum>(*name) : std::nullopt;
        if (!found) throw std::invalid_argument("not a code of " + std::string(plaid::to_string(plaid::code_enum<Enum>::type)));
        value = *found;
    }
};

}  // namespace nlohmann

#endif