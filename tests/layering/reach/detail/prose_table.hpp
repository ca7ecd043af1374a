// The table behind prose.hpp: named with it, not on its own.
#include <cstdint>
