#ifndef PLAID_ERRORS_TESTS_CATCH_HPP
#define PLAID_ERRORS_TESTS_CATCH_HPP

/// Lets one test source build against Catch2 v3 (split headers) or v2 (single header).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif
