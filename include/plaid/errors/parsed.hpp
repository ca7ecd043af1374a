#ifndef PLAID_ERRORS_PARSED_HPP
#define PLAID_ERRORS_PARSED_HPP

#include "detail/abi.hpp"

/// `plaid::parsed<T>`: a value read from a body, or the `parse_failure`
/// saying why there is none, for the readers of shapes other than a bare
/// error (a webhook, a nullable error), which `parse_result` is for.

#include <utility>
#include <variant>

#include "error.hpp"

namespace plaid {
inline namespace PLAID_ERRORS_ABI_NAMESPACE {

/// Either a `T` read from a body or the failure saying why there is none; the
/// same operations as `parse_result`.
template <class T>
class parsed {
public:
    parsed(T value) : state_(std::move(value)) {}
    /// Holds an empty value, for a reader to fill in place.
    explicit parsed(std::in_place_t) : state_(std::in_place_index<0>) {}
    parsed(parse_failure failure) : state_(std::move(failure)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws std::bad_variant_access when `has_value()` is false.
    const T& value() const& { return std::get<0>(state_); }
    T& value() & { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    /// The failure; throws std::bad_variant_access when `has_value()` is true.
    const parse_failure& failure() const& { return std::get<1>(state_); }

    /// Replaces the value or failure held with `why`, built in place.
    void emplace_failure(parse_failure why) noexcept { state_.template emplace<1>(std::move(why)); }

private:
    std::variant<T, parse_failure> state_;
};

}  // namespace PLAID_ERRORS_ABI_NAMESPACE
}  // namespace plaid

#endif
