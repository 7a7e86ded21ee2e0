"""Parse the same files with an older feedpub and this one, and print every difference.

The inputs are every test article (``tests/data/articles``), the bundled ``articles/``, the
texts of ``tests/data/datelines.tsv`` (each wrapped as the dateline tests wrap it) and the
benchmark corpus (``benchmarks/corpus.py``). Each side parses them in its own process, with
its own ``src`` first on ``PYTHONPATH``, so the two never share a module.

    git worktree add --detach /tmp/old-feedpub 9447f5e
    python benchmarks/parse_diff.py --old /tmp/old-feedpub --count 10000
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import corpus

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "2025-11-10"
#: Runs in each side's process: reads [name, base64 bytes] pairs, writes each parse as JSON.
WORKER = """
import base64, datetime as dt, json, sys
from pathlib import Path
import feedpub
from feedpub.parse import parse_bytes
print("parsing with", feedpub.__file__, file=sys.stderr)
reference = dt.date.fromisoformat(sys.argv[3])
out = {}
for name, data in json.load(open(sys.argv[1], encoding="utf-8")):
    parsed = parse_bytes(Path(name), base64.b64decode(data), reference_date=reference)
    problems = sorted(f"{p.severity} {p.path}: {p.message}" for p in parsed.problems)
    out[name] = {"article": parsed.article, "problems": problems}
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, sort_keys=True, default=str)
"""


def inputs(count: int) -> list[tuple[str, bytes]]:
    """Every (name, bytes) to parse; a name's suffix sets the format, as a file's would."""
    found: list[tuple[str, bytes]] = []
    for folder in (ROOT / "tests" / "data" / "articles", ROOT / "articles"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".json", ".md"):
                found.append((str(path.relative_to(ROOT)), path.read_bytes()))
    with (ROOT / "tests" / "data" / "datelines.tsv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        for row in rows:
            text = f"Headline\n{row['text']}\nSecond paragraph.\n"
            found.append((f"datelines.tsv/{row['id']}.txt", text.encode()))
    for story in corpus.generate(count):
        found.append((f"corpus/{story.id}.txt", corpus.wire_text(story).encode()))
    return found


def parse_with(source: Path, files: list[tuple[str, bytes]], work: Path, label: str) -> dict[str, Any]:
    """Parse ``files`` with the feedpub whose checkout is ``source``."""
    request, answer = work / f"{label}-in.json", work / f"{label}-out.json"
    request.write_text(json.dumps([[name, base64.b64encode(data).decode()] for name, data in files]))
    environment = {**os.environ, "PYTHONPATH": str(source / "src")}
    subprocess.run([sys.executable, "-c", WORKER, str(request), str(answer), REFERENCE], check=True, env=environment)
    result: dict[str, Any] = json.loads(answer.read_text("utf-8"))
    return result


def differences(old: Any, new: Any, path: str = "") -> list[str]:
    """Every JSON pointer where ``old`` and ``new`` differ, with both values."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in sorted(old.keys() | new.keys()):
            found += differences(old.get(key), new.get(key), f"{path}/{key}")
        return found
    if old != new:
        return [f"{path or '/'}: {json.dumps(old, ensure_ascii=False)} -> {json.dumps(new, ensure_ascii=False)}"]
    return []


def main() -> int:
    """Print each file whose parse differs, and how; return 0 whatever is found."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", type=Path, required=True, help="checkout of the older feedpub")
    parser.add_argument("--new", type=Path, default=ROOT, help="checkout of the newer feedpub")
    parser.add_argument("--count", type=int, default=10_000, help="benchmark corpus stories")
    options = parser.parse_args()
    files = inputs(options.count)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        old = parse_with(options.old.resolve(), files, work, "old")
        new = parse_with(options.new.resolve(), files, work, "new")
    changed = 0
    for name, _ in files:
        found = differences(old[name], new[name])
        if found:
            changed += 1
            print(name)
            for line in found:
                print("   ", line)
    print(f"{changed} of {len(files)} files parse differently")
    return 0


if __name__ == "__main__":
    sys.exit(main())
