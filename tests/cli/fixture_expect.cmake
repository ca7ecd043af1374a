# Runs COMMAND (a ;-list) and fails unless it exits 0 with standard output equal,
# byte for byte, to the text file EXPECTED less the line break that ends it.
execute_process(COMMAND ${COMMAND} OUTPUT_VARIABLE out RESULT_VARIABLE status)
file(READ "${EXPECTED}" expected)
string(REGEX REPLACE "\n$" "" expected "${expected}")
if(NOT status EQUAL 0 OR NOT out STREQUAL expected)
    message(FATAL_ERROR "exit status ${status}; output differs from ${EXPECTED}:\n${out}")
endif()
