#!/usr/bin/env bash
# Line coverage of include/ by the test suite, g++ --coverage at -O0, warnings as errors.
# Usage: tests/coverage.sh [minimum percent, default 95] [extra cmake options...]
# Fails below the minimum. The consumer:* and tool:* tests build separate projects, which cover nothing
# here, so they are left to the other runs of the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
minimum=${1:-95}
shift || true
build=build/coverage

# -O0 without debug information: gcov needs neither, and the other builds compile every header alone.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 -DCMAKE_CXX_COMPILER=g++ \
    -DCMAKE_CXX_FLAGS="--coverage -fprofile-update=atomic" -DPLAID_ERRORS_WARNINGS_AS_ERRORS=ON "$@"
find "$build" -name '*.gcda' -delete
cmake --build "$build" --target all
ctest --test-dir "$build" --output-on-failure --no-tests=error -j2 -E '^(consumer|tool):'
gcovr --root . --object-directory "$build" --filter 'include/' \
    --txt "$build/coverage.txt" --html-details "$build/coverage.html" \
    --print-summary --fail-under-line "$minimum"
cat "$build/coverage.txt"
