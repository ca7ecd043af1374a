#ifndef PLAID_ERRORS_EXAMPLES_ITEMS_HPP
#define PLAID_ERRORS_EXAMPLES_ITEMS_HPP

#include <plaid/errors/item_health.hpp>
#include <plaid/errors/webhook.hpp>

#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

/// The application's Items, kept current by Plaid's webhooks. Each state and
/// what to do about it come from `plaid::item_health_of`, not from a table of
/// webhook codes of the application's own.
namespace sdk {

/// Opens Link in update mode for an Item (a link token made for its access
/// token, handed to the user's Link); the application provides it.
using update_mode = std::function<void(const std::string& item_id, const std::string& access_token)>;

/// An Item as the application keeps it.
struct item {
    std::string access_token;
    plaid::item_state state = plaid::item_state::healthy;
    bool in_update_mode = false;  ///< opened for the Item, and no webhook has said it is healthy since
    std::optional<std::string> repair_before;  ///< `pending_*`: the time update mode must come before, as sent
};

class items {
public:
    items(update_mode open_update_mode, std::ostream& log) : open_update_mode_(std::move(open_update_mode)), log_(log) {}

    void add(const std::string& item_id, std::string access_token) { items_[item_id].access_token = std::move(access_token); }

    /// No value for an Item the application does not have, or no longer has.
    std::optional<item> find(const std::string& item_id) const {
        const auto found = items_.find(item_id);
        return found == items_.end() ? std::nullopt : std::optional<item>(found->second);
    }

    /// Acts on one webhook body: false for a body that is not a Plaid webhook.
    bool on_webhook(std::string_view body) {
        const auto w = plaid::parse_webhook(body);
        if (!w) {
            log_ << "plaid: not a webhook: " << plaid::to_string(w.failure().kind) << '\n';
            return false;
        }
        const auto health = plaid::item_health_of(*w);
        const auto found = w->item_id ? items_.find(*w->item_id) : items_.end();
        if (!health || found == items_.end()) return true;  // nothing about an Item this application has
        auto& [id, it] = *found;
        // LOGIN_REPAIRED ends the error: the Item is healthy again.
        it.state = health->state == plaid::item_state::repaired ? plaid::item_state::healthy : health->state;
        it.repair_before = health->until;
        log_ << "plaid: item " << id << " is " << plaid::to_string(it.state) << ": " << health->note << '\n';
        if (health->plan.remove_item) {
            items_.erase(found);  // the plan says so only where the Item is gone for good
        } else if (it.state == plaid::item_state::healthy) {
            it.in_update_mode = false;
        } else if (health->plan.link == plaid::link_action::update_mode && !it.in_update_mode) {
            it.in_update_mode = true;
            open_update_mode_(id, it.access_token);
        }
        return true;
    }

private:
    update_mode open_update_mode_;
    std::ostream& log_;
    std::map<std::string, item> items_;
};

}  // namespace sdk

#endif
