#error "a core header of plaid-errors includes <nlohmann/json.hpp>"
