#!/usr/bin/env bash
# What including a header costs a translation unit, in instructions executed
# by the compiler as callgrind counts them: unlike seconds, they do not move
# with the load of a shared machine. Each TU includes one header and is
# compiled with `COMPILER -std=c++17 -O2 -Iinclude -c`; callgrind follows the
# driver's children, and the figures are cc1plus's count and the sum over
# every process of the compile (driver, cc1plus, assembler). Then TUs that
# each parse a body once: through the library's body parser as included by
# default, through it with PLAID_ERRORS_SEPARATE_COMPILATION (and the one
# file such a program compiles the parser in), and through
# `nlohmann::json::parse`; and the ratios of their cc1plus counts.
# Usage: tests/perf/compile_instructions.sh [COMPILER [HEADER...]]   (default g++ and the headers below)
set -euo pipefail
cd "$(dirname "$0")/../.."

compiler=${1:-g++}
[ $# -gt 0 ] && shift
headers=("$@")
if [ ${#headers[@]} -eq 0 ]; then
    headers=("<string_view>" "<plaid/errors/invalid_input.hpp>" "<plaid/errors/code.hpp>" "<plaid/errors/error.hpp>"
        "<plaid/errors/webhook.hpp>" "<plaid/errors.hpp>" "<nlohmann/json.hpp>" "<plaid/errors/json.hpp>")
fi
if ! command -v valgrind >/dev/null; then
    echo "compile_instructions.sh: valgrind is not installed; instruction counts skipped"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A compiler_only all_processes

# Compiles $work/$1/tu.cpp under callgrind; sets compiler_only[$1] and all_processes[$1].
count_compile() {
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/$1/callgrind.out.%p" \
        "$compiler" -std=c++17 -O2 -Iinclude -c "$work/$1/tu.cpp" -o "$work/$1/tu.o" 2>"$work/$1/log" ||
        { cat "$work/$1/log" >&2; exit 1; }
    # Each process's file names its command and gives its total ("summary:" or "totals:").
    read -r "compiler_only[$1]" "all_processes[$1]" < <(awk '
        FNR == 1 {cc1 = 0}
        $1 == "cmd:" && $2 ~ /cc1plus$/ {cc1 = 1}
        ($1 == "summary:" || $1 == "totals:") && !seen[FILENAME]++ {all += $2; if (cc1) only += $2}
        END {printf "%.0f %.0f\n", only, all}' "$work/$1"/callgrind.out.*)
}

for i in "${!headers[@]}"; do
    mkdir "$work/$i"
    printf '#include %s\n' "${headers[$i]}" >"$work/$i/tu.cpp"
    count_compile "$i"
done

# The body parser's own header once the library has one without nlohmann/json, else json.hpp.
parser_header="<plaid/errors/json.hpp>"
[ -f include/plaid/errors/parse.hpp ] && parser_header="<plaid/errors/parse.hpp>"
mkdir "$work/parse_error" "$work/json_parse"
printf '#include %s\n#include <string_view>\nbool parses(std::string_view body) { return plaid::parse_error(body).has_value(); }\n' \
    "$parser_header" >"$work/parse_error/tu.cpp"
printf '#include <nlohmann/json.hpp>\n#include <string_view>\nbool parses(std::string_view body) { return !nlohmann::json::parse(body, nullptr, false).is_discarded(); }\n' \
    >"$work/json_parse/tu.cpp"
count_compile parse_error
count_compile json_parse
separate=""
if [ -f include/plaid/errors/body_reader.hpp ]; then
    separate=yes
    mkdir "$work/separate" "$work/definition"
    printf '#define PLAID_ERRORS_SEPARATE_COMPILATION\n' | cat - "$work/parse_error/tu.cpp" >"$work/separate/tu.cpp"
    printf '#define PLAID_ERRORS_SEPARATE_COMPILATION\n#include <plaid/errors/body_reader.hpp>\n' >"$work/definition/tu.cpp"
    count_compile separate
    count_compile definition
fi

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

# A header's cost over the one it builds on, against its bound (cc1plus counts).
over() {
    local base="" added=""
    for i in "${!headers[@]}"; do
        [ "${headers[$i]}" = "$1" ] && base=$i
        [ "${headers[$i]}" = "$2" ] && added=$i
    done
    [ -n "$base" ] && [ -n "$added" ] || return 0
    awk -v n="$2 over $1" -v a="${compiler_only[$added]}" -v b="${compiler_only[$base]}" -v m="$3" 'BEGIN {
        d = (a - b) / 1e6
        printf "%s: %+.0fM; target <= +%dM: %s\n", n, d, m, (d <= m ? "met" : "NOT met")
    }'
}
over "<plaid/errors/error.hpp>" "<plaid/errors/webhook.hpp>" 150

printf '\n%-72s %16s %16s\n' "TU parses one body" "cc1plus instr." "all processes"
row() { awk -v n="$1" -v c="${compiler_only[$2]}" -v a="${all_processes[$2]}" 'BEGIN {printf "%-72s %15.0fM %15.0fM\n", n, c / 1e6, a / 1e6}'; }
row "$parser_header, plaid::parse_error(body)" parse_error
if [ -n "$separate" ]; then
    row "the same with PLAID_ERRORS_SEPARATE_COMPILATION" separate
    row "<plaid/errors/body_reader.hpp> with it: the one file defining the parser" definition
fi
row "<nlohmann/json.hpp>, nlohmann::json::parse(body)" json_parse
ratio() { awk -v n="$1" -v p="${compiler_only[$2]}" -v j="${compiler_only[json_parse]}" 'BEGIN {
    r = p / j
    printf "%s / json::parse TU (cc1plus): %.3f (1/%.1f); target <= 0.35: %s\n", n, r, 1 / r,
        (r <= 0.35 ? "met" : "NOT met")
}'; }
ratio "parse_error TU" parse_error
if [ -n "$separate" ]; then
    ratio "parse_error TU, separate compilation" separate
fi
