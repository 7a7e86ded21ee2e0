"""What one client may ask of ``feedpub serve``: sizes, counts and times, with defaults for
a server that faces the Internet.

The defaults follow nginx's where it has one (8 KB request line, 60 s to send an answer)
and are tighter where a feed server needs no more (16 KB of header fields, 100 of them,
10 s to send a whole request). Each is a ``feedpub serve`` option.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-request and per-server bounds; past each the request is refused (see :mod:`.guard`)."""

    #: Bytes of the request target (URL); past it: 414.
    request_line: int = 8192
    #: Bytes of all header field lines together; past it: 431.
    header_bytes: int = 16384
    #: Header field lines; past it: 431.
    headers: int = 100
    #: Seconds from the first byte of a request (or the connection opening) to its last; past it: 408.
    request_seconds: float = 10.0
    #: Seconds an idle keep-alive connection stays open between requests.
    keep_alive_seconds: float = 15.0
    #: Seconds an answer may take to be read by the client before the connection is closed.
    send_seconds: float = 60.0
    #: Connections open at once; one more is answered 503 and closed.
    connections: int = 512
