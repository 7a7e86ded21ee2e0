"""A soak test of ``feedpub serve --watch``: pollers, rebuilds and hostile clients at once.

On loopback only, for a bounded time (``--seconds``, 60 by default), against a server it
starts itself on a generated corpus:

- pollers fetch the site's nine feeds over and over, gzip, with the ETag they last saw,
  and check every body (a torn read: one that does not decompress or parse) and every 304
  (a stale one: a 304 for a tag older than one some poller had already been sent);
- an editor changes a story every 0.3 s, so the server rebuilds and swaps all the time;
- a flood of bad requests: unfinished megabyte headers, thousands of header lines,
  overlong URLs, garbage, and slow requests a byte at a time (slowloris).

Every few seconds it prints the requests made, their statuses and the server's memory;
at the end, the server's memory after everything closed against its idle memory. Exits 1
when a torn read or a stale 304 was seen, a poller got another status than 200 or 304, or
the memory at the end is over 1.5 times the idle memory.

    python benchmarks/soak.py --seconds 60
    python benchmarks/soak.py --seconds 30 --ref main   # the same against an earlier commit's code
"""

from __future__ import annotations

import argparse
import collections
import gzip
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from run import REFERENCE, free_port, wait_for
from serve_compare import old_sources

FEEDS = [
    f"/{prefix}{name}"
    for prefix in ("", "feeds/arabic/", "feeds/xinhua/")
    for name in ("rss.xml", "atom.xml", "feed.json")
]
#: The most the end may weigh against the idle server.
MEMORY_RATIO = 1.5


def rss_kb(pid: int) -> int:
    """The resident memory of process ``pid`` in KB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise SystemExit(f"no memory figure for process {pid}")


class Tally:
    """What the pollers saw, shared between threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.statuses: collections.Counter[int] = collections.Counter()
        self.torn: list[str] = []
        self.stale: list[str] = []
        #: Per feed, every ETag seen and when it was first received.
        self.first_seen: dict[str, dict[str, float]] = collections.defaultdict(dict)

    def seen(self, feed: str, etag: str, at: float) -> None:
        with self.lock:
            self.first_seen[feed].setdefault(etag, at)

    def newer_before(self, feed: str, etag: str, sent: float) -> bool:
        """Whether a tag other than ``etag`` was received for ``feed`` after ``etag`` and before ``sent``."""
        with self.lock:
            tags = self.first_seen[feed]
            since = tags.get(etag, 0.0)
            return any(other != etag and since < at < sent for other, at in tags.items())


def _check_body(feed: str, body: bytes) -> str | None:
    try:
        data = gzip.decompress(body)
        if feed.endswith(".json"):
            json.loads(data)
        else:
            etree.fromstring(data)
    except Exception as error:  # any failure to read the body is a torn read
        return f"{feed}: {type(error).__name__}: {error}"
    return None


def poll(port: int, tally: Tally, stop: threading.Event) -> None:
    """Fetch the feeds in turn on one keep-alive connection until ``stop``."""
    tags: dict[str, str] = {}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    index = 0
    while not stop.is_set():
        feed = FEEDS[index % len(FEEDS)]
        index += 1
        headers = {"Host": "news.example.org", "Accept-Encoding": "gzip"}
        if feed in tags:
            headers["If-None-Match"] = tags[feed]
        sent = time.monotonic()
        try:
            connection.request("GET", feed, headers=headers)
            response = connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            continue
        received = time.monotonic()
        with tally.lock:
            tally.statuses[response.status] += 1
        if response.status == 200:
            etag = response.getheader("ETag") or ""
            tally.seen(feed, etag, received)
            tags[feed] = etag
            problem = _check_body(feed, body)
            if problem:
                with tally.lock:
                    tally.torn.append(problem)
        elif response.status == 304 and tally.newer_before(feed, tags[feed], sent):
            with tally.lock:
                tally.stale.append(f"{feed}: 304 for {tags[feed]}")
    connection.close()


def edit(story: Path, stop: threading.Event, every: float, edits: list[int]) -> None:
    """Change ``story`` every ``every`` seconds (written whole, then renamed into place)."""
    original = story.read_text(encoding="utf-8")
    while not stop.wait(every):
        edits[0] += 1
        staging = story.with_name(f".{story.name}.tmp")
        staging.write_text(original.rstrip("\n") + f" Update {edits[0]}.\n", encoding="utf-8")
        os.replace(staging, story)


