"""Time ``find_dateline`` per call in an older feedpub and this one, in the same run.

Each side times the same paragraphs in its own process, after one untimed pass that builds
its tables: first paragraphs with a dateline (the benchmark corpus's, and the dateline
corpus's texts), and second paragraphs, which have none and so are read to the end of every
way a dateline may be printed. The two
sides' processes take turns, several times, so a busy machine slows both alike; the best
time of each side is kept, and the ratio new/old is printed.

    git worktree add --detach /tmp/old-feedpub 9447f5e
    python benchmarks/datelines.py --old /tmp/old-feedpub
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

ROOT = Path(__file__).resolve().parent.parent
WORKER = """
import json, sys, time
from feedpub.parse.datelines import find_dateline
paragraphs = json.load(open(sys.argv[1], encoding="utf-8"))
rounds = int(sys.argv[2])
for paragraph in paragraphs:
    find_dateline(paragraph)
best = float("inf")
for _ in range(rounds):
    start = time.perf_counter()
    for paragraph in paragraphs:
        find_dateline(paragraph)
    best = min(best, time.perf_counter() - start)
print(best / len(paragraphs))
"""


def paragraphs(count: int) -> dict[str, list[str]]:
    """Paragraphs to time: first ones, with a dateline (the benchmark corpus's and the dateline
    corpus's), and second ones, without."""
    stories = corpus.generate(count)
    dated = [f"{story.dateline}{'' if story.language == 'zh' else ' '}{story.paragraphs[0]}" for story in stories]
    with (ROOT / "tests" / "data" / "datelines.tsv").open(encoding="utf-8", newline="") as handle:
        dated += [row["text"] for row in csv.DictReader((x for x in handle if not x.startswith("#")), delimiter="\t")]
    return {"with a dateline": dated, "without one": [story.paragraphs[1] for story in stories]}


def per_call(source: Path, texts: Path, rounds: int) -> float:
    """Seconds per ``find_dateline`` call with the feedpub checked out at ``source``."""
    environment = {**os.environ, "PYTHONPATH": str(source / "src")}
    output = subprocess.run(
        [sys.executable, "-c", WORKER, str(texts), str(rounds)],
        check=True,
        env=environment,
        capture_output=True,
        text=True,
    ).stdout
    return float(output)


def main() -> int:
    """Print microseconds per call on each side and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", type=Path, required=True, help="checkout of the older feedpub")
    parser.add_argument("--new", type=Path, default=ROOT, help="checkout of the newer feedpub")
    parser.add_argument("--count", type=int, default=2000, help="benchmark corpus stories")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes per process")
    parser.add_argument("--turns", type=int, default=5, help="processes per side, taking turns")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for kind, texts in paragraphs(options.count).items():
            path = Path(folder) / "paragraphs.json"
            path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
            old = new = float("inf")
            for _ in range(options.turns):
                old = min(old, per_call(options.old.resolve(), path, options.rounds))
                new = min(new, per_call(options.new.resolve(), path, options.rounds))
            print(f"{kind:16} old {old * 1e6:5.1f} µs per call, new {new * 1e6:5.1f} µs, ratio {new / old:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
