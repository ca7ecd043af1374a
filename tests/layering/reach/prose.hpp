// The prose of this folder, which only above.hpp may reach.
#include "detail/prose_table.hpp"
