#include <plaid/errors/retry_advice.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

std::string text(std::string_view view) { return std::string(view); }

std::string codes_of(const plaid::endpoint_limits& row) {
    std::string out;
    for (std::size_t i = 0; i < row.code_count; ++i) out.append(i ? ", " : "").append(row.codes[i].code);
    return out;
}

/// The wait the advice gives a rate-limit error at the row's endpoint before a
/// resend: the window of the row's limits, or why it gives none.
std::string floor_of(const plaid::endpoint_limits& row, plaid::environment env) {
    // A pattern's floor is that of a path it matches.
    std::string path(row.endpoint);
    std::replace(path.begin(), path.end(), '*', 'x');
    const auto throttle = plaid::detail::throttle_for({}, path, env);
    if (throttle.never_clears) return "no resend on its own";
    return std::to_string(throttle.window.count()) + " s";
}

struct table_view {
    plaid::environment env;
    const plaid::endpoint_limits* rows;
    std::size_t size;
};

constexpr std::array<table_view, 2> tables{{
    {plaid::environment::production, plaid::production_limits.data(), plaid::production_limits.size()},
    {plaid::environment::sandbox, plaid::sandbox_limits.data(), plaid::sandbox_limits.size()},
}};

void print_markdown() {
    bool first = true;
    for (const auto& table : tables) {
        print_line(stdout, std::string(first ? "" : "\n") + "### " + text(plaid::display_name(table.env)) + "\n");
        first = false;
        print_line(stdout, "| Endpoint | Per Item | Per client | Codes | Floor |");
        print_line(stdout, "|---|---|---|---|---|");
        for (std::size_t i = 0; i < table.size; ++i) {
            const auto& row = table.rows[i];
            print_line(stdout, "| `" + text(row.endpoint) + "` | " + text(row.per_item.text) + " | " +
                                   text(row.per_client.text) + " | " + codes_of(row) + " | " +
                                   floor_of(row, table.env) + " |");
        }
    }
}

void print_text() {
    std::size_t width = 0;
    for (const auto& table : tables)
        for (std::size_t i = 0; i < table.size; ++i) width = std::max(width, table.rows[i].endpoint.size());
    bool first = true;
    for (const auto& table : tables) {
        print_line(stdout, std::string(first ? "" : "\n") + text(plaid::display_name(table.env)));
        first = false;
        for (std::size_t i = 0; i < table.size; ++i) {
            const auto& row = table.rows[i];
            std::string line = "  " + text(row.endpoint);
            line.resize(width + 4, ' ');
            line += "per Item " + text(row.per_item.text) + "; per client " + text(row.per_client.text) +
                    "; floor " + floor_of(row, table.env);
            if (row.code_count) line += "; " + codes_of(row);
            print_line(stdout, line);
        }
    }
}

}  // namespace

int run_list_limits(const invocation& in) {
    if (in.has("--json") || in.has("--types") || in.has("--type"))
        return in.usage_error("--limits prints text or Markdown, alone");
    if (in.has("--markdown")) print_markdown();
    else print_text();
    return exit_status::ok;
}
