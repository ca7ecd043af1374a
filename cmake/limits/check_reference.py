#!/usr/bin/env python3
"""Checks the retry data against Plaid's pages, where a copy of them lies beside the checkout
(../shared/reference/), and exits 77 (skipped) where it does not.

    python3 cmake/limits/check_reference.py [REFERENCE_DIR]

1. Every row of the Production and Sandbox rate-limit tables is in endpoints.json, in the
   page's order, none is added, and its literals (path, link, cell texts, counts, windows,
   units, codes and scopes) are byte-equal to the reference's; so are the RATE_LIMIT_EXCEEDED
   sections' endpoints, scopes, statuses, links and stated counts, and the idempotent
   operations' members, requirements and deprecation.
2. No prose of those pages is copied: no run of 8 or more words of the rate-limit page's
   caveats, headings and causes, or of the spec's sentences on idempotency and retrying,
   appears in the project's files (API literals, identifiers and paths break a run).
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from prose_copies import copies, runs, words  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
directory = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"
limits_file = directory / "plaid-rate-limits-2026-03.json"
idempotency_file = directory / "plaid-idempotency-2026-06.json"
for path in (limits_file, idempotency_file):
    if not path.exists():
        print(f"check_reference.py: skipped: {path} is absent (Plaid's pages are not part of the repo)")
        sys.exit(77)
limits = json.loads(limits_file.read_text(encoding="utf-8"))
idempotency = json.loads(idempotency_file.read_text(encoding="utf-8"))


def load(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


problems = []

# 1. literals
ours = load("endpoints.json")
for env in ("production", "sandbox"):
    theirs = limits[env]
    mine = ours[env]
    if [r["endpoint"] for r in theirs] != [r["endpoint"] for r in mine]:
        problems.append(f"{env}: the endpoints or their order differ from the reference")
    for r, e in zip(theirs, mine):
        where = f"{env} {r['endpoint']}"
        if r.get("doc_link") != e.get("doc_link"):
            problems.append(f"{where}: doc_link differs")
        if bool(r.get("endpoint_is_pattern")) != bool(e.get("pattern")):
            problems.append(f"{where}: pattern differs")
        for column in ("per_item", "per_client"):
            if r[column]["text"] != e[column]["text"] or r[column]["limits"] != e[column]["limits"]:
                problems.append(f"{where}: {column} differs")
            if ("note" in r[column]) != ("reading" in e[column]):
                problems.append(f"{where}: {column} lacks a reading of the reference's note, or has one it does not need")
        codes = [{"code": c["error_code"], "scopes": c["scopes"], "example": bool(c.get("named_as_example"))}
                 for c in r["error_codes"]]
        mine_codes = [{"code": c["code"], "scopes": c["scopes"], "example": bool(c.get("example"))} for c in e["codes"]]
        if codes != mine_codes:
            problems.append(f"{where}: codes differ")
        if ("note" in r) != ("reading" in e):
            problems.append(f"{where}: lacks a reading of the reference's note, or has one it does not need")

sections = {c["error_code"]: c for c in limits["error_codes"]}
mine_sections = {c["code"]: c for c in load("rate_limit_codes.json")["codes"]}
if list(sections) != list(mine_sections):
    problems.append("rate_limit_codes.json: the codes or their order differ from the reference")
for name in sections.keys() & mine_sections.keys():
    r, e = sections[name], mine_sections[name]
    for ref_key, our_key in (("endpoints", "endpoints"), ("scopes", "scopes"), ("http_status", "http_status"),
                             ("doc_url", "doc_url"), ("stated", "stated")):
        if r[ref_key] != e[our_key]:
            problems.append(f"{name}: {our_key} differs")
    if bool(r.get("endpoints_are_examples")) != bool(e.get("endpoints_are_examples")):
        problems.append(f"{name}: endpoints_are_examples differs")
    if r.get("disagreements") != e.get("disagreements"):
        problems.append(f"{name}: disagreements differ")
    if ("note" in r or "disagreements" in r) != ("reading" in e):
        problems.append(f"{name}: lacks a reading of the reference's note, or has one it does not need")

operations = load("idempotency.json")["operations"]
keyed = [o for o in operations if o["member"] is not None]
if [o["operation"] for o in idempotency["operations"]] != [o["operation"] for o in keyed]:
    problems.append("idempotency.json: the operations or their order differ from the reference")
for r, e in zip(idempotency["operations"], keyed):
    for ref_key, our_key in (("parameter", "member"), ("required", "required"), ("type", "type"),
                             ("maxLength", "maxLength"), ("minLength", "minLength"), ("deprecated", "deprecated")):
        if r.get(ref_key) != e.get(our_key):
            problems.append(f"{r['operation']}: {our_key} differs")
unkeyed = [o["operation"] for o in operations if o["member"] is None]
if unkeyed != [o["operation"] for o in idempotency["described_as_idempotent_without_such_parameter"]]:
    problems.append("idempotency.json: the operations idempotent without a key differ from the reference")
identifiers = {(m["schema"], m["member"]) for m in idempotency["request_members_described_as_idempotency_identifier"]}
if ("TransferCreateRequest", "authorization_id") not in identifiers or \
        [o["replaced_by"] for o in operations if o.get("replaced_by")] != ["authorization_id"]:
    problems.append("idempotency.json: /transfer/create's authorization_id is not the reference's key")


# 2. prose
texts = list(limits["page_caveats"])
for c in limits["error_codes"]:
    texts += [c["heading"]] + c["causes"]
for o in idempotency["operations"]:
    texts += [o.get("parameter_description") or ""] + o["parameter_retry_sentences"] + o["operation_retry_sentences"]
for group in ("described_as_idempotent_without_such_parameter", "request_members_described_as_idempotency_identifier"):
    for item in idempotency[group]:
        texts += item["sentences"]
for item in idempotency["related_retry_sentences"]:
    texts += item.get("sentences", []) + item.get("paragraphs", [])
prose = {gram: text[:60] for text in texts for gram in runs(words(text))}
problems += copies(ROOT, prose)

for problem in problems:
    print(problem)
print(f"check_reference.py: {len(limits['production'])} Production and {len(limits['sandbox'])} Sandbox rows, "
      f"{len(sections)} sections, {len(idempotency['operations'])} operations, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
