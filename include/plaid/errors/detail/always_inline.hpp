#ifndef PLAID_ERRORS_DETAIL_ALWAYS_INLINE_HPP
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE_HPP

/// For small functions on the hot paths only: the name lookups, the
/// reader's per-token steps (whitespace, member names, short strings) and the
/// string decoder's UTF-8 encoding. GCC weighs them before their shifts fold
/// into single loads and their constants into immediates, and in a large
/// translation unit leaves them out of line, where a call with its register
/// saves costs about as much as the work.
#if defined(__GNUC__)
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define PLAID_ERRORS_DETAIL_ALWAYS_INLINE inline
#endif

#endif
