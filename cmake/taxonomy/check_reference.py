#!/usr/bin/env python3
"""Checks the taxonomy's entries against Plaid's error reference, where a copy of it lies beside
the checkout (../shared/reference/), and exits 77 (skipped) where it does not.

    python3 cmake/taxonomy/check_reference.py [REFERENCE_JSON]

1. Every entry of the reference is in entries/*.json and none is added; every API literal
   (status, doc URL, sample messages and body, user-facing messages, endpoints, aliases) is
   byte-equal to the reference's.
2. Every webhook that an after_webhook plan names as ending its wait is one the entry's
   troubleshooting steps name (as `CODE` or `TYPE: CODE`), and the code's own plan names every
   webhook those steps do.
3. No prose of the reference is copied: no run of 8 or more words of its summaries, causes,
   troubleshooting or Link texts appears in the project's files (API literals, identifiers
   and paths break a run, as they are kept verbatim on purpose).
"""
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from prose_copies import copies, runs, words  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
default = ROOT.parent / "shared" / "reference" / "plaid-errors-2026-03.json"
path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else default
if not path.exists():
    print(f"check_reference.py: skipped: {path} is absent (Plaid's reference is not part of the repo)")
    sys.exit(77)
reference = json.loads(path.read_text(encoding="utf-8"))["entries"]

ours = {}
for file in sorted((HERE / "entries").glob("*.json")):
    for e in json.loads(file.read_text(encoding="utf-8")):
        ours[(e["error_type"], e["error_code"])] = e

problems = []
theirs = {(r["error_type"], r["error_code"]): r for r in reference}
for key in theirs.keys() - ours.keys():
    problems.append(f"{key}: in the reference, not in the taxonomy")
for key in ours.keys() - theirs.keys():
    problems.append(f"{key}: in the taxonomy, not in the reference")
for key in theirs.keys() & ours.keys():
    r, e = theirs[key], ours[key]
    aliases = [a.strip() for a in r["heading"].split(" or ")[1:]] if r["heading"] else []
    expected = {
        "http_status": r["http_status"], "doc_url": r["doc_url"],
        "sample_error_message": r["sample_error_message"], "sample_display_message": r["sample_display_message"],
        "sample_body_text": r["sample_body_text"], "endpoints": r["endpoints"], "aliases": aliases,
        "user_facing_messages": [m for m in (r["user_facing_message"], r.get("alternative_user_facing_message")) if m is not None],
    }
    for field, value in expected.items():
        if e.get(field, []) != value:
            problems.append(f"{key}: {field} differs from the reference")
    if (r["link_user_experience"] is None) != (e["link_experience"] is None):
        problems.append(f"{key}: link_experience is {'missing' if e['link_experience'] is None else 'not in the reference'}")

webhook_codes = {p["webhook_code"] for p in json.loads((HERE.parent / "webhooks" / "webhooks.json").read_text())["pairs"]}
for key in theirs.keys() & ours.keys():
    e = ours[key]
    waits = [e.get("ending_webhooks")] + [c.get("ending_webhooks") for c in e.get("handling_in_context", [])]
    named = {tuple(p) for wait in waits if wait for p in wait.get("pairs", [])}
    if not named:
        continue
    said = set()  # (type or None, code) of each webhook the steps name
    for step in theirs[key]["troubleshooting"]:
        if "webhook" not in step:
            continue
        for literal in re.findall(r"`([^`]+)`", step):
            webhook_type, _, code = literal.rpartition(": ")
            if code in webhook_codes:
                said.add((webhook_type or None, code))
    for webhook_type, code in named:
        if (webhook_type, code) not in said and (None, code) not in said:
            problems.append(f"{key}: ending webhook {webhook_type} {code} is not one its troubleshooting steps name")
    own = {tuple(p)[1] for p in (e.get("ending_webhooks") or {}).get("pairs", [])}
    for webhook_type, code in said:
        if code not in own:
            problems.append(f"{key}: its steps name the {code} webhook, which its own plan's ending webhooks lack")

prose = {}
for r in reference:
    for text in [r.get("summary") or "", r.get("link_user_experience") or ""] + r["causes"] + r["troubleshooting"]:
        for gram in runs(words(text)):
            prose.setdefault(gram, f"{r['error_type']} {r['error_code']}")
for r in reference:  # runs that the API literals share are kept on purpose
    for text in (r["sample_error_message"], r["sample_display_message"], r["user_facing_message"],
                 r.get("alternative_user_facing_message"), r["sample_body_text"]):
        for gram in runs(words(text or "")):
            prose.pop(gram, None)
problems += copies(ROOT, prose)

for problem in problems:
    print(problem)
print(f"check_reference.py: {len(reference)} reference entries, {len(ours)} taxonomy entries, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
