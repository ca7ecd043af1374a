#include <plaid/errors.hpp>
#include <plaid/errors/error_code.hpp>
#include <plaid/errors/json.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

std::string text(std::string_view view) { return std::string(view); }

void print_list(std::string_view heading, const plaid::string_list& items) {
    if (items.empty()) return;
    print_line(stdout, text(heading) + ":");
    for (auto item : items) print_line(stdout, "  - " + text(item));
}

/// Every remedy a code calls for, the primary one first.
std::vector<plaid::remedy> remedies_of(plaid::code code) {
    std::vector<plaid::remedy> remedies{plaid::primary_remedy(code)};
    // Every remedy but `unknown`, which no documented code calls for.
    const int end = static_cast<int>(plaid::remedy::unknown);
    for (int value = static_cast<int>(plaid::remedy::fix_integration); value < end; ++value) {
        const auto what = static_cast<plaid::remedy>(value);
        if (what != remedies.front() && plaid::calls_for(code, what)) remedies.push_back(what);
    }
    return remedies;
}

std::string joined_remedies(plaid::code code) {
    std::string out;
    for (auto what : remedies_of(code)) out.append(out.empty() ? "" : ", ").append(plaid::to_string(what));
    return out;
}

/// "TRANSACTIONS INITIAL_UPDATE, ...": the webhooks that end a wait as the docs name them.
std::string webhook_names(const plaid::webhook_wait& wait) {
    if (wait.ended_by == plaid::wait_ended_by::undocumented) return "the docs name none";
    std::string out;
    for (auto w : wait.webhooks) out.append(out.empty() ? "" : ", ").append(w.type_name()).append(" ").append(w.name());
    return out;
}

bool same_wait(const plaid::webhook_wait& a, const plaid::webhook_wait& b) {
    return a.ended_by == b.ended_by && a.note == b.note && std::equal(a.webhooks.begin(), a.webhooks.end(),
                                                                      b.webhooks.begin(), b.webhooks.end());
}

/// The endpoints of a code's entry whose plan waits otherwise than the code's
/// own (`/transactions/get` and `/auth/get` for ITEM_ERROR PRODUCT_NOT_READY).
std::vector<std::string_view> endpoints_waiting_otherwise(plaid::code code) {
    std::vector<std::string_view> out;
    const auto own = plaid::ending_webhooks(code);
    for (auto endpoint : plaid::info(code).endpoints)
        if (!same_wait(plaid::ending_webhooks(code, {endpoint, std::nullopt}), own)) out.push_back(endpoint);
    return out;
}

/// The webhooks that end a code's wait, and where an endpoint changes them, what they are there.
void print_webhook_wait(plaid::code code) {
    const auto wait = plaid::ending_webhooks(code);
    if (wait.ended_by == plaid::wait_ended_by::no_wait) return;
    print_line(stdout, "  ending webhooks: " + webhook_names(wait));
    if (!wait.note.empty()) print_line(stdout, "    " + text(wait.note));
    for (auto endpoint : endpoints_waiting_otherwise(code)) {
        const auto there = plaid::ending_webhooks(code, {endpoint, std::nullopt});
        const bool waits = there.ended_by != plaid::wait_ended_by::no_wait;
        print_line(stdout, "    from " + text(endpoint) + ": " +
                               (waits ? webhook_names(there)
                                      : "no webhook, retry " +
                                            text(plaid::to_string(plaid::plan_for(code, {endpoint, std::nullopt})->retry))));
        if (!there.note.empty()) print_line(stdout, "      " + text(there.note));
    }
}

nlohmann::ordered_json wait_json(const plaid::webhook_wait& wait) {
    auto webhooks = nlohmann::ordered_json::array();
    for (auto w : wait.webhooks)
        webhooks.push_back({{"webhook_type", text(w.type_name())}, {"webhook_code", text(w.name())}});
    return {{"ended_by", text(plaid::to_string(wait.ended_by))}, {"webhooks", webhooks}, {"note", text(wait.note)}};
}

/// `explain --json`: the entry as `list --json` prints it, and the webhooks
/// that end its wait, for the code's own plan and each endpoint that changes it.
void print_code_json(plaid::code code) {
    nlohmann::ordered_json out = plaid::info(code);
    auto wait = wait_json(plaid::ending_webhooks(code));
    auto by_endpoint = nlohmann::ordered_json::array();
    for (auto endpoint : endpoints_waiting_otherwise(code)) {
        nlohmann::ordered_json there = {{"endpoint", text(endpoint)}};
        there.update(wait_json(plaid::ending_webhooks(code, {endpoint, std::nullopt})));
        by_endpoint.push_back(std::move(there));
    }
    wait["by_endpoint"] = std::move(by_endpoint);
    out["webhook_wait"] = std::move(wait);
    print_line(stdout, out.dump());
}

}  // namespace

