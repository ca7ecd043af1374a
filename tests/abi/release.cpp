#include "release.hpp"

#include <plaid/errors/format.hpp>
#include <plaid/errors/parse.hpp>
#include <plaid/errors/version.hpp>

#include <sstream>

namespace RELEASE {

std::string describe(std::string_view body) {
    const plaid::parse_result result = plaid::parse_error(body);
    if (!result) return "not parsed";
    const plaid::error& error = *result;
    std::ostringstream out;
    out << error;
    return out.str();
}

std::string built_with() { return std::string(plaid::version.text); }

const void* version_object() { return &plaid::version; }

}  // namespace RELEASE
