/// Differential fuzz target for `plaid::parse_error`, with nlohmann/json's DOM
/// parser and the library's DOM overload as the oracle:
/// - where nlohmann/json rejects a body, the library fails as `not_json` with
///   an offset within the body, or as `too_deep` (the nesting limit met first),
///   `nul_byte` or `empty_body`, naming no field;
/// - where nlohmann/json accepts a body, the library's result equals
///   `parse_error(document)`: the same error, or a failure of the same kind
///   naming the same field;
/// - where the library accepts a body, every field has the value the document
///   holds, and every failure on a body nlohmann/json accepts is justified by
///   the document (depth, top-level type, the named field's type);
/// - `plaid::parse_transfer_failure` is held to the same oracle;
/// - `parse_any_error` agrees with `parse_error`, and an `oauth_response`
///   failure is a document with a string `error` and neither PlaidError member;
/// - `find_errors` fails where nlohmann/json does, and on a document without
///   duplicate names finds what a walk of the document finds.
/// - the same body is also read as a webhook (`parse_webhook`, judged by the
///   oracle of tests/support/webhook_oracle.hpp), as a nullable error and as an
///   `/item/get` response;
/// - and as a Link exit in each form (`parse_link_exit`, `parse_link_sdk_exit`,
///   `parse_any_link_exit`), judged by tests/support/link_exit_oracle.hpp.
/// A disagreement aborts, so libFuzzer keeps the input.
#include <plaid/errors.hpp>
#include <plaid/errors/item_health.hpp>
#include <plaid/errors/json.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "../support/embedded_errors_oracle.hpp"
#include "../support/link_exit_oracle.hpp"
#include "../support/transfer_failure_oracle.hpp"
#include "../support/webhook_oracle.hpp"

namespace {

using json = nlohmann::json;
using plaid::parse_failure_kind;

std::string_view current_body;

[[noreturn]] void mismatch(const std::string& what) {
    std::fprintf(stderr, "differential mismatch: %s\nbody (%zu bytes): %.*s\n", what.c_str(), current_body.size(),
                 static_cast<int>(current_body.size() > 2000 ? 2000 : current_body.size()), current_body.data());
    std::abort();
}

void expect(bool condition, const std::string& what) {
    if (!condition) mismatch(what);
}

std::string describe(const plaid::parse_result& result) {
    if (result) return "parsed " + result->type_name + "/" + result->code_name;
    const auto& failure = result.failure();
    return "failure " + std::to_string(static_cast<int>(failure.kind)) + " field '" + failure.field + "': " +
           failure.message;
}

/// How deep `causes` nest: objects in a `causes` array of an object, however deep. No recursion.
std::size_t cause_depth_of(const json& root) {
    std::size_t deepest = 0;
    std::vector<std::pair<const json*, std::size_t>> pending{{&root, 0}};
    while (!pending.empty()) {
        const auto [node, level] = pending.back();
        pending.pop_back();
        if (level > deepest) deepest = level;
        if (!node->is_object()) continue;
        const auto causes = node->find("causes");
        if (causes == node->end() || !causes->is_array()) continue;
        for (const auto& cause : *causes)
            if (cause.is_object()) pending.emplace_back(&cause, level + 1);
    }
    return deepest;
}

/// Nesting depth as nlohmann/json counts it: a scalar is 0, `{}` and `[]` are 1. No recursion.
std::size_t depth_of(const json& root) {
    std::size_t deepest = 0;
    std::vector<std::pair<const json*, std::size_t>> pending{{&root, root.is_structured() ? 1 : 0}};
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (depth > deepest) deepest = depth;
        if (!node->is_structured()) continue;
        for (const auto& child : *node)
            if (child.is_structured()) pending.emplace_back(&child, depth + 1);
    }
    return deepest;
}

std::optional<std::string> optional_string(const json& object, const char* name) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return std::nullopt;
    expect(it->is_string(), std::string("accepted a non-string ") + name);
    return it->get<std::string>();
}

