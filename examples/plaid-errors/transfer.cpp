#include <plaid/errors/action_plan.hpp>
#include <plaid/errors/transfer_code.hpp>
#include <plaid/errors/transfer_decision_rationale.hpp>
#include <plaid/errors/transfer_failure_codes.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

std::string text(std::string_view view) { return std::string(view); }

/// Every rationale code, in the spec's order.
std::vector<plaid::decision_rationale> all_rationales() {
    std::vector<plaid::decision_rationale> all;
    for (std::uint8_t i = 0; !plaid::to_string(static_cast<plaid::decision_rationale>(i)).empty(); ++i)
        all.push_back(static_cast<plaid::decision_rationale>(i));
    return all;
}

std::string kind_of(plaid::transfer_code code) {
    if (code.rail() == plaid::transfer_rail::ach) return "ACH return code";
    return "RTP/RfP failure code, rails " + text(plaid::docs_cell(code.rail()));
}

void print_transfer_code(plaid::transfer_code code) {
    print_line(stdout, text(code.name()) + " (" + kind_of(code) + "): " + text(code.title()));
    print_line(stdout, "  " + text(code.description()));
    print_line(stdout, "Category: " + text(plaid::to_string(code.category())));
    if (const auto label = plaid::docs_label(code.category()); !label.empty())
        print_line(stdout, "  as the docs name it: " + text(label));
    std::string retry = "Retry: " + text(plaid::to_string(code.retry()));
    if (code.rail() != plaid::transfer_rail::ach) retry += " (docs: " + text(plaid::docs_column(code.retry())) + ")";
    print_line(stdout, retry);
    print_line(stdout, "What to do: " + text(code.action()));
    print_line(stdout, "Docs: " + text(plaid::docs_url(code.rail())));
}

void print_rationale(plaid::decision_rationale rationale) {
    const auto plan = plaid::plan_of(rationale);
    const auto decision = plaid::decision_of(rationale).value_or(plaid::transfer_decision::declined);
    print_line(stdout, text(plaid::to_string(rationale)) + " (authorization rationale, decision " +
                           text(plaid::to_string(decision)) + ")");
    print_line(stdout, "  " + text(plaid::describe(rationale)));
    print_line(stdout, "Action plan:");
    print_line(stdout, "  who acts: " + text(plaid::to_string(plan.who)));
    print_line(stdout, "  retry: " + text(plaid::to_string(plan.retry)));
    print_line(stdout, "  Link: " + text(plaid::to_string(plan.link)));
    print_line(stdout, "Primary remedy: " + text(plaid::to_string(plaid::primary_remedy(plan))));
}

void print_rows(std::string_view heading, const std::vector<std::vector<std::string>>& rows, bool markdown,
                const std::vector<std::string>& columns) {
    if (markdown) {
        print_line(stdout, "### " + text(heading) + "\n");
        std::string head = "|", rule = "|";
        for (const auto& column : columns) head += " " + column + " |", rule += "---|";
        print_line(stdout, head);
        print_line(stdout, rule);
        for (const auto& row : rows) {
            std::string line = "|";
            for (const auto& cell : row) line += " " + cell + " |";
            print_line(stdout, line);
        }
        return;
    }
    print_line(stdout, text(heading));
    std::vector<std::size_t> widths(columns.size(), 0);
    for (const auto& row : rows)
        for (std::size_t i = 0; i + 1 < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    for (const auto& row : rows) {
        std::string line = " ";
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += " " + row[i];
            if (i + 1 < row.size()) line.resize(line.size() + widths[i] - row[i].size() + 1, ' ');
        }
        print_line(stdout, line);
    }
}

std::vector<std::vector<std::string>> code_rows(plaid::transfer_code_range codes, bool markdown) {
    std::vector<std::vector<std::string>> rows;
    for (plaid::transfer_code code : codes)
        rows.push_back({markdown ? "`" + text(code.name()) + "`" : text(code.name()), text(plaid::to_string(code.retry())),
                        text(plaid::to_string(code.category())), text(code.title())});
    return rows;
}

nlohmann::ordered_json code_json(plaid::transfer_code code) {
    return {{"code", code.name()},           {"title", code.title()},
            {"rail", plaid::to_string(code.rail())}, {"category", plaid::to_string(code.category())},
            {"retry", plaid::to_string(code.retry())}, {"description", code.description()},
            {"action", code.action()},       {"docs_url", plaid::docs_url(code.rail())}};
}

}  // namespace

int run_transfer_failure(const invocation& in) {
    const auto name = in.operands.front();
    if (const auto code = plaid::to_transfer_code(name)) {
        print_transfer_code(*code);
        return exit_status::ok;
    }
    if (const auto rationale = plaid::to_decision_rationale(name)) {
        print_rationale(*rationale);
        return exit_status::ok;
    }
    print_line(stderr, "plaid-errors transfer-failure: '" + loggable(name) +
                           "' is neither a listed transfer failure code nor a rationale code (see plaid-errors list --transfer-failures)");
    return exit_status::unknown_code;
}

int run_list_transfer_failures(const invocation& in) {
    if (in.has("--type") || in.has("--types")) return in.usage_error("--transfer-failures lists no error types");
    if (in.has("--markdown") && in.has("--json")) return in.usage_error("give --markdown or --json, not both");
    const auto rationales = all_rationales();
    if (in.has("--json")) {
        nlohmann::ordered_json out{{"ach_return_codes", nlohmann::ordered_json::array()},
                                   {"rtp_failure_codes", nlohmann::ordered_json::array()},
                                   {"decision_rationale_codes", nlohmann::ordered_json::array()}};
        for (plaid::transfer_code code : plaid::ach_return_codes()) out["ach_return_codes"].push_back(code_json(code));
        for (plaid::transfer_code code : plaid::rtp_failure_codes()) out["rtp_failure_codes"].push_back(code_json(code));
        for (auto rationale : rationales)
            out["decision_rationale_codes"].push_back(
                {{"code", plaid::to_string(rationale)},
                 {"decision", plaid::to_string(plaid::decision_of(rationale).value_or(plaid::transfer_decision::declined))},
                 {"primary_remedy", plaid::to_string(plaid::primary_remedy(plaid::plan_of(rationale)))},
                 {"description", plaid::describe(rationale)}});
        print_line(stdout, out.dump());
        return exit_status::ok;
    }
    const bool markdown = in.has("--markdown");
    const std::vector<std::string> columns{"code", "retry", "category", "title"};
    print_rows("ACH return codes", code_rows(plaid::ach_return_codes(), markdown), markdown, columns);
    print_line(stdout, "");
    print_rows("RTP/RfP failure codes", code_rows(plaid::rtp_failure_codes(), markdown), markdown, columns);
    print_line(stdout, "");
    std::vector<std::vector<std::string>> rows;
    for (auto rationale : rationales) {
        const auto name = text(plaid::to_string(rationale));
        rows.push_back({markdown ? "`" + name + "`" : name,
                        text(plaid::to_string(plaid::decision_of(rationale).value_or(plaid::transfer_decision::declined))),
                        text(plaid::to_string(plaid::primary_remedy(plaid::plan_of(rationale)))),
                        text(plaid::describe(rationale))});
    }
    print_rows("Authorization rationale codes", rows, markdown, {"code", "decision", "remedy", "meaning"});
    return exit_status::ok;
}
