#ifndef PLAID_ERRORS_TWO_RELEASES_HPP
#define PLAID_ERRORS_TWO_RELEASES_HPP

#include <string>
#include <string_view>

// What each library exports: signatures with no type of plaid-errors, whose two releases the
// program could not both include. release.cpp defines one set, named by RELEASE.
namespace release_a {
/// The body parsed into a plaid::error and printed by its operator<<.
std::string describe(std::string_view body);
/// plaid::version.text of the headers the library was built with.
std::string built_with();
/// &plaid::version as the dynamic linker bound it: one object for both libraries where the two
/// releases mangle its name alike.
const void* version_object();
}  // namespace release_a

namespace release_b {
std::string describe(std::string_view body);
std::string built_with();
const void* version_object();
}  // namespace release_b

#endif
