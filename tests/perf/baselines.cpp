#include "baselines.hpp"

#include <fstream>
#include <iterator>
#include <limits>
#include <utility>

#include <nlohmann/json.hpp>

#ifdef PLAID_PERF_HAVE_SIMDJSON
#include <simdjson.h>
#endif

namespace plaid_perf {

std::optional<plaid::code> documented_code(plaid::error_type type, std::string_view name) noexcept {
    if (auto c = plaid::to_code(type, name)) return c;
    return plaid::to_code(name);
}

namespace {

using nlohmann::json;

/// Absent and null both leave the field empty; any other non-string is an error.
bool extract_optional_string(const json& object, const char* key, std::optional<std::string>& out) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return true;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return true;
}

bool extract_string_array(const json& object, const char* key, std::vector<std::string>& out) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return true;
    if (!it->is_array()) return false;
    for (const auto& item : *it) {
        if (!item.is_string()) return false;
        out.push_back(item.get<std::string>());
    }
    return true;
}

bool extract_error(const json& object, plaid::error& out);

bool extract_causes(const json& object, std::vector<plaid::cause>& out) {
    auto it = object.find("causes");
    if (it == object.end() || it->is_null()) return true;
    if (!it->is_array()) return false;
    for (const auto& item : *it) {
        plaid::cause cause;
        if (!extract_error(item, cause) || !extract_optional_string(item, "item_id", cause.item_id)) return false;
        out.push_back(std::move(cause));
    }
    return true;
}

bool extract_error(const json& object, plaid::error& out) {
    if (!object.is_object()) return false;
    auto type = object.find("error_type");
    auto code = object.find("error_code");
    if (type == object.end() || !type->is_string() || code == object.end() || !code->is_string()) return false;
    out.type_name = type->get<std::string>();
    out.type = plaid::to_error_type(out.type_name).value_or(plaid::error_type::unknown);
    out.code_name = code->get<std::string>();
    out.code = documented_code(out.type, out.code_name);
    auto status = object.find("status");
    if (status != object.end() && !status->is_null()) {
        if (!status->is_number_integer()) return false;
        out.status = status->get<int>();
    }
    return extract_optional_string(object, "error_code_reason", out.error_code_reason) &&
           extract_optional_string(object, "error_message", out.error_message) &&
           extract_optional_string(object, "display_message", out.display_message) &&
           extract_optional_string(object, "request_id", out.request_id) &&
           extract_optional_string(object, "documentation_url", out.documentation_url) &&
           extract_optional_string(object, "suggested_action", out.suggested_action) &&
           extract_string_array(object, "required_account_subtypes", out.required_account_subtypes) &&
           extract_string_array(object, "provided_account_subtypes", out.provided_account_subtypes) &&
           extract_causes(object, out.causes);
}

}  // namespace

std::optional<plaid::error> nlohmann_hand_extract(const json& body) {
    plaid::error parsed;
    if (!extract_error(body, parsed)) return std::nullopt;
    return parsed;
}

std::optional<plaid::error> nlohmann_hand_parse(std::string_view body) {
    auto document = json::parse(body, nullptr, false);
    if (document.is_discarded()) return std::nullopt;
    return nlohmann_hand_extract(document);
}

#ifdef PLAID_PERF_HAVE_SIMDJSON

namespace {

namespace ondemand = simdjson::ondemand;

bool read_optional_string(ondemand::value value, std::optional<std::string>& out) {
    ondemand::json_type type;
    if (value.type().get(type)) return false;
    if (type == ondemand::json_type::null) return true;
    std::string_view text;
    if (value.get_string().get(text)) return false;
    out.emplace(text);
    return true;
}

bool read_string(ondemand::value value, std::string& out) {
    std::string_view text;
    if (value.get_string().get(text)) return false;
    out.assign(text);
    return true;
}

bool read_string_array(ondemand::value value, std::vector<std::string>& out) {
    ondemand::json_type type;
    if (value.type().get(type)) return false;
    if (type == ondemand::json_type::null) return true;
    ondemand::array array;
    if (value.get_array().get(array)) return false;
    for (auto item : array) {
        std::string_view text;
        if (item.get_string().get(text)) return false;
        out.emplace_back(text);
    }
    return true;
}

bool read_error(ondemand::object object, plaid::error& out, std::optional<std::string>* item_id);

bool read_causes(ondemand::value value, std::vector<plaid::cause>& out) {
    ondemand::json_type type;
    if (value.type().get(type)) return false;
    if (type == ondemand::json_type::null) return true;
    ondemand::array array;
    if (value.get_array().get(array)) return false;
    for (auto item : array) {
        ondemand::object object;
        if (item.get_object().get(object)) return false;
        plaid::cause cause;
        if (!read_error(object, cause, &cause.item_id)) return false;
        out.push_back(std::move(cause));
    }
    return true;
}

/// One pass over the members in body order, the fastest way on-demand allows.
bool read_error(ondemand::object object, plaid::error& out, std::optional<std::string>* item_id) {
    bool has_type = false;
    bool has_code = false;
    for (auto field : object) {
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) || field.value().get(value)) return false;
        bool ok = true;
        if (key == "error_type") {
            ok = has_type = read_string(value, out.type_name);
            out.type = plaid::to_error_type(out.type_name).value_or(plaid::error_type::unknown);
        } else if (key == "error_code") {
            ok = has_code = read_string(value, out.code_name);
        } else if (key == "error_code_reason") {
            ok = read_optional_string(value, out.error_code_reason);
        } else if (key == "error_message") {
            ok = read_optional_string(value, out.error_message);
        } else if (key == "display_message") {
            ok = read_optional_string(value, out.display_message);
        } else if (key == "request_id") {
            ok = read_optional_string(value, out.request_id);
        } else if (key == "documentation_url") {
            ok = read_optional_string(value, out.documentation_url);
        } else if (key == "suggested_action") {
            ok = read_optional_string(value, out.suggested_action);
        } else if (key == "status") {
            ondemand::json_type type;
            ok = !value.type().get(type);
            if (ok && type != ondemand::json_type::null) {
                std::int64_t status = 0;
                ok = !value.get_int64().get(status) && status >= std::numeric_limits<int>::min() &&
                     status <= std::numeric_limits<int>::max();
                if (ok) out.status = static_cast<int>(status);
            }
        } else if (key == "required_account_subtypes") {
            ok = read_string_array(value, out.required_account_subtypes);
        } else if (key == "provided_account_subtypes") {
            ok = read_string_array(value, out.provided_account_subtypes);
        } else if (key == "causes") {
            ok = read_causes(value, out.causes);
        } else if (item_id && key == "item_id") {
            ok = read_optional_string(value, *item_id);
        }
        if (!ok) return false;
    }
    out.code = documented_code(out.type, out.code_name);
    return has_type && has_code;
}

}  // namespace

