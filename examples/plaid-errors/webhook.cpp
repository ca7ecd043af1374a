#include <plaid/errors/item_health.hpp>
#include <plaid/errors/json.hpp>
#include <plaid/errors/redact.hpp>
#include <plaid/errors/webhook.hpp>

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "terminal.hpp"

std::string plan_line(const plaid::action_plan& plan) {
    return "who acts: " + std::string(plaid::to_string(plan.who)) + "; Link: " + std::string(plaid::to_string(plan.link)) +
           "; retry: " + std::string(plaid::to_string(plan.retry)) + "; remove the Item: " + yes_no(plan.remove_item);
}

namespace {

std::string_view key_name(plaid::webhook_key key) {
    switch (key) {
        case plaid::webhook_key::item_id: return "item_id";
        case plaid::webhook_key::account_id: return "account_id";
        case plaid::webhook_key::user_id: return "user_id";
        case plaid::webhook_key::none: break;
    }
    return "-";
}

void print_optional(std::string_view name, const std::optional<std::string>& value) {
    if (value) print_line(stdout, "  " + std::string(name) + ": " + loggable(*value));
}

void print_webhook(const plaid::webhook& w) {
    std::string head = loggable(w.type_name) + " / " + loggable(w.code_name);
    print_line(stdout, head + (w.code ? ": " + std::string(w.code->summary()) : std::string(": not a documented webhook")));
    if (w.code) print_line(stdout, "  docs: " + std::string(w.code->doc_url()));
    print_optional("item_id", w.item_id);
    print_optional("account_id", w.account_id);
    print_optional("user_id", w.user_id);
    print_optional("environment", w.environment_name);
    print_optional("consent_expiration_time", w.consent_expiration_time);
    print_optional("disconnect_time", w.disconnect_time);
    print_optional("reason", w.reason_name);
    if (w.error)
        print_line(stdout, "  error: " + loggable(w.error->type_name) + " / " + loggable(w.error->code_name) +
                               (w.error->error_code_reason ? " (" + loggable(*w.error->error_code_reason) + ")" : std::string()));
    if (!w.other_members.empty()) {
        std::string line = "  other members:";
        for (const auto& name : w.other_members) line += " " + loggable(name);
        print_line(stdout, line);
    }
    print_line(stdout, "");
    const auto health = plaid::item_health_of(w);
    if (!health) {
        print_line(stdout, "The webhook says nothing about the Item's health.");
        return;
    }
    print_line(stdout, "Item state: " + std::string(plaid::to_string(health->state)));
    print_line(stdout, "  " + plan_line(health->plan));
    print_line(stdout, "  " + std::string(health->note));
}

void print_json(const plaid::parsed<plaid::webhook>& result) {
    nlohmann::ordered_json out;
    out["ok"] = result.has_value();
    if (!result) {
        const auto& failure = result.failure();
        out["failure"] = {{"kind", std::string(plaid::to_string(failure.kind))},
                          {"field", failure.field},
                          {"message", plaid::redact_tokens_in(failure.message)}};
    } else {
        const auto& w = *result;
        const auto text = [](const std::optional<std::string>& value) {
            return value ? nlohmann::ordered_json(plaid::redact_tokens_in(*value)) : nlohmann::ordered_json(nullptr);
        };
        out["webhook_type"] = plaid::redact_tokens_in(w.type_name);
        out["webhook_code"] = plaid::redact_tokens_in(w.code_name);
        out["documented"] = w.code.has_value();
        out["item_id"] = text(w.item_id);
        out["account_id"] = text(w.account_id);
        out["user_id"] = text(w.user_id);
        out["environment"] = text(w.environment_name);
        out["consent_expiration_time"] = text(w.consent_expiration_time);
        out["disconnect_time"] = text(w.disconnect_time);
        out["reason"] = text(w.reason_name);
        out["error"] = w.error ? nlohmann::ordered_json(plaid::redacted(*w.error)) : nlohmann::ordered_json(nullptr);
        const auto health = plaid::item_health_of(w);
        if (health) {
            out["item_state"] = std::string(plaid::to_string(health->state));
            out["plan"] = {{"who", std::string(plaid::to_string(health->plan.who))},
                           {"link", std::string(plaid::to_string(health->plan.link))},
                           {"retry", std::string(plaid::to_string(health->plan.retry))},
                           {"remove_item", health->plan.remove_item}};
            out["until"] = text(health->until);
            out["note"] = std::string(health->note);
            out["state_error_code"] = health->code ? nlohmann::ordered_json(std::string(health->code->name())) : nlohmann::ordered_json(nullptr);
            out["error_code_reason"] = health->reason ? nlohmann::ordered_json(std::string(plaid::to_string(*health->reason)))
                                                      : nlohmann::ordered_json(nullptr);
            out["disconnect_reason"] = health->disconnect_reason
                                           ? nlohmann::ordered_json(std::string(plaid::to_string(*health->disconnect_reason)))
                                           : nlohmann::ordered_json(nullptr);
        } else {
            out["item_state"] = nullptr;
        }
    }
    print_line(stdout, out.dump(-1, ' ', true, nlohmann::ordered_json::error_handler_t::replace));
}

}  // namespace

