#ifndef PLAID_ERRORS_JSON_HPP
#define PLAID_ERRORS_JSON_HPP

/// nlohmann/json conversions for the error types and the taxonomy, and
/// `parse_error` for a document nlohmann/json has parsed; includes
/// <plaid/errors/parse.hpp>, so `parse_error(body)` too. The only public
/// header that includes nlohmann/json.

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

#include "body_fields.hpp"
#include "code.hpp"
#include "code_info.hpp"
#include "error.hpp"
#include "error_type.hpp"
#include "parse.hpp"
#include "string_list.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

template <class T>
using enable_if_basic_json = std::enable_if_t<nlohmann::detail::is_basic_json<T>::value, int>;

inline parse_result with_status(parse_result result, std::optional<int> http_status) noexcept {
    if (result && http_status) result.value().status = http_status;
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

/// Whether the `causes` of an object at cause level `level` nest deeper than
/// `max_cause_depth`. It recurses only up to that bound, and `read_object`,
/// which recurses per level, then runs only on documents within it.
template <class BasicJson>
bool causes_deeper_than_allowed(const BasicJson& object, std::size_t level = 0) {
    const auto causes = object.find("causes");
    if (causes == object.end() || !causes->is_array()) return false;
    for (const auto& cause : *causes) {
        if (!cause.is_object()) continue;
        if (level + 1 > max_cause_depth || causes_deeper_than_allowed(cause, level + 1)) return true;
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

/// `parse_error` for a document already parsed by nlohmann/json (any
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
    if (!j.is_object()) throw bad_error_json(detail::not_object());
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