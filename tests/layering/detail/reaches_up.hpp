// A detail/ header that breaks the layering, for the test that the check catches it.
#include <cstdint>
#include <nlohmann/json.hpp>

#include "words.hpp"
#include "../codes.hpp"
