"""``feedpub serve``: the published tree over HTTP, the way aggregators like it.

The only module that imports the web stack (Starlette, uvicorn). Every file is answered
from the build's manifest and precompressed siblings: a strong ETag and Last-Modified,
304 for conditional requests, br or gzip by ``Accept-Encoding`` with ``Vary``,
``Cache-Control``, CORS and WebSub ``Link`` headers on feeds. Only paths the manifest
lists are served, so no request can reach a file outside the build.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import AsyncIterator
from functools import lru_cache
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from .conditional import choose_encoding, http_date, is_not_modified
from .live import FEED_FILES, LiveSite
from .tree import ENCODINGS, FileInfo, Tree

log = logging.getLogger("feedpub.serve")

_SHARED = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/ld+json")
_UNSAFE_RAW = (b"%2e", b"%2f", b"%5c", b"%00", b"\\")


@lru_cache(maxsize=4096)
def _read(folder: Path, relative: str) -> bytes | None:
    """A file of an immutable build folder, refusing anything that resolves outside it."""
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return None
    return path.read_bytes()


def _lookup(tree: Tree, path: str) -> FileInfo | None:
    if path == "" or path.endswith("/"):
        path += "index.html"
    if "\\" in path or "\0" in path or any(part in ("", ".", "..") for part in path.split("/")):
        return None
    return tree.files.get(path)


def _headers(live: LiveSite, info: FileInfo, etag: str, encoding: str) -> dict[str, str]:
    site = live.site
    headers = {
        "content-type": info.media_type,
        "etag": etag,
        "last-modified": http_date(info.modified),
        "cache-control": f"public, max-age={site.max_age}",
        "vary": "Accept-Encoding",
    }
    if encoding != "identity":
        headers["content-encoding"] = encoding
    if info.media_type.split(";")[0] in _SHARED:
        headers["access-control-allow-origin"] = "*"
    if info.path.rsplit("/", 1)[-1] in FEED_FILES:
        links = [f'<{site.base_url}{info.path}>; rel="self"']
        if site.hub:
            links.append(f'<{site.hub}>; rel="hub"')
        headers["link"] = ", ".join(links)
    return headers


def _not_found() -> Response:
    return PlainTextResponse("Not Found\n", status_code=404)


def create_app(live: LiveSite, watch: bool = False) -> Starlette:
    """The ASGI application serving ``live``'s current tree, plus /healthz and /status."""

    async def published_file(request: Request) -> Response:
        tree = live.tree
        raw_path = request.scope.get("raw_path") or b""
        if tree is None or any(marker in raw_path.lower() for marker in _UNSAFE_RAW):
            return _not_found()
        info = _lookup(tree, request.path_params["path"])
        if info is None:
            return _not_found()
        encoding = choose_encoding(request.headers.get("accept-encoding"), info.encodings)
        if encoding is None:
            return PlainTextResponse("Not Acceptable\n", status_code=406)
        etag = f'"{info.etag}"' if encoding == "identity" else f'"{info.etag}-{encoding}"'
        headers = _headers(live, info, etag, encoding)
        if is_not_modified({k.lower(): v for k, v in request.headers.items()}, etag, info.modified):
            return Response(status_code=304, headers=headers)
        relative = info.path + ENCODINGS.get(encoding, "")
        body = _read(tree.folder, relative)
        if body is None:
            return _not_found()
        headers["content-length"] = str(len(body))
        return Response(b"" if request.method == "HEAD" else body, headers=headers)

    async def healthz(request: Request) -> Response:
        return PlainTextResponse(
            "ok\n" if live.tree is not None else "no build\n", status_code=200 if live.tree else 503
        )

    async def status(request: Request) -> Response:
        body = json.dumps(live.status_document(), ensure_ascii=False, indent=2) + "\n"
        return Response(body, media_type="application/json; charset=utf-8", headers={"cache-control": "no-store"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        stop = threading.Event()
        watcher = threading.Thread(target=live.watch, args=(stop,), name="feedpub-watch", daemon=True)
        if watch:
            watcher.start()
        try:
            yield
        finally:
            stop.set()
            if watch:
                watcher.join(timeout=5)
            live.close()

    routes = [
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Route("/status", status, methods=["GET", "HEAD"]),
        Route("/{path:path}", published_file, methods=["GET", "HEAD"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def serve(live: LiveSite, host: str, port: int, *, watch: bool = False) -> None:
    """Run the server until Ctrl-C or SIGTERM, with one uvicorn worker."""
    config = uvicorn.Config(
        create_app(live, watch=watch),
        host=host,
        port=port,
        workers=1,
        access_log=bool(os.environ.get("FEEDPUB_ACCESS_LOG")),
        log_level="info",
        server_header=False,
        lifespan="on",
    )
    uvicorn.Server(config).run()
