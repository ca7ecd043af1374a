#ifndef PLAID_ERRORS_JSON_HPP
#define PLAID_ERRORS_JSON_HPP

/// nlohmann/json conversions for the error types and the taxonomy, and
/// `parse_error` for a document nlohmann/json has parsed; includes
/// <plaid/errors/parse.hpp>, so `parse_error(body)` too.

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
#include "error.hpp"
#include "detail/json_reader.hpp"
#include "error_type.hpp"
#include "members.hpp"
#include "parse.hpp"
#include "shape_reader.hpp"
#include "string_list.hpp"

namespace plaid {
inline namespace errors_v1 {
namespace detail {

template <class T>
using enable_if_basic_json = std::enable_if_t<nlohmann::detail::is_basic_json<T>::value, int>;

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

/// A document's node as a source of `shape_reader`, which reads it as it
/// reads a body: every member of an object in order, so the duplicates an
/// `ordered_json` may hold too.
template <class BasicJson>
class document_node {
public:
    using item = json_reader::item;
    using json_type = json_reader::json_type;

    explicit document_node(const BasicJson& node) noexcept : node_(node) {}

    json_type type() const noexcept {
        if (node_.is_null()) return json_type::null;
        if (node_.is_string()) return json_type::string;
        if (node_.is_number()) return json_type::number;
        if (node_.is_object()) return json_type::object;
        return node_.is_array() ? json_type::array : json_type::other;
    }
    static bool null() noexcept { return true; }
    bool string(std::string& out) const {
        const auto& text = node_.template get_ref<const typename BasicJson::string_t&>();
        out.assign(text.data(), text.size());
        return true;
    }
    /// As the body reader finds it: an integer when nlohmann/json stored one that fits 64 signed bits.
    bool number(std::int64_t* value, bool& is_integer) const noexcept {
        is_integer = node_.is_number_integer() && (!node_.is_number_unsigned() ||
                                                   node_.template get<std::uint64_t>() <= std::numeric_limits<std::int64_t>::max());
        if (is_integer) *value = node_.template get<std::int64_t>();
        return true;
    }
    template <class OnMember>
    bool members(OnMember&& on_member) const {
        for (auto it = node_.begin(); it != node_.end(); ++it) {
            document_node value(it.value());
            if (on_member(std::string_view(it.key().data(), it.key().size()), value) == item::stop) return false;
        }
        return true;
    }
    template <class OnElement>
    bool elements(OnElement&& on_element) const {
        std::size_t index = 0;
        for (const auto& element : node_) {
            document_node value(element);
            if (on_element(value, index++) == item::stop) return false;
        }
        return true;
    }
    /// Documents deeper than `max_depth` are refused before they are read.
    static bool has_room_for_a_level() noexcept { return true; }

private:
    const BasicJson& node_;
};

/// The value of shape `T` a document holds, or why there is none; `top`: the
/// document is a whole body, as for `parse_error`.
template <class T, class BasicJson>
std::optional<parse_failure> read_document(const BasicJson& doc, const parse_limits& limits, bool top, T& out) {
    if (deeper_than(doc, limits.max_depth)) return too_deep(limits.max_depth);
    if (!doc.is_object()) return not_object();
    member_fill fill(table_for<T>::table, &out, top);
    document_node<BasicJson> root(doc);
    shape_reader<document_node<BasicJson>>(limits).object(root, fill, 0);
    if (auto problem = fill.finish()) return std::move(*problem).to_failure();
    return std::nullopt;
}

/// A member's value as JSON: no value as null, an object array's elements by their own tables.
template <class BasicJson>
BasicJson member_json(const std::string& value) {
    return value;
}
template <class BasicJson, class Value>
BasicJson member_json(const std::optional<Value>& value) {
    return value ? BasicJson(*value) : BasicJson(nullptr);
}
template <class BasicJson, class Element>
BasicJson member_json(const std::vector<Element>& items) {
    auto array = BasicJson::array();
    for (const auto& item : items) array.push_back(BasicJson(item));
    return array;
}

}  // namespace detail

/// `parse_error` for a document already parsed by nlohmann/json (any
/// `basic_json` specialisation). `limits.max_body_bytes` does not apply.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
parse_result parse_error(const BasicJson& doc, std::optional<int> http_status = std::nullopt,
                         const parse_limits& limits = {}) noexcept {
    try {
        parse_result result(std::in_place);
        if (auto failure = detail::read_document(doc, limits, true, result.value()))
            result.emplace_failure(std::move(*failure));
        else if (http_status)
            result->status = http_status;
        return result;
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

/// Every member of an error or a cause, by its table, raw strings as parsed;
/// no value becomes null.
template <class BasicJson, class T, detail::enable_if_basic_json<BasicJson> = 0,
          std::enable_if_t<std::is_same_v<T, error> || std::is_same_v<T, cause>, int> = 0>
void to_json(BasicJson& j, const T& value) {
    j = BasicJson::object();
    for_each_member<T>([&](const auto& row) { j[std::string(row.name)] = detail::member_json<BasicJson>(value.*row.pointer); });
}

/// Reads what `to_json` (or Plaid) wrote; throws `bad_error_json` otherwise.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void from_json(const BasicJson& j, error& e) {
    auto result = parse_error(j);
    if (!result) throw bad_error_json(result.failure());
    e = std::move(result).value();
}

/// A cause alone: a missing `error_type` or `error_code` is a wrong field type, as inside a body.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
void from_json(const BasicJson& j, cause& c) {
    cause result;
    if (auto failure = detail::read_document(j, {}, false, result)) throw bad_error_json(std::move(*failure));
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