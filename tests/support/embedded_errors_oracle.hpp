#ifndef PLAID_ERRORS_TESTS_EMBEDDED_ERRORS_ORACLE_HPP
#define PLAID_ERRORS_TESTS_EMBEDDED_ERRORS_ORACLE_HPP

#include <plaid/errors/embedded_errors.hpp>
#include <plaid/errors/json.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// What `plaid::find_errors` is to find in a body, worked out another way:
/// from the document nlohmann/json parses, walked with a stack, each
/// error read by `parse_error`'s document overload. The differential test
/// and the fuzz target hold `find_errors` to it.
namespace oracle {

using json = nlohmann::json;

/// One finding as both sides describe it, so that they compare as text.
struct finding {
    std::string what;  ///< `error`, `warning` or `malformed`
    std::string path;
    std::string detail;  ///< type, code, item id, status; or the warning's codes and cause; or the failure kind

    bool operator<(const finding& other) const {
        return std::tie(what, path, detail) < std::tie(other.what, other.path, other.detail);
    }
    bool operator==(const finding& other) const {
        return what == other.what && path == other.path && detail == other.detail;
    }
};

inline std::string describe_error(const plaid::error& e, const std::optional<std::string>& item_id) {
    return e.type_name + " " + e.code_name + " item=" + item_id.value_or("-") +
           " status=" + (e.status ? std::to_string(*e.status) : "-");
}

/// `find_errors`' findings as sorted text.
inline std::vector<finding> findings_of(const plaid::body_errors& found) {
    std::vector<finding> out;
    for (const auto& e : found.errors) out.push_back({"error", e.path, describe_error(e.error, e.item_id)});
    for (const auto& w : found.warnings)
        out.push_back({"warning", w.path,
                       w.type_name + " " + w.code_name + " cause=" + (w.cause ? describe_error(*w.cause, w.cause->item_id) : "-")});
    for (const auto& m : found.malformed) out.push_back({"malformed", m.path, std::string(to_string(m.failure.kind))});
    std::sort(out.begin(), out.end());
    return out;
}

/// Whether any object of the text has a member name twice, which the
/// document keeps once and `find_errors` walks each time.
inline bool has_duplicate_names(std::string_view body) {
    std::vector<std::set<std::string>> names;
    bool duplicate = false;
    const auto doc = json::parse(body, [&](int, json::parse_event_t event, json& parsed) {
        if (event == json::parse_event_t::object_start) names.emplace_back();
        if (event == json::parse_event_t::object_end) names.pop_back();
        if (event == json::parse_event_t::key && !names.back().insert(parsed.get<std::string>()).second) duplicate = true;
        return true;
    }, false);
    return duplicate && !doc.is_discarded();
}

inline bool is_error_object(const json& node) {
    return node.is_object() && node.contains("error_type") && node["error_type"].is_string() &&
           node.contains("error_code") && node["error_code"].is_string();
}

inline std::optional<std::string> string_member(const json& node, const char* name) {
    if (node.is_object() && node.contains(name) && node[name].is_string()) return node[name].get<std::string>();
    return std::nullopt;
}

/// The findings in `doc`, sorted; a name longer than the reader's is written empty, as `find_errors` writes it.
inline std::vector<finding> expected_findings(const json& doc) {
    struct pending {
        const json* node;
        std::string path;
        const json* holder;  ///< the nearest object around the node
    };
    std::vector<finding> out;
    if (is_error_object(doc)) return out;
    std::vector<pending> stack{{&doc, "", nullptr}};
    while (!stack.empty()) {
        const auto [node, path, holder] = stack.back();
        stack.pop_back();
        if (node != &doc && is_error_object(*node)) {
            const auto parsed = plaid::parse_error(*node);
            if (!parsed) {
                out.push_back({"malformed", path, std::string(to_string(parsed.failure().kind))});
                continue;
            }
            auto e = *parsed;
            if (!e.status && node->contains("http_code") && (*node)["http_code"].is_number_integer()) {
                const auto code = (*node)["http_code"];
                if (code.is_number_unsigned() ? code.get<std::uint64_t>() <= std::numeric_limits<int>::max()
                                              : code.get<std::int64_t>() >= std::numeric_limits<int>::min() &&
                                                    code.get<std::int64_t>() <= std::numeric_limits<int>::max())
                    e.status = static_cast<int>(code.get<std::int64_t>());
            }
            auto item_id = string_member(*node, "item_id");
            if (!item_id && holder) item_id = string_member(*holder, "item_id");
            out.push_back({"error", path, describe_error(e, item_id)});
            continue;
        }
        if (node->is_object()) {
            const auto type = string_member(*node, "warning_type"), code = string_member(*node, "warning_code");
            if (type && code) {
                std::string cause = "-";
                if (node->contains("cause") && is_error_object((*node)["cause"])) {
                    if (const auto parsed = plaid::parse_error((*node)["cause"])) {
                        // The cause's own fields, found again below as an error at `path.cause`.
                        std::string cause_path = path.empty() ? "cause" : path + ".cause";
                        cause = cause_path;
                    }
                }
                out.push_back({"warning", path, *type + " " + *code + " cause=" + cause});
            }
            for (auto it = node->begin(); it != node->end(); ++it) {
                const std::string name = it.key().size() > plaid::detail::json_reader::longest_name ? "" : it.key();
                stack.push_back({&it.value(), path.empty() ? name : path + "." + name, node});
            }
        } else if (node->is_array()) {
            for (std::size_t i = 0; i < node->size(); ++i)
                stack.push_back({&(*node)[i], path + "[" + std::to_string(i) + "]", holder});
        }
    }
    // A warning's cause is described by its path above: the error found there stands for it.
    for (auto& f : out) {
        if (f.what != "warning") continue;
        const auto at = f.detail.find(" cause=");
        const auto cause_path = f.detail.substr(at + 7);
        if (cause_path == "-") continue;
        for (const auto& e : out)
            if (e.what == "error" && e.path == cause_path) f.detail = f.detail.substr(0, at + 7) + e.detail;
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace oracle

#endif
