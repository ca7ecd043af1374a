#!/usr/bin/env bash
# Builds the performance programs in their own build directory and prints
# every figure of the README's Performance section: benchmark ratios (one
# run), instruction counts (callgrind) and compile-time cost, in seconds and
# in instructions.
# Usage: tests/perf/run-all.sh [BUILD_DIR]   (default build/perf)
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${1:-build/perf}

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLAID_ERRORS_WARNINGS_AS_ERRORS=ON \
    -DPLAID_ERRORS_BUILD_PERF_PROGRAMS=ON >/dev/null
cmake --build "$build_dir" --target parse_benchmark instruction_driver

echo "== machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread\(s\) per core|L2 cache|L3 cache):' | sed 's/  */ /g'
echo "nproc: $(nproc)"
g++ --version | head -1
echo "build: RelWithDebInfo (-O2 -g -DNDEBUG), C++17"

echo
echo "== Google Benchmark: CPU time, median of 5 interleaved repetitions"
"$build_dir/tests/parse_benchmark" --benchmark_repetitions=5 --benchmark_enable_random_interleaving=true \
    --benchmark_report_aggregates_only=true --benchmark_min_time=0.2 --benchmark_color=false

echo
echo "== callgrind: instructions per operation"
tests/perf/callgrind.sh "$build_dir"

echo
echo "== compile time"
tests/perf/compile_time.sh

echo
echo "== compile instructions"
tests/perf/compile_instructions.sh
