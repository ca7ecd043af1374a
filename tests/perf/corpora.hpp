#ifndef PLAID_ERRORS_PERF_CORPORA_HPP
#define PLAID_ERRORS_PERF_CORPORA_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "baselines.hpp"

namespace plaid_perf {

/// Bodies measured together; each parser gets them in the form it takes.
struct corpus {
    std::string name;
    std::vector<std::string> bodies;
    std::vector<nlohmann::json> documents;     ///< for the parse-from-DOM comparison
    std::vector<std::size_t> simdjson_bodies;  ///< positions in the `simdjson_ondemand` it was made with
};

inline corpus make_corpus(std::string name, std::vector<std::string> bodies, simdjson_ondemand& simdjson) {
    corpus made{std::move(name), std::move(bodies), {}, {}};
    for (const auto& body : made.bodies) {
        auto document = nlohmann::json::parse(body, nullptr, false);
        if (document.is_discarded()) throw std::runtime_error("a body of corpus '" + made.name + "' is not JSON");
        made.documents.push_back(std::move(document));
        made.simdjson_bodies.push_back(simdjson.add_body(body));
    }
    return made;
}

/// The docs' sample body of every code, and one body carrying every `PlaidError` field.
inline std::vector<corpus> make_corpora(simdjson_ondemand& simdjson) {
    std::vector<corpus> corpora;
    corpora.push_back(make_corpus("docs", docs_bodies(), simdjson));
    corpora.push_back(make_corpus(
        "full_fields", {read_file(std::string(PLAID_ERRORS_TEST_DATA) + "/perf/full_fields.json")}, simdjson));
    return corpora;
}

}  // namespace plaid_perf

#endif
