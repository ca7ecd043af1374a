#include <plaid/errors/json.hpp>
#include <plaid/errors/link_exit.hpp>
#include <plaid/errors/link_exit_remedy.hpp>
#include <plaid/errors/redact.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "terminal.hpp"

namespace {

/// Where the remedy came from, in the words `--json` uses too.
std::string_view basis_name(plaid::link_exit_basis basis) {
    switch (basis) {
        case plaid::link_exit_basis::error_code: return "error_code";
        case plaid::link_exit_basis::link_only_code: return "link_only_code";
        case plaid::link_exit_basis::unknown_error: return "unknown_error";
        case plaid::link_exit_basis::status: break;
    }
    return "status";
}

void print_field(std::string_view name, const std::optional<std::string>& value) {
    if (value) print_line(stdout, "  " + std::string(name) + ": " + loggable(*value));
}

void print_exit(const plaid::link_exit& e) {
    std::string head = "Link exit: " + (e.status_name ? loggable(*e.status_name) : std::string("no status"));
    if (e.status_name && e.status == plaid::link_exit_status::unknown) head += " (not a status this version knows)";
    print_line(stdout, head);
    print_field("institution_name", e.institution_name);
    print_field("institution_id", e.institution_id);
    print_field("link_session_id", e.link_session_id);
    print_field("request_id", e.request_id);
    if (e.error)
        print_line(stdout, "  error: " + loggable(e.error->type_name) + " / " + loggable(e.error->code_name) +
                               (e.error->error_message ? ": " + loggable(*e.error->error_message) : std::string()));
    print_line(stdout, "");
    const auto remedy = plaid::remedy_of(e);
    std::string from = "Remedy, from ";
    switch (remedy.basis) {
        case plaid::link_exit_basis::error_code: from += "the error's code " + std::string(remedy.code->name()); break;
        case plaid::link_exit_basis::link_only_code: from += "the Link-only code " + loggable(e.error->code_name); break;
        case plaid::link_exit_basis::unknown_error: from += "nothing: the error's code is not one this version knows"; break;
        case plaid::link_exit_basis::status: from += "the exit status"; break;
    }
    print_line(stdout, from);
    if (remedy.plan) print_line(stdout, "  " + plan_line(*remedy.plan));
    print_line(stdout, "  " + std::string(remedy.note));
}

void print_json(const plaid::parsed<plaid::link_exit>& result) {
    using json = nlohmann::ordered_json;
    json out;
    out["ok"] = result.has_value();
    if (!result) {
        const auto& failure = result.failure();
        out["failure"] = {{"kind", std::string(plaid::to_string(failure.kind))},
                          {"field", failure.field},
                          {"message", plaid::redact_tokens_in(failure.message)}};
        print_line(stdout, out.dump(-1, ' ', true, json::error_handler_t::replace));
        return;
    }
    const auto& e = *result;
    const auto text = [](const std::optional<std::string>& value) {
        return value ? json(plaid::redact_tokens_in(*value)) : json(nullptr);
    };
    out["status"] = text(e.status_name);
    out["status_known"] = e.status != plaid::link_exit_status::unknown;
    out["institution_name"] = text(e.institution_name);
    out["institution_id"] = text(e.institution_id);
    out["link_session_id"] = text(e.link_session_id);
    out["request_id"] = text(e.request_id);
    out["error"] = e.error ? json(plaid::redacted(*e.error)) : json(nullptr);
    out["link_error_code_known"] = e.link_code != plaid::link_error_code::unknown;
    const auto remedy = plaid::remedy_of(e);
    json plan = nullptr;
    if (remedy.plan)
        plan = {{"who", std::string(plaid::to_string(remedy.plan->who))},
                {"link", std::string(plaid::to_string(remedy.plan->link))},
                {"retry", std::string(plaid::to_string(remedy.plan->retry))},
                {"remove_item", remedy.plan->remove_item}};
    out["remedy"] = {{"basis", std::string(basis_name(remedy.basis))},
                     {"code", remedy.code ? json(std::string(remedy.code->name())) : json(nullptr)},
                     {"plan", plan},
                     {"note", std::string(remedy.note)},
                     {"nothing_to_fix", remedy.nothing_to_fix}};
    print_line(stdout, out.dump(-1, ' ', true, json::error_handler_t::replace));
}

}  // namespace

int run_link_exit(const invocation& in) {
    const plaid::parse_limits limits;
    std::string body;
    if (!read_body(in, limits.max_body_bytes, body)) return exit_status::usage;
    const auto result = plaid::parse_any_link_exit(body, limits);
    print_reading(in, result, "not a Link exit", print_json, print_exit);
    return result ? exit_status::ok : exit_status::not_ok;
}
