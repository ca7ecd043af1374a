// Above the prose, and not standard-only: it may reach both.
#include <nlohmann/json.hpp>

#include "prose.hpp"
