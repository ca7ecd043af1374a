// Low, and reaches the prose through middle.hpp.
#include <string_view>

#include "middle.hpp"
