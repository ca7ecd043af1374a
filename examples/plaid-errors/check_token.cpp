#include <plaid/errors/preflight.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

/// Standard input without one trailing line break, or no value when it
/// cannot be read (closed, a directory); reads only a few bytes past the
/// longest token, which is enough to report an overlong one.
std::optional<std::string> read_token_from_stdin() {
    std::string text;
    int c = 0;
    while (text.size() <= plaid::max_token_length + 2 && (c = std::fgetc(stdin)) != EOF)
        text += static_cast<char>(c);
    if (std::ferror(stdin)) return std::nullopt;
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
    print_field("kind", token.kind ? std::string(plaid::kind_info(*token.kind).noun) + " (" +
                                         std::string(plaid::kind_info(*token.kind).field) + ")"
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

int run_check_token(const invocation& in) {
    const auto env_name = *in.value("--env");  // required, so present
    const auto called = plaid::to_environment(env_name);
    if (!called) return in.usage_error("unknown environment '" + loggable(env_name) + "'");
    std::optional<plaid::token_kind> field;
    if (const auto field_name = in.value("--field")) {
        field = plaid::token_kind_for_field(*field_name);
        if (!field) return in.usage_error("no token kind goes in field '" + loggable(*field_name) + "'");
    }
    // Never echoed: it is a token.
    const auto token_argument = in.operands.front();

    std::string token(token_argument);
    if (token_argument == "-") {
        auto read = read_token_from_stdin();
        if (!read) return in.usage_error("cannot read the token from standard input");
        token = std::move(*read);
    }
    const auto inspected = plaid::inspect_token(token);
    print_inspection(inspected, plaid::redact_token(token));
    print_field("client", std::string(plaid::to_string(*called)) + (plaid::is_retired(*called) ? " (retired)" : ""));

    if (!field) field = inspected.kind;
    if (!field) {
        print_field("result", plaid::to_string(plaid::preflight_problem::malformed_token));
        print_field("code", "none predicted: the field is unknown");
        return exit_status::not_ok;
    }
    print_field("field", plaid::kind_info(*field).field);
    const auto failure = plaid::check_token(*called, *field, token);
    if (!failure) {
        print_field("result", "consistent");
        return exit_status::ok;
    }
    print_field("result", plaid::to_string(failure->problem));
    if (failure->predicted) {
        print_field("code", plaid::to_string(failure->predicted->code));
        print_field("docs", failure->predicted->doc_url());
    } else {
        print_field("code", "none predicted by the docs");
    }
    print_field("why", failure->explanation());
    return exit_status::not_ok;
}
