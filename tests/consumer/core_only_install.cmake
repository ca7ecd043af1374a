# Configures SOURCE_DIR where nlohmann/json cannot be found and installs the result into a
# fresh PREFIX: the core alone must configure and install.
file(REMOVE_RECURSE "${BUILD_DIR}" "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BUILD_DIR}" -G "${GENERATOR}"
        "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}" "-DCMAKE_CXX_COMPILER=${CXX}"
        -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
    OUTPUT_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring without nlohmann_json failed: ${result}")
endif()
if(NOT output MATCHES "nlohmann_json not found, only plaid_errors::core is defined")
    message(FATAL_ERROR "configuring without nlohmann_json did not say that only the core is defined:\n${output}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "installing the core into ${PREFIX} failed: ${result}")
endif()
foreach(unexpected IN ITEMS share/cmake/plaid_errors/plaid_errors-plaid_errors-targets.cmake
                            share/pkgconfig/plaid_errors.pc include/plaid/errors/json.hpp)
    if(EXISTS "${PREFIX}/${unexpected}")
        message(FATAL_ERROR "the core-only install holds ${unexpected}")
    endif()
endforeach()
