"""``feedpub serve``: the published tree over HTTP, the way aggregators like it.

A small ASGI application, run by :mod:`.server` under uvicorn behind the limits of
:mod:`.guard`. Every file is answered from the build's manifests and
precompressed siblings: a strong ETag and Last-Modified, the preconditions of RFC 9110
(304, 412), br or gzip by ``Accept-Encoding`` with ``Vary``, ``Cache-Control``, CORS and
WebSub ``Link`` headers on feeds. The answer to each path and ``Accept-Encoding`` value is
prepared once per build, and files' bytes are kept within a byte budget (:mod:`.filecache`),
so a request costs a dictionary lookup and a send. Only paths the manifests list are
served, so no request can reach a file outside the build.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..build.folders import forget_manifests
from ..build.outputs import ENCODINGS, FileInfo
from ..build.tree import Tree
from ..render.formats import CHARSET, FeedFormat, output_format
from .conditional import choose_encoding, evaluate, http_date, is_browser_navigation
from .filecache import DEFAULT_BUDGET, FileCache
from .live import LiveSite

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: Encoded dots, slashes, backslashes and NULs in the raw path: refused before any lookup.
_UNSAFE_RAW = re.compile(rb"%2e|%2f|%5c|%00|\\", re.IGNORECASE)
#: A backslash or a NUL: never part of a published file's path.
_UNSAFE_PATH = re.compile(r"[\\\0]")
#: A Host value: a registered name or IPv4 address, or an IPv6 literal, and maybe a port (RFC 9110 7.2).
_HOST = re.compile(rb"(?:[A-Za-z0-9._~!$&'()*+,;=%-]*|\[[0-9A-Fa-f:.]+\])(?::[0-9]*)?")
#: The request headers an answer depends on, besides Accept-Encoding: the preconditions.
_CONDITIONS = {
    name.encode(): name for name in ("if-none-match", "if-modified-since", "if-match", "if-unmodified-since")
}
#: The codings of an output the build did not precompress, made on first request.
ON_REQUEST = ("br", "gzip")
#: Host values found valid, kept (a few) so that checking costs a set lookup.
HOSTS_KEPT = 64
#: What a 304 carries (RFC 9110 15.4.5): the validator and what guides caches, not the
#: representation's own metadata; CORS too, so browsers may reuse what they hold.
_NOT_MODIFIED_HEADERS = (b"etag", b"cache-control", b"vary", b"access-control-allow-origin")
_ALLOWED = b"GET, HEAD"
#: Answers kept at once, and the longest path and Accept-Encoding value kept between them.
#: A site's busy answers (its feeds, in the codings clients ask for) number in the hundreds;
#: the bounds keep clients that send endless variants of either from growing the server.
ANSWERS_KEPT = 4096
KEPT_KEY_LENGTH = 512


@dataclass(frozen=True)
class _Answer:
    """Everything about one representation of a file that does not depend on the request:
    the headers of a 200 (its length included) and of a 304."""

    info: FileInfo
    etag: str
    #: The file to send: its folder and name there.
    file: tuple[Path, str]
    headers: list[tuple[bytes, bytes]]
    not_modified_headers: list[tuple[bytes, bytes]]
    #: The coding the file is compressed with on request (see :meth:`FileCache.encoded`), if any.
    coding: str | None = None


def normalise(path: str) -> str | None:
    """``path`` with empty and ``.`` segments dropped and ``..`` applied, as nginx does (so
    ``//rss.xml`` and ``/./rss.xml`` are ``/rss.xml``); None when ``..`` climbs above the root."""
    if "//" not in path and "/." not in path:
        return path
    kept: list[str] = []
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if not kept:
                return None
            kept.pop()
        else:
            kept.append(segment)
    folder = path.endswith(("/", "/.", "/..")) and kept
    return "/" + "/".join(kept) + ("/" if folder else "")


def _lookup(tree: Tree, path: str) -> tuple[FileInfo, Path, str] | None:
    path = path.lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    if _UNSAFE_PATH.search(path):
        return None
    return tree.find(path)


def _served_folders(tree: Tree) -> set[Path]:
    """The build folder of ``tree`` and the immutable folders (days, archives) it links."""
    return {tree.folder, *tree.linked_folders()}


class FeedpubApp:
    """The ASGI application: published files, ``/healthz`` and ``/status``."""

    def __init__(self, live: LiveSite, watch: bool = False, cache_bytes: int = DEFAULT_BUDGET) -> None:
        self.live = live
        self.watch = watch
        self.files = FileCache(cache_bytes)
        self._answers: dict[tuple[str, str | None, bool], _Answer] = {}
        self._build: str | None = None
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._hosts: set[bytes] = {b""}

    def _valid_host(self, host: bytes) -> bool:
        """Whether ``host`` is a valid Host value (or none was sent: b"")."""
        if host in self._hosts:
            return True
        if _HOST.fullmatch(host) is None:
            return False
        if len(self._hosts) < HOSTS_KEPT:
            self._hosts.add(host)
        return True

    def _answer(self, tree: Tree, path: str, accept_encoding: str | None, browser: bool) -> _Answer | None:
        """The answer to a GET of ``path`` with this ``Accept-Encoding`` (from a browser
        opening a page, or not), or None for a 404.
        A file's answer is kept for the current build, per path and header value; see
        :data:`ANSWERS_KEPT` for the bounds. A new build drops the old one's answers and bytes."""
        if tree.build != self._build:
            self._answers.clear()
            self.files.keep_only(_served_folders(tree))
            forget_manifests()  # the day and archive manifests of old builds, too
            self._build = tree.build
        key = (path, accept_encoding, browser)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._new_answer(tree, path, accept_encoding, browser)
            if answer is None or len(path) + len(accept_encoding or "") > KEPT_KEY_LENGTH:
                return answer
            if len(self._answers) >= ANSWERS_KEPT:
                self._answers.clear()
            self._answers[key] = answer
        return answer

    def _new_answer(self, tree: Tree, path: str, accept_encoding: str | None, browser: bool) -> _Answer | None:
        found = _lookup(tree, path)
        if found is None:
            return None
        info, folder, name = found
        kind = output_format(info.path)
        # What the build did not precompress (a story's page, its JSON-LD) is compressed here
        # on first request and kept in the file cache, within its byte budget.
        on_request = kind is not None and not kind.precompressed
        encoding = choose_encoding(accept_encoding, ON_REQUEST if on_request else info.encodings)
        coding = encoding if on_request and encoding != "identity" else None
        if coding is None:
            name += ENCODINGS.get(encoding, "")
        content = self.files.encoded((folder, name), coding) if coding else self.files.read((folder, name))
        if content is None:
            return None
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
        return _Answer(info, etag, (folder, name), encoded, not_modified, coding)

    def _content(self, answer: _Answer) -> bytes | None:
        """The bytes of an answer: its file, or the file compressed on request."""
        if answer.coding is not None:
            return self.files.encoded(answer.file, answer.coding)
        return self.files.read(answer.file)

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
        method: str = scope["method"]
        head = method == "HEAD"
        conditions: dict[str, str] = {}
        accept_encoding: str | None = None
        accept: str | None = None
        hosts = 0
        host = b""
        for key, value in scope["headers"]:
            if key == b"accept-encoding":  # repeated lines of a field are one list (RFC 9110 5.3)
                text = value.decode("latin-1")
                accept_encoding = text if accept_encoding is None else f"{accept_encoding}, {text}"
            elif key == b"accept":
                text = value.decode("latin-1")
                accept = text if accept is None else f"{accept}, {text}"
            elif key == b"host":
                hosts += 1
                host = value
            elif (name := _CONDITIONS.get(key)) is not None:
                text = value.decode("latin-1")
                conditions[name] = f"{conditions[name]}, {text}" if name in conditions else text
        if (hosts != 1 and (hosts or scope.get("http_version") == "1.1")) or (
            host not in self._hosts and not self._valid_host(host)
        ):
            await _send_plain(send, 400, head)  # RFC 9112 3.2: HTTP/1.1 needs one Host, and one valid
            return
        if method not in ("GET", "HEAD"):
            await _send(
                send,
                405,
                [(b"allow", _ALLOWED), (b"content-type", b"text/plain; charset=utf-8")],
                b"Method Not Allowed\n",
            )
            return
        path: str = scope["path"]
        if "//" in path or "/." in path:
            normal = normalise(path)
            if normal is None:
                await _send_plain(send, 400, head)  # above the root, as nginx answers
                return
            path = normal
        if path == "/healthz":
            ok = self.live.tree is not None
            await _send(
                send,
                200 if ok else 503,
                [(b"content-type", b"text/plain; charset=utf-8")],
                b"ok\n" if ok else b"no build\n",
                head=head,
            )
            return
        if path == "/status":
            body = (json.dumps(self.live.status_document(), ensure_ascii=False, indent=2) + "\n").encode()
            headers = [(b"content-type", b"application/json; charset=utf-8"), (b"cache-control", b"no-store")]
            await _send(send, 200, headers, body, head=head)
            return
        tree = self.live.tree
        raw = scope.get("raw_path") or b""
        if tree is None or ((b"%" in raw or b"\\" in raw) and _UNSAFE_RAW.search(raw)):
            await _send_plain(send, 404, head)
            return
        browser = accept is not None and is_browser_navigation(accept)
        answer = self._answers.get((path, accept_encoding, browser)) if tree.build == self._build else None
        if answer is None and (answer := self._answer(tree, path, accept_encoding, browser)) is None:
            # A story the site published and took down is gone for good: say so (RFC 9110 15.5.11).
            await _send_plain(send, 410 if tree.gone(path.lstrip("/")) else 404, head)
            return
        if not conditions:
            outcome = "send"
        elif conditions.get("if-none-match") == answer.etag and len(conditions) == 1:
            outcome = "not-modified"  # a poller sending back the tag it has, by far the most common condition
        else:
            outcome = evaluate(conditions, answer.etag, answer.info.modified)
        if outcome == "not-modified":
            await _send(send, 304, answer.not_modified_headers, b"")
        elif outcome == "precondition-failed":
            await _send_plain(send, 412, head)
        elif (content := self._content(answer)) is None:
            await _send_plain(send, 404, head)
        else:
            await _send(send, 200, answer.headers, content, head=head, length_set=True)


#: The body of each error answered in plain text.
_PLAIN = {400: b"Bad Request\n", 404: b"Not Found\n", 410: b"Gone\n", 412: b"Precondition Failed\n"}


async def _send_plain(send: Send, status: int, head: bool = False) -> None:
    await _send(send, status, [(b"content-type", b"text/plain; charset=utf-8")], _PLAIN[status], head=head)


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


def create_app(live: LiveSite, watch: bool = False, cache_bytes: int = DEFAULT_BUDGET) -> FeedpubApp:
    """The ASGI application serving ``live``'s current tree, plus /healthz and /status."""
    return FeedpubApp(live, watch, cache_bytes)
