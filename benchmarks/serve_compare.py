"""Requests per second of ``feedpub serve`` now against an earlier commit, side by side.

Both servers run at once on loopback from the same corpus, each building its own output
with its own code (the earlier one from ``git archive``), and wrk takes turns between them,
so the machine's noise falls on both alike. With two cores or more, the servers run on the
first and wrk (one thread) on the second, so they do not take turns on one core. Prints
the medians and new/old ratios for a gzip GET of /rss.xml and a conditional GET answered 304.

    python benchmarks/serve_compare.py --ref main --runs 5 --seconds 5
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from run import REFERENCE, ROOT, _etag, _wrk, ensure, free_port, wait_for

#: Whether the servers and wrk get a core each (see the module docstring).
PINNED = len(os.sched_getaffinity(0)) >= 2


def _rate(wrk: str, url: str, headers: list[str], seconds: int) -> float:
    """wrk's requests per second, on the second core when the servers are pinned to the first."""
    if not PINNED:
        return _wrk(wrk, url, headers, seconds)
    command = ["taskset", "-c", "1", wrk, "-t1", "-c50", f"-d{seconds}s"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if match is None or "Non-2xx" in output:
        raise SystemExit(f"wrk against {url} went wrong:\n{output}")
    return float(match.group(1))


def _old_sources(ref: str, into: Path) -> Path:
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
            "old": _start(work / "site", work / "old-public", _old_sources(arguments.ref, work / "old")),
            "new": _start(work / "site", work / "new-public", None),
        }
        rates: dict[str, dict[str, list[float]]] = {name: {"gzip": [], "304": []} for name in servers}
        try:
            for _ in range(arguments.runs):
                for name, (_, base) in servers.items():
                    url = f"{base}/rss.xml"
                    etag = _etag(url, "gzip")
                    rates[name]["gzip"].append(_rate(wrk, url, ["Accept-Encoding: gzip"], arguments.seconds))
                    headers = ["Accept-Encoding: gzip", f"If-None-Match: {etag}"]
                    rates[name]["304"].append(_rate(wrk, url, headers, arguments.seconds))
                    time.sleep(0.5)
        finally:
            for process, _ in servers.values():
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=30)
    runs = f"{arguments.runs} runs of {arguments.seconds} s"
    print(f"feedpub serve, {arguments.ref} (old) against this tree (new); {runs}")
    for kind in ("gzip", "304"):
        old = statistics.median(rates["old"][kind])
        new = statistics.median(rates["new"][kind])
        spread = ", ".join(f"{name} {min(rates[name][kind]):.0f}-{max(rates[name][kind]):.0f}" for name in rates)
        print(f"  {kind:>4} GET/s: old {old:8.0f}  new {new:8.0f}  new/old {new / old:.3f}  ({spread})")


if __name__ == "__main__":
    main()
