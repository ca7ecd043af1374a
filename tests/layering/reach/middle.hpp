// Low, and includes the prose; its include of low.hpp closes a cycle the check must end.
#include "low.hpp"
#include "prose.hpp"
