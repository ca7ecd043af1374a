#ifndef PLAID_ERRORS_DETAIL_ALWAYS_INLINE_HPP
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE_HPP

/// For the name lookups' few small internal functions only. GCC weighs them
/// before their shifts fold into single loads and their constants into
/// immediates, and in a large translation unit leaves them out of line; a
/// lookup is about forty instructions, and each call adds a fifth to it.
/// Public functions are not forced: one returning `std::nullopt`, inlined
/// into a caller, makes GCC 12 warn wrongly that the caller may read the
/// empty optional's payload (-Wmaybe-uninitialized), and users build with
/// -Werror.
#if defined(__GNUC__)
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE inline
#endif

#endif
