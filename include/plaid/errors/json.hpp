#ifndef PLAID_ERRORS_JSON_HPP
#define PLAID_ERRORS_JSON_HPP

#include "detail/abi.hpp"

/// nlohmann/json conversions for the error types and the taxonomy; includes
/// <plaid/errors/document_reader.hpp>, `parse_error` for a document
/// nlohmann/json has parsed, and <plaid/errors/parse.hpp>, so
/// `parse_error(body)` too.

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
#include "document_reader.hpp"
#include "error.hpp"
#include "error_type.hpp"
#include "members.hpp"
#include "parse.hpp"
#include "string_list.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
namespace detail {

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
                 {"remove_item", entry.plan.remove_item},
                 {"user_acts_first", entry.plan.user_acts_first},
                 {"next", text(to_string(entry.plan.next))},
                 {"next_call", text(entry.plan.next_call)}};
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
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