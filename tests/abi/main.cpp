#include <cstdio>

#include "release.hpp"

// Prints what each library says, then exits 0 where each kept its own definitions and 3 where
// the dynamic linker gave both one plaid::version, as it does with every inline definition when
// the two releases mangle their names alike.
int main() {
    const char* body = R"({"error_type":"ITEM_ERROR","error_code":"ITEM_LOCKED","error_message":"locked"})";
    const std::string a = release_a::describe(body), b = release_b::describe(body);
    std::printf("a: %s, built with %s\nb: %s, built with %s\n", a.c_str(), release_a::built_with().c_str(), b.c_str(),
                release_b::built_with().c_str());
    if (a != "ITEM_ERROR ITEM_LOCKED: locked" || b != a) return 1;
    if (release_a::built_with() == release_b::built_with()) return 2;
    if (release_a::version_object() == release_b::version_object()) {
        std::printf("one plaid::version for both libraries\n");
        return 3;
    }
    std::printf("each library has its own plaid::version\n");
    return 0;
}