std::optional<int> optional_int(const json& object, const char* name) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return std::nullopt;
    expect(it->is_number_integer(), std::string("accepted a non-integer ") + name);
    if (it->is_number_unsigned()) {
        const auto value = it->get<std::uint64_t>();
        expect(value <= static_cast<std::uint64_t>(std::numeric_limits<int>::max()), "accepted an out-of-range status");
        return static_cast<int>(value);
    }
    const auto value = it->get<std::int64_t>();
    expect(value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max(),
           "accepted an out-of-range status");
    return static_cast<int>(value);
}

std::vector<std::string> string_array(const json& object, const char* name) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return {};
    expect(it->is_array(), std::string("accepted a non-array ") + name);
    std::vector<std::string> items;
    for (const auto& item : *it) {
        expect(item.is_string(), std::string("accepted a non-string element of ") + name);
        items.push_back(item.get<std::string>());
    }
    return items;
}

/// The code is the pair's when the taxonomy documents it, else the one code
/// the string names under any type, and it names `code_name` (or an alias).
void check_code(const plaid::error& parsed) {
    auto documented = plaid::to_code(parsed.type, parsed.code_name);
    expect(documented == plaid::to_code(parsed.type_name, parsed.code_name), "code by type enum vs by type string");
    if (!documented) documented = plaid::to_code(parsed.code_name);
    expect(parsed.code == documented, "code differs");
    if (!parsed.code) return;
    const auto entry = plaid::info(*parsed.code);
    bool named = entry.name == parsed.code_name;
    for (auto alias : entry.aliases) named = named || alias == parsed.code_name;
    expect(named, "the code does not name error_code");
    expect(parsed.documented_pair() == (entry.type == parsed.type), "documented_pair");
}

/// The kind `T`'s table gives member `name`; none for a name it does not list.
template <class T>
std::optional<plaid::json_kind> kind_of(std::string_view name) {
    std::optional<plaid::json_kind> kind;
    plaid::with_member<T>(plaid::find_member<T>(name), [&](const auto& row) { kind = row.kind; });
    return kind;
}

/// The parsed value holds exactly what the document says, member by member of its table, each
/// read back from the document by nlohmann/json.
template <class T>
void check_fields(const T& parsed, const json& object, std::optional<int> http_status) {
    expect(object.is_object(), "accepted a non-object");
    plaid::for_each_member<T>([&](const auto& row) {
        const std::string name(row.name);
        const auto& value = parsed.*row.pointer;
        using value_type = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<value_type, std::string>) {
            const auto it = object.find(name);
            expect(it != object.end() && it->is_string(), "accepted without a string " + name);
            expect(value == it->template get<std::string>(), name + " differs");
        } else if constexpr (std::is_same_v<value_type, std::optional<std::string>>) {
            expect(value == optional_string(object, name.c_str()), name + " differs");
        } else if constexpr (std::is_same_v<value_type, std::optional<int>>) {
            const auto in_body = optional_int(object, name.c_str());
            expect(value == (http_status ? http_status : in_body), name + " differs");
        } else if constexpr (std::is_same_v<value_type, std::vector<std::string>>) {
            expect(value == string_array(object, name.c_str()), name + " differs");
        } else {
            const auto items = object.find(name);
            if (items == object.end() || items->is_null()) return expect(value.empty(), name + " from nothing");
            expect(items->is_array(), "accepted a non-array " + name);
            expect(value.size() == items->size(), name + " count differs");
            for (std::size_t i = 0; i < value.size(); ++i) check_fields(value[i], (*items)[i], std::nullopt);
        }
    });
    expect(parsed.type == plaid::to_error_type(parsed.type_name).value_or(plaid::error_type::unknown), "type enum");
    check_code(parsed);
}

