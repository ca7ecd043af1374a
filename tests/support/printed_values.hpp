#ifndef PLAID_ERRORS_TESTS_PRINTED_VALUES_HPP
#define PLAID_ERRORS_TESTS_PRINTED_VALUES_HPP

/// The values the formatting tests print, and what `operator<<` prints for
/// them, which every formatter must match.

#include <plaid/errors/format.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace plaid_test_support {

template <class T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

/// Every enumerator of an enum whose values run from `first` up to the first without a name.
template <class Enum>
std::vector<Enum> enumerators(int first = 0) {
    std::vector<Enum> values;
    for (int i = first; !plaid::to_string(static_cast<Enum>(i)).empty(); ++i) values.push_back(static_cast<Enum>(i));
    return values;
}

template <class... Enums>
struct enum_list {};

/// One enum per error type that has documented codes; the tests check none is missing.
using code_enums =
    enum_list<plaid::invalid_request, plaid::invalid_result, plaid::invalid_input, plaid::institution_error,
              plaid::rate_limit_exceeded, plaid::api_error, plaid::item_error, plaid::asset_report_error,
              plaid::recaptcha_error, plaid::oauth_error, plaid::payment_error, plaid::bank_transfer_error,
              plaid::income_verification_error, plaid::sandbox_error, plaid::partner_error,
              plaid::transactions_error, plaid::transaction_error, plaid::transfer_error, plaid::signal_error,
              plaid::check_report_error, plaid::consumer_report_error, plaid::user_error>;

template <class... Enums, class Check>
void for_each_code_enum(enum_list<Enums...>, Check check) {
    (check(Enums{}), ...);
}

}  // namespace plaid_test_support

#endif
