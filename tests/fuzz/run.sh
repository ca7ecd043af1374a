#!/usr/bin/env bash
# Fuzzes the body parser with libFuzzer (clang, ASan + UBSan) for a given time.
# Usage: tests/fuzz/run.sh SECONDS [libFuzzer options, e.g. -runs=10000000]
# Seeds: every file under tests/data and, where it lies beside the checkout, ../shared/corpora
# (Plaid's SDK bodies, the JSONTestSuite); new inputs go to build/fuzz/corpus, and any
# failing input to build/fuzz/findings/. Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [libFuzzer options]}
shift

build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLAID_ERRORS_WARNINGS_AS_ERRORS=ON -DPLAID_ERRORS_BUILD_FUZZERS=ON
cmake --build "$build" --target body_fuzzer
mkdir -p "$build/corpus" "$build/findings"

export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build/tests/body_fuzzer" -max_total_time="$seconds" -max_len=2048 -timeout=10 -rss_limit_mb=2048 \
    -dict=tests/fuzz/plaid_error.dict -artifact_prefix="$build/findings/" -print_final_stats=1 \
    "$@" "$build/corpus" tests/data $(test -d ../shared/corpora && echo ../shared/corpora)
