#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "commands.hpp"
#include "terminal.hpp"

bool read_body(const invocation& in, std::size_t limit, std::string& body) {
    const std::string_view path = in.operands.empty() ? "-" : in.operands.front();
    std::FILE* file = path == "-" ? stdin : std::fopen(std::string(path).c_str(), "rb");
    bool ok = file != nullptr;
    char buffer[1 << 16];
    while (ok && body.size() <= limit) {
        const auto wanted = std::min(sizeof buffer, limit + 1 - body.size());
        const auto got = std::fread(buffer, 1, wanted, file);
        body.append(buffer, got);
        if (got < wanted) break;
    }
    if (file) {
        ok = !std::ferror(file);
        if (file != stdin) std::fclose(file);
    }
    if (!ok) print_line(stderr, "plaid-errors: cannot read '" + loggable(path) + "'");
    return ok;
}

namespace {

void print_field(std::string_view name, const std::optional<std::string>& value) {
    if (value) print_line(stdout, "  " + std::string(name) + ": " + loggable(*value));
}

void print_subtypes(std::string_view name, const std::vector<std::string>& subtypes) {
    if (subtypes.empty()) return;
    std::string line = "  " + std::string(name) + ":";
    for (const auto& subtype : subtypes) {
        line += ' ';
        line += loggable(subtype);
    }
    print_line(stdout, line);
}

std::string headline(const plaid::error& e) {
    return loggable(e.type_name) + " / " + loggable(e.code_name);
}

void print_error(const plaid::error& e) {
    print_line(stdout, headline(e) + (e.status ? ", HTTP " + std::to_string(*e.status) : std::string()));
    // The headline holds the type, code and status; causes follow, one line each.
    plaid::for_each_member<plaid::error>([&](const auto& row) {
        const auto& value = e.*row.pointer;
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::optional<std::string>>)
            print_field(row.name, value);
        else if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::vector<std::string>>)
            print_subtypes(row.name, value);
    });
    for (std::size_t i = 0; i < e.causes.size(); ++i) {
        const auto& cause = e.causes[i];
        print_line(stdout, "  cause " + std::to_string(i) + ": " + headline(cause) +
                               (cause.item_id ? " (item " + loggable(*cause.item_id) + ")" : std::string()) +
                               (cause.error_message ? ": " + loggable(*cause.error_message) : std::string()));
    }
    print_line(stdout, "");
    if (e.code) {
        if (!e.documented_pair())
            print_line(stdout, "The docs list " + std::string(e.code->name()) + " under " +
                                   std::string(plaid::to_string(e.code->type())) + "; this body says " +
                                   loggable(e.type_name) + ". What the docs say about the code:");
        print_code_info(*e.code);
        return;
    }
    const auto candidates = types_documenting(e.code_name);
    if (!candidates.empty()) {
        std::string types;
        for (auto type : candidates) types.append(types.empty() ? "" : ", ").append(plaid::to_string(type));
        print_line(stdout, loggable(e.code_name) + " is documented under " + types + ", not under " +
                               loggable(e.type_name) + ": see plaid-errors explain " + loggable(e.code_name) +
                               " --type TYPE.");
        return;
    }
    print_line(stdout, loggable(e.code_name) + " is not a documented code" +
                           (e.type == plaid::error_type::unknown
                                ? "; " + loggable(e.type_name) + " is not an error type this version knows."
                                : "."));
}

/// An OAuth error response: its code, then its other members.
void print_oauth(const plaid::oauth_error_response& e) {
    print_line(stdout, "OAuth error " + loggable(e.error) +
                           (e.code == plaid::oauth_error_code::unknown ? " (not one of RFC 6749's codes)" : std::string()));
    plaid::for_each_member<plaid::oauth_error_response>([&](const auto& row) {
        if constexpr (std::is_same_v<std::decay_t<decltype(e.*row.pointer)>, std::optional<std::string>>)
            print_field(row.name, e.*row.pointer);
    });
}

void print_json(const plaid::parse_result& result, const std::optional<plaid::oauth_error_response>& oauth) {
    nlohmann::ordered_json out;
    out["ok"] = result.has_value() || oauth.has_value();
    if (oauth) {
        const auto shown = plaid::redacted(*oauth);
        nlohmann::ordered_json members = nlohmann::ordered_json::object();
        plaid::for_each_member<plaid::oauth_error_response>([&](const auto& row) {
            members[std::string(row.name)] = plaid::detail::member_json<nlohmann::ordered_json>(shown.*row.pointer);
        });
        out["oauth_error"] = members;
        out["oauth_error_code_known"] = oauth->code != plaid::oauth_error_code::unknown;
    } else if (result) {
        out["error"] = plaid::redacted(*result);
        out["error_type_known"] = result->type != plaid::error_type::unknown;
        out["error_code_known"] = result->code.has_value();
    } else {
        const auto& failure = result.failure();
        out["failure"] = {{"kind", std::string(plaid::to_string(failure.kind))},
                          {"offset", failure.offset ? nlohmann::ordered_json(*failure.offset) : nullptr},
                          {"message", plaid::redact_tokens_in(failure.message)}};
    }
    print_line(stdout, out.dump(-1, ' ', true, nlohmann::ordered_json::error_handler_t::replace));
}

}  // namespace

int run_parse(const invocation& in) {
    const bool json = in.has("--json");
    const plaid::parse_limits limits;
    std::string body;
    if (!read_body(in, limits.max_body_bytes, body)) return exit_status::usage;
    const auto result = plaid::parse_error(body, std::nullopt, limits);
    std::optional<plaid::oauth_error_response> oauth;
    if (!result && result.failure().kind == plaid::parse_failure_kind::oauth_response) {
        auto any = plaid::parse_any_error(body, std::nullopt, limits);
        if (auto* read = std::get_if<plaid::oauth_error_response>(&any)) oauth = std::move(*read);
    }
    if (json) {
        print_json(result, oauth);
    } else if (result) {
        print_error(*result);
    } else if (oauth) {
        print_oauth(*oauth);
    } else {
        const auto& failure = result.failure();
        print_line(stderr, "plaid-errors: not a Plaid error (" + std::string(plaid::to_string(failure.kind)) +
                               "): " + loggable(failure.message));
    }
    return result || oauth ? exit_status::ok : exit_status::not_ok;
}
