// The remedy rules of action_plan.hpp over every plan, and the plans of the
// entries read against Plaid's troubleshooting steps.
#include <plaid/errors.hpp>

#include <catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace {

using plaid::action_plan;
using plaid::actor;
using plaid::link_action;
using plaid::next_request;
using plaid::remedy;
using plaid::retry_policy;

/// Every value of an enum that `to_string` names, from 0 up: a value added to
/// the enum joins the walk without this file changing.
template <class Enum>
constexpr int count_of() noexcept {
    int n = 0;
    while (!plaid::to_string(static_cast<Enum>(n)).empty()) ++n;
    return n;
}

/// Calls `f` with every plan the fields that the rules read can make.
template <class F>
constexpr void for_each_plan(F f) {
    for (int who = 0; who < count_of<actor>(); ++who)
        for (int retry = 0; retry < count_of<retry_policy>(); ++retry)
            for (int link = 0; link < count_of<link_action>(); ++link)
                for (int next = 0; next < count_of<next_request>(); ++next)
                    for (bool remove : {false, true})
                        for (bool user_first : {false, true})
                            f(action_plan{static_cast<actor>(who), static_cast<retry_policy>(retry),
                                          static_cast<link_action>(link), remove, user_first,
                                          static_cast<next_request>(next)});
}

constexpr bool every_plan_calls_for_a_remedy() noexcept {
    bool all = true;
    for_each_plan([&all](const action_plan& plan) {
        all = all && plaid::primary_remedy(plan) != remedy::unknown && !plaid::calls_for(plan, remedy::unknown);
    });
    return all;
}
static_assert(every_plan_calls_for_a_remedy(), "no combination of a plan's fields leaves a program without a remedy");

/// The remedies a plan calls for, in `remedies_in_order`'s order.
std::vector<remedy> remedies_of(const action_plan& plan) {
    std::vector<remedy> out;
    for (auto what : plaid::remedies_in_order)
        if (plaid::calls_for(plan, what)) out.push_back(what);
    return out;
}

}  // namespace

TEST_CASE("every combination of a plan's fields calls for a remedy, the primary one first") {
    int plans = 0;
    for_each_plan([&plans](const action_plan& plan) {
        ++plans;
        const auto remedies = remedies_of(plan);
        CAPTURE(plaid::to_string(plan.who), plaid::to_string(plan.retry), plaid::to_string(plan.link), plan.remove_item,
                plan.user_acts_first, plaid::to_string(plan.next));
        REQUIRE_FALSE(remedies.empty());
        CHECK(plaid::primary_remedy(plan) == remedies.front());
        // The rules read `link` whoever acts.
        CHECK(plaid::calls_for(plan, remedy::relink) == (plan.link != link_action::none));
    });
    CHECK(plans == count_of<actor>() * count_of<retry_policy>() * count_of<link_action>() * count_of<next_request>() * 4);
}

TEST_CASE("remedies combine in the order a program acts on them") {
    const auto position = [](remedy what) {
        int at = 0;
        for (auto listed : plaid::remedies_in_order) {
            if (listed == what) return at;
            ++at;
        }
        return at;
    };
    for (auto before : {remedy::remove_item, remedy::contact_plaid, remedy::fix_integration, remedy::ask_user})
        CHECK(position(before) < position(remedy::relink));
    for (auto after : {remedy::wait_for_webhook, remedy::retry_later}) CHECK(position(remedy::relink) < position(after));
    SECTION("a fix, then a new Link session") {
        const action_plan plan{actor::developer, retry_policy::no, link_action::new_link_session, false};
        CHECK(remedies_of(plan) == std::vector<remedy>{remedy::fix_integration, remedy::relink});
    }
    SECTION("the user acts at the bank, then Link's update mode") {
        const action_plan plan{actor::end_user, retry_policy::after_action, link_action::update_mode, false, true};
        CHECK(remedies_of(plan) == std::vector<remedy>{remedy::ask_user, remedy::relink});
        const action_plan in_link_only{actor::end_user, retry_policy::after_action, link_action::update_mode, false};
        CHECK(remedies_of(in_link_only) == std::vector<remedy>{remedy::relink});
    }
    SECTION("Plaid or the institution acts, then the request goes again") {
        for (auto who : {actor::plaid, actor::institution}) {
            CHECK(remedies_of(action_plan{who, retry_policy::after_action, link_action::none, false}) ==
                  std::vector<remedy>{remedy::retry_later});
            CHECK(remedies_of(action_plan{who, retry_policy::no, link_action::none, false}) ==
                  std::vector<remedy>{remedy::contact_plaid});
        }
    }
    SECTION("removal before the new Link session") {
        const action_plan plan{actor::end_user, retry_policy::no, link_action::new_link_session, true};
        CHECK(remedies_of(plan) == std::vector<remedy>{remedy::remove_item, remedy::relink});
    }
}