std::vector<plaid::error_type> types_documenting(std::string_view name) {
    std::vector<plaid::error_type> types;
    for (auto type : plaid::all_error_types)
        if (plaid::to_code(type, name)) types.push_back(type);
    return types;
}

/// Prints everything the taxonomy holds about one code; shared with `parse`.
void print_code_info(plaid::code code) {
    const auto entry = plaid::info(code);
    const auto& plan = entry.plan;
    print_line(stdout, text(entry.name) + " (" + text(plaid::to_string(entry.type)) + ", HTTP " +
                           std::to_string(entry.http_status) + ")");
    print_line(stdout, "  " + text(entry.summary));
    print_list("Also sent as", entry.aliases);
    print_list("Common causes", entry.causes);
    print_list("Troubleshooting", entry.troubleshooting);
    print_list("The user sees", entry.user_messages);
    if (!entry.link_experience.empty()) print_line(stdout, "Link shows: " + text(entry.link_experience));
    print_line(stdout, "Action plan:");
    print_line(stdout, "  who acts:        " + text(plaid::to_string(plan.who)));
    print_line(stdout, "  retry:           " + text(plaid::to_string(plan.retry)));
    print_line(stdout, "  Link:            " + text(plaid::to_string(plan.link)));
    print_line(stdout, "  remove the Item: " + yes_no(plan.remove_item));
    if (plan.user_acts_first) print_line(stdout, "  the user acts at the bank before Link");
    print_line(stdout, "  next request:    " + text(plaid::to_string(plan.next)) +
                           (plan.next_call.empty() ? "" : " (" + text(plan.next_call) + ")"));
    print_webhook_wait(code);
    print_line(stdout, "Remedies, the primary one first:");
    for (auto what : remedies_of(code))
        print_line(stdout, "  - " + text(plaid::to_string(what)) + ": " + plaid::make_error_condition(what).message());
    print_list("Endpoints", entry.endpoints);
    print_line(stdout, "Docs: " + text(entry.doc_url));
}

namespace {

/// The documented code that the CODE operand and `--type` name; prints why
/// there is none and sets `status` otherwise.
std::optional<plaid::code> documented_code(const invocation& in, int& status) {
    const auto name = in.operands.front();
    const auto candidates = types_documenting(name);
    const auto type_name = in.value("--type");
    std::optional<plaid::error_type> type;
    if (type_name) {
        type = plaid::to_error_type(*type_name);
        if (!type) {
            status = in.usage_error("unknown error type '" + loggable(*type_name) + "'");
            return std::nullopt;
        }
        if (auto code = plaid::to_code(*type, name)) return code;
    } else if (auto code = plaid::to_code(name)) {
        return code;
    } else if (candidates.size() > 1) {
        print_line(stderr, "plaid-errors " + text(in.command.name) + ": " + loggable(name) +
                               " is documented under several error types; choose one with --type:");
        for (auto candidate : candidates) print_line(stderr, "  " + text(plaid::to_string(candidate)));
        status = exit_status::usage;
        return std::nullopt;
    }
    std::string message =
        "plaid-errors " + text(in.command.name) + ": '" + loggable(name) + "' is not a documented code";
    if (type) message += " under " + text(plaid::to_string(*type));
    for (std::size_t i = 0; i < candidates.size(); ++i)
        message.append(i == 0 ? "; the docs list it under " : ", ").append(plaid::to_string(candidates[i]));
    print_line(stderr, message + (candidates.empty() ? " (see plaid-errors list)" : ""));
    status = exit_status::unknown_code;
    return std::nullopt;
}

}  // namespace

int run_explain(const invocation& in) {
    int status = exit_status::ok;
    if (const auto code = documented_code(in, status)) {
        if (in.has("--json"))
            print_code_json(*code);
        else
            print_code_info(*code);
    }
    return status;
}

/// The docs' sample response body of a code, byte for byte: no line break is added.
int run_fixture(const invocation& in) {
    int status = exit_status::ok;
    if (const auto code = documented_code(in, status)) {
        const auto body = plaid::info(*code).sample_body_text;
        std::fwrite(body.data(), 1, body.size(), stdout);
    }
    return status;
}

