# Consumers build a small program with this build's compiler and standard, as a user would:
# from an installed package (consumer:install fills the prefix, fixture plaid_errors_installed),
# the core component without nlohmann/json, add_subdirectory (also under a parent with its own
# nlohmann_json target), FetchContent, pkg-config and the installed tool.
if(PLAID_ERRORS_INSTALL)
    set(consumers_dir "${CMAKE_CURRENT_LIST_DIR}")
    set(consumers_build "${CMAKE_CURRENT_BINARY_DIR}/consumer")
    set(consumers_prefix "${consumers_build}/prefix")
    set(consumers_core_prefix "${consumers_build}/core_only_prefix")
    set(consumers_archive "${consumers_build}/plaid-errors.tar.gz")
    if(DEFINED CMAKE_CXX_STANDARD)
        set(consumers_standard ${CMAKE_CXX_STANDARD})
    else()
        set(consumers_standard 17)
    endif()
    set(consumers_options
        "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
        "-DCMAKE_CXX_STANDARD=${consumers_standard}"
        -DCMAKE_CXX_STANDARD_REQUIRED=ON
        -DCMAKE_CXX_EXTENSIONS=OFF)
    set(consumers_generator --build-generator "${CMAKE_GENERATOR}" --build-makeprogram "${CMAKE_MAKE_PROGRAM}")

    add_test(NAME consumer:install
        COMMAND "${CMAKE_COMMAND}" "-DBUILD_DIR=${PROJECT_BINARY_DIR}" "-DPREFIX=${consumers_prefix}"
                -P "${consumers_dir}/install.cmake")
    set_tests_properties(consumer:install PROPERTIES FIXTURES_SETUP plaid_errors_installed)

    add_test(NAME consumer:find_package
        COMMAND "${CMAKE_CTEST_COMMAND}"
            --build-and-test "${consumers_dir}/find_package" "${consumers_build}/find_package"
            ${consumers_generator}
            --build-options ${consumers_options} "-DCMAKE_PREFIX_PATH=${consumers_prefix}"
            --test-command consumer)
    set_tests_properties(consumer:find_package PROPERTIES FIXTURES_REQUIRED plaid_errors_installed)

    # Semantic versioning: a request for this minor release is met, one for the minor release
    # before (for 0.x; the major one before from 1.0) is refused.
    if(PROJECT_VERSION_MAJOR EQUAL 0)
        math(EXPR previous_minor "${PROJECT_VERSION_MINOR} - 1")
        set(previous_release "0.${previous_minor}")
    else()
        math(EXPR previous_major "${PROJECT_VERSION_MAJOR} - 1")
        set(previous_release "${previous_major}.0")
    endif()
    foreach(requested IN ITEMS "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}" "${previous_release}")
        string(REPLACE "." "_" case "${requested}")
        add_test(NAME consumer:find_package_asking_for_${case}
            COMMAND "${CMAKE_COMMAND}" -S "${consumers_dir}/find_package_version"
                    -B "${consumers_build}/find_package_version_${case}" "-DREQUESTED=${requested}"
                    "-DCMAKE_PREFIX_PATH=${consumers_prefix}")
        set_tests_properties(consumer:find_package_asking_for_${case} PROPERTIES FIXTURES_REQUIRED plaid_errors_installed)
    endforeach()
    string(REPLACE "." "\\." this_release "${PROJECT_VERSION}")
    set_tests_properties(consumer:find_package_asking_for_${PROJECT_VERSION_MAJOR}_${PROJECT_VERSION_MINOR} PROPERTIES
        PASS_REGULAR_EXPRESSION "plaid_errors ${this_release} accepts a request for")
    string(REPLACE "." "_" case "${previous_release}")
    string(REPLACE "." "\\." previous_release "${previous_release}")
    set_tests_properties(consumer:find_package_asking_for_${case} PROPERTIES
        PASS_REGULAR_EXPRESSION "compatible with requested version \"${previous_release}\""
        FAIL_REGULAR_EXPRESSION "accepts a request for")

    add_test(NAME consumer:add_subdirectory
        COMMAND "${CMAKE_CTEST_COMMAND}"
            --build-and-test "${consumers_dir}/add_subdirectory" "${consumers_build}/add_subdirectory"
            ${consumers_generator}
            --build-options ${consumers_options} "-DPLAID_ERRORS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            --test-command consumer)

    add_test(NAME consumer:pkg_config
        COMMAND "${CMAKE_COMMAND}" "-DPREFIX=${consumers_prefix}" "-DCXX=${CMAKE_CXX_COMPILER}"
                "-DSTD_FLAG=${CMAKE_CXX${consumers_standard}_STANDARD_COMPILE_OPTION}"
                "-DSOURCE=${consumers_dir}/consumer.cpp" "-DOUTPUT=${consumers_build}/pkg_config_consumer"
                -P "${consumers_dir}/pkg_config.cmake")
    set_tests_properties(consumer:pkg_config PROPERTIES
        FIXTURES_REQUIRED plaid_errors_installed
        SKIP_REGULAR_EXPRESSION "pkg-config is not installed")

    add_test(NAME consumer:core_only_install
        COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}" "-DBUILD_DIR=${consumers_build}/core_only"
                "-DPREFIX=${consumers_core_prefix}" "-DGENERATOR=${CMAKE_GENERATOR}"
                "-DMAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}" "-DCXX=${CMAKE_CXX_COMPILER}"
                -P "${consumers_dir}/core_only_install.cmake")
    set_tests_properties(consumer:core_only_install PROPERTIES FIXTURES_SETUP plaid_errors_core_installed)

    # COMPONENTS core where nlohmann_json cannot be found: from the whole install, and from one
    # made where nlohmann_json was absent.
    foreach(case IN ITEMS whole_install core_only_install)
        if(case STREQUAL whole_install)
            set(prefix "${consumers_prefix}")
            set(fixture plaid_errors_installed)
        else()
            set(prefix "${consumers_core_prefix}")
            set(fixture plaid_errors_core_installed)
        endif()
        add_test(NAME consumer:find_package_core_from_${case}
            COMMAND "${CMAKE_CTEST_COMMAND}"
                --build-and-test "${consumers_dir}/find_package_core" "${consumers_build}/find_package_core_${case}"
                ${consumers_generator}
                --build-options ${consumers_options} "-DCMAKE_PREFIX_PATH=${prefix}"
                                -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
                --test-command core_consumer)
        set_tests_properties(consumer:find_package_core_from_${case} PROPERTIES FIXTURES_REQUIRED ${fixture})
    endforeach()

    add_test(NAME consumer:add_subdirectory_with_own_nlohmann_json
        COMMAND "${CMAKE_CTEST_COMMAND}"
            --build-and-test "${consumers_dir}/add_subdirectory" "${consumers_build}/add_subdirectory_own_json"
            ${consumers_generator}
            --build-options ${consumers_options} "-DPLAID_ERRORS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
                            -DOWN_NLOHMANN_JSON=ON
            --test-command consumer)

    add_test(NAME consumer:source_archive
        COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}" "-DARCHIVE=${consumers_archive}"
                -P "${consumers_dir}/source_archive.cmake")
    set_tests_properties(consumer:source_archive PROPERTIES FIXTURES_SETUP plaid_errors_source_archive)

    add_test(NAME consumer:fetch_content
        COMMAND "${CMAKE_CTEST_COMMAND}"
            --build-and-test "${consumers_dir}/fetch_content" "${consumers_build}/fetch_content"
            ${consumers_generator}
            --build-options ${consumers_options} "-DPLAID_ERRORS_ARCHIVE=${consumers_archive}"
            --test-command consumer)
    set_tests_properties(consumer:fetch_content PROPERTIES FIXTURES_REQUIRED plaid_errors_source_archive)

    add_test(NAME consumer:pkg_config_core
        COMMAND "${CMAKE_COMMAND}" "-DPREFIX=${consumers_prefix}" "-DCXX=${CMAKE_CXX_COMPILER}"
                "-DSTD_FLAG=${CMAKE_CXX${consumers_standard}_STANDARD_COMPILE_OPTION}" -DPACKAGE=plaid_errors_core
                "-DFIRST_INCLUDE_DIR=${consumers_dir}/without_nlohmann"
                "-DSOURCE=${consumers_dir}/core_consumer.cpp" "-DOUTPUT=${consumers_build}/pkg_config_core_consumer"
                -P "${consumers_dir}/pkg_config.cmake")
    set_tests_properties(consumer:pkg_config_core PROPERTIES
        FIXTURES_REQUIRED plaid_errors_installed
        SKIP_REGULAR_EXPRESSION "pkg-config is not installed")

    if(PLAID_ERRORS_INSTALL_TOOL)
        add_test(NAME consumer:installed_tool
            COMMAND "${consumers_prefix}/${CMAKE_INSTALL_BINDIR}/plaid-errors" --help)
        set_tests_properties(consumer:installed_tool PROPERTIES
            FIXTURES_REQUIRED plaid_errors_installed
            PASS_REGULAR_EXPRESSION "usage: plaid-errors COMMAND")
    endif()

    if(PLAID_ERRORS_BUILD_EXAMPLES)
        add_test(NAME tool:builds_from_a_read_only_source
            COMMAND "${CMAKE_COMMAND}" "-DARCHIVE=${consumers_archive}" "-DWORK=${consumers_build}/read_only_source"
                    "-DGENERATOR=${CMAKE_GENERATOR}" "-DMAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}"
                    "-DCXX=${CMAKE_CXX_COMPILER}" -P "${consumers_dir}/read_only_source.cmake")
        set_tests_properties(tool:builds_from_a_read_only_source PROPERTIES
            FIXTURES_REQUIRED plaid_errors_source_archive)
    endif()
endif()