/// Whether the JSON type of `value` is one the named member does not allow.
bool wrong_type(std::string_view name, const json* value, bool in_cause) {
    const auto kind = in_cause ? kind_of<plaid::cause>(name) : kind_of<plaid::error>(name);
    expect(kind.has_value(), "failure names a member of no table: " + std::string(name));
    if (*kind == plaid::json_kind::string) return !value || !value->is_string();
    if (!value || value->is_null()) return false;
    switch (*kind) {
        case plaid::json_kind::integer: {
            if (value->is_number_unsigned())
                return value->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<int>::max());
            if (!value->is_number_integer()) return true;
            const auto number = value->get<std::int64_t>();
            return number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max();
        }
        case plaid::json_kind::string_array:
        case plaid::json_kind::object_array: return !value->is_array();
        default: return !value->is_string();
    }
}

/// Follows a failure's field path (`causes[1].status`, `required_account_subtypes[0]`)
/// through the document and checks that what it names is really wrong there.
void check_field_path(const json& root, const std::string& path) {
    const json* object = &root;
    bool in_cause = false;
    std::string_view rest = path;
    while (true) {
        const auto dot = rest.find('.');
        const auto segment = rest.substr(0, dot);
        const auto bracket = segment.find('[');
        const auto name = segment.substr(0, bracket);
        const auto member = object->find(std::string(name));
        const json* value = member == object->end() ? nullptr : &*member;
        if (bracket == std::string_view::npos) {
            expect(dot == std::string_view::npos, "a path continues after a plain member: " + path);
            expect(wrong_type(name, value, in_cause), "failure names a field that is fine: " + path);
            return;
        }
        expect(value && value->is_array(), "failure indexes a non-array: " + path);
        const auto index = std::stoul(std::string(segment.substr(bracket + 1)));
        expect(index < value->size(), "failure indexes past the end: " + path);
        const auto& element = (*value)[index];
        if (dot == std::string_view::npos) {
            const bool causes = kind_of<plaid::error>(name) == plaid::json_kind::object_array;
            const bool element_wrong = causes ? !element.is_object() : !element.is_string();
            expect(element_wrong, "failure names an element that is fine: " + path);
            return;
        }
        expect(kind_of<plaid::error>(name) == plaid::json_kind::object_array && element.is_object(),
               "failure descends into a non-cause: " + path);
        object = &element;
        in_cause = true;
        rest = rest.substr(dot + 1);
    }
}

/// Two outcomes of the same body agree: equal errors, or failures of the same kind and field.
void check_same_outcome(const plaid::parse_result& a, const plaid::parse_result& b, const char* what) {
    expect(a.has_value() == b.has_value(), std::string(what) + ": " + describe(a) + " vs " + describe(b));
    if (a) {
        expect(*a == *b, std::string(what) + ": parsed values differ");
        return;
    }
    expect(a.failure().kind == b.failure().kind && a.failure().field == b.failure().field,
           std::string(what) + ": " + describe(a) + " vs " + describe(b));
}

void check_failure_is_well_formed(const plaid::parse_result& result, std::string_view body) {
    if (result) return;
    const auto& failure = result.failure();
    expect(!failure.message.empty(), "failure without a message");
    expect(!failure.offset || *failure.offset <= body.size(), "failure offset past the end");
    const bool names_field = failure.kind == parse_failure_kind::not_plaid_error ||
                             failure.kind == parse_failure_kind::wrong_field_type || failure.kind == parse_failure_kind::oauth_response;
    expect(names_field == !failure.field.empty(), "field named for the wrong kind: " + describe(result));
}

