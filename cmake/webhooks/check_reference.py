#!/usr/bin/env python3
"""Checks webhooks.json (and the webhook-related error literals) against the extracts of Plaid's
spec, where a copy lies beside the checkout (../shared/reference/), and exits 77 (skipped) where
it does not.

    python3 cmake/webhooks/check_reference.py [REFERENCE_FOLDER]

1. Every webhook schema and (webhook_type, webhook_code) pair of the spec is in webhooks.json and
   none is added; each schema's literals (pair, members with their JSON types and nullability,
   required list, deprecation, where `error` stands, the member that keys it) are the spec's.
2. The enums read from the spec are byte-equal: `environment`, PENDING_DISCONNECT's `reason`,
   `error_code_reason` (as error_code_reason.hpp spells it) and plaid-python's error types (all in
   cmake/taxonomy/error_types.json).
3. examples.json holds every example body of the spec's webhook schemas, each written out as
   generate.py writes it byte-equal to the spec's text of it.
4. No prose of the spec is copied: no run of 8 or more words of a webhook or member description
   or of error_code_reason's sentences appears in the project's files.
"""
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from prose_copies import copies, runs, words  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"
webhooks_path = folder / "plaid-webhooks-2026-06.json"
errors_path = folder / "plaid-api-errors-spec-2026-06.json"
if not webhooks_path.exists() or not errors_path.exists():
    print(f"check_reference.py: skipped: {folder} is absent or incomplete (Plaid's spec extracts are not part of the repo)")
    sys.exit(77)
spec = json.loads(webhooks_path.read_text(encoding="utf-8"))
spec_errors = json.loads(errors_path.read_text(encoding="utf-8"))
ours = json.loads((HERE / "webhooks.json").read_text(encoding="utf-8"))
problems = []

theirs = {w["schema"]: w for w in spec["webhooks"]}
mine = {s["schema"]: s for s in ours["schemas"]}
for name in theirs.keys() - mine.keys():
    problems.append(f"{name}: in the spec, not in webhooks.json")
for name in mine.keys() - theirs.keys():
    problems.append(f"{name}: in webhooks.json, not in the spec")
for name in theirs.keys() & mine.keys():
    w, s = theirs[name], mine[name]
    expected_error = w["error"]["member"]
    if expected_error != "absent" and not w["error"].get("ref"):
        expected_error += "_string"
    if w["item_id"] != "absent" and not name.startswith("Processor"):
        key = "item_id"
    elif w["account_id"] != "absent":
        key = "account_id"
    elif w["user_id"] != "absent":
        key = "user_id"
    else:
        key = None
    expected = {
        "webhook_type": w["webhook_type"], "webhook_code": w["webhook_code"], "required": w["required"],
        "deprecated": bool(w.get("deprecated")), "error": expected_error, "key": key,
        "members": [[m["name"], m["type"] or "any"] + (["nullable"] if m["nullable"] else []) for m in w["members"]],
    }
    for field, value in expected.items():
        if s.get(field) != value:
            problems.append(f"{name}: {field} is {s.get(field)!r}, the spec says {value!r}")
pairs = {(w["webhook_type"], w["webhook_code"]) for w in spec["webhooks"]}
our_pairs = {(p["webhook_type"], p["webhook_code"]) for p in ours["pairs"]}
if pairs != our_pairs:
    problems.append(f"pairs differ: missing {sorted(pairs - our_pairs)}, added {sorted(our_pairs - pairs)}")
if [t["webhook_type"] for t in ours["types"]] != list(spec["by_webhook_type"]):
    problems.append("types differ from the spec's webhook types")

if ours["environments"] != spec["webhook_environment_values"]["enum"]:
    problems.append("environments differ from WebhookEnvironmentValues")
reason = next(m for m in theirs["PendingDisconnectWebhook"]["members"] if m["name"] == "reason")
if ours["pending_disconnect_reasons"] != reason["enum"]:
    problems.append("pending_disconnect_reasons differ from the spec's reason enum")
header = (ROOT / "include" / "plaid" / "errors" / "error_code_reason.hpp").read_text(encoding="utf-8")
spelled = re.findall(r'"(OAUTH_[A-Z_]+)"', header)
if spelled != [v["value"] for v in spec_errors["error_code_reason"]["values"]]:
    problems.append(f"error_code_reason.hpp spells {spelled}, the spec documents another list")

types = json.loads((ROOT / "cmake" / "taxonomy" / "error_types.json").read_text(encoding="utf-8"))["types"]
for v in spec_errors["error_types_plaid_python"]["values"]:
    if v["value"] not in types:
        problems.append(f"{v['value']}: a plaid-python error type missing from error_types.json")

examples = json.loads((HERE / "examples.json").read_text(encoding="utf-8"))["examples"]
kept = {(e["schema"], e["name"]): json.dumps(e["body"], indent=2, ensure_ascii=False) for e in examples}
documented = {(w["schema"], e["name"]): e["body_text"] for w in spec["webhooks"] for e in w["examples"]}
for key in documented.keys() - kept.keys():
    problems.append(f"{key[0]} {key[1]}: an example of the spec missing from examples.json")
for key in kept.keys() - documented.keys():
    problems.append(f"{key[0]} {key[1]}: in examples.json, not an example of the spec")
for key in documented.keys() & kept.keys():
    if kept[key] != documented[key]:
        problems.append(f"{key[0]} {key[1]}: the body in examples.json is not the spec's, byte for byte")

prose = {}
for w in spec["webhooks"]:
    for text in [w.get("description") or ""] + [m.get("description") or "" for m in w["members"]]:
        for gram in runs(words(text)):
            prose.setdefault(gram, w["schema"])
for text in spec_errors["error_code_reason"]["sentences_before_values"] + [v["sentence"] for v in spec_errors["error_code_reason"]["values"]]:
    for gram in runs(words(text)):
        prose.setdefault(gram, "error_code_reason")
for w in spec["webhooks"]:  # runs the example bodies share are literals, kept on purpose
    for e in w["examples"]:
        for gram in runs(words(e["body_text"])):
            prose.pop(gram, None)
problems += copies(ROOT, prose)

for problem in problems:
    print(problem)
print(f"check_reference.py: {len(theirs)} spec schemas, {len(pairs)} pairs, {len(mine)} schemas in webhooks.json, "
      f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
