#ifndef PLAID_ERRORS_TESTS_TRANSFER_FAILURE_ORACLE_HPP
#define PLAID_ERRORS_TESTS_TRANSFER_FAILURE_ORACLE_HPP

#include <plaid/errors/transfer_failure.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

/// What `plaid::parse_transfer_failure` is to make of a JSON object, worked
/// out from the document nlohmann/json parses: the differential test and the
/// fuzz target hold the reader to it.
namespace transfer_oracle {

/// The failure reason an object holds, or in `wrong` the first member of the
/// table, in its order, that is neither absent, null nor a string.
struct expectation {
    plaid::transfer_failure failure;
    std::optional<std::string> wrong;
};

inline expectation expected_from(const nlohmann::json& object) {
    expectation out;
    plaid::for_each_member<plaid::transfer_failure>([&](const auto& row) {
        const auto member = object.find(std::string(row.name));
        if (member == object.end() || member->is_null()) return;
        if (!member->is_string()) {
            if (!out.wrong) out.wrong = std::string(row.name);
            return;
        }
        out.failure.*row.pointer = member->template get<std::string>();
    });
    plaid::shape<plaid::transfer_failure>::derive(out.failure);
    return out;
}

}  // namespace transfer_oracle

#endif
