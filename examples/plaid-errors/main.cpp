#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

constexpr std::string_view type_help = "the error type (ITEM_ERROR, ...), for a code documented under several types";
constexpr std::string_view code_help =
    "a code string (ITEM_LOGIN_REQUIRED) or an alias the docs give (plaid-internal-error)";

const std::vector<command_spec> commands = {
    {"explain", "what the docs say about a code, and what to do about it",
     {{"--type", "TYPE", type_help}, {"--json", "", "one JSON object instead of text"}},
     {{"CODE", code_help}},
     run_explain},
    {"list", "every documented code, grouped by error type",
     {{"--type", "TYPE", "only the codes of this error type"},
      {"--types", "", "one row per error type: how many codes it has and its docs page"},
      {"--markdown", "", "Markdown tables, one per error type"},
      {"--json", "", "the taxonomy entries as one JSON array"},
      {"--transfer-failures", "", "the transfer failure codes and authorization rationale codes instead"},
      {"--limits", "", "Plaid's rate-limit tables and the wait the retry advice gives at each endpoint"},
      {"--webhooks", "", "every documented webhook, then each Item state and its remedy, as Markdown"}},
     {},
     run_list},
    {"parse", "explain an error response body",
     {{"--json", "", "one JSON object instead of text"}},
     {{"FILE", "the body's file; standard input when FILE is - or absent", false}},
     run_parse},
    {"fixture", "the docs' sample response body of a code, byte for byte",
     {{"--type", "TYPE", type_help}},
     {{"CODE", code_help}},
     run_fixture},
    {"check-token", "whether a token fits the request field and the environment called",
     {{"--env", "ENV", "the environment the client calls: sandbox, development or production", true},
      {"--field", "FIELD",
       "the request field the token goes in (access_token, public_token, ...); by default its own kind's"}},
     {{"TOKEN", "the token, or - to read it from standard input (keeps it out of the shell history)"}},
     run_check_token},
    {"transfer-failure", "what a transfer's failure code or an authorization rationale code means, and what to do",
     {},
     {{"CODE", "an ACH return code (R01), an RTP/RfP failure code (AC04) or a rationale code (NSF)"}},
     run_transfer_failure},
    {"find-errors", "the errors and report warnings inside a successful response body",
     {{"--json", "", "one JSON object instead of text"}},
     {{"FILE", "the body's file; standard input when FILE is - or absent", false}},
     run_find_errors},
    {"advise", "whether, when and how safely to resend a request that failed with a code",
     {{"--type", "TYPE", type_help},
      {"--endpoint", "PATH", "the endpoint called, such as /accounts/balance/get", true},
      {"--env", "ENV", "production (the default) or sandbox"},
      {"--attempt", "N", "the attempt that failed, 1 for the first (the default)"},
      {"--retry-after", "VALUE", "the response's Retry-After header, delta-seconds or an HTTP-date"},
      {"--key-sent", "", "the request set the key its operation leaves optional"},
      {"--json", "", "one JSON object instead of text"}},
     {{"CODE", code_help}},
     run_advise},
    {"webhook", "a webhook body: its type and code, members, the Item's state and what to do",
     {{"--json", "", "one JSON object instead of text"}},
     {{"FILE", "the body's file; standard input when FILE is - or absent", false}},
     run_webhook},
    {"link-exit",
     "a Link exit, as Plaid sends it or as a Link SDK gives it: its status, ids, error and what to do",
     {{"--json", "", "one JSON object instead of text"}},
     {{"FILE", "the exit's file; standard input when FILE is - or absent", false}},
     run_link_exit},
};

using table = std::vector<std::pair<std::string, std::string_view>>;

/// Two columns, the second aligned after the longest entry of the first.
void print_table(std::FILE* out, const table& rows) {
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.first.size());
    for (const auto& [label, text] : rows) {
        std::string line = "  " + label;
        line.resize(width + 4, ' ');
        print_line(out, line.append(text));
    }
}

std::string label(const option_spec& option) {
    return option.value.empty() ? std::string(option.name) : std::string(option.name) + " " + std::string(option.value);
}

table options_of(const command_spec& command, std::string_view prefix) {
    table rows;
    for (const auto& option : command.options) rows.emplace_back(std::string(prefix) + label(option), option.help);
    for (const auto& operand : command.operands)
        rows.emplace_back(std::string(prefix) + std::string(operand.name), operand.help);
    return rows;
}

