// Checks over the whole taxonomy that run in the compiler: a table or index
// that breaks them fails the test build. Kept out of the headers, where every
// including translation unit would pay for them.
#include <plaid/errors.hpp>

namespace {

constexpr bool codes_are_in_order() noexcept {
    std::uint16_t expected = 1;
    for (plaid::code c : plaid::all_codes())
        if (c.value() != expected++ || !c.is_known()) return false;
    return true;
}

constexpr bool types_hold_their_codes() noexcept {
    std::size_t total = 0;
    for (auto type : plaid::all_error_types) {
        for (plaid::code c : plaid::codes_of(type))
            if (c.type() != type) return false;
        total += plaid::codes_of(type).size();
    }
    return total == plaid::all_codes().size();
}

constexpr bool every_code_calls_for_a_remedy() noexcept {
    for (plaid::code c : plaid::all_codes())
        if (plaid::primary_remedy(c) == plaid::remedy::unknown) return false;
    return true;
}

constexpr bool names_round_trip() noexcept {
    for (plaid::code c : plaid::all_codes())
        if (plaid::to_code(c.type(), c.name()) != c || plaid::to_code(plaid::to_string(c.type()), c.name()) != c)
            return false;
    for (auto type : plaid::all_error_types)
        if (plaid::to_error_type(plaid::to_string(type)) != type) return false;
    return true;
}

}  // namespace

static_assert(codes_are_in_order(), "code values are table positions");
static_assert(types_hold_their_codes(), "each type's range holds exactly its codes");
static_assert(every_code_calls_for_a_remedy(), "every documented code calls for at least one remedy");
static_assert(names_round_trip(), "every name is found under its type");
static_assert(plaid::detail::error_type_index.finds_all(plaid::detail::error_type_names.size(),
                                                     plaid::detail::error_type_name),
              "the type index finds every type");
static_assert(plaid::detail::code_name_index.finds_all(plaid::detail::code_names.size(), plaid::detail::code_name_at),
              "the code index finds every name and alias");
