plaid_errors_add_test(parser_test parser_test.cpp)
plaid_errors_add_test(parser_differential_test parser_differential_test.cpp)
plaid_errors_add_test(parser_oom_test parser_oom_test.cpp)
# The test replaces operator new with malloc; GCC cannot see that the matching delete uses free.
target_compile_options(parser_oom_test PRIVATE $<$<CXX_COMPILER_ID:GNU>:-Wno-mismatched-new-delete>)
# The parser tests again with `parse_error(body)` compiled once, in separate_compilation.cpp, as a
# program built with PLAID_ERRORS_SEPARATE_COMPILATION compiles it.
plaid_errors_add_test(parser_separate_compilation_test parser_test.cpp separate_compilation.cpp)
target_compile_definitions(parser_separate_compilation_test PRIVATE PLAID_ERRORS_SEPARATE_COMPILATION)