int run_webhook(const invocation& in) {
    const plaid::parse_limits limits;
    std::string body;
    if (!read_body(in, limits.max_body_bytes, body)) return exit_status::usage;
    const auto result = plaid::parse_webhook(body, limits);
    print_reading(in, result, "not a Plaid webhook", print_json, print_webhook);
    return result ? exit_status::ok : exit_status::not_ok;
}

void print_webhook_tables() {
    print_line(stdout, "| webhook_type | webhook_code | keyed by | error | Item state | summary |");
    print_line(stdout, "|---|---|---|---|---|---|");
    for (std::uint16_t v = 1; v < plaid::webhook_code_count; ++v) {
        const auto c = plaid::webhook_code::from_value(v);
        const auto& schema = c.schemas()[0];
        constexpr std::string_view errors[] = {"-", "optional", "required", "optional (declared a string)"};
        std::string state = "-";
        for (const auto& rule : plaid::detail::item_health_rules)
            if (rule.webhook == v) state = std::string(rule.name);
        std::string keys(key_name(schema.key));
        for (std::size_t i = 1; i < c.schemas().size(); ++i)
            if (c.schemas()[i].key != schema.key) keys += " or " + std::string(key_name(c.schemas()[i].key));
        print_line(stdout, "| `" + std::string(c.type_name()) + "` | [`" + std::string(c.name()) + "`](" +
                               std::string(c.doc_url()) + ") | " + keys + " | " +
                               std::string(errors[static_cast<std::size_t>(schema.error)]) + " | " + state + " | " +
                               std::string(c.summary()) + " |");
    }
    print_line(stdout, "");
    print_line(stdout, "| Item state | webhook | who acts | Link | remove the Item | what to do |");
    print_line(stdout, "|---|---|---|---|---|---|");
    for (const auto& rule : plaid::detail::item_health_rules) {
        const auto announcing = plaid::webhook_code::from_value(rule.webhook);
        const std::string webhook = announcing.is_known()                 ? "ITEM " + std::string(announcing.name())
                                    : rule.state == plaid::item_state::healthy ? "/item/get with a null error"
                                                                               : "an error, under any webhook or /item/get";
        const std::string who = rule.has_plan ? std::string(plaid::to_string(rule.plan.who)) : "the error code's plan";
        const std::string link = rule.has_plan ? std::string(plaid::to_string(rule.plan.link)) : "the error code's plan";
        const std::string remove = rule.has_plan ? std::string(yes_no(rule.plan.remove_item)) : "the error code's plan";
        print_line(stdout, "| " + std::string(rule.name) + " | " + webhook + " | " + who + " | " + link + " | " + remove +
                               " | " + rule.note + " |");
    }
}
