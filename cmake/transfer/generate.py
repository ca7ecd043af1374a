#!/usr/bin/env python3
"""Writes the transfer failure headers of plaid-errors from the data in this folder.

    python3 cmake/transfer/generate.py          # rewrite the generated headers
    python3 cmake/transfer/generate.py --check  # exit 1 when a header differs from what it would write

Input: ach_return_codes.json and rtp_failure_codes.json (the codes of Plaid's Transfer errors
page, in the page's order), vocabulary.json (categories, the Retryable column, the rails) and
decision_rationale_codes.json (the spec's authorization rationale codes, in its enum order; a
plan written as "TYPE CODE" is that taxonomy entry's handling, so that both stay one plan).
Codes, titles and the docs' column cells are Plaid's literals; descriptions and actions are
the library's words. Output, under include/plaid/errors/:
  transfer_failure_codes.hpp        the vocabulary enums and one record per failure code
  transfer_decision_rationale.hpp   the rationale codes, their decision and action plan
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# The C++ spelling of the taxonomy's generator, so that both write literals and plans alike.
sys.path.insert(0, str(HERE.parent / "taxonomy"))
from generate import (fail, guard, headers_state, identifier, literal as view_literal, namespace,  # noqa: E402
                      plan_literal, write_headers)

INCLUDE = ROOT / "include" / "plaid" / "errors"
BANNER_FROM = "cmake/taxonomy/generate.py from cmake/taxonomy/*.json"
BANNER_TO = "cmake/transfer/generate.py from cmake/transfer/*.json"
DECISIONS = ("approved", "declined", "user_action_required")


def literal(text):
    """A plain string literal, which converts to std::string_view in a constant expression."""
    return view_literal(text)[:-2]


def read(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def one_line(text, where):
    if not text or "\n" in text or "TODO" in text:
        fail(f"{where}: prose must be one written line")
    return text


def load():
    vocabulary = read("vocabulary.json")
    categories = {c["id"]: c for c in vocabulary["categories"]}
    retry_by_column = {r["docs_column"]: r["id"] for r in vocabulary["retryable"]}
    retries = [r["id"] for r in vocabulary["retryable"]]
    rail_by_cell = {r["docs_cell"]: r["id"] for r in vocabulary["rails"] if r["docs_cell"]}
    records = []
    for rail_file, network in (("ach_return_codes.json", "ach"), ("rtp_failure_codes.json", "rtp")):
        for row in read(rail_file):
            where = f"{rail_file} {row.get('code')}"
            allowed = {"code", "name", "category", "description", "action"} | (
                {"retry"} if network == "ach" else {"rails", "retryable"})
            if set(row) - allowed or {"code", "name", "category", "description"} - set(row):
                fail(f"{where}: keys {sorted(row)}, expected {sorted(allowed)}")
            category = categories.get(row["category"]) or fail(f"{where}: unknown category {row['category']}")
            if network == "ach":
                rail, retry = "ach", row["retry"]
            else:
                rail = rail_by_cell.get(row["rails"]) or fail(f"{where}: unknown rails cell {row['rails']!r}")
                retry = retry_by_column.get(row["retryable"]) or fail(f"{where}: unknown Retryable cell {row['retryable']!r}")
            if retry not in retries:
                fail(f"{where}: retry {retry} is none of {retries}")
            action = row.get("action") or category[f"{network}_action"]
            if not action:
                fail(f"{where}: no action of its own, and category {row['category']} has none for {network}")
            records.append({"code": row["code"], "title": row["name"], "rail": rail, "category": row["category"],
                            "retry": retry, "description": one_line(row["description"], where),
                            "action": one_line(action, where)})
    codes = [r["code"] for r in records]
    if len(set(codes)) != len(codes):
        fail("a failure code is listed twice")
    if len(records) > 254:
        fail("transfer_code holds a value in one byte")
    taxonomy = {}
    for path in (HERE.parent / "taxonomy" / "entries").glob("*.json"):
        for e in json.loads(path.read_text(encoding="utf-8")):
            taxonomy[f"{e['error_type']} {e['error_code']}"] = e["handling"]
    rationales = read("decision_rationale_codes.json")
    for r in rationales:
        if r["decision"] not in DECISIONS:
            fail(f"rationale {r['code']}: decision {r['decision']} is none of {DECISIONS}")
        if isinstance(r["plan"], str):
            r["plan"] = taxonomy.get(r["plan"]) or fail(f"rationale {r['code']}: no taxonomy entry {r['plan']}")
        one_line(r["description"], f"rationale {r['code']}")
    return vocabulary, records, rationales


def enum(name, doc, values):
    lines = "".join(f"    {v},{'  ///< ' + d if d else ''}\n" for v, d in values)
    return f"{doc}enum class {name} : std::uint8_t {{\n{lines}}};\n"


def text_of(function_name, name, values, doc):
    """A constexpr switch from each enumerator of `name` to its text in `values`."""
    return function(f"constexpr std::string_view {function_name}({name} value)", name,
                    [(v, literal(text)) for v, text in values], doc)


def function(signature, name, values, doc):
    cases = "".join(f"        case {name}::{v}: return {text};\n" for v, text in values)
    return f"{doc}{signature} noexcept {{\n    switch (value) {{\n{cases}    }}\n    return {{}};\n}}\n"


def failure_codes_header(vocabulary, records):
    categories = vocabulary["categories"]
    rails = vocabulary["rails"]
    retries = vocabulary["retryable"]
    rail_doc = {"ach": "an ACH return code", "rtp_and_rfp": "an RTP/RfP code of both instant rails",
                "rtp": "an RTP code only", "rfp": "an RfP (request for payment) code only"}
    retry_doc = {"no": "never: the transfer cannot succeed as it was", "automatic":
                 "resend as it was, after a short pause", "after_correction": "resend once what it names is corrected"}
    parts = [
        enum("transfer_rail", "/// The rails a transfer failure code belongs to.\n",
             [(r["id"], rail_doc[r["id"]]) for r in rails]),
        "\n",
        enum("transfer_retry",
             "/// Whether a failed transfer may be sent again: the docs' Retryable column for RTP/RfP\n"
             "/// codes. ACH returns have no such column; Plaid's spec allows resending only returns\n"
             "/// R01 and R09, within the limits it states, so those two are `after_correction` (the\n"
             "/// funds are the correction) and every other return is `no`.\n",
             [(r["id"], retry_doc[r["id"]]) for r in retries]),
        "\n",
        enum("transfer_failure_category",
             "/// What a failure code is about: the docs' condensed categories of the RTP/RfP codes, which\n"
             "/// the ACH returns are sorted into as well, and one of the library's own for ACH returns\n"
             "/// about the return entry itself.\n",
             [(c["id"], c.get("summary")) for c in categories]),
        "\n",
        text_of("to_string", "transfer_rail", [(r["id"], r["id"]) for r in rails],
                  "/// Lower-case name of a rail (`rtp_and_rfp`); empty for an out-of-range value.\n"),
        "\n",
        text_of("to_string", "transfer_retry", [(r["id"], r["id"]) for r in retries],
                  "/// Lower-case name of a retry rule (`after_correction`); empty for an out-of-range value.\n"),
        "\n",
        text_of("to_string", "transfer_failure_category", [(c["id"], c["id"]) for c in categories],
                  "/// Lower-case name of a category (`receiving_account`); empty for an out-of-range value.\n"),
        "\n",
        text_of("docs_column", "transfer_retry", [(r["id"], r["docs_column"]) for r in retries],
                  "/// The docs' Retryable cell of a value, byte for byte (its `auto‑retry` has a\n"
                  "/// non-breaking hyphen), for output that quotes the docs.\n"),
        "\n",
        text_of("docs_cell", "transfer_rail", [(r["id"], r["docs_cell"] or "") for r in rails],
                  "/// The docs' Rail(s) cell of a value (`Both`, `RTP`, `RFP`); empty for `ach`,\n"
                  "/// whose table has no such column.\n"),
        "\n",
        text_of("docs_url", "transfer_rail", [(r["id"], r["docs_url"]) for r in rails],
                "/// The docs' table that lists a rail's codes, by its page and anchor.\n"),
        "\n",
        text_of("docs_label", "transfer_failure_category", [(c["id"], c["docs_label"] or "") for c in categories],
                  "/// The docs' Condensed Error Category of a value, byte for byte; empty for\n"
                  "/// `between_banks`, which is the library's.\n"),
    ]
    rows = ["    {},\n"] + [
        f"    {{{literal(r['code'])}, {literal(r['title'])}, transfer_rail::{r['rail']},\n"
        f"     transfer_failure_category::{r['category']}, transfer_retry::{r['retry']},\n"
        f"     {literal(r['description'])},\n     {literal(r['action'])}}},\n" for r in records]
    first_rtp = 1 + sum(1 for r in records if r["rail"] == "ach")
    parts.append(
        "\n/// One failure code of Plaid's Transfer errors page.\n"
        "struct transfer_failure_record {\n"
        "    std::string_view code;   ///< as sent in `failure_code` (`R01`, `AC04`)\n"
        "    std::string_view title;  ///< the docs' Description cell; the spec's examples send it as `description`\n"
        "    transfer_rail rail;\n    transfer_failure_category category;\n    transfer_retry retry;\n"
        "    std::string_view description;  ///< what happened, in the library's words\n"
        "    std::string_view action;       ///< what to do about it\n};\n\n"
        "namespace detail {\n\n"
        "/// Every failure code by `transfer_code` value: the ACH returns in the page's order, then the\n"
        "/// RTP/RfP codes from `first_rtp_failure_code` on; entry 0 stands for no code.\n"
        f"inline constexpr std::array<transfer_failure_record, {len(rows)}> transfer_failure_records{{{{\n"
        + "".join(rows) + "}};\n\n"
        f"inline constexpr std::uint8_t first_rtp_failure_code = {first_rtp};\n\n}}  // namespace detail\n")
    includes = "#include <array>\n#include <cstdint>\n#include <string_view>\n"
    return guard("PLAID_ERRORS_TRANSFER_FAILURE_CODES_HPP", includes, namespace("".join(parts)))


def rationale_header(rationales):
    values = [identifier(r["code"]) for r in rationales]
    parts = [
        enum("transfer_decision", "/// Plaid's decision on a proposed transfer (`TransferAuthorizationDecision`).\n",
             [("approved", "go ahead; a rationale then says the risk check could not run"),
              ("declined", "do not send it"), ("user_action_required", "the end user acts first, in Link")]),
        "\n",
        enum("decision_rationale",
             "/// Why Plaid decided as it did (`TransferAuthorizationDecisionRationaleCode`), in the\n"
             "/// spec's order. A rationale string this enum lacks stays a string where it is read.\n",
             [(v, None) for v in values]),
        "\n",
        text_of("to_string", "transfer_decision", [(d, d) for d in DECISIONS],
                  "/// Lower-case name of a decision, as sent (`user_action_required`); empty for an out-of-range value.\n"),
        "\n",
        text_of("to_string", "decision_rationale", [(v, r["code"]) for v, r in zip(values, rationales)],
                  "/// The code as sent (`ITEM_LOGIN_REQUIRED`); empty for an out-of-range value.\n"),
        "\n",
        function("constexpr std::optional<transfer_decision> decision_of(decision_rationale value)", "decision_rationale",
                 [(v, f"transfer_decision::{r['decision']}") for v, r in zip(values, rationales)],
                 "/// The decision a rationale comes with, as the spec groups them; no value for an out-of-range one.\n"),
        "\n",
        function("constexpr action_plan plan_of(decision_rationale value)", "decision_rationale",
                 [(v, "action_plan" + plan_literal(r["plan"])) for v, r in zip(values, rationales)],
                 "/// What to do about a rationale, as for an error code: ITEM_LOGIN_REQUIRED (and a payment\n"
                 "/// profile's login) call for the same relink as the Item error of that name; the approvals\n"
                 "/// whose check could not run call for no remedy but your own risk review.\n"),
        "\n",
        text_of("describe", "decision_rationale", [(v, r["description"]) for v, r in zip(values, rationales)],
                  "/// What a rationale means, in the library's words; empty for an out-of-range value.\n"),
        "\n/// The rationale a code string names, case-sensitive; no value for any other string.\n"
        "constexpr std::optional<decision_rationale> to_decision_rationale(std::string_view name) noexcept {\n"
        f"    for (std::uint8_t i = 0; i < {len(values)}; ++i)\n"
        "        if (to_string(static_cast<decision_rationale>(i)) == name) return static_cast<decision_rationale>(i);\n"
        "    return std::nullopt;\n}\n",
    ]
    includes = ('#include <cstdint>\n#include <optional>\n#include <string_view>\n\n#include "action_plan.hpp"\n')
    return guard("PLAID_ERRORS_TRANSFER_DECISION_RATIONALE_HPP", includes, namespace("".join(parts)))


def main():
    check = "--check" in sys.argv[1:]
    vocabulary, records, rationales = load()
    outputs = {
        INCLUDE / "transfer_failure_codes.hpp": failure_codes_header(vocabulary, records),
        INCLUDE / "transfer_decision_rationale.hpp": rationale_header(rationales),
    }
    stale = write_headers({path: text.replace(BANNER_FROM, BANNER_TO) for path, text in outputs.items()}, check)
    print(f"{len(records)} transfer failure codes, {len(rationales)} rationale codes; " + headers_state(stale, check))


if __name__ == "__main__":
    main()
