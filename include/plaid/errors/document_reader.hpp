#ifndef PLAID_ERRORS_DOCUMENT_READER_HPP
#define PLAID_ERRORS_DOCUMENT_READER_HPP

#include "detail/abi.hpp"

/// `parse_error` for a document nlohmann/json has parsed: the shape reader
/// over the document's nodes, so that a document and a body are read by the
/// same rules. json.hpp includes it.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "detail/json_reader.hpp"
#include "error.hpp"
#include "oauth_response.hpp"
#include "shape_reader.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {
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

}  // namespace detail

/// `parse_error` for a document already parsed by nlohmann/json (any
/// `basic_json` specialisation). `limits.max_body_bytes` does not apply.
template <class BasicJson, detail::enable_if_basic_json<BasicJson> = 0>
parse_result parse_error(const BasicJson& doc, std::optional<int> http_status = std::nullopt,
                         const parse_limits& limits = {}) noexcept {
    try {
        parse_result result(std::in_place);
        if (auto failure = detail::read_document(doc, limits, true, result.value())) {
            detail::oauth_probe oauth;
            if (failure->kind == parse_failure_kind::not_plaid_error && !detail::read_document(doc, limits, true, oauth) &&
                !oauth.error_type && !oauth.error_code)
                failure = detail::oauth_failure(oauth);
            result.emplace_failure(std::move(*failure));
        } else if (http_status)
            result->status = http_status;
        return result;
    } catch (...) {
        return detail::out_of_memory();
    }
}

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
