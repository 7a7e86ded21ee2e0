"""WebSub publish pings: the form sent, retries with backoff on a clock the test holds, and when to give up."""

from __future__ import annotations

import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from feedpub.serve.websub import ping


class Hub:
    """A hub on loopback that answers each ping with the next status of ``statuses``."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.forms: list[dict[str, str]] = []
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                hub.forms.append(dict(urllib.parse.parse_qsl(self.rfile.read(length).decode())))
                self.send_response(hub.statuses.pop(0))
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hub(request: pytest.FixtureRequest) -> Iterator[Hub]:
    running = Hub(list(request.param))
    yield running
    running.close()


@pytest.mark.parametrize("hub", [[503, 429, 204]], indirect=True)
def test_retries_with_backoff_until_the_hub_accepts(hub: Hub) -> None:
    """A 503 and a 429 are retried after 0.5 s and 1 s (waited on the test's clock); the third try succeeds."""
    waited: list[float] = []
    result = ping(hub.url, "https://news.example.org/rss.xml", sleep=waited.append)
    assert (result.ok, result.detail) == (True, "HTTP 204")
    assert waited == [0.5, 1.0]
    assert hub.forms == [{"hub.mode": "publish", "hub.url": "https://news.example.org/rss.xml"}] * 3


@pytest.mark.parametrize("hub", [[400]], indirect=True)
def test_a_client_error_is_not_retried(hub: Hub) -> None:
    """A 400 means the ping itself is wrong: no retry, no wait."""
    waited: list[float] = []
    result = ping(hub.url, "https://news.example.org/rss.xml", sleep=waited.append)
    assert (result.ok, result.detail, waited) == (False, "HTTP 400", [])
