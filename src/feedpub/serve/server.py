"""Run ``feedpub serve``: uvicorn on a socket bound first, the app behind the guard's limits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from ..errors import FeedpubError, UsageError
from ..render.formats import feed_urls
from .app import create_app
from .filecache import DEFAULT_BUDGET
from .guard import Clock, Guard
from .limits import Limits
from .live import LiveSite

log = logging.getLogger("feedpub.serve")

#: Open files kept for everything but client connections: the listening socket, the files
#: being read, the watcher, the build's files and databases.
RESERVED_FILES = 64


def fit_open_files(limits: Limits) -> Limits:
    """``limits`` with no more connections than the process's open-file limit leaves room
    for (see :data:`RESERVED_FILES`): past it, accepting a connection, and reading a file to
    answer one, would fail with "Too many open files". Says so when it lowers the limit."""
    try:
        import resource
    except ImportError:  # not on Windows
        return limits
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    room = max(soft - RESERVED_FILES, 1)
    if soft == resource.RLIM_INFINITY or limits.connections <= room:
        return limits
    log.warning(
        "the open-file limit (%d, ulimit -n) leaves room for %d connections, not %d: serving at most %d",
        soft, room, limits.connections, room,
    )  # fmt: skip
    return dataclasses.replace(limits, connections=room)


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host`` and ``port`` (0: any free port), for :func:`serve`.

    Binding before the first build means a port in use is reported at once, as what to
    change, and not after a long build by uvicorn, which exits with a code of its own.
    """
    bound = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    bound.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        bound.bind((host, port))
    except OSError as error:
        bound.close()
        reason = error.strerror or str(error)
        raise UsageError(f"cannot listen on {host} port {port}: {reason}; choose another --port or --host") from None
    return bound


def serve(
    live: LiveSite,
    listening: socket.socket,
    *,
    watch: bool = False,
    limits: Limits | None = None,
    cache_bytes: int = DEFAULT_BUDGET,
    clock: Clock | None = None,
) -> None:
    """Run the server on the socket :func:`listen` bound until Ctrl-C or SIGTERM, with one uvicorn worker.

    uvicorn's httptools protocol, extended by :class:`~.guard.GuardedProtocol`: quicker
    than h11 for the 304s and small feeds aggregators ask for all day, and the guard adds
    the bounds httptools lacks (see :mod:`.guard`), keep-alive included.
    """
    limits = fit_open_files(limits or Limits())
    guard = Guard(limits, clock) if clock is not None else Guard(limits)
    host, port = listening.getsockname()[:2]
    config = uvicorn.Config(
        create_app(live, watch=watch, cache_bytes=cache_bytes),
        host=host,
        port=port,
        http=guard.protocol(),
        ws="none",
        workers=1,
        access_log=bool(os.environ.get("FEEDPUB_ACCESS_LOG")),
        log_level="info" if os.environ.get("FEEDPUB_ACCESS_LOG") else "warning",
        server_header=False,
        proxy_headers=False,  # nothing reads X-Forwarded-*: the access log shows the connecting address
        backlog=limits.connections,
        lifespan="on",
    )
    uvicorn.Server(config).run(sockets=[listening])


@dataclass(frozen=True)
class Serving:
    """What a server that is ready tells its operator: the output it serves, where, its feeds'
    URLs there, and the paths it watches (none without ``watch``)."""

    out: Path
    local: str
    feeds: tuple[str, ...]
    watched: tuple[Path, ...]


def serve_site(
    config_file: Path,
    *,
    out: Path | None = None,
    cache_dir: Path | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    watch: bool = False,
    reference_date: dt.date | None = None,
    limits: Limits | None = None,
    cache_bytes: int = DEFAULT_BUDGET,
    ready: Callable[[Serving], None] = lambda serving: None,
) -> None:
    """Build the site of ``config_file`` and serve it until Ctrl-C or SIGTERM; ``ready`` hears
    where once the first build is served.

    The port is bound before the build, so one in use is reported at once, as what to
    change; a first build that fails is a :class:`~feedpub.errors.FeedpubError`, since
    there is nothing to serve.
    """
    listening = listen(host, port)
    live = LiveSite(config_file, out, cache_dir, reference_date)
    live.rebuild()
    if live.tree is None:
        listening.close()
        live.close()
        raise FeedpubError(live.status.error or "the first build failed")
    shown = {"0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(host, f"[{host}]" if ":" in host else host)  # noqa: S104
    local = f"http://{shown}:{listening.getsockname()[1]}/"
    feeds = tuple(url.replace(live.site.base_url, local, 1) for url in feed_urls(live.site))
    ready(Serving(live.out, local, feeds, (live.site.articles, config_file) if watch else ()))
    serve(live, listening, watch=watch, limits=limits, cache_bytes=cache_bytes)