void print_command_usage(std::FILE* out, const command_spec& command) {
    print_line(out, "usage: plaid-errors " + command.synopsis());
    print_line(out, command.summary);
    print_table(out, options_of(command, ""));
}

int usage(std::FILE* out) {
    print_line(out, "usage: plaid-errors COMMAND [ARGS]");
    print_line(out, "Options go before or after operands; plaid-errors COMMAND --help describes one command.");
    print_line(out, "\ncommands:");
    table rows;
    for (const auto& command : commands) rows.emplace_back(command.synopsis(), command.summary);
    print_table(out, rows);
    print_line(out, "\noptions and operands:");
    rows.clear();
    for (const auto& command : commands) {
        auto more = options_of(command, std::string(command.name) + " ");
        rows.insert(rows.end(), more.begin(), more.end());
    }
    rows.emplace_back("-h, --help", "this help; after COMMAND, that command's");
    print_table(out, rows);
    return out == stdout ? exit_status::ok : exit_status::usage;
}

/// Splits the arguments of `command` and runs it; usage errors exit 2.
int run(const command_spec& command, const arguments& args) {
    invocation in{command, {}, {}};
    bool options_ended = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto arg = args[i];
        if (options_ended || arg == "-" || arg.substr(0, 1) != "-") {
            in.operands.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            print_command_usage(stdout, command);
            return exit_status::ok;
        }
        const auto equals = arg.find('=');
        const auto name = arg.substr(0, equals);
        const auto spec = std::find_if(command.options.begin(), command.options.end(),
                                       [name](const option_spec& option) { return option.name == name; });
        if (spec == command.options.end()) return in.usage_error("unknown option '" + loggable(arg) + "'");
        if (in.has(name)) return in.usage_error(std::string(name) + " is given twice");
        std::string_view value;
        if (spec->value.empty()) {
            if (equals != std::string_view::npos) return in.usage_error(std::string(name) + " takes no value");
        } else if (equals != std::string_view::npos) {
            value = arg.substr(equals + 1);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            return in.usage_error(std::string(name) + " needs a value");
        }
        in.options.emplace_back(name, value);
    }
    for (const auto& option : command.options)
        if (option.required && !in.has(option.name)) return in.usage_error(std::string(option.name) + " is required");
    // Every command takes at most one operand, so a surplus one is a second.
    if (in.operands.size() > command.operands.size())
        return in.usage_error(command.operands.empty() ? "takes no operands"
                                                       : "give one " + std::string(command.operands.back().name));
    for (std::size_t i = in.operands.size(); i < command.operands.size(); ++i)
        if (command.operands[i].required) return in.usage_error(std::string(command.operands[i].name) + " is required");
    return command.run(in);
}

}  // namespace

std::string command_spec::synopsis() const {
    std::string text(name);
    // Appended in place: GCC 12 at -O3 warns falsely (-Wrestrict) about `" [" + string` temporaries.
    const auto add = [&text](std::string_view item, bool required) {
        text.append(required ? " " : " [").append(item).append(required ? "" : "]");
    };
    for (const auto& option : options) add(label(option), option.required);
    for (const auto& operand : operands) add(operand.name, operand.required);
    return text;
}

int invocation::usage_error(const std::string& message) const {
    print_line(stderr, "plaid-errors " + std::string(command.name) + ": " + message);
    print_command_usage(stderr, command);
    return exit_status::usage;
}

namespace {

int dispatch(int argc, char** argv) {
    if (argc < 2) return usage(stderr);
    const std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") return usage(stdout);
    const arguments args(argv + 2, argv + argc);
    for (const auto& command : commands)
        if (command.name == name) return run(command, args);
    print_line(stderr, "plaid-errors: unknown command '" + loggable(name) + "'");
    return usage(stderr);
}

}  // namespace

/// A write error on standard output (closed, a full disk) fails the run with a
/// message, as GNU tools do, instead of passing for success.
int main(int argc, char** argv) {
    const int status = dispatch(argc, argv);
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int error = errno;
        print_line(stderr, std::string("plaid-errors: cannot write to standard output: ") + std::strerror(error));
        return exit_status::output_failed;
    }
    return status;
}
