"""Validate an OCDS release package against OCDS 1.1.5 with extensions applied, offline.

Usage:
    python3 validate_extended.py EXTENSION[,EXTENSION...] FILE.json

EXTENSION is the name of a folder under ocds/extensions/ (for example "bid,lots"). Each extension's
release-schema.json is a JSON Merge Patch (RFC 7386) over the core release schema; they are applied
in the order given, the patched release schema is stored in a temporary folder beside a copy of the
core package schema, and the document is validated by validate.py exactly as for "ocds" (same
output and exit status). The stored files are read, never modified; nothing is fetched.
"""

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate  # noqa: E402  (the sibling script, imported after its folder is on the path)


def merge_patch(target, patch):
    """RFC 7386: objects merge member by member, null removes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def main(argv):
    if len(argv) != 3:
        print("usage: python3 validate_extended.py EXTENSION[,EXTENSION...] FILE.json", file=sys.stderr)
        return 2
    core = HERE / "ocds" / "1.1.5"
    with (core / "release-schema.json").open(encoding="utf-8") as fh:
        release = json.load(fh)
    names = [name for name in argv[1].split(",") if name]
    for name in names:
        path = HERE / "ocds" / "extensions" / name / "v1.1.5" / "release-schema.json"
        try:
            with path.open(encoding="utf-8") as fh:
                release = merge_patch(release, json.load(fh))
        except (OSError, ValueError) as exc:
            print(f"validate_extended.py: cannot read extension {name}: {exc}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(core / "release-package-schema.json", folder)
        with open(Path(folder) / "release-schema.json", "w", encoding="utf-8") as fh:
            json.dump(release, fh)
        validate.STANDARDS["ocds+"] = dict(
            validate.STANDARDS["ocds"], dir=Path(folder),
            label="OCDS 1.1.5 release package with " + ", ".join(names))
        return validate.validate("ocds+", argv[2])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
