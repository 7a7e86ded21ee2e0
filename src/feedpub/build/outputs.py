"""One output file on its way into a build: its manifest entry, its precompressed siblings,
and the bare system calls that write, link or stage it.

Every text file gets a ``.gz`` sibling and the files aggregators poll a ``.br`` one too
(see ``OutputFormat.precompressed``); the manifest entry says which, with the file's media
type, strong ETag and last-modified time, so that servers answer from it without looking.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import brotli

from ..render.formats import content_type, output_format

#: The ending of each precompressed sibling, by content coding.
ENCODINGS = {"br": ".br", "gzip": ".gz"}


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


def file_infos(files: dict[str, Any], prefix: str = "") -> dict[str, FileInfo]:
    """The entries of a manifest's ``files``, by name; their paths are ``prefix`` and the name."""
    return {
        name: FileInfo(
            path=prefix + name,
            media_type=info["type"],
            etag=info["etag"],
            modified=dt.datetime.fromisoformat(info["modified"]),
            size=info["size"],
            encodings=tuple(info["encodings"]),
        )
        for name, info in files.items()
    }


def _compressed(data: bytes, quick: bool) -> dict[str, bytes]:
    """Brotli and gzip for the files aggregators poll all day (see ``OutputFormat.precompressed``).

    gzip level 9 would make a 270 KB feed 1% smaller for twice the time of level 6.
    Brotli quality 8 makes a 270 KB feed 0.3% larger than quality 9 in a third to a half
    of the time (10-14 ms against 29-31 ms for the RSS, Atom and JSON feeds of 50
    entries); a rebuild that changes the feeds compresses nine of them. Quality 11 would
    save another 9% for 500 ms a feed.

    ``quick`` is for files fetched once by each client (``OutputFormat.quick_compression``):
    a feed's archive pages, 258 MB of text at 10k stories, most of a cold build's
    compressing. On 30 such pages Brotli quality 1 ran at 319 MB/s against quality 5's
    71 MB/s, for 20% more bytes (0.237 of the page against 0.197), and gzip level 1 at
    164 MB/s against level 4's 114 MB/s, for 15% more (0.256 against 0.223): a cold 10k
    build renders its archive pages in 4.6 s instead of 6.6 s.
    """
    return {
        "br": brotli.compress(data, quality=1 if quick else 8),
        "gzip": gzip.compress(data, compresslevel=1 if quick else 6, mtime=0),
    }


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
    kind = output_format(path)
    info: dict[str, Any] = {
        "type": kind.content_type if kind is not None else content_type(path),
        "etag": etag,
        "modified": modified.astimezone(dt.UTC).isoformat(),
        "size": len(data),
    }
    if previous is not None and previous.etag == etag:
        return Prepared(path, {**info, "encodings": list(previous.encodings)}, {})
    files = {path: data}
    encodings = []
    if kind is not None and kind.precompressed:
        for encoding, compressed in _compressed(data, kind.quick_compression).items():
            if len(compressed) < len(data):
                files[path + ENCODINGS[encoding]] = compressed
                encodings.append(encoding)
    return Prepared(path, {**info, "encodings": encodings}, files)


def siblings(name: str, info: dict[str, Any]) -> list[str]:
    """A file's name and its precompressed siblings' names."""
    return [name, *(name + ENCODINGS[encoding] for encoding in info["encodings"])]


def link_file(source: str | Path, destination: str | Path) -> None:
    """Share an unchanged file with an earlier build: a hard link, or a copy where links fail."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copyfile(source, destination)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def write_new(path: str, data: bytes) -> None:
    """Write ``data`` to ``path``, making its folder (and those above it) on the first file.

    Through the bare system calls: a build writes four files an article, and ``open()``
    adds a buffer and three more calls a file (a stat, a terminal check, a seek).
    """
    try:
        handle = os.open(path, _NEW_FILE, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)  # another process may make it first
        handle = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
    finally:
        os.close(handle)


def stage(folder: Path, key: str, prepared: Prepared) -> Path:
    """Write a file (and its siblings) of the immutable folder ``key`` (a day, a feed's
    archive) into this process's staging folder of that key under ``folder``, and return
    that folder.

    Each worker stages into folders of its own, and
    :func:`~feedpub.build.folders.write_folder` makes the immutable folder of the one
    holding most of its files, moving in only the others (its name is known once it is
    complete). Two processes creating files in one folder wait for each other's lock on
    it: 40,000 files from two processes on ext4 took 3-8 s in one folder against 0.5-1.8 s
    in two.
    """
    own = folder / str(os.getpid()) / key
    prefix = f"{own}{os.sep}"
    for name, data in prepared.files.items():
        write_new(prefix + name.rsplit("/", 1)[-1], data)
    return own
