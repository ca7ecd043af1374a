#!/usr/bin/env bash
# Lines of the reading code: the JSON reader, the body and document readers,
# the member tables and the name lookups, each header counted whole (code.hpp
# too, whose second half is the code lookups), and their total against the
# bound of half the lines the reading code had when the member tables came.
# Usage: tests/perf/reading_code_lines.sh
set -euo pipefail
cd "$(dirname "$0")/../../include/plaid/errors"

bound=978
files=(detail/json_reader.hpp detail/json_escape.hpp detail/utf8.hpp detail/json_syntax.hpp shape_reader.hpp
    body_reader.hpp parse.hpp members.hpp document_reader.hpp detail/name_index.hpp code.hpp)
total=0
for file in "${files[@]}"; do
    lines=$(wc -l <"$file")
    total=$((total + lines))
    printf '%6d %s\n' "$lines" "$file"
done
printf '%6d total; bound %d: %s\n' "$total" "$bound" "$([ "$total" -le "$bound" ] && echo met || echo "NOT met")"
