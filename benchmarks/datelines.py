"""Time ``find_dateline`` per call in an older feedpub and this one, in the same run, and
the reading of whole articles (``parse_bytes``) beside it.

Each side times the same paragraphs in its own process, after one untimed pass that builds
its tables: first paragraphs with a dateline (the benchmark corpus's, and the dateline
corpus's texts), and second paragraphs, which have none and so are read to the end of every
way a dateline may be printed. Every line below the headline of the accuracy corpus's items
is timed as well: real copy, with its bylines, stamps, captions and story paragraphs, which the
generated corpus does not print. The benchmark corpus's whole articles are timed too: a change
to what is read around the dateline (the lines above it, the paragraph below) costs there and
not in ``find_dateline``. The two sides' processes take turns, several times, so a busy
machine slows both alike; the best time of each side is kept, and the ratio new/old is printed.

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

import accuracy
import corpus

ROOT = Path(__file__).resolve().parent.parent
WORKER = """
import datetime, json, sys, time
from pathlib import Path
from feedpub.parse import parse_bytes
from feedpub.parse.datelines import find_dateline
texts = json.load(open(sys.argv[1], encoding="utf-8"))
rounds = int(sys.argv[2])
if sys.argv[3] == "articles":
    texts = [text.encode("utf-8") for text in texts]
    day = datetime.date(2025, 11, 10)
    def read(data):
        parse_bytes(Path("article.txt"), data, reference_date=day)
else:
    read = find_dateline
for text in texts:
    read(text)
best = float("inf")
for _ in range(rounds):
    start = time.perf_counter()
    for text in texts:
        read(text)
    best = min(best, time.perf_counter() - start)
print(best / len(texts))
"""


def paragraphs(count: int) -> dict[str, list[str]]:
    """Paragraphs to time: first ones, with a dateline (the benchmark corpus's and the dateline
    corpus's), second ones, without, and the lines below the headlines of real copy."""
    stories = corpus.generate(count)
    dated = [f"{story.dateline}{'' if story.language == 'zh' else ' '}{story.paragraphs[0]}" for story in stories]
    with (ROOT / "tests" / "data" / "datelines.tsv").open(encoding="utf-8", newline="") as handle:
        dated += [
            row["text"]
            for row in csv.DictReader(
                (x for x in handle if not x.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
            )
        ]
    real = [line for item in accuracy.load() for line in item.text.split("\n")[1:] if line.strip()]
    return {
        "with a dateline": dated,
        "without one": [story.paragraphs[1] for story in stories],
        "real copy lines": real,
    }


def articles(count: int) -> list[str]:
    """The benchmark corpus's first ``count`` stories as article files."""
    return [corpus.wire_text(story) for story in corpus.generate(count)]


def per_call(source: Path, texts: Path, rounds: int, what: str = "paragraphs") -> float:
    """Seconds per ``find_dateline`` call (per ``parse_bytes`` call for ``articles``) with the
    feedpub checked out at ``source``."""
    environment = {**os.environ, "PYTHONPATH": str(source / "src")}
    output = subprocess.run(
        [sys.executable, "-c", WORKER, str(texts), str(rounds), what],
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
    measured = [(kind, texts, "paragraphs") for kind, texts in paragraphs(options.count).items()]
    measured.append(("whole articles", articles(options.count // 2), "articles"))
    with tempfile.TemporaryDirectory() as folder:
        for kind, texts, what in measured:
            path = Path(folder) / "texts.json"
            path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
            old = new = float("inf")
            for _ in range(options.turns):
                old = min(old, per_call(options.old.resolve(), path, options.rounds, what))
                new = min(new, per_call(options.new.resolve(), path, options.rounds, what))
            print(f"{kind:16} old {old * 1e6:5.1f} µs per call, new {new * 1e6:5.1f} µs, ratio {new / old:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
