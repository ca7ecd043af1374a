#ifndef PLAID_ERRORS_EXAMPLES_COMMANDS_HPP
#define PLAID_ERRORS_EXAMPLES_COMMANDS_HPP

#include <plaid/errors/code.hpp>
#include <plaid/errors/parsed.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminal.hpp"

/// Exit statuses shared by every subcommand.
namespace exit_status {
inline constexpr int ok = 0;
inline constexpr int not_ok = 1;  ///< the input was not what was asked (not a Plaid error, inconsistent token)
inline constexpr int usage = 2;
inline constexpr int unknown_code = 3;
inline constexpr int output_failed = 4;  ///< standard output could not be written (closed, disk full)
}  // namespace exit_status

using arguments = std::vector<std::string_view>;

struct invocation;

struct option_spec {
    std::string_view name;   ///< `--type`
    std::string_view value;  ///< `TYPE`; empty for a flag
    std::string_view help;
    bool required = false;
};

struct operand_spec {
    std::string_view name;  ///< `CODE`
    std::string_view help;
    bool required = true;
};

/// A subcommand: what `--help` says about it, and how it runs once its
/// arguments are split into options and operands.
struct command_spec {
    std::string_view name;
    std::string_view summary;
    std::vector<option_spec> options;
    std::vector<operand_spec> operands;
    int (*run)(const invocation&);

    /// `explain [--type TYPE] CODE`
    std::string synopsis() const;
};

/// A command line split into options and operands, which may come in any
/// order; `--` ends the options.
struct invocation {
    const command_spec& command;
    std::vector<std::pair<std::string_view, std::string_view>> options;
    std::vector<std::string_view> operands;

    bool has(std::string_view name) const { return value(name).has_value(); }
    /// The option's value (empty for a flag), or no value when it was not given.
    std::optional<std::string_view> value(std::string_view name) const {
        for (const auto& [given, value] : options)
            if (given == name) return value;
        return std::nullopt;
    }
    /// Prints the message and the command's usage on standard error.
    int usage_error(const std::string& message) const;
};

int run_explain(const invocation& in);
int run_list(const invocation& in);
int run_parse(const invocation& in);
int run_fixture(const invocation& in);
int run_check_token(const invocation& in);
int run_transfer_failure(const invocation& in);
/// `list --transfer-failures`: the transfer tables instead of the taxonomy.
int run_list_transfer_failures(const invocation& in);
int run_find_errors(const invocation& in);

/// Reads at most `limit + 1` bytes of the FILE operand, or of standard input
/// for `-` or none: enough for a reader to report an oversized body without
/// the tool holding all of it. False, having said so, when it cannot be read.
bool read_body(const invocation& in, std::size_t limit, std::string& body);
int run_advise(const invocation& in);
/// `list --limits`: the rate-limit tables with the advice's floors.
int run_list_limits(const invocation& in);
int run_webhook(const invocation& in);

int run_link_exit(const invocation& in);

/// Prints what a reader made of a body: one JSON object with `--json`, else the
/// text, or on standard error `plaid-errors: HEADING (failure kind): message`.
template <class Parsed, class PrintJson, class PrintText>
void print_reading(const invocation& in, const Parsed& result, std::string_view heading, PrintJson print_json,
                   PrintText print_text) {
    if (in.has("--json")) {
        print_json(result);
    } else if (result) {
        print_text(*result);
    } else {
        print_line(stderr, "plaid-errors: " + std::string(heading) + " (" +
                               std::string(plaid::to_string(result.failure().kind)) + "): " + loggable(result.failure().message));
    }
}

inline std::string yes_no(bool value) { return value ? "yes" : "no"; }
/// `who acts: end_user; Link: update_mode; retry: after_action; remove the Item: no`
std::string plan_line(const plaid::action_plan& plan);

/// Prints every documented webhook, then each Item state with its webhook and remedy, as Markdown.
void print_webhook_tables();

/// Prints everything the taxonomy holds about one code.
void print_code_info(plaid::code code);

/// The types that document a code string or alias, in enum order.
std::vector<plaid::error_type> types_documenting(std::string_view name);

#endif
