#include "baselines.hpp"

#include <fstream>
#include <iterator>
#include <limits>
#include <type_traits>
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

/// Each kind of member, as a program reads it: a required string, absent or
/// null as no value, an int `status`, arrays of strings and of objects.
bool extract(const json& value, std::string& out) {
    if (!value.is_string()) return false;
    out = value.get<std::string>();
    return true;
}

bool extract(const json& value, std::optional<std::string>& out) {
    if (value.is_null()) return true;
    if (!value.is_string()) return false;
    out = value.get<std::string>();
    return true;
}

bool extract(const json& value, std::optional<int>& out) {
    if (value.is_null()) return true;
    if (!value.is_number_integer()) return false;
    out = value.get<int>();
    return true;
}

bool extract(const json& value, std::vector<std::string>& out) {
    if (value.is_null()) return true;
    if (!value.is_array()) return false;
    for (const auto& item : value) {
        if (!item.is_string()) return false;
        out.push_back(item.get<std::string>());
    }
    return true;
}

template <class T>
bool extract_shape(const json& object, T& out);

/// A nullable object: the error, and the objects of a Link exit.
template <class T>
bool extract(const json& value, std::optional<T>& out) {
    if (value.is_null()) return true;
    out.emplace();
    return extract_shape(value, *out);
}

template <class T>
bool extract(const json& value, std::vector<T>& out) {
    if (value.is_null()) return true;
    if (!value.is_array()) return false;
    for (const auto& item : value) {
        T element;
        if (!extract_shape(item, element)) return false;
        out.push_back(std::move(element));
    }
    return true;
}

/// The typed members, from the strings extracted.
bool derive(const json&, plaid::error& out) {
    out.type = plaid::to_error_type(out.type_name).value_or(plaid::error_type::unknown);
    out.code = documented_code(out.type, out.code_name);
    return true;
}

/// The Link shapes have no typed members of their own: `exit_from` sets the
/// exit's. A cause, an error too, takes the overload above.
template <class T, std::enable_if_t<!std::is_base_of_v<plaid::error, T>, int> = 0>
bool derive(const json&, T&) {
    return true;
}

bool derive(const json& object, plaid::webhook& out) {
    out.type = plaid::to_webhook_type(out.type_name).value_or(plaid::webhook_type::unknown);
    out.code = plaid::to_webhook_code(out.type, out.code_name);
    out.environment = out.environment_name ? plaid::to_webhook_environment(*out.environment_name)
                                           : plaid::webhook_environment::unknown;
    if (out.reason_name) out.reason = plaid::to_pending_disconnect_reason(*out.reason_name);
    for (const auto& [name, value] : object.items())
        if (plaid::find_member<plaid::webhook>(name) == plaid::member_count<plaid::webhook> && !name.empty() &&
            name.size() <= plaid::detail::json_reader::longest_name)
            out.other_members.push_back(name);
    return true;
}

/// Looks each member of the table up in the object, in table order: a
/// required one must be there, the others may be absent.
template <class T>
bool extract_shape(const json& object, T& out) {
    if (!object.is_object()) return false;
    bool ok = true;
    plaid::for_each_member<T>([&](const auto& row) {
        if (!ok) return;
        const auto it = object.find(row.name);
        ok = it == object.end() ? row.kind != plaid::json_kind::string : extract(*it, out.*row.pointer);
    });
    return ok && derive(object, out);
}

}  // namespace

std::optional<plaid::error> nlohmann_hand_extract(const json& body) {
    plaid::error parsed;
    if (!extract_shape(body, parsed)) return std::nullopt;
    return parsed;
}

std::optional<plaid::error> nlohmann_hand_parse(std::string_view body) {
    auto document = json::parse(body, nullptr, false);
    if (document.is_discarded()) return std::nullopt;
    return nlohmann_hand_extract(document);
}

std::optional<plaid::webhook> nlohmann_webhook_parse(std::string_view body) {
    const auto document = json::parse(body, nullptr, false);
    plaid::webhook parsed;
    if (document.is_discarded() || !extract_shape(document, parsed)) return std::nullopt;
    return parsed;
}

namespace {

/// The members of a Link exit's form extracted as above, then the exit the
/// library's `exit_from` makes of them (which object holds it, the typed
/// status and code), so that the two differ only in how they read the body.
template <class Body>
std::optional<plaid::link_exit> nlohmann_exit_parse(std::string_view text) {
    const auto document = json::parse(text, nullptr, false);
    Body body;
    if (document.is_discarded() || !extract_shape(document, body)) return std::nullopt;
    plaid::link_exit parsed;
    if (plaid::detail::exit_from(body, parsed)) return std::nullopt;
    return parsed;
}

}  // namespace

std::optional<plaid::link_exit> nlohmann_link_exit_parse(std::string_view body) {
    return nlohmann_exit_parse<plaid::detail::link_exit_body>(body);
}

std::optional<plaid::link_exit> nlohmann_link_sdk_exit_parse(std::string_view body) {
    return nlohmann_exit_parse<plaid::detail::link_sdk_exit>(body);
}

#ifdef PLAID_PERF_HAVE_SIMDJSON

