#!/usr/bin/env bash
# What including each public header costs a translation unit: the median CPU
# time (user + sys) of 5 `g++ -O2` compiles of a TU that includes only that
# header, against a TU including <string_view> and one including
# <nlohmann/json.hpp>. The rounds are interleaved so that load on a shared
# machine falls on every TU alike; compile_instructions.sh beside it counts
# instructions, which the load does not move.
# Usage: tests/perf/compile_time.sh [COMPILER]   (default g++)
set -euo pipefail
cd "$(dirname "$0")/../.."

compiler=${1:-g++}
rounds=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

names=("<string_view>" "<nlohmann/json.hpp>")
for header in $(cd include && find plaid -name '*.hpp' | sort); do names+=("<$header>"); done
for i in "${!names[@]}"; do printf '#include %s\n' "${names[$i]}" >"$work/tu$i.cpp"; done

cpu_seconds() {
    local TIMEFORMAT='%U %S'
    { time "$compiler" -std=c++17 -O2 -Iinclude -c "$1" -o /dev/null 2>/dev/null; } 2>&1 |
        awk '{printf "%.3f\n", $1 + $2}'
}

for ((round = 0; round < rounds; ++round)); do
    for i in "${!names[@]}"; do cpu_seconds "$work/tu$i.cpp" >>"$work/times$i"; done
done

median() { sort -n "$1" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
empty=$(median "$work/times0")
json=$(median "$work/times1")

"$compiler" --version | head -1
printf '%-44s %9s %12s %14s  %s\n' "TU includes" "median s" "over empty" "over nlohmann" "target"
for i in "${!names[@]}"; do
    name=${names[$i]}
    t=$(median "$work/times$i")
    target=""
    case $name in
        "<plaid/errors.hpp>" | "<plaid/errors/invalid_input.hpp>" | "<plaid/errors/code.hpp>")
            target="core: <= 0.15 s over empty" ;;
        "<plaid/errors/json.hpp>") target="<= 0.3 s over nlohmann" ;;
    esac
    awk -v n="$name" -v t="$t" -v e="$empty" -v j="$json" -v target="$target" 'BEGIN {
        over_json = (n ~ /json/ && n != "<nlohmann/json.hpp>") ? sprintf("%+.3f", t - j) : ""
        met = ""
        if (target ~ /core/) met = (t - e <= 0.15) ? "yes" : "NO"
        if (target ~ /nlohmann/) met = (t - j <= 0.3) ? "yes" : "NO"
        printf "%-44s %9.3f %+12.3f %14s  %s %s\n", n, t, t - e, over_json, target, met
    }'
done
