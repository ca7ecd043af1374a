// A detail/ header that includes a header above its folder and another package's.
#include <cstdint>
#include <fmt/format.h>

#include "../low.hpp"
