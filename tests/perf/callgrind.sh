#!/usr/bin/env bash
# Instructions and heap allocations per operation for every case of
# instruction_driver, counted by callgrind (stable on a shared, noisy machine),
# then one row per body class (tests/perf/corpora.hpp) and the ratios the
# performance targets are stated in.
# Usage: tests/perf/callgrind.sh [--annotate CASE]... [BUILD_DIR [CASE_PATTERN]]   (default build/perf, all cases)
set -euo pipefail

annotate=()
while [ $# -gt 0 ] && [ "$1" = --annotate ]; do
    annotate+=("$2")
    shift 2
done
build_dir=${1:-build/perf}
pattern=${2:-}
driver=$build_dir/tests/instruction_driver

if ! command -v valgrind >/dev/null; then
    echo "callgrind.sh: valgrind is not installed; instruction counts skipped"
    exit 0
fi
if [ ! -x "$driver" ]; then
    echo "callgrind.sh: $driver not built (it needs valgrind/callgrind.h)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A instructions allocations owned
classes=()
printf '%-40s %16s %16s %16s\n' "case" "instructions/op" "allocations/op" "owned blocks/op"
for name in $("$driver" --list | grep -E -- "${pattern:-.}"); do
    out=$work/$(echo "$name" | tr / _).out
    counts=$(valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$out" "$driver" "$name" 2>/dev/null)
    read -r units allocated owned_blocks _ <<<"$counts"
    total=$(awk '$1 == "totals:" {print $2}' "$out")
    instructions[$name]=$(awk -v t="$total" -v u="$units" 'BEGIN {printf "%.1f", t / u}')
    allocations[$name]=$(awk -v a="$allocated" -v u="$units" 'BEGIN {printf "%.1f", a / u}')
    owned[$name]=$(awk -v a="$owned_blocks" -v u="$units" 'BEGIN {printf "%.1f", a / u}')
    printf '%-40s %16s %16s %16s\n' "$name" "${instructions[$name]}" "${allocations[$name]}" \
        "$([ "$owned_blocks" = 0 ] && echo - || echo "${owned[$name]}")"
    if [[ $name == parse/*/plaid ]]; then
        class=${name#parse/}
        classes+=("${class%/plaid}")
    fi
    for wanted in "${annotate[@]}"; do
        if [ "$wanted" = "$name" ]; then
            callgrind_annotate --inclusive=no "$out" 2>/dev/null | sed -n '1,60p'
        fi
    done
done

# Per body class: instructions per body of each parser, how many times
# parse_error's count the baselines' are, and parse_error's heap allocations
# per body against the blocks its result owns (the least it could allocate).
if [ ${#classes[@]} -gt 0 ]; then
    printf '\n%-22s %12s %12s %12s %10s %10s %10s %10s\n' "class (per body)" "plaid" "nlohmann" "simdjson" \
        "nlohmann/" "simdjson/" "plaid" "owned"
    printf '%-22s %12s %12s %12s %10s %10s %10s %10s\n' "" "instr." "+ extract" "on-demand" "plaid" "plaid" \
        "allocs" "blocks"
    for class in "${classes[@]}"; do
        plaid=${instructions[parse/$class/plaid]}
        nlohmann=${instructions[parse/$class/nlohmann_hand]:-}
        simdjson=${instructions[parse/$class/simdjson_ondemand]:-}
        awk -v c="$class" -v p="$plaid" -v n="$nlohmann" -v s="$simdjson" -v a="${allocations[parse/$class/plaid]}" \
            -v o="${owned[parse/$class/plaid]}" 'BEGIN {
            printf "%-22s %12.0f %12s %12s %10s %10s %10s %10s\n", c, p, (n == "" ? "-" : sprintf("%.0f", n)),
                (s == "" ? "-" : sprintf("%.0f", s)), (n == "" ? "-" : sprintf("%.2fx", n / p)),
                (s == "" ? "-" : sprintf("%.2fx", s / p)), a, o
        }'
    done
fi

# slow case, fast case, minimum ratio (0: no target), what the ratio says: for every body
# class, nlohmann parse + hand extraction over parse_error, and simdjson on-demand's count
# beside it (its target is in time: parse_benchmark); then the lookups.
comparisons=()
for class in "${classes[@]}"; do
    comparisons+=("parse/$class/nlohmann_hand parse/$class/plaid 6 parse $class: nlohmann parse + hand extraction / plaid")
    comparisons+=("parse/$class/simdjson_ondemand parse/$class/plaid 0 parse $class: simdjson on-demand / plaid")
done
comparisons+=(
    "from_dom/docs/nlohmann_hand from_dom/docs/plaid 0 from a DOM, docs: hand extraction / plaid"
    "from_dom/full_fields/nlohmann_hand from_dom/full_fields/plaid 0 from a DOM, full_fields: hand extraction / plaid"
    "lookup/known/unordered_map lookup/known/plaid 2 lookup known: unordered_map by (type, code) / to_code(type, code)"
    "lookup/near_miss/unordered_map lookup/near_miss/plaid 2 lookup near miss: unordered_map by (type, code) / to_code(type, code)"
    "lookup/known/plaid lookup/near_miss/plaid 1 to_code(type, code): known / near miss"
    "find_errors/spec_examples/nlohmann_walk find_errors/spec_examples/plaid 6 find_errors, spec examples: nlohmann + walk / plaid"
    "webhook/spec_examples/nlohmann_hand webhook/spec_examples/plaid 6 parse_webhook, spec examples: nlohmann + hand extraction / plaid"
    "link/fixture_exits/nlohmann_hand link/fixture_exits/plaid 6 Link exits, fixture's (every form): nlohmann + hand extraction / plaid"
    "link/exit/nlohmann_hand link/exit/plaid 0 Link exits, exit objects: nlohmann + hand extraction / plaid"
    "link/session/nlohmann_hand link/session/plaid 0 Link exits, link_sessions elements: nlohmann + hand extraction / plaid"
    "link/callback/nlohmann_hand link/callback/plaid 0 Link exits, LINK_CALLBACK webhooks: nlohmann + hand extraction / plaid"
    "link/sdk/nlohmann_hand link/sdk/plaid 0 Link exits, SDK camelCase: nlohmann + hand extraction / plaid"
)
if [ -n "${instructions[lookup/loop_only]:-}" ]; then
    printf '\n%-40s %16s\n' "lookup, net of the loop" "instructions/op"
    for name in lookup/known/plaid lookup/known/unordered_map lookup/near_miss/plaid lookup/near_miss/unordered_map; do
        [ -n "${instructions[$name]:-}" ] || continue
        printf '%-40s %16s\n' "$name" \
            "$(awk -v t="${instructions[$name]}" -v l="${instructions[lookup/loop_only]}" 'BEGIN {printf "%.1f", t - l}')"
    done
fi

printf '\n%-72s %9s  %-22s %s\n' "instruction ratio" "ratio" "target" "met"
for row in "${comparisons[@]}"; do
    read -r slow fast minimum what <<<"$row"
    [ -n "${instructions[$slow]:-}" ] && [ -n "${instructions[$fast]:-}" ] || continue
    awk -v s="${instructions[$slow]}" -v f="${instructions[$fast]}" -v m="$minimum" -v w="$what" 'BEGIN {
        r = s / f
        printf "%-72s %8.2fx  %-22s %s\n", w, r, (m > 0 ? ">= " m "x fewer" : ""), (m > 0 ? (r >= m ? "yes" : "NO") : "")
    }'
done
