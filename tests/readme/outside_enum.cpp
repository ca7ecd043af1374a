#include <plaid/errors/format.hpp>

#include <sstream>

int main() {
    // Code enum values are positions in the whole taxonomy: 1000 is past every code of every type.
    std::ostringstream out;
    out << plaid::item_error(1000) << ' ' << plaid::code(plaid::item_error(1000)) << ' ' << plaid::remedy(200);
    return out.str() == "item_error(1000) no code remedy(200)" ? 0 : 1;
}
