// Catch2's main, compiled with this build's flags: a build against another
// standard library than the one Debian's libCatch2WithMain.a was made with
// (libc++ for the std::format cell) cannot link that archive.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
