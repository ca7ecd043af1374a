#!/usr/bin/env bash
# What including a header costs a translation unit, in instructions executed
# by the compiler as callgrind counts them: unlike seconds, they do not move
# with the load of a shared machine. Each TU includes one header and is
# compiled with `COMPILER -std=c++17 -O2 -Iinclude -c`; callgrind follows the
# driver's children, and the figures are cc1plus's count and the sum over
# every process of the compile (driver, cc1plus, assembler).
# Usage: tests/perf/compile_instructions.sh [COMPILER [HEADER...]]   (default g++ and the headers below)
set -euo pipefail
cd "$(dirname "$0")/../.."

compiler=${1:-g++}
[ $# -gt 0 ] && shift
headers=("$@")
if [ ${#headers[@]} -eq 0 ]; then
    headers=("<string_view>" "<plaid/errors/invalid_input.hpp>" "<plaid/errors/code.hpp>" "<plaid/errors.hpp>"
        "<nlohmann/json.hpp>" "<plaid/errors/json.hpp>")
fi
if ! command -v valgrind >/dev/null; then
    echo "compile_instructions.sh: valgrind is not installed; instruction counts skipped"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A compiler_only all_processes
for i in "${!headers[@]}"; do
    mkdir "$work/$i"
    printf '#include %s\n' "${headers[$i]}" >"$work/$i/tu.cpp"
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/$i/callgrind.out.%p" \
        "$compiler" -std=c++17 -O2 -Iinclude -c "$work/$i/tu.cpp" -o "$work/$i/tu.o" 2>"$work/$i/log" ||
        { cat "$work/$i/log" >&2; exit 1; }
    # Each process's file names its command and gives its total ("summary:" or "totals:").
    read -r compiler_only[$i] all_processes[$i] < <(awk '
        FNR == 1 {cc1 = 0}
        $1 == "cmd:" && $2 ~ /cc1plus$/ {cc1 = 1}
        ($1 == "summary:" || $1 == "totals:") && !seen[FILENAME]++ {all += $2; if (cc1) only += $2}
        END {printf "%.0f %.0f\n", only, all}' "$work/$i"/callgrind.out.*)
done

"$compiler" --version | head -1
printf '%-36s %16s %16s %14s %16s\n' "TU includes" "cc1plus instr." "all processes" "over first" "over nlohmann"
for i in "${!headers[@]}"; do
    over_json=""
    for j in "${!headers[@]}"; do
        if [ "${headers[$j]}" = "<nlohmann/json.hpp>" ] && [ "$i" != "$j" ] && [[ ${headers[$i]} == *json* ]]; then
            over_json=$(awk -v a="${compiler_only[$i]}" -v b="${compiler_only[$j]}" \
                'BEGIN {printf "%+.0fM (%+.1f%%)", (a - b) / 1e6, 100 * (a - b) / b}')
        fi
    done
    awk -v n="${headers[$i]}" -v c="${compiler_only[$i]}" -v a="${all_processes[$i]}" -v e="${compiler_only[0]}" \
        -v j="$over_json" 'BEGIN {printf "%-36s %15.0fM %15.0fM %+13.0fM %16s\n", n, c / 1e6, a / 1e6, (c - e) / 1e6, j}'
done
echo "(M: millions of instructions; 'over' columns compare cc1plus counts)"