struct simdjson_ondemand::state {
    ondemand::parser parser;
    std::vector<simdjson::padded_string> bodies;
};

bool simdjson_ondemand::available() noexcept { return true; }

std::string simdjson_ondemand::kernel() { return std::string(simdjson::builtin_implementation()->name()); }

simdjson_ondemand::simdjson_ondemand() : state_(std::make_unique<state>()) {}

std::size_t simdjson_ondemand::add_body(std::string_view body) {
    state_->bodies.emplace_back(body);
    return state_->bodies.size() - 1;
}

/// Validates what it reads, as on-demand does; simdjson 3.0 has no check for
/// bytes after the top-level object, so none is made.
std::optional<plaid::error> simdjson_ondemand::parse(std::size_t body) noexcept {
    try {
        ondemand::document document;
        if (state_->parser.iterate(state_->bodies[body]).get(document)) return std::nullopt;
        ondemand::object object;
        if (document.get_object().get(object)) return std::nullopt;
        plaid::error parsed;
        if (!read_error(object, parsed, nullptr)) return std::nullopt;
        return parsed;
    } catch (const std::bad_alloc&) {
        return std::nullopt;
    }
}

#else

struct simdjson_ondemand::state {};

bool simdjson_ondemand::available() noexcept { return false; }

std::string simdjson_ondemand::kernel() { return "none"; }

simdjson_ondemand::simdjson_ondemand() = default;

std::size_t simdjson_ondemand::add_body(std::string_view) { return 0; }

std::optional<plaid::error> simdjson_ondemand::parse(std::size_t) noexcept { return std::nullopt; }

#endif

simdjson_ondemand::~simdjson_ondemand() = default;

namespace {

/// The value decides, not how the parser grew the object: a string owns a
/// block when its length exceeds what an empty string holds in place (the
/// small-string buffer), a vector when it holds an element. Spare capacity a
/// parser leaves behind is its own cost, which the allocation count shows.
bool on_heap(const std::string& text) noexcept { return text.size() > std::string().capacity(); }

std::size_t owned_heap_blocks(const std::optional<std::string>& text) noexcept {
    return text && on_heap(*text) ? 1 : 0;
}

std::size_t owned_heap_blocks(const std::vector<std::string>& list) noexcept {
    std::size_t blocks = list.empty() ? 0 : 1;
    for (const auto& text : list) blocks += on_heap(text) ? 1 : 0;
    return blocks;
}

}  // namespace

std::size_t owned_heap_blocks(const plaid::error& error) noexcept {
    std::size_t blocks = (on_heap(error.type_name) ? 1 : 0) + (on_heap(error.code_name) ? 1 : 0) +
                         owned_heap_blocks(error.error_code_reason) + owned_heap_blocks(error.error_message) +
                         owned_heap_blocks(error.display_message) + owned_heap_blocks(error.request_id) +
                         owned_heap_blocks(error.documentation_url) + owned_heap_blocks(error.suggested_action) +
                         owned_heap_blocks(error.required_account_subtypes) +
                         owned_heap_blocks(error.provided_account_subtypes);
    if (!error.causes.empty()) ++blocks;
    for (const auto& cause : error.causes) blocks += owned_heap_blocks(cause) + owned_heap_blocks(cause.item_id);
    return blocks;
}

std::vector<std::string> docs_bodies() {
    std::vector<std::string> bodies;
    for (plaid::code c : plaid::all_codes()) bodies.emplace_back(plaid::info(c).sample_body_text);
    return bodies;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace plaid_perf
