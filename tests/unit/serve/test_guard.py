"""The guard's limits on a connection, driven byte by byte through a stand-in transport,
with a clock the tests move: no sockets, no sleeping."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from uvicorn.config import Config
from uvicorn.server import ServerState

from feedpub.serve.guard import SWEEP_EVERY, Guard, GuardedProtocol
from feedpub.serve.limits import Limits

CLIENT = ("203.0.113.9", 40123)
GET = b"GET /rss.xml HTTP/1.1\r\nHost: news.example.org\r\n\r\n"


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Transport(asyncio.Transport):
    """What the protocol writes, and whether it closed."""

    def __init__(self) -> None:
        super().__init__()
        self.written = bytearray()
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += data

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": CLIENT, "sockname": ("127.0.0.1", 8000)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def get_write_buffer_size(self) -> int:
        return 0


async def _ok(scope: Any, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"3")]})
    await send({"type": "http.response.body", "body": b"ok\n"})


class Server:
    """A guard, a loop and a way to open connections to the small app above."""

    def __init__(self, limits: Limits) -> None:
        self.clock = Clock()
        self.guard = Guard(limits, self.clock)
        self.loop = asyncio.new_event_loop()
        self.config = Config(_ok, http=self.guard.protocol(), ws="none", lifespan="off", access_log=False)
        self.config.load()
        self.state = ServerState()

    def connect(self) -> tuple[GuardedProtocol, Transport]:
        protocol = self.guard.protocol()(config=self.config, server_state=self.state, app_state={}, _loop=self.loop)
        transport = Transport()
        protocol.connection_made(transport)
        return protocol, transport

    def run(self) -> None:
        """Let the app's tasks run until they are done."""
        for _ in range(20):
            self.loop.run_until_complete(asyncio.sleep(0))

    def after(self, seconds: float) -> None:
        """Move the clock on, looking at every connection each second as the guard does."""
        while seconds > 0:
            step = min(seconds, SWEEP_EVERY)
            self.clock.now += step
            seconds -= step
            self.guard.sweep()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server(Limits(request_line=100, header_bytes=400, headers=10, connections=3))
    yield running
    running.loop.close()


def _status(transport: Transport) -> int:
    return int(bytes(transport.written).split(b" ", 2)[1])


def _refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "feedpub.serve"]


def test_a_plain_request_is_answered_and_kept_open(server: Server) -> None:
    """Within every limit, a request gets the app's answer and the connection stays open."""
    protocol, transport = server.connect()
    protocol.data_received(GET)
    server.run()
    assert bytes(transport.written).startswith(b"HTTP/1.1 200 ")
    assert not transport.closed


@pytest.mark.parametrize(
    ("request_bytes", "status", "reason"),
    [
        (b"GET /" + b"a" * 200 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "request line over 100 bytes"),
        (b"GET /" + b"a" * 600, 414, "request line over 100 bytes"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 600 + b"\r\n\r\n", 431, "header fields over 400 bytes"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 600, 431, "header fields over 400 bytes"),
        (b"GET / HTTP/1.1\r\n" + b"X: 1\r\n" * 11 + b"\r\n", 431, "more than 10 header fields"),
        (b"GET / HTTP/1.1\r\nHost x\r\n\r\n", 400, "malformed request"),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 400, "malformed request"),
    ],
)
@pytest.mark.parametrize("piece", [64, 1 << 20], ids=["in-pieces", "at-once"])
def test_requests_past_a_limit_are_refused_and_logged_once(
    server: Server, caplog: pytest.LogCaptureFixture, request_bytes: bytes, status: int, reason: str, piece: int
) -> None:
    """An overlong URL gets 414, too many or too large header fields 431, garbage (a TLS
    hello) 400, whether the request comes in pieces or at once: the connection closes, and
    one warning names the client, without a traceback."""
    protocol, transport = server.connect()
    for start in range(0, len(request_bytes), piece):
        protocol.data_received(request_bytes[start : start + piece])
    server.run()
    assert _status(transport) == status
    assert transport.closed
    [record] = _refusals(caplog)
    assert "203.0.113.9:40123" in record.getMessage()
    assert reason in record.getMessage()
    assert record.exc_info is None


def test_a_flood_of_header_bytes_stops_at_the_limit(server: Server) -> None:
    """Megabytes of an unfinished header are not read past the limit: refused at the first
    piece beyond it, and nothing after it is parsed."""
    protocol, transport = server.connect()
    protocol.data_received(b"GET / HTTP/1.1\r\nX-Flood: ")
    received = 0
    while not transport.closed:
        protocol.data_received(b"f" * 256)
        received += 256
    assert received <= 500 + 256
    for _ in range(1000):
        protocol.data_received(b"f" * 65536)  # ignored once refused
    assert _status(transport) == 431


def test_pipelined_requests_are_not_taken_for_one_large_head(server: Server) -> None:
    """Many small pipelined requests in one piece, together past the header limit, are each answered."""
    protocol, transport = server.connect()
    protocol.data_received(GET * 30)
    server.run()
    assert bytes(transport.written).count(b"HTTP/1.1 200 ") == 30
    assert not transport.closed


def test_a_slow_request_gets_408_after_the_request_timeout(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    """A client that sends a request a byte at a time (slowloris) is cut off after request_seconds."""
    protocol, transport = server.connect()
    for byte in GET[:20]:
        protocol.data_received(bytes([byte]))
        server.after(0.4)
    assert not transport.closed
    server.after(2.5)
    assert _status(transport) == 408
    assert transport.closed
    assert len(_refusals(caplog)) == 1


def test_a_silent_connection_is_closed_after_the_request_timeout(server: Server) -> None:
    """A connection that never sends a byte holds its socket no longer than request_seconds."""
    _, transport = server.connect()
    server.after(9.5)
    assert not transport.closed
    server.after(1.0)
    assert transport.closed


def test_an_idle_keep_alive_connection_is_closed_quietly(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    """After an answer, a connection idle past keep_alive_seconds is closed, with no answer or log;
    one that sends its next request in time is served."""
    protocol, transport = server.connect()
    protocol.data_received(GET)
    server.run()
    server.after(14.0)
    protocol.data_received(GET)
    server.run()
    assert bytes(transport.written).count(b"HTTP/1.1 200 ") == 2
    server.after(14.0)
    assert not transport.closed
    server.after(1.0 + SWEEP_EVERY * 2)  # the guard looks once a second
    assert transport.closed
    assert bytes(transport.written).count(b"HTTP/1.1") == 2
    assert _refusals(caplog) == []


def test_connections_past_the_limit_get_503(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    """With three connections open, a fourth is answered 503 and closed; once one closes, the next is served."""
    opened = [server.connect() for _ in range(3)]
    _, fourth = server.connect()
    assert _status(fourth) == 503
    assert fourth.closed
    assert "more than 3 connections open" in _refusals(caplog)[0].getMessage()
    opened[0][0].connection_lost(None)
    protocol, fifth = server.connect()
    protocol.data_received(GET)
    server.run()
    assert _status(fifth) == 200
