#ifndef PLAID_ERRORS_DETAIL_ALWAYS_INLINE_HPP
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE_HPP

/// For the name lookups' small functions only. GCC weighs them before their
/// shifts fold into single loads and their constants into immediates, and in
/// a large translation unit leaves them out of line; a lookup is about forty
/// instructions, and a call with its register saves adds a fifth to it.
#if defined(__GNUC__)
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE inline
#endif

#endif
