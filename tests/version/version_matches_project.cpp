// The version the headers state is the project version CMakeLists.txt declares, which names the
// package, its version file and the .pc files: one release number everywhere.
#include <plaid/errors/version.hpp>

#include <string_view>

static_assert(PLAID_ERRORS_VERSION_MAJOR == PROJECT_VERSION_MAJOR, "detail/abi.hpp's major version is CMake's");
static_assert(PLAID_ERRORS_VERSION_MINOR == PROJECT_VERSION_MINOR, "detail/abi.hpp's minor version is CMake's");
static_assert(PLAID_ERRORS_VERSION_PATCH == PROJECT_VERSION_PATCH, "detail/abi.hpp's patch version is CMake's");
static_assert(plaid::version == plaid::semantic_version{PROJECT_VERSION_MAJOR, PROJECT_VERSION_MINOR, PROJECT_VERSION_PATCH, {}},
              "plaid::version is the macros'");
static_assert(plaid::semantic_version{0, 1, 9, {}} < plaid::semantic_version{0, 2, 0, {}} &&
                  plaid::semantic_version{0, 2, 0, {}} < plaid::semantic_version{0, 2, 1, {}} &&
                  plaid::semantic_version{0, 9, 9, {}} < plaid::semantic_version{1, 0, 0, {}},
              "release order");

int main() {
    // The string is the three numbers, as CMake writes PROJECT_VERSION.
    return plaid::version.text == std::string_view(PROJECT_VERSION) && std::string_view(PLAID_ERRORS_VERSION_STRING) == PROJECT_VERSION &&
                   PLAID_ERRORS_VERSION == PROJECT_VERSION_MAJOR * 10000 + PROJECT_VERSION_MINOR * 100 + PROJECT_VERSION_PATCH
               ? 0
               : 1;
}