/// The transfer failure reader follows the same rules: on a body that is no
/// JSON object within the limits it fails in the words of `parse_error`; on
/// one that is, each member is what the document holds, or the first member
/// of the wrong type is named.
void check_transfer_failure(std::string_view body, const plaid::parse_result& error, const json& doc,
                            const plaid::parse_limits& limits) {
    const auto transfer = plaid::parse_transfer_failure(body, limits);
    if (doc.is_discarded() || !doc.is_object() || body.find('\0') != std::string_view::npos ||
        body.size() > limits.max_body_bytes || depth_of(doc) > limits.max_depth) {
        expect(!transfer, "the transfer reader accepted a body that is no JSON object within the limits");
        if (!error) {
            expect(transfer.failure().kind == error.failure().kind && transfer.failure().message == error.failure().message,
                   "the transfer reader and parse_error fail differently: " + transfer.failure().message + " vs " +
                       describe(error));
        }
        return;
    }
    const auto [expected, wrong] = transfer_oracle::expected_from(doc);
    if (wrong) {
        expect(!transfer && transfer.failure().kind == parse_failure_kind::wrong_field_type && transfer.failure().field == *wrong,
               "the transfer reader does not name " + *wrong);
    } else {
        expect(transfer && *transfer == expected, "the transfer reader differs from the document");
    }
}

/// The webhook and Link exit readers agree with their oracles; the nullable-error reader is
/// `parse_error` but for a null body; the `/item/get` reader fails well.
void check_other_entry_points(std::string_view body, const plaid::parse_result& as_error, const json& doc) {
    webhook_oracle::tally seen;
    const auto webhook_problem = webhook_oracle::disagreement(body, seen);
    expect(webhook_problem.empty(), "parse_webhook: " + webhook_problem);
    if (const auto w = plaid::parse_webhook(body)) (void)plaid::item_health_of(*w);

    const auto nullable = plaid::parse_nullable_error(body);
    // As nlohmann reads it (a byte order mark and whitespace may surround it), but whole: nlohmann
    // ends its input at a NUL byte, which every reader of the library refuses.
    const bool is_null = doc.is_null() && body.find('\0') == std::string_view::npos;
    if (is_null) {
        expect(nullable && !*nullable, "a null body is not no error");
    } else if (as_error) {
        expect(nullable && *nullable && **nullable == *as_error, "parse_nullable_error differs from parse_error");
    } else {
        expect(!nullable && nullable.failure().kind == as_error.failure().kind && nullable.failure().field == as_error.failure().field,
               "parse_nullable_error fails otherwise than parse_error: " + describe(as_error));
    }

    const auto health = plaid::item_health_of_item_get(body);
    expect(health || !health.failure().message.empty(), "an /item/get failure without a message");

    link_exit_oracle::tally exits;
    const auto snake_problem = link_exit_oracle::disagreement(body, exits);
    expect(snake_problem.empty(), "parse_link_exit: " + snake_problem);
    const auto camel_problem = link_exit_oracle::sdk_disagreement(body, exits);
    expect(camel_problem.empty(), "parse_link_sdk_exit: " + camel_problem);
    const auto any_problem = link_exit_oracle::any_disagreement(body);
    expect(any_problem.empty(), "parse_any_link_exit: " + any_problem);
}

}  // namespace

/// `parse_any_error` holds what `parse_error` gives, or for an `oauth_response` failure the OAuth error.
void check_any_error(std::string_view body, const plaid::parse_result& result) {
    const auto any = plaid::parse_any_error(body);
    if (result) {
        const auto* e = std::get_if<plaid::error>(&any);
        expect(e && *e == *result, "parse_any_error differs on a Plaid error");
    } else if (result.failure().kind == parse_failure_kind::oauth_response) {
        const auto* oauth = std::get_if<plaid::oauth_error_response>(&any);
        expect(oauth && oauth->code == plaid::to_oauth_error_code(oauth->error), "parse_any_error misses an OAuth error");
    } else {
        const auto* failure = std::get_if<plaid::parse_failure>(&any);
        expect(failure && failure->kind == result.failure().kind && failure->field == result.failure().field,
               "parse_any_error fails otherwise than parse_error: " + describe(result));
    }
}

