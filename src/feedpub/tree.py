"""The output tree on disk: files, precompressed siblings, a manifest, one atomic swap.

A build's files are written into a new folder under ``.<out>.builds/`` named by their
digest, with a ``.gz`` sibling for every text file (and a ``.br`` one for the feeds and pages
that are polled), and a manifest that gives
each file's media type, strong ETag and last-modified time. The output path is a symlink
that one ``rename`` points at the new folder: readers see the old tree or the new one,
never a mix. Servers (``feedpub serve``, nginx) send the precompressed files as they are.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import brotli

from .errors import UsageError

BUILD_MARKER = ".feedpub-build"
MANIFEST = ".feedpub-manifest.json"
ENCODINGS = {"br": ".br", "gzip": ".gz"}
_MEDIA_TYPES = {
    "rss.xml": "application/rss+xml",
    "atom.xml": "application/atom+xml",
    "feed.json": "application/feed+json",
    ".jsonld": "application/ld+json",
    ".html": "text/html",
    ".xml": "application/xml",
    ".css": "text/css",
    ".json": "application/json",
}


@dataclass(frozen=True)
class FileInfo:
    """What the manifest says of one file."""

    path: str
    media_type: str
    etag: str
    modified: dt.datetime
    size: int
    encodings: tuple[str, ...]

    def as_manifest(self) -> dict[str, Any]:
        """The manifest entry this was read from."""
        return {
            "type": self.media_type,
            "etag": self.etag,
            "modified": self.modified.isoformat(),
            "size": self.size,
            "encodings": list(self.encodings),
        }


def media_type(path: str) -> str:
    """The Content-Type of an output file, with its charset: all feedpub text is UTF-8."""
    name = path.rsplit("/", 1)[-1]
    for ending, kind in _MEDIA_TYPES.items():
        if name == ending or (ending.startswith(".") and name.endswith(ending)):
            return f"{kind}; charset=utf-8"
    return "application/octet-stream"


def _compressed(path: str, data: bytes) -> dict[str, bytes]:
    """Brotli and best gzip for the files aggregators poll all day; quick gzip for article files.

    Brotli at a useful quality costs milliseconds a file: worth it for feeds and the index,
    not for a hundred thousand pages that are each fetched a few times.
    """
    if path.startswith("articles/"):
        return {"gzip": gzip.compress(data, compresslevel=4, mtime=0)}
    return {
        "br": brotli.compress(data, quality=9),
        "gzip": gzip.compress(data, compresslevel=9, mtime=0),
    }


def _previous(out: Path) -> Tree | None:
    """The build ``out`` points at now, if it is a readable feedpub build."""
    if not out.is_symlink():
        return None
    try:
        return load_tree(out)
    except UsageError:
        return None


@dataclass(frozen=True)
class Prepared:
    """An output file ready to place: its manifest entry, and the bytes to write under each
    name (the file and its compressed siblings); none when the previous build has them."""

    path: str
    info: dict[str, Any]
    files: dict[str, bytes]


def prepare(path: str, data: bytes, modified: dt.datetime, previous: FileInfo | None = None) -> Prepared:
    """Hash and compress one output file, unless ``previous`` already holds the same bytes."""
    etag = hashlib.sha256(data).hexdigest()[:32]
    info: dict[str, Any] = {
        "type": media_type(path),
        "etag": etag,
        "modified": modified.astimezone(dt.UTC).isoformat(),
        "size": len(data),
    }
    if previous is not None and previous.etag == etag:
        return Prepared(path, {**info, "encodings": list(previous.encodings)}, {})
    files = {path: data}
    encodings = []
    if media_type(path) != "application/octet-stream":
        for encoding, compressed in _compressed(path, data).items():
            if len(compressed) < len(data):
                files[path + ENCODINGS[encoding]] = compressed
                encodings.append(encoding)
    return Prepared(path, {**info, "encodings": encodings}, files)


def place(staging: Path, previous: Path | None, prepared: Prepared) -> None:
    """Write a prepared file and its siblings into ``staging``, or link them from ``previous``."""
    names = [prepared.path, *(prepared.path + ENCODINGS[e] for e in prepared.info["encodings"])]
    (staging / prepared.path).parent.mkdir(parents=True, exist_ok=True)
    for name in names:
        destination = staging / name
        if name in prepared.files:
            destination.write_bytes(prepared.files[name])
        else:
            assert previous is not None
            try:
                os.link(previous / name, destination)
            except OSError:
                shutil.copyfile(previous / name, destination)


def builds_folder(out: Path) -> Path:
    """Where the build folders behind ``out`` live."""
    return out.parent / f".{out.name}.builds"


class TreeWriter:
    """Writes one build into a staging folder, then swaps it in atomically with :meth:`commit`.

    Files come one at a time, so a build never holds the whole site in memory; a file the
    previous build already has is hard-linked from it instead of written.
    """

    def __init__(self, out: Path, previous: Tree | None = None) -> None:
        """Stage a build for ``out``; ``previous`` is the tree it points at, if the caller has it."""
        if out.exists() and not out.is_symlink() and not (out / BUILD_MARKER).exists():
            raise UsageError(f"{out} exists and was not written by feedpub build; choose another --out or remove it")
        self.out = out
        current = out.resolve() if out.is_symlink() else None
        self.previous = previous if previous is not None and previous.folder == current else _previous(out)
        self.tree: Tree | None = None
        self.builds = builds_folder(out)
        self.builds.mkdir(parents=True, exist_ok=True)
        self.staging = self.builds / f"tmp-{os.getpid()}"
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir()
        self.manifest: dict[str, Any] = {}
        self.articles: dict[str, Any] = {}
        self.site_key: str | None = None

    def previous_file(self, path: str) -> FileInfo | None:
        """What the previous build has at ``path``."""
        return self.previous.files.get(path) if self.previous else None

    def add(self, prepared: Prepared) -> None:
        """Place one file (and its siblings) in the new build and list it."""
        place(self.staging, self.previous.folder if self.previous else None, prepared)
        self.record(prepared.path, prepared.info)

    def record(self, path: str, info: dict[str, Any]) -> None:
        """List a file that was placed in the staging folder already (by a worker process)."""
        self.manifest[path] = info

    def commit(self, keep: int = 2) -> bool:
        """Name the build by its manifest, swap ``out`` to it; False when nothing changed."""
        listing = json.dumps(self.manifest, sort_keys=True)
        name = hashlib.sha256(listing.encode()).hexdigest()[:20]
        target = self.builds / name
        if target.is_dir():
            shutil.rmtree(self.staging)
            if self.out.is_symlink() and self.out.resolve() == target.resolve():
                self.tree = _tree(target.resolve(), name, self.manifest, self.site_key, self.articles)
                return False
        else:
            # The files listing is already serialised for the name: reuse it (it is most of the
            # document, a hundred megabytes at a hundred thousand articles) in key order.
            document = (
                f'{{"articles": {json.dumps(self.articles, sort_keys=True)}, "build": {json.dumps(name)}, '
                f'"files": {listing}, "site": {json.dumps(self.site_key)}}}\n'
            )
            (self.staging / MANIFEST).write_text(document, encoding="utf-8")
            (self.staging / BUILD_MARKER).write_text(name + "\n", encoding="utf-8")
            self.staging.rename(target)
        if self.out.exists() and not self.out.is_symlink():
            self.out.rename(self.builds / f"previous-{name}")
        link = self.out.parent / f".{self.out.name}.link-{os.getpid()}"
        link.unlink(missing_ok=True)
        link.symlink_to(os.path.relpath(target, self.out.parent), target_is_directory=True)
        os.replace(link, self.out)
        _prune(self.builds, current=target, keep=keep)
        self.tree = _tree(target.resolve(), name, self.manifest, self.site_key, self.articles)
        return True

    def discard(self) -> None:
        """Forget the staged build; the published one stays as it was."""
        shutil.rmtree(self.staging, ignore_errors=True)


def _prune(builds: Path, current: Path, keep: int) -> None:
    """Remove old builds, keeping the newest ``keep`` (readers may still be in them)."""
    others = sorted(
        (p for p in builds.iterdir() if p.is_dir() and p != current), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in others[keep - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True)
class Tree:
    """A published build: its folder and its manifest.

    ``articles`` remembers, by content key, what the build made of each article file, so
    the next build can reuse it without reading the article again (see feedpub.publish).
    """

    folder: Path
    build: str
    files: dict[str, FileInfo]
    site: str | None = None
    articles: dict[str, Any] = field(default_factory=dict)


def load_tree(out: Path) -> Tree:
    """Resolve ``out`` to the build it points at and read that build's manifest."""
    folder = out.resolve()
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"{out} is not a feedpub build (no readable {MANIFEST}): {error}") from None
    return _tree(folder, data["build"], data["files"], data.get("site"), data.get("articles", {}))


def _tree(folder: Path, build: str, files: dict[str, Any], site: str | None, articles: dict[str, Any]) -> Tree:
    infos = {
        path: FileInfo(
            path=path,
            media_type=info["type"],
            etag=info["etag"],
            modified=dt.datetime.fromisoformat(info["modified"]),
            size=info["size"],
            encodings=tuple(info["encodings"]),
        )
        for path, info in files.items()
    }
    return Tree(folder, build, infos, site, articles)
