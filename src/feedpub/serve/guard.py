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
    """uvicorn's httptools protocol with the limits of its :attr:`guard` (see the module docstring).

    A request costs a few counters and no clock reading: sizes are counted as bytes
    arrive and checked once the head is complete, and times are taken by :meth:`check_time`, which the guard calls
    once a second, from the phase each connection is in (receiving a request, answering,
    or idle) and when the guard first saw it in that phase.
    """

    guard: Guard

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_bytes = 0
        self._in_head = True
        #: Whether the request line of the head now arriving is complete (for 414 or 431).
        self._line_done = False
        self._refused = False
        #: Requests received whole on this connection: a phase is one request's.
        self._received = 0
        #: The phase :meth:`check_time` last saw (its name and request count) and since when.
        self._phase: tuple[str, int] = ("receiving", 0)
        self._since = 0.0

    # The connection

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        guard = self.guard
        if len(guard.connections) >= guard.limits.connections:
            self.transport = transport
            self._refuse(503, f"more than {guard.limits.connections} connections open")
            return
        super().connection_made(transport)
        guard.connections.add(self)
        self._since = guard.clock()
        guard.start(self.loop)

    def connection_lost(self, exc: Exception | None) -> None:
        self.guard.connections.discard(self)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        if self._in_head:
            self._head_bytes += len(data)
            if not self._line_done:
                self._line_done = b"\n" in data
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
        if self._in_head and self._head_bytes:  # a head under way after this piece: within bounds?
            limits = self.guard.limits
            if not self._line_done and self._head_bytes > limits.request_line:
                self._refuse(414, f"request line over {limits.request_line} bytes")
            elif self._head_bytes > limits.request_line + limits.header_bytes:
                self._refuse(431, f"header fields over {limits.header_bytes} bytes")

    def _current_phase(self) -> str:
        if self.cycle is not None and not self.cycle.response_complete:
            return "answering"
        if self._in_head and self._head_bytes == 0 and self._received:
            return "idle"
        return "receiving"

    def check_time(self, now: float) -> None:
        """Refuse a request that is taking too long to arrive (408), close a connection idle
        past the keep-alive time, and one whose answer the client has not read in time."""
        if self._refused or self.transport is None or self.transport.is_closing():
            return
        phase = (self._current_phase(), self._received)
        if phase != self._phase:
            self._phase, self._since = phase, now
            return
        limits = self.guard.limits
        waited = now - self._since
        if phase[0] == "receiving" and waited > limits.request_seconds:
            self._refuse(408, f"request not received within {limits.request_seconds:g} s")
        elif phase[0] == "idle" and waited > limits.keep_alive_seconds:
            self.transport.close()
        elif phase[0] == "answering" and waited > limits.send_seconds:
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

    # Parser callbacks (uvicorn's, with the counts checked)

    def on_headers_complete(self) -> None:
        limits = self.guard.limits
        if len(self.url) > limits.request_line:
            raise _LimitError(414, f"request line over {limits.request_line} bytes")
        if len(self.headers) > limits.headers:
            raise _LimitError(431, f"more than {limits.headers} header fields")
        if self._head_bytes > limits.header_bytes:  # perhaps: the bytes counted may hold more than this head
            size = sum(len(name) + len(value) + 4 for name, value in self.headers)
            if size > limits.header_bytes:
                raise _LimitError(431, f"header fields over {limits.header_bytes} bytes")
        self._in_head = self._line_done = False
        self._head_bytes = 0
        HttpToolsProtocol.on_headers_complete(self)

    def on_message_complete(self) -> None:
        self._in_head = True
        self._received += 1
        cycle = self.cycle  # the rest as uvicorn's own, without a call more for every request
        if (self.parser.should_upgrade() and self._should_upgrade()) or cycle.response_complete:
            return
        cycle.more_body = False
        cycle.message_event.set()

    def on_response_complete(self) -> None:
        """uvicorn's, without its keep-alive timer: the guard's sweep closes idle connections,
        which saves arming and cancelling a timer for every request."""
        if self.pipeline:  # uvicorn's own starts the next pipelined request, and arms no timer then
            HttpToolsProtocol.on_response_complete(self)
            return
        self.server_state.total_requests += 1
        if not self.transport.is_closing():
            self.flow.resume_reading()
