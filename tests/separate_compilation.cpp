// The one file of parser_separate_compilation_test that defines `parse_error(body)`; the others,
// built with PLAID_ERRORS_SEPARATE_COMPILATION as this one is, only see its declaration.
#include <plaid/errors/parse.hpp>

#ifdef PLAID_ERRORS_BODY_READER_HPP
#error "with PLAID_ERRORS_SEPARATE_COMPILATION, parse.hpp declares parse_error(body) and leaves the body reader out"
#endif

#include <plaid/errors/body_reader.hpp>
