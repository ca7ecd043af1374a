# Fails unless the README quotes EXAMPLE byte for byte in a ```cpp block
# between the MARKER begin/end comments, so the quoted client is code that builds.
file(READ "${README}" readme)
file(READ "${EXAMPLE}" example)
set(quoted "<!-- ${MARKER} begin -->\n```cpp\n${example}```\n<!-- ${MARKER} end -->")
string(FIND "${readme}" "${quoted}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "${README} does not quote ${EXAMPLE} verbatim between the '${MARKER}' markers")
endif()
