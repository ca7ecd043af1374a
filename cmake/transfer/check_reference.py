#!/usr/bin/env python3
"""Checks the transfer failure data against Plaid's Transfer errors page and spec extract, where a
copy lies beside the checkout (../shared/reference/), and exits 77 (skipped) where it does not.

    python3 cmake/transfer/check_reference.py [REFERENCE_JSON]

1. Every ACH return code and RTP/RfP failure code of the reference is in the data, in the page's
   order, and none is added; each literal (code, Description cell, Rail(s) cell, Retryable cell,
   Condensed Error Category, the tables' anchors) is byte-equal to the reference's. The rationale codes are the spec's
   enum, in its order, each with the decision the spec groups it under.
2. No prose of the reference is copied: no run of 8 or more words of its notes, suggested actions,
   introductions or spec descriptions appears in the project's files (the literals above, and
   identifiers and paths, break a run, as they are kept verbatim on purpose).
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from prose_copies import copies, runs, words  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
default = ROOT.parent / "shared" / "reference" / "plaid-transfer-failures-2026-03.json"
path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else default
if not path.exists():
    print(f"check_reference.py: skipped: {path} is absent (Plaid's reference is not part of the repo)")
    sys.exit(77)
reference = json.loads(path.read_text(encoding="utf-8"))


def read(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


problems = []
vocabulary = read("vocabulary.json")
labels = {c["id"]: c["docs_label"] for c in vocabulary["categories"]}
columns = {r["docs_column"] for r in vocabulary["retryable"]}
cells = {r["docs_cell"] for r in vocabulary["rails"] if r["docs_cell"]}


def compare(table, ours, fields):
    theirs = reference[table]["codes"]
    if [r["code"] for r in theirs] != [r["code"] for r in ours]:
        problems.append(f"{table}: the codes or their order differ from the reference's")
    if len(theirs) != reference["counts"][table]:
        problems.append(f"{table}: the reference's count is not its number of rows")
    by_code = {r["code"]: r for r in ours}
    for r in theirs:
        mine = by_code.get(r["code"])
        if mine is None:
            problems.append(f"{table} {r['code']}: in the reference, not in the data")
            continue
        for theirs_field, get in fields.items():
            if get(mine) != r[theirs_field]:
                problems.append(f"{table} {r['code']}: {theirs_field} differs from the reference")


compare("ach_return_codes", read("ach_return_codes.json"), {"description": lambda r: r["name"]})
compare("rtp_rfp_failure_codes", read("rtp_failure_codes.json"),
        {"description": lambda r: r["name"], "rails": lambda r: r["rails"], "retryable": lambda r: r["retryable"],
         "category": lambda r: labels[r["category"]]})
rtp = reference["rtp_rfp_failure_codes"]
if set(rtp["retryable_values"]) != columns:
    problems.append("vocabulary.json: the Retryable cells differ from the reference's")
if set(rtp["rails_values"]) != cells:
    problems.append("vocabulary.json: the Rail(s) cells differ from the reference's")
anchors = {r["id"]: r["docs_url"] for r in vocabulary["rails"]}
if anchors["ach"] != reference["ach_return_codes"]["anchor"] or any(
        url != rtp["anchor"] for rail, url in anchors.items() if rail != "ach"):
    problems.append("vocabulary.json: a docs_url differs from the reference's anchor")
if set(rtp["category_values"]) != {label for label in labels.values() if label}:
    problems.append("vocabulary.json: the categories differ from the reference's")

spec = reference["spec"]
groups = [(v["value"], v["decision"]) for v in spec["TransferAuthorizationDecisionRationaleCode"]["values"]]
enum = [v for v in spec["TransferAuthorizationDecisionRationaleCode"]["enum"] if v is not None]
ours = [(r["code"], r["decision"]) for r in read("decision_rationale_codes.json")]
if [code for code, _ in ours] != enum:
    problems.append("decision_rationale_codes.json: the codes or their order differ from the spec's enum")
if sorted(ours) != sorted(groups):
    problems.append("decision_rationale_codes.json: a decision differs from the spec's grouping")
if [m["name"] for m in spec["TransferFailure"]["members"]] != ["failure_code", "ach_return_code", "description"]:
    problems.append("TransferFailure: its members are not the three plaid::transfer_failure reads")


texts = []
for table in ("ach_return_codes", "rtp_rfp_failure_codes"):
    texts += reference[table]["intro"]
texts += [r.get("notes") or "" for r in reference["ach_return_codes"]["codes"]]
texts += [r["suggested_action"] for r in rtp["codes"]]
for name, schema in spec.items():
    if isinstance(schema, dict) and "schema" in schema:
        texts.append(schema.get("description") or "")
        texts += [m.get("description") or "" for m in schema["members"]]
        texts += [v["sentence"] for v in schema.get("values", [])]
texts += spec["retry_of_returned_transfers"]["sentences"]
prose = {}
for text in texts:
    for gram in runs(words(text)):
        prose.setdefault(gram, text[:40])
literals = [r["description"] for table in ("ach_return_codes", "rtp_rfp_failure_codes") for r in reference[table]["codes"]]
literals += list(rtp["category_values"])
for text in literals:  # runs that the API literals share are kept on purpose
    for gram in runs(words(text)):
        prose.pop(gram, None)
problems += copies(ROOT, prose)

for problem in problems:
    print(problem)
counted = ", ".join(f"{reference['counts'][t]} {t}" for t in ("ach_return_codes", "rtp_rfp_failure_codes", "rationale_codes"))
print(f"check_reference.py: {counted} in the reference, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
