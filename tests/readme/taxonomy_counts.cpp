// Prints the counts the README states, from the library itself, for check_readme_facts.cmake.
#include <plaid/errors/code.hpp>
#include <plaid/errors/error_type.hpp>

#include <cstdio>

int main() {
    unsigned with_codes = 0;
    for (const auto type : plaid::all_error_types)
        if (!plaid::codes_of(type).empty()) ++with_codes;
    std::printf("entries %zu\ntypes_with_entries %u\nall_error_types %zu\n", plaid::all_codes().size(), with_codes,
                plaid::all_error_types.size());
}
