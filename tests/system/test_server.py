"""feedpub serve as a real server over TCP: headers, refusals, feedparser, WebSub, live rebuilds."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import feedparser
import httpx2 as httpx
from lxml import etree

from tests.conftest import Served
from tests.servers import exchange, feedpub_command, free_port, start_feedpub_serve, stop
from tests.sites import DATA, ROOT

FEEDS = ["/rss.xml", "/atom.xml", "/feeds/english/rss.xml", "/feeds/xinhua/atom.xml"]


def _eventually(check: Callable[[], bool], seconds: float = 20.0) -> None:
    """Wait (bounded) for ``check`` to hold: rebuilds and hub pings happen in the background."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _status(served: Served) -> dict[str, Any]:
    status: dict[str, Any] = httpx.get(f"{served.url}/status").json()
    return status


def _build_changes(served: Served) -> Callable[[], bool]:
    """A check that holds once the server has swapped in a build other than the current one."""
    before = _status(served)["build"]
    return lambda: _status(served)["build"] != before


def _add_article(served: Served, name: str, text: str) -> None:
    """Write an article the way an editor's tool should: whole, then renamed into place."""
    staging = served.root / f".{name}.tmp"
    staging.write_text(text, encoding="utf-8")
    os.replace(staging, served.root / "articles" / name)


def test_headers_over_tcp(served: Served) -> None:
    """Over a real socket: media types, gzip with Vary, strong ETag, 304, HEAD and 405."""
    with httpx.Client(base_url=served.url) as client:
        response = client.get("/rss.xml", headers={"accept-encoding": "gzip"})
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/rss+xml; charset=utf-8"
        assert response.headers["content-encoding"] == "gzip"
        assert response.headers["vary"] == "Accept, Accept-Encoding"  # a browser gets it labelled as XML
        etag = response.headers["etag"]
        again = client.get("/rss.xml", headers={"accept-encoding": "gzip", "if-none-match": etag})
        assert again.status_code == 304
        assert client.head("/atom.xml").headers["content-type"] == "application/atom+xml; charset=utf-8"
        assert client.post("/rss.xml").status_code == 405
        assert client.get("/healthz").status_code == 200


