#ifndef PLAID_ERRORS_PERF_CORPORA_HPP
#define PLAID_ERRORS_PERF_CORPORA_HPP

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <plaid/errors/json.hpp>

#include "baselines.hpp"
#include "body_variants.hpp"

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

/// Plaid's real bodies from PLAID_ERRORS_CORPORA that are Plaid errors by the
/// DOM overload, so that every parser measured has the same value to fill;
/// none, with a note, when the corpus is absent.
inline std::vector<std::string> real_bodies() {
    const auto dir = std::filesystem::path(PLAID_ERRORS_CORPORA) / "plaid-bodies";
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(dir))
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (files.empty()) std::fprintf(stderr, "note: %s is absent; the real body classes are skipped\n", dir.c_str());
    std::sort(files.begin(), files.end());
    std::vector<std::string> bodies;
    for (const auto& file : files) {
        auto body = read_file(file.string());
        if (plaid::parse_error(nlohmann::json::parse(body, nullptr, false))) bodies.push_back(std::move(body));
    }
    return bodies;
}

/// The base bodies' classes, then each base rewritten by each transform of
/// body_variants.hpp: `docs`, `docs_escapes`, `docs_fractions`, `docs_deep`, ...
inline std::vector<corpus> make_corpora(simdjson_ondemand& simdjson) {
    const std::pair<std::string, std::vector<std::string>> bases[] = {
        {"docs", docs_bodies()},
        {"real", real_bodies()},
        {"full_fields", {read_file(std::string(PLAID_ERRORS_TEST_DATA) + "/perf/full_fields.json")}},
    };
    using transform = std::string (*)(std::string_view);
    const std::pair<const char*, transform> variants[] = {
        {"escapes", with_unicode_escapes},
        {"fractions", with_fractions_and_exponents},
        {"deep", with_deep_member},
    };
    std::vector<corpus> corpora;
    for (const auto& [name, bodies] : bases) {
        if (bodies.empty()) continue;
        corpora.push_back(make_corpus(name, bodies, simdjson));
        for (const auto& [suffix, rewrite] : variants) {
            std::vector<std::string> rewritten;
            for (const auto& body : bodies) rewritten.push_back(rewrite(body));
            corpora.push_back(make_corpus(name + "_" + suffix, std::move(rewritten), simdjson));
        }
    }
    return corpora;
}

}  // namespace plaid_perf

#endif