/// `find_errors` fails where the document does not hold, and finds what the document's walk finds.
void check_find_errors(std::string_view body, const json& doc, const plaid::parse_limits& limits) {
    const auto found = plaid::find_errors(body);
    if (doc.is_discarded() || body.find('\0') != std::string_view::npos) {
        expect(!found, "find_errors read a body nlohmann/json rejects");
        return;
    }
    if (!found) {
        const auto kind = found.failure().kind;
        expect((kind == parse_failure_kind::too_deep && depth_of(doc) > limits.max_depth) ||
                   kind == parse_failure_kind::too_many_elements || kind == parse_failure_kind::body_too_large,
               "find_errors refused valid JSON: " + found.failure().message);
        return;
    }
    expect(depth_of(doc) <= limits.max_depth, "find_errors read a body nested past the limit");
    if (oracle::has_duplicate_names(body)) return;
    expect(oracle::findings_of(*found) == oracle::expected_findings(doc), "find_errors differs from the document's walk");
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    current_body = body;
    const plaid::parse_limits limits;

    const auto result = plaid::parse_error(body);
    check_failure_is_well_formed(result, body);
    check_any_error(body, result);
    const auto doc = json::parse(body, nullptr, false);
    check_other_entry_points(body, result, doc);
    check_transfer_failure(body, result, doc, limits);
    check_find_errors(body, doc, limits);
    if (doc.is_discarded()) {
        expect(!result, "accepted a body nlohmann/json rejects");
        const auto& failure = result.failure();
        switch (failure.kind) {
            case parse_failure_kind::not_json: expect(failure.offset.has_value(), "not_json without an offset"); break;
            case parse_failure_kind::nul_byte:
                expect(failure.offset == body.find('\0'), "nul_byte at the wrong offset");
                break;
            case parse_failure_kind::empty_body:
                expect(body.find_first_not_of(" \t\n\r") == std::string_view::npos, "empty_body on a non-empty body");
                break;
            case parse_failure_kind::too_deep: break;
            case parse_failure_kind::body_too_large:
                expect(body.size() > limits.max_body_bytes, "body_too_large on a small body");
                break;
            default: mismatch("a body nlohmann/json rejects fails as if it were JSON: " + describe(result));
        }
        return 0;
    }

    const bool has_nul = body.find('\0') != std::string_view::npos;
    if (has_nul) {
        // nlohmann/json stops at a NUL byte that ends a number; the library refuses every NUL.
        expect(!result && result.failure().kind == parse_failure_kind::nul_byte, "NUL byte not refused");
        return 0;
    }

    const bool too_deep = depth_of(doc) > limits.max_depth || cause_depth_of(doc) > plaid::max_cause_depth;
    check_same_outcome(result, plaid::parse_error(doc), "string vs DOM overload");
    if (result) {
        expect(!too_deep, "accepted a body nested past the limit");
        check_fields(*result, doc, std::nullopt);
        const auto with_transport_status = plaid::parse_error(body, 418);
        expect(with_transport_status.has_value(), "the transport status changes the outcome");
        check_fields(*with_transport_status, doc, 418);
        return 0;
    }

    const auto& failure = result.failure();
    switch (failure.kind) {
        case parse_failure_kind::too_deep: expect(too_deep, "too_deep on a shallow body"); break;
        case parse_failure_kind::not_object:
            expect(!too_deep && !doc.is_object(), "not_object on an object");
            break;
        case parse_failure_kind::not_plaid_error:
            expect(!too_deep && doc.is_object(), "not_plaid_error on a non-object");
            expect(failure.field == "error_type" || failure.field == "error_code", "not_plaid_error names " + failure.field);
            check_field_path(doc, failure.field);
            break;
        case parse_failure_kind::oauth_response:
            expect(!too_deep && doc.is_object() && doc.contains("error") && doc["error"].is_string(),
                   "oauth_response without a string error");
            for (const char* member : {"error_type", "error_code"})
                expect(!doc.contains(member) || doc[member].is_null(), "oauth_response on a body with " + std::string(member));
            break;
        case parse_failure_kind::wrong_field_type:
            expect(!too_deep && doc.is_object(), "wrong_field_type on a non-object");
            check_field_path(doc, failure.field);
            break;
        default: mismatch("valid JSON refused: " + describe(result));
    }
    return 0;
}
