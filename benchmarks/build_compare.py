"""``feedpub build`` now against an earlier commit, side by side: a cold build's peak memory
and time, then one changed article's rebuild.

Each variant builds the same corpus into a folder of its own, with its own code (the earlier
one from ``git archive``, run with ``PYTHONPATH``). The cold builds run one after the other,
their memory sampled as ``run.py`` samples it (PSS of every process, every 20 ms); then the
rebuilds take turns between the variants, each after one article was appended to, so the
machine's noise falls on both alike. Every command is a new process. Prints wall and CPU
seconds (user and system, of the build and every process it waited for), min-max.

    python benchmarks/build_compare.py --ref main --count 100000 --runs 3 --work /tmp/compare
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from run import REFERENCE, ROOT, compile_feedpub, measure, peak_memory
from serve_compare import old_sources


def _cpu() -> float:
    """User and system seconds of every child process waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of ``command``."""
    before = _cpu()
    wall = measure(command)
    return wall, _cpu() - before


def _build(sources: Path, folder: Path) -> list[str]:
    """The build command of one variant: its code, its folder."""
    config = ["--config", str(folder / "feedpub.toml"), "--reference-date", REFERENCE, "--quiet"]
    return ["env", f"PYTHONPATH={sources}", sys.executable, "-m", "feedpub", "build", *config]


def _span(values: list[float], unit: str = "s") -> str:
    digits = 0 if unit == "MB" else 2
    low, high = f"{min(values):.{digits}f}", f"{max(values):.{digits}f}"
    return f"{low}-{high} {unit}" if len(values) > 1 else f"{low} {unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="main", help="the earlier commit")
    parser.add_argument("--count", type=int, default=10000, help="articles in the corpus")
    parser.add_argument("--runs", type=int, default=3, help="rebuilds of each variant")
    parser.add_argument("--work", type=Path, default=None, help="folder for the corpus and the builds")
    arguments = parser.parse_args()
    work = arguments.work or Path(tempfile.mkdtemp(prefix="feedpub-build-compare-"))
    stories = work / "corpus"
    if not (stories / "articles").is_dir():
        corpus.write_corpus(corpus.generate(arguments.count), stories)
    variants = {arguments.ref: old_sources(arguments.ref, work / "old"), "now": ROOT / "src"}
    for sources in variants.values():
        compile_feedpub(sources)
    config = (stories / "feedpub.toml").read_text(encoding="utf-8")
    results: dict[str, dict[str, list[float]]] = {}
    for name, sources in variants.items():
        folder = work / f"build-{name.replace('/', '-')}"
        folder.mkdir()
        (folder / "feedpub.toml").write_text(f"articles = {json.dumps(str(stories / 'articles'))}\n" + config, "utf-8")
        started = time.perf_counter()
        peak = peak_memory(_build(sources, folder))["median"]
        results[name] = {"cold_peak_mb": [peak], "cold_wall": [time.perf_counter() - started]}
    articles = sorted((stories / "articles").iterdir())
    for run in range(1, arguments.runs + 1):
        for name, sources in variants.items():
            with articles[run * 7 % len(articles)].open("a", encoding="utf-8") as handle:
                handle.write(f"A correction was added in run {run} of {name}.\n")
            wall, cpu = _timed(_build(sources, work / f"build-{name.replace('/', '-')}"))
            results[name].setdefault("changed_wall", []).append(wall)
            results[name].setdefault("changed_cpu", []).append(cpu)
    rows = [
        ("cold build, peak memory (PSS of every process)", "cold_peak_mb", "MB"),
        ("cold build, wall (memory sampled)", "cold_wall", "s"),
        ("one changed article, wall", "changed_wall", "s"),
        ("one changed article, CPU", "changed_cpu", "s"),
    ]
    print(f"| {arguments.count:,} articles | {' | '.join(variants)} |")
    print(f"|---|{'---|' * len(variants)}")
    for label, key, unit in rows:
        print(f"| {label} | {' | '.join(_span(results[name][key], unit) for name in variants)} |")
    print(f"(builds in {work}; delete it when done)")


if __name__ == "__main__":
    main()
