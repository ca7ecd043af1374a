#ifndef PLAID_ERRORS_TESTS_CATCH_HPP
#define PLAID_ERRORS_TESTS_CATCH_HPP

/// Lets one test source build against Catch2 2.13 (single header) or v3 (split
/// headers), preferring 2.13 where both are found, as <plaid/errors/catch2.hpp> does.
#if __has_include(<catch2/catch.hpp>)
#include <catch2/catch.hpp>
#else
#include <catch2/catch_all.hpp>
#endif

#endif
