"""``feedpub serve``: the published tree over HTTP, the way aggregators like it.

A small ASGI application under uvicorn (the only module that imports the web stack).
Every file is answered from the build's manifests and precompressed siblings: a strong
ETag and Last-Modified, 304 for conditional requests, br or gzip by ``Accept-Encoding``
with ``Vary``, ``Cache-Control``, CORS and WebSub ``Link`` headers on feeds. The answer
to each path and ``Accept-Encoding`` value is prepared once per build, so a request costs
a dictionary lookup and a send. Only paths the manifests list are served, so no request
can reach a file outside the build.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import uvicorn

from ..build.tree import ENCODINGS, FileInfo, Tree
from ..errors import UsageError
from ..render.formats import CHARSET, FeedFormat, output_format
from .conditional import choose_encoding, http_date, is_browser_navigation, is_not_modified
from .live import LiveSite

log = logging.getLogger("feedpub.serve")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: Encoded dots, slashes, backslashes and NULs in the raw path: refused before any lookup.
_UNSAFE_RAW = re.compile(rb"%2e|%2f|%5c|%00|\\", re.IGNORECASE)
#: An empty, "." or ".." segment, a backslash or a NUL: never part of a published file's path.
_UNSAFE_PATH = re.compile(r"(?:^|/)\.{0,2}(?:/|$)|[\\\0]")
#: The request headers an answer depends on.
_CONDITIONS = (b"accept", b"accept-encoding", b"if-none-match", b"if-modified-since")
#: What a 304 carries (RFC 9110 15.4.5): the validator and what guides caches, not the
#: representation's own metadata; CORS too, so browsers may reuse what they hold.
_NOT_MODIFIED_HEADERS = (b"etag", b"cache-control", b"vary", b"access-control-allow-origin")
_ALLOWED = b"GET, HEAD"
#: Answers kept at once, and the longest path and Accept-Encoding value kept between them.
#: A site's busy answers (its feeds, in the codings clients ask for) number in the hundreds;
#: the bounds keep clients that send endless variants of either from growing the server.
ANSWERS_KEPT = 4096
KEPT_KEY_LENGTH = 512


@lru_cache(maxsize=4096)
def _read(folder: Path, name: str) -> bytes | None:
    """A file of an immutable build or day folder, refusing anything that resolves outside it."""
    path = (folder / name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return None
    return path.read_bytes()


@dataclass(frozen=True)
class _Answer:
    """Everything about one representation of a file that does not depend on the request:
    the headers of a 200 (its length included) and of a 304."""

    info: FileInfo
    etag: str
    folder: Path
    name: str
    headers: list[tuple[bytes, bytes]]
    not_modified_headers: list[tuple[bytes, bytes]]


def _lookup(tree: Tree, path: str) -> tuple[FileInfo, Path, str] | None:
    path = path.lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    if _UNSAFE_PATH.search(path):
        return None
    return tree.find(path)


class FeedpubApp:
    """The ASGI application: published files, ``/healthz`` and ``/status``."""

    def __init__(self, live: LiveSite, watch: bool = False) -> None:
        self.live = live
        self.watch = watch
        self._answers: dict[tuple[str, str | None, bool], _Answer] = {}
        self._build: str | None = None
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    def _answer(self, tree: Tree, path: str, accept_encoding: str | None, browser: bool = False) -> _Answer | int:
        """The answer to a GET of ``path`` with this ``Accept-Encoding``, or the status (404, 406)
        to send instead. A file's answer is kept for the current build, per path and header
        value; see :data:`ANSWERS_KEPT` for the bounds."""
        if tree.build != self._build:
            self._answers.clear()
            self._build = tree.build
        key = (path, accept_encoding, browser)
        answer = self._answers.get(key)
        if answer is None:
            found = self._new_answer(tree, path, accept_encoding, browser)
            if not isinstance(found, _Answer) or len(path) + len(accept_encoding or "") > KEPT_KEY_LENGTH:
                return found
            if len(self._answers) >= ANSWERS_KEPT:
                self._answers.clear()
            self._answers[key] = answer = found
        return answer

    def _new_answer(self, tree: Tree, path: str, accept_encoding: str | None, browser: bool) -> _Answer | int:
        found = _lookup(tree, path)
        if found is None:
            return 404
        info, folder, name = found
        encoding = choose_encoding(accept_encoding, info.encodings)
        if encoding is None:
            return 406
        name += ENCODINGS.get(encoding, "")
        content = _read(folder, name)
        if content is None:
            return 404
        kind = output_format(info.path)
        # A browser opening a feed gets the same bytes labelled as XML, which it renders
        # through the feed's stylesheet (it shows application/rss+xml as plain text).
        page = browser and isinstance(kind, FeedFormat) and kind.browser_type is not None
        variant = ("" if encoding == "identity" else f"-{encoding}") + ("-page" if page else "")
        etag = f'"{info.etag}{variant}"'
        site = self.live.site
        headers = {
            "content-type": f"{kind.browser_type}{CHARSET}"
            if page and isinstance(kind, FeedFormat)
            else info.media_type,
            "etag": etag,
            "last-modified": http_date(info.modified),
            "cache-control": f"public, max-age={site.max_age}",
            "vary": "Accept-Encoding",
        }
        if encoding != "identity":
            headers["content-encoding"] = encoding
        if kind is not None and kind.shared:
            headers["access-control-allow-origin"] = "*"
        if isinstance(kind, FeedFormat):
            if kind.browser_type is not None:
                headers["vary"] = "Accept, Accept-Encoding"
            links = [f'<{site.base_url}{info.path}>; rel="self"']
            if site.hub:
                links.append(f'<{site.hub}>; rel="hub"')
            headers["link"] = ", ".join(links)
        encoded = [(field.encode(), value.encode()) for field, value in headers.items()]
        not_modified = [(field, value) for field, value in encoded if field in _NOT_MODIFIED_HEADERS]
        encoded.append((b"content-length", str(len(content)).encode()))
        return _Answer(info, etag, folder, name, encoded, not_modified)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                if self.watch:
                    self._watcher = threading.Thread(target=self.live.watch, args=(self._stop,), daemon=True)
                    self._watcher.start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self._stop.set()
                if self._watcher is not None:
                    self._watcher.join(timeout=5)
                self.live.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, send: Send) -> None:
        path: str = scope["path"]
        method: str = scope["method"]
        if method not in ("GET", "HEAD"):
            await _send(
                send,
                405,
                [(b"allow", _ALLOWED), (b"content-type", b"text/plain; charset=utf-8")],
                b"Method Not Allowed\n",
            )
            return
        if path == "/healthz":
            ok = self.live.tree is not None
            await _send(
                send,
                200 if ok else 503,
                [(b"content-type", b"text/plain; charset=utf-8")],
                b"ok\n" if ok else b"no build\n",
            )
            return
        if path == "/status":
            body = (json.dumps(self.live.status_document(), ensure_ascii=False, indent=2) + "\n").encode()
            headers = [(b"content-type", b"application/json; charset=utf-8"), (b"cache-control", b"no-store")]
            await _send(send, 200, headers, body, head=method == "HEAD")
            return
        tree = self.live.tree
        if tree is None or _UNSAFE_RAW.search(scope.get("raw_path") or b""):
            await _send_plain(send, 404)
            return
        request_headers = {
            key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"] if key in _CONDITIONS
        }
        browser = is_browser_navigation(request_headers.get("accept"))
        answer = self._answer(tree, path, request_headers.get("accept-encoding"), browser)
        if isinstance(answer, int):
            await _send_plain(send, answer)
        elif is_not_modified(request_headers, answer.etag, answer.info.modified):
            await _send(send, 304, answer.not_modified_headers, b"")
        elif (content := _read(answer.folder, answer.name)) is None:
            await _send_plain(send, 404)
        else:
            await _send(send, 200, answer.headers, content, head=method == "HEAD", length_set=True)


#: The body of each error answered in plain text.
_PLAIN = {404: b"Not Found\n", 406: b"Not Acceptable\n"}


async def _send_plain(send: Send, status: int) -> None:
    await _send(send, status, [(b"content-type", b"text/plain; charset=utf-8")], _PLAIN[status])


async def _send(
    send: Send,
    status: int,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
    *,
    head: bool = False,
    length_set: bool = False,
) -> None:
    if not length_set and status != 304:
        headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head or status == 304 else body})


def create_app(live: LiveSite, watch: bool = False) -> FeedpubApp:
    """The ASGI application serving ``live``'s current tree, plus /healthz and /status."""
    return FeedpubApp(live, watch)


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


def serve(live: LiveSite, listening: socket.socket, *, watch: bool = False) -> None:
    """Run the server on the socket :func:`listen` bound until Ctrl-C or SIGTERM, with one uvicorn worker."""
    host, port = listening.getsockname()[:2]
    config = uvicorn.Config(
        create_app(live, watch=watch),
        host=host,
        port=port,
        workers=1,
        access_log=bool(os.environ.get("FEEDPUB_ACCESS_LOG")),
        log_level="info",
        server_header=False,
        proxy_headers=False,  # nothing reads X-Forwarded-*: the access log shows the connecting address
        lifespan="on",
    )
    uvicorn.Server(config).run(sockets=[listening])
