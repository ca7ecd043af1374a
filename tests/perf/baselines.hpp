#ifndef PLAID_ERRORS_PERF_BASELINES_HPP
#define PLAID_ERRORS_PERF_BASELINES_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>
#include <plaid/errors.hpp>
#include <plaid/errors/error.hpp>
#include <plaid/errors/link_exit.hpp>
#include <plaid/errors/webhook.hpp>

/// What programs write today without this library, filling the same
/// `plaid::error` so that every comparison does the same work.
namespace plaid_perf {

/// The code `plaid::error::code` documents for a parsed (type, code string):
/// the pair's, else the one code the string names under any type.
std::optional<plaid::code> documented_code(plaid::error_type type, std::string_view name) noexcept;

/// `nlohmann::json::parse` then field-by-field extraction; no value on any error.
std::optional<plaid::error> nlohmann_hand_parse(std::string_view body);

/// Field-by-field extraction from a DOM the caller already has.
std::optional<plaid::error> nlohmann_hand_extract(const nlohmann::json& body);

/// `nlohmann::json::parse`, then the members of `plaid::webhook` extracted
/// as above, its error by `nlohmann_hand_extract`; no value on any error.
std::optional<plaid::webhook> nlohmann_webhook_parse(std::string_view body);

/// `nlohmann::json::parse`, then the members of the snake_case exit forms
/// (`parse_link_exit`'s) or of the SDK's camelCase `LinkExit`
/// (`parse_link_sdk_exit`'s) extracted as above, the error field by field;
/// no value on any error.
std::optional<plaid::link_exit> nlohmann_link_exit_parse(std::string_view body);
std::optional<plaid::link_exit> nlohmann_link_sdk_exit_parse(std::string_view body);

/// simdjson's on-demand API, parser reused across calls as its docs advise.
class simdjson_ondemand {
public:
    /// False when the benchmarks were built without simdjson.
    static bool available() noexcept;
    /// The kernel simdjson's on-demand API was compiled for ("haswell", "fallback", ...).
    static std::string kernel();

    simdjson_ondemand();
    ~simdjson_ondemand();
    simdjson_ondemand(const simdjson_ondemand&) = delete;
    simdjson_ondemand& operator=(const simdjson_ondemand&) = delete;

    /// Copies the body once into simdjson's padded buffer; parse it by position.
    std::size_t add_body(std::string_view body);
    std::optional<plaid::error> parse(std::size_t body) noexcept;
    /// The body as a caller holds it, in a buffer with no padding past its
    /// end: copied into a padded one first, as simdjson's docs show.
    std::optional<plaid::error> parse_copy(std::string_view body) noexcept;

private:
    struct state;
    std::unique_ptr<state> state_;
};

/// Heap blocks a parsed error owns, found by walking it: each string longer
/// than the small-string buffer and each non-empty vector's buffer, causes
/// included. What a parse must allocate at least.
std::size_t owned_heap_blocks(const plaid::error& error) noexcept;
/// The same for a parsed webhook: its members, its error's, and the names of the others.
std::size_t owned_heap_blocks(const plaid::webhook& webhook) noexcept;
/// The same for a parsed Link exit: its strings and its error's.
std::size_t owned_heap_blocks(const plaid::link_exit& exit) noexcept;

/// The docs' sample body of every documented code.
std::vector<std::string> docs_bodies();
/// A file's bytes; empty when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace plaid_perf

#endif
