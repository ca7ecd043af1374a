/// Compile-time checks of the table that search its text. They live here, not
/// in the header, because constant-evaluated string searches would double the
/// cost of including the header; a failing check fails the test build.
#include <plaid/errors/invalid_input.hpp>

#include <cstddef>
#include <string_view>

namespace {

constexpr std::string_view doc_url_prefix = "https://plaid.com/docs/errors/invalid-input/#";

constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool is_doc_url_of(std::string_view url, std::string_view name) noexcept {
    if (url.substr(0, doc_url_prefix.size()) != doc_url_prefix) return false;
    const auto anchor = url.substr(doc_url_prefix.size());
    if (anchor.size() != name.size()) return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (anchor[i] != lower(name[i])) return false;
    return true;
}

constexpr bool every_body_names_its_code_and_type() noexcept {
    for (const auto& e : plaid::invalid_input_table)
        if (e.sample_body.find(e.name) == std::string_view::npos ||
            e.sample_body.find(plaid::to_string(e.type)) == std::string_view::npos)
            return false;
    return true;
}

constexpr bool every_doc_url_is_the_codes_anchor() noexcept {
    for (const auto& e : plaid::invalid_input_table)
        if (!is_doc_url_of(e.doc_url, e.name)) return false;
    return true;
}

constexpr bool every_endpoint_is_a_path() noexcept {
    for (const auto& e : plaid::invalid_input_table)
        for (auto endpoint : e.endpoints)
            if (endpoint.empty() || endpoint.front() != '/' || endpoint.find(' ') != std::string_view::npos)
                return false;
    return true;
}

static_assert(every_body_names_its_code_and_type(), "each sample body contains its own code and type");
static_assert(every_doc_url_is_the_codes_anchor(), "each doc URL is the invalid-input page's anchor for its code");
static_assert(every_endpoint_is_a_path(), "endpoints are paths such as /item/remove");

}  // namespace
