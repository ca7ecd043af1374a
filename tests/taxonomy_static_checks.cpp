/// Compile-time checks of the tables. They live here, not in the headers,
/// because constant evaluation in the headers would cost every translation
/// unit that includes them (the string searches alone would double it); a
/// failing check fails the test build.
#include <plaid/errors/error_type.hpp>
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

using plaid::detail::code_at;
using plaid::detail::table_position;

constexpr bool invalid_input_entry_is_consistent(std::size_t i) noexcept {
    const auto& e = plaid::invalid_input_table[i];
    // value_or: std::optional's operator== would instantiate std::is_error_code_enum too early.
    return table_position(e.code) == i && code_at(i) == e.code &&
           plaid::to_invalid_input(e.name).value_or(plaid::invalid_input{}) == e.code &&
           plaid::to_string(e.code) == e.name && e.type == plaid::error_type::invalid_input &&
           !e.summary.empty() && !e.causes.empty() && !e.troubleshooting.empty() && !e.causes.overflowed() &&
           !e.troubleshooting.overflowed() && !e.endpoints.overflowed();
}

constexpr bool invalid_input_table_is_consistent() noexcept {
    for (std::size_t i = 0; i < plaid::invalid_input_table.size(); ++i)
        if (!invalid_input_entry_is_consistent(i)) return false;
    return plaid::detail::invalid_input_index.finds_all(plaid::detail::invalid_input_names);
}

constexpr bool error_type_table_is_consistent() noexcept {
    for (std::size_t i = 0; i < plaid::error_type_table.size(); ++i) {
        const auto& entry = plaid::error_type_table[i];
        if (static_cast<std::size_t>(entry.type) != i + 1) return false;
        if (plaid::to_error_type(entry.name).value_or(plaid::error_type::unknown) != entry.type ||
            plaid::to_string(entry.type) != entry.name)
            return false;
    }
    return plaid::detail::error_type_index.finds_all(plaid::detail::error_type_names);
}

static_assert(invalid_input_table_is_consistent(),
              "entry i describes invalid_input value i + 1, names round-trip and are unique, and every "
              "entry has a summary, causes and steps");
static_assert(error_type_table_is_consistent(),
              "entry i describes error_type value i + 1 and wire names round-trip and are unique");
static_assert(every_body_names_its_code_and_type(), "each sample body contains its own code and type");
static_assert(every_doc_url_is_the_codes_anchor(), "each doc URL is the invalid-input page's anchor for its code");
static_assert(every_endpoint_is_a_path(), "endpoints are paths such as /item/remove");

}  // namespace
