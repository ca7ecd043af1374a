plaid_errors_add_test(parser_test parser_test.cpp)
plaid_errors_add_test(parser_differential_test parser_differential_test.cpp)
plaid_errors_add_test(parser_oom_test parser_oom_test.cpp)
# The test replaces operator new with malloc; GCC cannot see that the matching delete uses free.
target_compile_options(parser_oom_test PRIVATE $<$<CXX_COMPILER_ID:GNU>:-Wno-mismatched-new-delete>)