namespace {

namespace ondemand = simdjson::ondemand;

bool is_null(ondemand::value& value, bool& null) {
    ondemand::json_type type;
    if (value.type().get(type)) return false;
    null = type == ondemand::json_type::null;
    return true;
}

bool read(ondemand::value value, std::string& out) {
    std::string_view text;
    if (value.get_string().get(text)) return false;
    out.assign(text);
    return true;
}

bool read(ondemand::value value, std::optional<std::string>& out) {
    bool null = false;
    if (!is_null(value, null)) return false;
    if (null) return true;
    std::string_view text;
    if (value.get_string().get(text)) return false;
    out.emplace(text);
    return true;
}

bool read(ondemand::value value, std::optional<int>& out) {
    bool null = false;
    if (!is_null(value, null)) return false;
    if (null) return true;
    std::int64_t number = 0;
    if (value.get_int64().get(number) || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max())
        return false;
    out = static_cast<int>(number);
    return true;
}

bool read(ondemand::value value, std::vector<std::string>& out) {
    bool null = false;
    if (!is_null(value, null)) return false;
    if (null) return true;
    ondemand::array array;
    if (value.get_array().get(array)) return false;
    for (auto item : array) {
        std::string_view text;
        if (item.get_string().get(text)) return false;
        out.emplace_back(text);
    }
    return true;
}

template <class T>
bool read_shape(ondemand::object object, T& out);

template <class T>
bool read(ondemand::value value, std::vector<T>& out) {
    bool null = false;
    if (!is_null(value, null)) return false;
    if (null) return true;
    ondemand::array array;
    if (value.get_array().get(array)) return false;
    for (auto item : array) {
        ondemand::object object;
        if (item.get_object().get(object)) return false;
        T element;
        if (!read_shape(object, element)) return false;
        out.push_back(std::move(element));
    }
    return true;
}

/// One pass over the members in body order, the fastest way on-demand
/// allows; each name is compared with the table's, in table order.
template <class T>
bool read_shape(ondemand::object object, T& out) {
    std::size_t required_seen = 0;  // bit i: required member i was read
    for (auto field : object) {
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) || field.value().get(value)) return false;
        bool ok = true, matched = false;
        std::size_t i = 0;
        plaid::for_each_member<T>([&](const auto& row) {
            if (!matched && key == row.name) {
                matched = true;
                ok = read(value, out.*row.pointer);
                if (row.kind == plaid::json_kind::string) required_seen |= std::size_t{1} << i;
            }
            ++i;
        });
        if (!ok) return false;
    }
    std::size_t required = 0, i = 0;
    plaid::for_each_member<T>([&](const auto& row) {
        if (row.kind == plaid::json_kind::string) required |= std::size_t{1} << i;
        ++i;
    });
    out.type = plaid::to_error_type(out.type_name).value_or(plaid::error_type::unknown);
    out.code = documented_code(out.type, out.code_name);
    return required_seen == required;
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
        if (!read_shape(object, parsed)) return std::nullopt;
        return parsed;
    } catch (const std::bad_alloc&) {
        return std::nullopt;
    }
}

std::optional<plaid::error> simdjson_ondemand::parse_copy(std::string_view body) noexcept {
    try {
        const simdjson::padded_string padded(body);
        ondemand::document document;
        if (state_->parser.iterate(padded).get(document)) return std::nullopt;
        ondemand::object object;
        if (document.get_object().get(object)) return std::nullopt;
        plaid::error parsed;
        if (!read_shape(object, parsed)) return std::nullopt;
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

std::optional<plaid::error> simdjson_ondemand::parse_copy(std::string_view) noexcept { return std::nullopt; }

#endif

simdjson_ondemand::~simdjson_ondemand() = default;

namespace {

/// The value decides, not how the parser grew the object: a string owns a
/// block when its length exceeds what an empty string holds in place (the
/// small-string buffer), a vector when it holds an element. Spare capacity a
/// parser leaves behind is its own cost, which the allocation count shows.
bool on_heap(const std::string& text) noexcept { return text.size() > std::string().capacity(); }

std::size_t blocks_of(const std::string& text) noexcept { return on_heap(text) ? 1 : 0; }

std::size_t blocks_of(const std::optional<std::string>& text) noexcept { return text ? blocks_of(*text) : 0; }

std::size_t blocks_of(const std::optional<int>&) noexcept { return 0; }

template <class T>
std::size_t blocks_of_shape(const T& value) noexcept;

std::size_t blocks_of(const std::optional<plaid::error>& error) noexcept { return error ? blocks_of_shape(*error) : 0; }

std::size_t blocks_of(const std::vector<std::string>& list) noexcept {
    std::size_t blocks = list.empty() ? 0 : 1;
    for (const auto& text : list) blocks += blocks_of(text);
    return blocks;
}

template <class T>
std::size_t blocks_of(const std::vector<T>& items) noexcept {
    std::size_t blocks = items.empty() ? 0 : 1;
    for (const auto& item : items) blocks += blocks_of_shape(item);
    return blocks;
}

/// Every member of the table, causes by their own table.
template <class T>
std::size_t blocks_of_shape(const T& value) noexcept {
    std::size_t blocks = 0;
    plaid::for_each_member<T>([&](const auto& row) { blocks += blocks_of(value.*row.pointer); });
    return blocks;
}

}  // namespace

std::size_t owned_heap_blocks(const plaid::error& error) noexcept { return blocks_of_shape(error); }

std::size_t owned_heap_blocks(const plaid::webhook& webhook) noexcept {
    return blocks_of_shape(webhook) + blocks_of(webhook.other_members);
}

std::size_t owned_heap_blocks(const plaid::link_exit& exit) noexcept {
    return blocks_of(exit.status_name) + blocks_of(exit.link_session_id) + blocks_of(exit.request_id) +
           blocks_of(exit.institution_id) + blocks_of(exit.institution_name) + blocks_of(exit.error);
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
