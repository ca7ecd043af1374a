#include <plaid/errors/preflight.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

constexpr std::string_view check_token_usage =
    "usage: plaid-errors check-token --env ENV [--field FIELD] TOKEN\n"
    "  ENV:   sandbox, development or production (the environment the client calls)\n"
    "  FIELD: the request field the token goes in (access_token, public_token, link_token, processor_token,\n"
    "         ...); by default the field of the token's own kind\n"
    "  TOKEN: the token, or - to read it from standard input (keeps it out of the shell history)\n";

int usage_error(std::string_view message) {
    print_line(stderr, "plaid-errors check-token: " + std::string(message));
    std::fputs(check_token_usage.data(), stderr);
    return exit_status::usage;
}

/// Standard input without one trailing line break; reads only a few bytes
/// past the longest token, which is enough to report an overlong one.
std::string read_token_from_stdin() {
    std::string text;
    int c = 0;
    while (text.size() <= plaid::max_token_length + 2 && (c = std::fgetc(stdin)) != EOF)
        text += static_cast<char>(c);
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (!text.empty() && text.back() == '\r') text.pop_back();
    return text;
}

void print_field(std::string_view name, std::string_view value) {
    std::string label(name);
    label += ':';
    label.resize(14, ' ');
    print_line(stdout, label + std::string(value));
}

void print_inspection(const plaid::token_inspection& token, std::string_view redacted) {
    print_field("token", redacted);
    print_field("kind", token.kind ? std::string(plaid::info(*token.kind).noun) + " (" +
                                         std::string(plaid::info(*token.kind).field) + ")"
                                   : std::string("unknown"));
    std::string env = token.env ? std::string(plaid::to_string(*token.env)) : std::string("unknown");
    if (token.env && plaid::is_retired(*token.env)) env += " (retired)";
    print_field("environment", env);
    if (token.well_formed())
        print_field("identifier", std::to_string(token.identifier.size()) + " bytes");
    else
        print_field("defect", std::string(plaid::to_string(*token.defect)) + " at byte " +
                                  std::to_string(token.defect_offset) + ": the token " +
                                  std::string(plaid::describe(*token.defect)));
}

}  // namespace

int run_check_token(const arguments& args) {
    std::optional<plaid::environment> called;
    std::optional<plaid::token_kind> field;
    std::optional<std::string_view> token_argument;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        if (arg == "--env" || arg == "--field") {
            if (i + 1 == args.size()) return usage_error(std::string(arg) + " needs a value");
            const auto value = args[++i];
            if (arg == "--env") {
                called = plaid::to_environment(value);
                if (!called) return usage_error("unknown environment '" + printable(value) + "'");
            } else {
                field = plaid::token_kind_for_field(value);
                if (!field) return usage_error("no token kind goes in field '" + printable(value) + "'");
            }
        } else if (arg == "--help" || arg == "-h") {
            std::fputs(check_token_usage.data(), stdout);
            return exit_status::ok;
        } else if (token_argument) {
            return usage_error("give one TOKEN");
        } else {
            // Never echoed: a mistyped option could be a token.
            token_argument = arg;
        }
    }
    if (!called) return usage_error("--env is required");
    if (!token_argument) return usage_error("TOKEN is required");

    const std::string token = *token_argument == "-" ? read_token_from_stdin() : std::string(*token_argument);
    const auto inspected = plaid::inspect_token(token);
    print_inspection(inspected, plaid::redact_token(token));
    print_field("client", std::string(plaid::to_string(*called)) + (plaid::is_retired(*called) ? " (retired)" : ""));

    if (!field) field = inspected.kind;
    if (!field) {
        print_field("result", plaid::to_string(plaid::preflight_problem::malformed_token));
        print_field("code", "none predicted: the field is unknown");
        return exit_status::not_ok;
    }
    print_field("field", plaid::info(*field).field);
    const auto failure = plaid::check_token(*called, *field, token);
    if (!failure) {
        print_field("result", "consistent");
        return exit_status::ok;
    }
    print_field("result", plaid::to_string(failure->problem));
    print_field("code", failure->predicted ? failure->predicted->info().name : "none predicted by the docs");
    if (failure->predicted) print_field("docs", failure->predicted->info().doc_url);
    print_field("why", failure->explanation());
    return exit_status::not_ok;
}
