#include <cstdio>
#include <string_view>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

struct command {
    std::string_view name;
    int (*run)(const arguments&);
    std::string_view usage;
};

constexpr command commands[] = {
    {"explain", run_explain, "explain CODE            what the docs say about an INVALID_INPUT code"},
    {"list", run_list, "list [--markdown|--json]  every documented INVALID_INPUT code"},
    {"parse", run_parse, "parse [--json] [FILE]   explain an error body from FILE or standard input"},
    {"fixture", run_fixture, "fixture CODE            the docs' sample response body of a code"},
    {"check-token", run_check_token, "check-token --env ENV TOKEN  whether a token fits the field and environment"},
};

int usage(std::FILE* out) {
    std::fputs("usage: plaid-errors COMMAND [ARGS]\n\ncommands:\n", out);
    for (const auto& c : commands) std::fprintf(out, "  %.*s\n", static_cast<int>(c.usage.size()), c.usage.data());
    return out == stdout ? exit_status::ok : exit_status::usage;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage(stderr);
    const std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") return usage(stdout);
    const arguments args(argv + 2, argv + argc);
    for (const auto& c : commands)
        if (c.name == name) return c.run(args);
    print_line(stderr, "plaid-errors: unknown command '" + printable(name) + "'");
    return usage(stderr);
}
