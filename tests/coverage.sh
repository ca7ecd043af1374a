#!/usr/bin/env bash
# Line coverage of include/ by the whole test suite (g++ --coverage, preset "coverage").
# Usage: tests/coverage.sh [minimum percent, default 95]. Fails below the minimum.
set -euo pipefail
cd "$(dirname "$0")/.."
minimum=${1:-95}

cmake --preset coverage
find build/coverage -name '*.gcda' -delete
cmake --build --preset coverage
ctest --preset coverage
gcovr --root . --object-directory build/coverage --filter 'include/' \
    --txt build/coverage/coverage.txt --html-details build/coverage/coverage.html \
    --print-summary --fail-under-line "$minimum"
cat build/coverage/coverage.txt
