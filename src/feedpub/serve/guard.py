"""The limits of :class:`~feedpub.serve.limits.Limits`, enforced in front of the ASGI app.

uvicorn's httptools protocol is quick but bounds neither the size of a request's head
nor the time it takes to arrive, so :class:`GuardedProtocol` extends it: it counts the
bytes and header lines of each request's head as they arrive, and a :class:`Guard`
shared by all connections looks at their clocks once a second, so a slow client
(slowloris) cannot hold a connection, nor a flood of header bytes the memory. Every
refusal answers the status RFC 9110 names, closes the connection and is logged once,
with the client's address. Time comes from an injected clock, so tests move it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .limits import Limits

log = logging.getLogger("feedpub.serve")

#: Seconds between two looks at every connection's clock.
SWEEP_EVERY = 1.0
Clock = Callable[[], float]


class _LimitError(Exception):
    """Raised inside a parser callback to stop reading a request that broke a limit."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class Guard:
    """What every connection shares: the limits, the clock, and the connections open now."""

    def __init__(self, limits: Limits | None = None, clock: Clock = time.monotonic) -> None:
        self.limits = limits or Limits()
        self.clock = clock
        self.connections: set[GuardedProtocol] = set()
        self.refused = 0
        self._timer: asyncio.TimerHandle | None = None

    def sweep(self) -> None:
        """Close every connection that has run out of time (see :meth:`GuardedProtocol.check_time`)."""
        now = self.clock()
        for connection in list(self.connections):
            connection.check_time(now)

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Sweep once a second on ``loop`` from now on (once; later calls do nothing)."""
        if self._timer is None:
            self._timer = loop.call_later(SWEEP_EVERY, self._tick, loop)

    def _tick(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            self.sweep()
        finally:
            self._timer = loop.call_later(SWEEP_EVERY, self._tick, loop)

    def protocol(self) -> type[GuardedProtocol]:
        """The protocol class to hand uvicorn (``Config(http=...)``), bound to this guard."""
        return type("BoundGuardedProtocol", (GuardedProtocol,), {"guard": self})


def _answer(status: int) -> bytes:
    phrase = HTTPStatus(status).phrase
    body = f"{phrase}\n".encode()
    head = (
        f"HTTP/1.1 {status} {phrase}\r\ncontent-type: text/plain; charset=utf-8\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode() + body


class GuardedProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with the limits of its :attr:`guard` (see the module docstring)."""

    guard: Guard

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_bytes = 0
        self._header_lines = 0
        self._in_head = True
        #: Whether the request line of the head now arriving is complete (for 414 or 431).
        self._line_done = False
        self._refused = False
        #: When the request now arriving began; None between requests.
        self._receiving: float | None = None
        #: When the connection fell idle after an answer; None while a request is under way.
        self._idle: float | None = None
        #: When the app was handed the request whose answer is still being sent.
        self._answering: float | None = None

    # The connection

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        guard = self.guard
        if len(guard.connections) >= guard.limits.connections:
            self.transport = transport
            self._refuse(503, f"more than {guard.limits.connections} connections open")
            return
        super().connection_made(transport)
        guard.connections.add(self)
        self._receiving = guard.clock()
        guard.start(self.loop)

    def connection_lost(self, exc: Exception | None) -> None:
        self.guard.connections.discard(self)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        if self._receiving is None:
            self._receiving = self.guard.clock()
            self._idle = None
        self._unset_keepalive_if_required()
        if self._in_head:
            self._head_bytes += len(data)
            self._line_done = self._line_done or b"\n" in data
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            pass  # no upgrades (websockets are off): the request was answered as plain HTTP
        except httptools.HttpParserError as error:
            refused = error.__context__
            if isinstance(refused, _LimitError):
                self._refuse(refused.status, refused.reason)
            else:
                self._refuse(400, f"malformed request ({error})")
            return
        limits = self.guard.limits
        if self._in_head and self._head_bytes > limits.request_line + limits.header_bytes:
            if not self._line_done:
                self._refuse(414, f"request line over {limits.request_line} bytes")
            else:
                self._refuse(431, f"header fields over {limits.header_bytes} bytes")

    def check_time(self, now: float) -> None:
        """Refuse a request that is taking too long to arrive (408), and close a connection
        idle past the keep-alive time or an answer the client has not read in time."""
        if self._refused or self.transport is None or self.transport.is_closing():
            return
        limits = self.guard.limits
        if self._receiving is not None and now - self._receiving > limits.request_seconds:
            self._refuse(408, f"request not received within {limits.request_seconds:g} s")
        elif self._idle is not None and now - self._idle > limits.keep_alive_seconds:
            self.transport.close()
        elif self._answering is not None and now - self._answering > limits.send_seconds:
            self._refuse(0, f"answer not read within {limits.send_seconds:g} s")

    def _refuse(self, status: int, reason: str) -> None:
        """Answer ``status`` (when no answer is under way; 0: none), close, and log it once."""
        self._refused = True
        self.guard.refused += 1
        peer = self.transport.get_extra_info("peername")
        client = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else "unknown client"
        log.warning("refused %s: %s%s", client, f"{status} " if status else "", reason)
        if status and (self.cycle is None or self.cycle.response_complete):
            self.transport.write(_answer(status))
        self.transport.close()

    # Parser callbacks (uvicorn's, counted)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self._header_lines = 0

    def on_url(self, url: bytes) -> None:
        self.url += url
        if len(self.url) > self.guard.limits.request_line:
            raise _LimitError(414, f"request line over {self.guard.limits.request_line} bytes")

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_lines += 1
        if self._header_lines > self.guard.limits.headers:
            raise _LimitError(431, f"more than {self.guard.limits.headers} header fields")
        name = name.lower()
        value = value.rstrip(b" \t")  # llhttp keeps trailing whitespace, which is not part of the value
        if name == b"expect" and value.lower() == b"100-continue":
            self.expect_100_continue = True
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._line_done = False
        self._head_bytes = 0
        self._answering = self.guard.clock()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._receiving = None
        super().on_message_complete()

    def on_response_complete(self) -> None:
        self._answering = None
        if self._receiving is None:
            self._idle = self.guard.clock()
        super().on_response_complete()
