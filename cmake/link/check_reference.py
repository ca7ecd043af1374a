#!/usr/bin/env python3
"""Checks link.json against the extracts of Plaid's spec, the React Native Link SDK and the error
reference, where a copy lies beside the checkout (../shared/reference/), and exits 77 (skipped)
where it does not.

    python3 cmake/link/check_reference.py [REFERENCE_FOLDER]

1. The statuses are every value LinkSessionExitMetadata's `status` lists and every value of the
   SDK's LinkExitMetadataStatus, none added, spec values first in the spec's order; `in_spec` and
   `in_sdk` say truly which source names each.
2. The error codes are the SDK's LinkErrorCode values in its order, each with its comment group;
   `sdk_error_types` is its LinkErrorType.
3. A code is `documented` exactly when the 2026-03 reference lists it (under the type given), and
   the codes the SDK comparison finds missing from the reference are each an alias of a code the
   reference lists, Link-only or Link's "no error" code.
4. No prose of the sources is copied: no run of 8 or more words of the Link schemas' or status
   values' descriptions appears in the project's files.
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from prose_copies import copies, runs, words  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"
spec_path = folder / "plaid-api-errors-spec-2026-06.json"
reference_path = folder / "plaid-errors-2026-03.json"
if not spec_path.exists() or not reference_path.exists():
    print(f"check_reference.py: skipped: {folder} is absent or incomplete (Plaid's spec extracts are not part of the repo)")
    sys.exit(77)
spec = json.loads(spec_path.read_text(encoding="utf-8"))
reference = json.loads(reference_path.read_text(encoding="utf-8"))
ours = json.loads((HERE / "link.json").read_text(encoding="utf-8"))
link = spec["link"]
sdk = link["react_native_sdk"]
problems = []

spec_statuses = [v["value"] for v in link["link_session_exit_metadata_status_values"]["values"]]
listed = next(m for m in link["link_session_exit_metadata"]["members"] if m["name"] == "status")["properties_listed"]
if listed != spec_statuses:
    problems.append("the spec's status values and its properties_listed differ")
sdk_statuses = [v["value"] for v in sdk["LinkExitMetadataStatus"]["values"]]
expected = spec_statuses + [s for s in sdk_statuses if s not in spec_statuses]
mine = [s["status"] for s in ours["statuses"]]
if mine != expected:
    problems.append(f"statuses are {mine}, the sources give {expected}")
for s in ours["statuses"]:
    if s["in_spec"] != (s["status"] in spec_statuses) or s["in_sdk"] != (s["status"] in sdk_statuses):
        problems.append(f"{s['status']}: in_spec or in_sdk is wrong")

sdk_codes = [(v["value"], v["comment_group"]) for v in sdk["LinkErrorCode"]["values"]]
my_codes = [(c["link_code"], c["sdk_group"]) for c in ours["error_codes"]]
if my_codes != sdk_codes:
    problems.append("error_codes differ from the SDK's LinkErrorCode (values, order or comment groups)")
if ours["sdk_error_types"] != [v["value"] for v in sdk["LinkErrorType"]["values"]]:
    problems.append("sdk_error_types differ from the SDK's LinkErrorType")

pairs = {(e["error_type"], e["error_code"]) for e in reference["entries"]}
codes_in_reference = {code for _, code in pairs}
missing = set(sdk["LinkErrorCode"]["not_in_reference_2026_03"])
for c in ours["error_codes"]:
    name = c["link_code"]
    if (c["resolves"] == "documented") != (name in codes_in_reference):
        problems.append(f"{name}: resolves is {c['resolves']}, and the reference {'lists' if name in codes_in_reference else 'does not list'} it")
    if c["resolves"] == "documented" and (c["error_type"], name) not in pairs:
        problems.append(f"{name}: the reference does not list it under {c['error_type']}")
    if c["resolves"] == "alias" and (c["error_type"], c.get("code")) not in pairs:
        problems.append(f"{name}: an alias of ({c['error_type']}, {c.get('code')}), which the reference does not list")
    if (name in missing) != (c["resolves"] != "documented"):
        problems.append(f"{name}: the SDK comparison and resolves disagree on whether the reference lists it")

prose = {}
for key in ("link_token_get_sessions_response", "link_session_exit", "link_session_exit_deprecated",
            "link_session_exit_metadata", "link_session_exit_metadata_institution", "link_event", "link_event_metadata"):
    schema = link[key]
    for text in [schema.get("description") or ""] + [m.get("description") or "" for m in schema["members"]]:
        for gram in runs(words(text)):
            prose.setdefault(gram, schema["schema"])
for v in link["link_session_exit_metadata_status_values"]["values"]:
    for gram in runs(words(v["description"])):
        prose.setdefault(gram, f"status {v['value']}")
callback = spec["link_delivery_callback"]
for key in ("webhook", "link_callback_metadata", "institution"):
    for text in [callback[key].get("description") or ""] + [m.get("description") or "" for m in callback[key]["members"]]:
        for gram in runs(words(text)):
            prose.setdefault(gram, callback[key]["schema"])
problems += copies(ROOT, prose)

for problem in problems:
    print(problem)
print(f"check_reference.py: {len(ours['statuses'])} statuses, {len(ours['error_codes'])} Link error codes, "
      f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
