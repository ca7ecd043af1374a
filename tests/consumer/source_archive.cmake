# Packs the source tree SOURCE_DIR into ARCHIVE (a .tar.gz with one top directory), as a
# release archive would be, for the FetchContent and read-only-source tests.
get_filename_component(stage "${ARCHIVE}" DIRECTORY)
set(stage "${stage}/source_archive")
file(REMOVE_RECURSE "${stage}")
file(MAKE_DIRECTORY "${stage}/plaid-errors")
foreach(entry IN ITEMS CMakeLists.txt LICENSE README.md cmake examples include tests)
    file(COPY "${SOURCE_DIR}/${entry}" DESTINATION "${stage}/plaid-errors")
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar czf "${ARCHIVE}" plaid-errors
    WORKING_DIRECTORY "${stage}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "packing ${SOURCE_DIR} into ${ARCHIVE} failed: ${result}")
endif()