namespace {

/// One table per error type; a test keeps the README's copy equal to this output.
void print_markdown(const std::vector<plaid::error_type>& types) {
    bool first = true;
    for (auto type : types) {
        const auto codes = plaid::codes_of(type);
        if (codes.empty()) continue;
        if (!first) print_line(stdout, "");
        first = false;
        print_line(stdout, "### " + text(plaid::to_string(type)) + "\n");
        print_line(stdout, "| code | HTTP status | who | retry | link | remove item | remedies |");
        print_line(stdout, "|---|---|---|---|---|---|---|");
        for (plaid::code code : codes) {
            const auto entry = plaid::info(code);
            print_line(stdout, "| [`" + text(entry.name) + "`](" + text(entry.doc_url) + ") | " +
                                   std::to_string(entry.http_status) + " | " + text(plaid::to_string(entry.plan.who)) +
                                   " | " + text(plaid::to_string(entry.plan.retry)) + " | " +
                                   text(plaid::to_string(entry.plan.link)) + " | " + yes_no(entry.plan.remove_item) +
                                   " | " + joined_remedies(code) + " |");
        }
    }
}

/// The docs page of a type: its codes' links less the anchor; empty for a type without codes.
std::string docs_page(plaid::error_type type) {
    const auto codes = plaid::codes_of(type);
    if (codes.empty()) return {};
    const auto url = plaid::info(*codes.begin()).doc_url;
    return text(url.substr(0, url.find('#')));
}

/// One row per error type, in Markdown one last row for all the types without
/// codes; a test keeps the README's table equal to the Markdown form.
void print_types(const std::vector<plaid::error_type>& types, bool markdown) {
    if (markdown) {
        print_line(stdout, "| error type | codes | docs |");
        print_line(stdout, "|---|---|---|");
    }
    std::size_t width = 0;
    for (auto type : types) width = std::max(width, plaid::to_string(type).size());
    std::string without_codes;
    for (auto type : types) {
        const auto name = text(plaid::to_string(type));
        const auto codes = plaid::codes_of(type).size();
        const auto count = std::to_string(codes);
        const auto page = docs_page(type);
        if (markdown && codes == 0) {
            without_codes += (without_codes.empty() ? "`" : ", `") + name + "`";
        } else if (markdown) {
            print_line(stdout, "| `" + name + "` | " + count + " | " + (page.empty() ? "" : "<" + page + ">") + " |");
        } else {
            std::string line = name;
            line.resize(width + 2, ' ');
            line += count + (codes == 1 ? " code" : " codes");
            line.resize(width + 12, ' ');
            print_line(stdout, line + page);
        }
    }
    if (!without_codes.empty()) print_line(stdout, "| " + without_codes + " | 0 |  |");
}

void print_summaries(const std::vector<plaid::error_type>& types, bool one_type) {
    std::size_t width = 0;
    for (auto type : types)
        for (plaid::code code : plaid::codes_of(type)) width = std::max(width, code.name().size());
    bool first = true;
    for (auto type : types) {
        const auto codes = plaid::codes_of(type);
        if (codes.empty() && !one_type) continue;
        if (!first) print_line(stdout, "");
        first = false;
        print_line(stdout, text(plaid::to_string(type)));
        if (codes.empty()) print_line(stdout, "  (the docs list no codes of this type)");
        for (plaid::code code : codes) {
            std::string line = "  " + text(code.name());
            line.resize(width + 4, ' ');
            print_line(stdout, line + text(plaid::info(code).summary));
        }
    }
}

}  // namespace

int run_list(const invocation& in) {
    if (in.has("--transfer-failures")) return run_list_transfer_failures(in);
    if (in.has("--limits")) return run_list_limits(in);
    std::vector<plaid::error_type> types(plaid::all_error_types.begin(), plaid::all_error_types.end());
    if (const auto name = in.value("--type")) {
        const auto type = plaid::to_error_type(*name);
        if (!type) return in.usage_error("unknown error type '" + loggable(*name) + "'");
        types = {*type};
    }
    if (in.has("--markdown") && in.has("--json")) return in.usage_error("give --markdown or --json, not both");
    if (in.has("--webhooks")) {
        print_webhook_tables();
        return exit_status::ok;
    }
    if (in.has("--types")) {
        if (in.has("--json")) return in.usage_error("--types prints text or Markdown, not JSON");
        print_types(types, in.has("--markdown"));
    } else if (in.has("--markdown")) {
        print_markdown(types);
    } else if (in.has("--json")) {
        auto entries = nlohmann::ordered_json::array();
        for (auto type : types)
            for (plaid::code code : plaid::codes_of(type)) entries.push_back(plaid::info(code));
        print_line(stdout, entries.dump());
    } else {
        print_summaries(types, in.has("--type"));
    }
    return exit_status::ok;
}
