// An integration header: it may include another package.
#include <catch2/catch.hpp>
