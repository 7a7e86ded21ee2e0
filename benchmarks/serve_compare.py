"""Requests per second of ``feedpub serve`` now against an earlier commit, side by side.

Both servers run at once on loopback from the same corpus, each building its own output
with its own code (the earlier one from ``git archive``), and wrk takes turns between them,
so the machine's noise falls on both alike. With two cores or more, the servers run on the
first and wrk (one thread) on the second, so they do not take turns on one core. Prints
the medians and new/old ratios for a gzip GET of /rss.xml and a conditional GET answered
304: requests per second, and requests per second of the server's CPU time (user and
system), which other work on a shared machine disturbs far less than wall-clock rates.

    python benchmarks/serve_compare.py --ref main --runs 5 --seconds 5
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from run import REFERENCE, ROOT, _etag, ensure, free_port, wait_for

#: Whether the servers and wrk get a core each (see the module docstring).
PINNED = len(os.sched_getaffinity(0)) >= 2


def _cpu_seconds(pid: int) -> float:
    """The user and system CPU time process ``pid`` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rates(wrk: str, pid: int, url: str, headers: list[str], seconds: int) -> tuple[float, float]:
    """wrk's requests per second, and requests per CPU second of the server ``pid``."""
    command = ["taskset", "-c", "1", wrk, "-t1", "-c50"] if PINNED else [wrk, "-t2", "-c50"]
    command.append(f"-d{seconds}s")
    for header in headers:
        command += ["-H", header]
    before = _cpu_seconds(pid)
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    used = _cpu_seconds(pid) - before
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    done = re.search(r"(\d+) requests in", output)
    if rate is None or done is None or "Non-2xx" in output:
        raise SystemExit(f"wrk against {url} went wrong:\n{output}")
    return float(rate.group(1)), int(done.group(1)) / used


def old_sources(ref: str, into: Path) -> Path:
    """The ``src`` folder of ``ref`` (and the schemas it links to), unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src", "schemas"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as unpacked:
        unpacked.extractall(into, filter="data")
    return into / "src"


def _start(site: Path, out: Path, sources: Path | None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    environment = dict(os.environ)
    if sources is not None:
        environment["PYTHONPATH"] = str(sources)
    command = [sys.executable, "-m", "feedpub", "serve", "--config", str(site / "feedpub.toml"), "--out", str(out)]
    process = subprocess.Popen(
        [*command, "--port", str(port), "--reference-date", REFERENCE],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if PINNED:
        os.sched_setaffinity(process.pid, {0})
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/healthz")
    return process, base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="main", help="the earlier commit to compare with")
    parser.add_argument("--size", type=int, default=1000, help="articles in the corpus")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=5)
    arguments = parser.parse_args()
    wrk = ensure("wrk", "wrk")
    with tempfile.TemporaryDirectory(prefix="feedpub-compare-") as folder:
        work = Path(folder)
        corpus.write_corpus(corpus.generate(arguments.size), work / "site")
        servers = {
            "old": _start(work / "site", work / "old-public", old_sources(arguments.ref, work / "old")),
            "new": _start(work / "site", work / "new-public", None),
        }
        rates: dict[tuple[str, str], list[tuple[float, float]]] = collections.defaultdict(list)
        try:
            for _ in range(arguments.runs):
                for name, (process, base) in servers.items():
                    url = f"{base}/rss.xml"
                    etag = _etag(url, "gzip")
                    for kind, headers in (
                        ("gzip", ["Accept-Encoding: gzip"]),
                        ("304", ["Accept-Encoding: gzip", f"If-None-Match: {etag}"]),
                    ):
                        rates[name, kind].append(_rates(wrk, process.pid, url, headers, arguments.seconds))
        finally:
            for process, _ in servers.values():
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=30)
    runs = f"{arguments.runs} runs of {arguments.seconds} s"
    print(f"feedpub serve, {arguments.ref} (old) against this tree (new); {runs}; medians (lowest-highest)")
    for kind in ("gzip", "304"):
        for index, unit in ((0, "GET/s"), (1, "GET/CPU s")):
            old, new = ([run[index] for run in rates[name, kind]] for name in ("old", "new"))
            ratio = statistics.median(new) / statistics.median(old)
            print(
                f"  {kind:>4} {unit:>9}: old {statistics.median(old):7.0f} ({min(old):.0f}-{max(old):.0f})"
                f"  new {statistics.median(new):7.0f} ({min(new):.0f}-{max(new):.0f})  new/old {ratio:.3f}"
            )


if __name__ == "__main__":
    main()