def _send(port: int, data: bytes, pace: float = 0.0, stop: threading.Event | None = None) -> None:
    """Send ``data`` (a piece at a time every ``pace`` seconds), read whatever comes back, close."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=15) as connection:
            if pace:
                for byte in data:
                    if stop is not None and stop.wait(pace):
                        return
                    connection.sendall(bytes([byte]))
            else:
                for start in range(0, len(data), 65536):
                    connection.sendall(data[start : start + 65536])
            connection.recv(4096)
    except OSError:
        pass  # refused and closed: what the flood expects


def flood(port: int, stop: threading.Event, sent: list[int]) -> None:
    """Bad requests, one kind after another, a few connections at a time, until ``stop``."""
    head = b"GET /rss.xml HTTP/1.1\r\nHost: news.example.org\r\n"
    kinds = [
        head + b"X-Big: " + b"x" * (32 * 1024 * 1024),
        head + b"X-Line: 1\r\n" * 5000 + b"\r\n",
        b"GET /" + b"a" * 65536 + b" HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(512),
        head + b"Host: other.example.org\r\n\r\n",
    ]
    while not stop.is_set():
        threads = [threading.Thread(target=_send, args=(port, kind)) for kind in kinds for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        sent[0] += len(threads)


def slowloris(port: int, stop: threading.Event, count: int, opened: list[int]) -> None:
    """``count`` connections that each send a request a byte every second, over and over."""

    def one() -> None:
        while not stop.is_set():
            opened[0] += 1
            _send(port, b"GET /rss.xml HTTP/1.1\r\nHost: news.example.org\r\nX-Slow: " + b"s" * 100, 1.0, stop)

    threads = [threading.Thread(target=one, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--pollers", type=int, default=8)
    parser.add_argument("--edit-every", type=float, default=0.3)
    parser.add_argument("--slow", type=int, default=200, help="slowloris connections")
    parser.add_argument("--size", type=int, default=500, help="articles in the corpus")
    parser.add_argument("--no-flood", action="store_true", help="no bad requests (to tell what costs memory)")
    parser.add_argument("--ref", help="run the server from this commit's code instead of this tree's")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="feedpub-soak-") as folder:
        site = Path(folder) / "site"
        stories = corpus.generate(arguments.size)
        corpus.write_corpus(stories, site)
        newest = max(stories, key=lambda story: story.published)
        port = free_port()
        log = (Path(folder) / "server.log").open("wb")
        environment = dict(os.environ)
        if arguments.ref:
            environment["PYTHONPATH"] = str(old_sources(arguments.ref, Path(folder) / "old"))
        command = [sys.executable, "-m", "feedpub", "serve", "--config", str(site / "feedpub.toml")]
        command += ["--port", str(port), "--watch", "--reference-date", REFERENCE]
        server = subprocess.Popen(command, stdout=log, stderr=log, env=environment)
        try:
            code = soak(arguments, server, port, site / "articles" / f"{newest.id}.txt")
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
            log.close()
        refusals = sum(
            1 for line in (Path(folder) / "server.log").read_text(errors="replace").splitlines() if "refused" in line
        )
        tracebacks = (Path(folder) / "server.log").read_text(errors="replace").count("Traceback")
        print(f"server log: {refusals} refusals logged, {tracebacks} tracebacks")
        code = code or int(tracebacks > 0)
    raise SystemExit(code)


def soak(arguments: argparse.Namespace, server: subprocess.Popen[bytes], port: int, story: Path) -> int:
    """Run the soak against the server on ``port``; returns the exit code."""
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/healthz")
    deadline = time.monotonic() + 60
    while not json.loads(http_get(f"{base}/status"))["watching"]:
        assert time.monotonic() < deadline, "the server did not start watching"
        time.sleep(0.2)
    for feed in FEEDS:
        http_get(base + feed)
    time.sleep(2)
    idle = rss_kb(server.pid)
    print(f"idle: {idle / 1024:.1f} MB; soaking for {arguments.seconds:g} s on {base}")
    tally, stop = Tally(), threading.Event()
    edits, flooded, slow = [0], [0], [0]
    threads = [threading.Thread(target=poll, args=(port, tally, stop)) for _ in range(arguments.pollers)]
    threads.append(threading.Thread(target=edit, args=(story, stop, arguments.edit_every, edits)))
    if not arguments.no_flood:
        threads.append(threading.Thread(target=flood, args=(port, stop, flooded)))
        threads.append(threading.Thread(target=slowloris, args=(port, stop, arguments.slow, slow)))
    started = time.monotonic()
    for thread in threads:
        thread.start()
    peak = idle
    columns = [("s", 5), ("requests", 9), ("200", 7), ("304", 7), ("other", 6), ("torn", 5), ("stale", 5)]
    columns += [("edits", 6), ("bad", 6), ("slow", 5), ("MB", 7)]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    while (elapsed := time.monotonic() - started) < arguments.seconds:
        time.sleep(min(5.0, arguments.seconds - elapsed))
        memory = rss_kb(server.pid)
        peak = max(peak, memory)
        with tally.lock:
            counts = dict(tally.statuses)
            torn, stale = len(tally.torn), len(tally.stale)
        other = sum(count for status, count in counts.items() if status not in (200, 304))
        row = [time.monotonic() - started, sum(counts.values()), counts.get(200, 0), counts.get(304, 0), other]
        row += [torn, stale, edits[0], flooded[0], slow[0], memory / 1024]
        print(
            " ".join(
                f"{value:{width}.{1 if name == 'MB' else 0}f}"
                for value, (name, width) in zip(row, columns, strict=True)
            )
        )
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    time.sleep(2)
    end = rss_kb(server.pid)
    status = json.loads(http_get(f"{base}/status"))
    print(f"statuses: {dict(sorted(tally.statuses.items()))}")
    print(f"torn reads: {len(tally.torn)}; stale 304s: {len(tally.stale)}")
    for problem in (tally.torn + tally.stale)[:10]:
        print(f"  {problem}")
    print(f"edits: {edits[0]}; last build: {status['build']}")
    print(f"bad requests sent: {flooded[0]}; slow connections: {slow[0]}")
    print(f"memory: idle {idle / 1024:.1f} MB, peak {peak / 1024:.1f} MB, end {end / 1024:.1f} MB")
    print(f"end/idle: {end / idle:.2f} (at most {MEMORY_RATIO})")
    failed = bool(tally.torn or tally.stale) or set(tally.statuses) - {200, 304} or end > MEMORY_RATIO * idle
    print("FAILED" if failed else "ok")
    return 1 if failed else 0


def http_get(url: str) -> bytes:
    connection = http.client.HTTPConnection(
        url.split("/")[2].split(":")[0], int(url.split(":")[2].split("/")[0]), timeout=10
    )
    try:
        connection.request("GET", "/" + url.split("/", 3)[3], headers={"Host": "news.example.org"})
        return connection.getresponse().read()
    finally:
        connection.close()


if __name__ == "__main__":
    main()