def _raw_get(served: Served, target: str) -> tuple[int, bytes]:
    host, port = urllib.parse.urlsplit(served.url).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.putrequest("GET", target, skip_host=False, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_path_traversal_is_refused_in_every_form(served: Served) -> None:
    """.., %2e%2e, %2f, backslashes, absolute and doubled paths never reach outside the build."""
    (served.root / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    attacks = [
        "/../secret.txt",
        "/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/articles/..%2f..%2f..%2fsecret.txt",
        "/articles/%2e%2e/%2e%2e/%2e%2e/secret.txt",
        "/..\\secret.txt",
        "/articles\\..\\..\\secret.txt",
        "//etc/passwd",
        "/etc/passwd",
        "/articles/../../../../etc/passwd",
        "/%00../secret.txt",
        f"{served.url}/../secret.txt",
        "/.public.builds/",
        "/../.public.builds/",
    ]
    for target in attacks:
        status, body = _raw_get(served, target)
        assert status in (400, 404), (target, status)
        assert b"TOP SECRET" not in body, target
        assert b"root:" not in body, target


def test_feedparser_fetches_then_gets_304(served: Served) -> None:
    """feedparser reads each feed over HTTP, then its conditional request gets 304."""
    for path in FEEDS:
        first = feedparser.parse(served.url + path)
        assert first.status == 200, path
        assert first.bozo == 0, (path, first.get("bozo_exception"))
        assert first.entries, path
        second = feedparser.parse(served.url + path, etag=first.get("etag"), modified=first.get("modified"))
        assert second.status == 304, path


def test_one_publish_ping_per_changed_feed(served: Served) -> None:
    """Adding an English Reuters story changes the main and English feeds only: one ping for each URL."""
    rebuilt = _build_changes(served)
    served.hub.pings.clear()
    _add_article(
        served,
        "reuters-london.txt",
        "---\ndatePublished: 2025-11-09T08:00:00+00:00\n---\nBank of England holds rates\n"
        "LONDON, Nov 9 (Reuters) - The Bank of England kept interest rates unchanged on Sunday.\n",
    )
    _eventually(rebuilt)
    expected = [
        f"https://news.example.org/{p}{f}" for p in ("", "feeds/english/") for f in ("rss.xml", "atom.xml", "feed.json")
    ]
    _eventually(lambda: len(served.hub.urls()) >= len(expected))
    time.sleep(1.0)  # a second rebuild from the same change must not ping again
    assert sorted(served.hub.urls()) == sorted(expected)
    assert {p["hub.mode"] for p in served.hub.pings} == {"publish"}


def test_invalid_article_is_reported_and_the_rest_served(served: Served) -> None:
    """A broken article under --watch shows in /status; every feed is still served."""
    before = _status(served)["build"]
    _add_article(served, "broken.txt", "Broken\nبغداد 31 فبراير 2025 (شينخوا) نص.\n")
    _eventually(lambda: any("broken.txt" in e for e in _status(served)["errors"]))
    assert _status(served)["build"] == before  # nothing publishable changed
    for path in FEEDS:
        assert httpx.get(served.url + path).status_code == 200
    (served.root / "articles" / "broken.txt").unlink()
    _eventually(lambda: not _status(served)["errors"])


def test_polling_during_rebuilds_sees_only_whole_feeds(served: Served) -> None:
    """A client hammering a feed while articles change sees only 200s and 304s and well-formed
    feeds, and the feed ends with every article added. The server is shared: what other tests
    added before is counted first."""
    before = len(feedparser.parse(served.url + "/rss.xml").entries)
    seen: list[int] = []
    problems: list[str] = []
    latest: list[str] = [""]
    done = threading.Event()

    def poll() -> None:
        etag = None
        with httpx.Client(base_url=served.url, timeout=10) as client:
            deadline = time.monotonic() + 60
            while not done.is_set() and time.monotonic() < deadline:
                headers = {"accept-encoding": "gzip"} | ({"if-none-match": etag} if etag else {})
                response = client.get("/rss.xml", headers=headers)
                seen.append(response.status_code)
                if response.status_code == 200:
                    etag = latest[0] = response.headers["etag"]
                    try:
                        root = etree.fromstring(response.content)
                        assert root.tag == "rss"
                    except (etree.XMLSyntaxError, AssertionError) as error:
                        problems.append(str(error))

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        for index in range(5):
            rebuilt = _build_changes(served)
            _add_article(
                served,
                f"live-{index}.txt",
                f"Live story {index}\nPARIS, Nov. {index + 1} (AFP) - Story number {index} of the afternoon.\n",
            )
            _eventually(rebuilt)
        final = httpx.get(f"{served.url}/rss.xml", headers={"accept-encoding": "gzip"}).headers["etag"]
        _eventually(lambda: latest[0] == final)
    finally:
        done.set()
        poller.join(timeout=30)
    assert problems == []
    assert set(seen) <= {200, 304}
    assert seen.count(200) >= 6  # the first fetch and at least one per rebuild
    assert len(feedparser.parse(served.url + "/rss.xml").entries) == before + 5


def test_status_reports_the_last_build(served: Served) -> None:
    """/status is JSON with the last build's time and counts, and says once the watcher runs."""
    _eventually(lambda: _status(served)["watching"] is True)
    status = _status(served)
    assert status["feeds"] == 3
    assert status["published"] >= 5
    assert str(status["lastBuild"]).startswith("20")


def test_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    """SIGINT (Ctrl-C) shuts the server down with one line and exit code 130; SIGTERM with 0."""
    process = start_feedpub_serve(ROOT / "feedpub.toml", free_port(), "--out", str(tmp_path / "public"))
    code, output = stop(process, signal.SIGINT)
    assert code == 130, output
    assert output.rstrip().splitlines()[-1] == "Interrupted."
    assert "Traceback" not in output
    process = start_feedpub_serve(ROOT / "feedpub.toml", free_port(), "--out", str(tmp_path / "public"))
    code, output = stop(process, signal.SIGTERM)
    assert code == 0, output
    assert "Traceback" not in output


def _closed_by_server(connection: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (at most 10 s: the socket's timeout)."""
    received = b""
    while piece := connection.recv(65536):
        received += piece
    return received


def test_limits_are_options_and_refusals_are_logged_once(tmp_path: Path) -> None:
    """The limits are options: past --max-header-bytes a client gets 431, past --max-request-line
    414, past --request-timeout 408, and past --keep-alive the connection closes; the server logs
    one line per refusal with the client's address, no traceback."""
    port = free_port()
    process = start_feedpub_serve(
        ROOT / "feedpub.toml", port, "--out", str(tmp_path / "public"), "--max-header-bytes", "1024",
        "--max-request-line", "256", "--cache-size", "1M", "--request-timeout", "0.5", "--keep-alive", "0.5",
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        big = b"GET /rss.xml HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 2000 + b"\r\n\r\n"
        assert exchange(base, big)[0] == 431
        assert exchange(base, b"GET /" + b"a" * 300 + b" HTTP/1.1\r\nHost: x\r\n\r\n")[0] == 414
        assert exchange(base, b"GET /rss.xml HTTP/1.1\r\nHost: x\r\nX-Small: " + b"s" * 500 + b"\r\n\r\n")[0] == 200
        with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
            slow.sendall(b"GET /rss.xml HTTP/1.1\r\nHost: x\r\n")  # and nothing more
            assert _closed_by_server(slow).startswith(b"HTTP/1.1 408 ")
        with socket.create_connection(("127.0.0.1", port), timeout=10) as idle:
            idle.sendall(b"HEAD /rss.xml HTTP/1.1\r\nHost: x\r\n\r\n")
            assert _closed_by_server(idle).count(b"HTTP/1.1 200 ") == 1  # answered, then closed when idle
    finally:
        code, output = stop(process)
    assert code == 0, output
    refusals = [line for line in output.splitlines() if "refused" in line]
    assert len(refusals) == 3, output
    assert all("refused 127.0.0.1:" in line for line in refusals), refusals
    assert "Traceback" not in output


def test_a_cache_size_that_is_not_a_size_is_a_usage_error(tmp_path: Path) -> None:
    """--cache-size takes bytes with an optional K, M or G; anything else is exit code 2."""
    result = subprocess.run(
        [feedpub_command(), "serve", "--config", str(ROOT / "feedpub.toml"), "--cache-size", "lots"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "'lots' is not a size such as 32M" in result.stderr


def test_each_item_of_a_file_is_served_and_a_broken_one_reported(served: Served) -> None:
    """A message of three items under --watch: two are served, the broken one is in /status
    named by file and item; removing the file makes both pages gone."""
    batch = (DATA / "formats" / "newsml-g2" / "superdesk-ntb-ntb_newsml_g2.xml").read_text(encoding="utf-8")
    batch = batch.replace("Scripps Networks tops 4Q profit and revenue expectations", "")
    broken = "ap-batch.xml#tag-ap-org-2011-4db5f9c37aac8924db872ba5a7e287e6-text"
    _add_article(served, "ap-batch.xml", batch)
    _eventually(lambda: any(broken in error for error in _status(served)["errors"]))
    pages = [
        "/articles/2018-02-26/tag-ap-org-2011-5e565888b587889c5c8bd62b6164118c-text.html",
        "/articles/2018-02-26/tag-ap-org-2011-b6d5d4eb781939b5fe8722f3fba28ee2-text.html",
    ]
    _eventually(lambda: all(httpx.get(served.url + page).status_code == 200 for page in pages))
    (served.root / "articles" / "ap-batch.xml").unlink()
    _eventually(lambda: all(httpx.get(served.url + page).status_code == 410 for page in pages))
    _eventually(lambda: not _status(served)["errors"])
