#include <plaid/errors.hpp>
#include <plaid/errors/json.hpp>

#include <cstdio>
#include <string>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

std::string yes_no(bool value) { return value ? "yes" : "no"; }

void print_list(std::string_view heading, const plaid::string_list& items) {
    if (items.empty()) return;
    print_line(stdout, std::string(heading) + ":");
    for (auto item : items) print_line(stdout, "  - " + std::string(item));
}

}  // namespace

/// Prints everything the taxonomy holds about one code; shared with `parse`.
void print_code_info(const plaid::code_info& entry) {
    print_line(stdout, std::string(entry.name) + " (" + std::string(plaid::to_string(entry.type)) + ", HTTP " +
                           std::to_string(entry.http_status) + ")");
    print_line(stdout, "  " + std::string(entry.summary));
    if (entry.user_message)
        print_line(stdout, "  The user sees (" + std::string(entry.shown_in_link ? "in Link" : "message") +
                               "): " + std::string(*entry.user_message));
    print_list("Common causes", entry.causes);
    print_list("Troubleshooting", entry.troubleshooting);
    print_line(stdout, "Remediation:");
    print_line(stdout, "  who acts:              " + std::string(plaid::to_string(entry.remedy.who)));
    print_line(stdout, "  same request can pass: " + yes_no(entry.remedy.resend_can_succeed));
    print_line(stdout, "  Link:                  " + std::string(plaid::to_string(entry.remedy.link)));
    print_line(stdout, "  remove the Item:       " + yes_no(entry.remedy.remove_item));
    print_list("Endpoints", entry.endpoints);
    print_line(stdout, "Docs: " + std::string(entry.doc_url));
}

namespace {

/// The documented code named by the one argument of `explain` and `fixture`;
/// prints why there is none and sets `status` otherwise.
const plaid::code_info* documented_code(const arguments& args, const char* usage, int& status) {
    if (args.size() != 1) {
        std::fputs(usage, stderr);
        status = exit_status::usage;
        return nullptr;
    }
    const auto code = plaid::to_invalid_input(args[0]);
    if (!code) {
        print_line(stderr, "plaid-errors: '" + printable(args[0]) +
                               "' is not a documented INVALID_INPUT code (see plaid-errors list)");
        status = exit_status::unknown_code;
        return nullptr;
    }
    return &plaid::info(*code);
}

}  // namespace

int run_explain(const arguments& args) {
    int status = exit_status::ok;
    if (const auto* entry = documented_code(args, "usage: plaid-errors explain CODE\n", status))
        print_code_info(*entry);
    return status;
}

/// The docs' sample response body of a code, byte for byte.
int run_fixture(const arguments& args) {
    int status = exit_status::ok;
    if (const auto* entry = documented_code(args, "usage: plaid-errors fixture CODE\n", status))
        print_line(stdout, entry->sample_body);
    return status;
}

/// The README's remediation table; a test keeps the README equal to this output.
void print_remediation_markdown() {
    print_line(stdout, "| code | who acts | same request can succeed | Link | remove the Item |");
    print_line(stdout, "|---|---|---|---|---|");
    for (const auto& entry : plaid::invalid_input_table)
        print_line(stdout, "| [`" + std::string(entry.name) + "`](" + std::string(entry.doc_url) + ") | " +
                               std::string(plaid::to_string(entry.remedy.who)) + " | " +
                               yes_no(entry.remedy.resend_can_succeed) + " | " +
                               std::string(plaid::to_string(entry.remedy.link)) + " | " +
                               yes_no(entry.remedy.remove_item) + " |");
}

int run_list(const arguments& args) {
    if (args.size() == 1 && args[0] == "--markdown") {
        print_remediation_markdown();
        return exit_status::ok;
    }
    if (args.size() == 1 && args[0] == "--json") {
        auto entries = nlohmann::ordered_json::array();
        for (const auto& entry : plaid::invalid_input_table) entries.push_back(entry);
        print_line(stdout, entries.dump());
        return exit_status::ok;
    }
    if (!args.empty()) {
        std::fputs("usage: plaid-errors list [--markdown | --json]\n", stderr);
        return exit_status::usage;
    }
    for (const auto& entry : plaid::invalid_input_table) {
        std::string name(entry.name);
        name.resize(36, ' ');
        print_line(stdout, name + std::string(entry.summary));
    }
    return exit_status::ok;
}
