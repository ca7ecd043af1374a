// Standard-only, and reaches another package through package_user.hpp.
#include "package_user.hpp"
