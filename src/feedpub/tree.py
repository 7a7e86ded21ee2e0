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
from dataclasses import dataclass
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
class Output:
    """One output file's bytes and when its content last changed."""

    data: bytes
    modified: dt.datetime


@dataclass(frozen=True)
class FileInfo:
    """What the manifest says of one file."""

    path: str
    media_type: str
    etag: str
    modified: dt.datetime
    size: int
    encodings: tuple[str, ...]


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
        return {"gzip": gzip.compress(data, compresslevel=6, mtime=0)}
    return {
        "br": brotli.compress(data, quality=9),
        "gzip": gzip.compress(data, compresslevel=9, mtime=0),
    }


def _layout(outputs: dict[str, Output]) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The bytes of every file to write, and the manifest describing them."""
    files: dict[str, bytes] = {}
    manifest: dict[str, Any] = {}
    for path in sorted(outputs):
        output = outputs[path]
        files[path] = output.data
        encodings = []
        if media_type(path) != "application/octet-stream":
            for encoding, data in _compressed(path, output.data).items():
                if len(data) < len(output.data):
                    files[path + ENCODINGS[encoding]] = data
                    encodings.append(encoding)
        manifest[path] = {
            "type": media_type(path),
            "etag": hashlib.sha256(output.data).hexdigest()[:32],
            "modified": output.modified.astimezone(dt.UTC).isoformat(),
            "size": len(output.data),
            "encodings": encodings,
        }
    return files, manifest


def _tree_digest(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + hashlib.sha256(files[path]).digest())
    return digest.hexdigest()[:20]


def builds_folder(out: Path) -> Path:
    """Where the build folders behind ``out`` live."""
    return out.parent / f".{out.name}.builds"


def publish_tree(outputs: dict[str, Output], out: Path, keep: int = 2) -> bool:
    """Write ``outputs`` as a new build and point ``out`` at it atomically; False if unchanged."""
    files, manifest = _layout(outputs)
    name = _tree_digest(files)
    files[MANIFEST] = (json.dumps({"build": name, "files": manifest}, sort_keys=True) + "\n").encode()
    builds = builds_folder(out)
    target = builds / name
    if out.is_symlink() and out.resolve() == target.resolve() and target.is_dir():
        return False
    if out.exists() and not out.is_symlink() and not (out / BUILD_MARKER).exists():
        raise UsageError(f"{out} exists and was not written by feedpub build; choose another --out or remove it")
    builds.mkdir(parents=True, exist_ok=True)
    if not target.is_dir():
        staging = builds / f"tmp-{os.getpid()}-{name}"
        shutil.rmtree(staging, ignore_errors=True)
        for path, data in files.items():
            destination = staging / path
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(data)
        (staging / BUILD_MARKER).write_text(name + "\n", encoding="utf-8")
        staging.rename(target)
    if out.exists() and not out.is_symlink():
        out.rename(builds / f"previous-{name}")
    link = out.parent / f".{out.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(target, out.parent), target_is_directory=True)
    os.replace(link, out)
    _prune(builds, current=target, keep=keep)
    return True


def _prune(builds: Path, current: Path, keep: int) -> None:
    """Remove old builds, keeping the newest ``keep`` (readers may still be in them)."""
    others = sorted(
        (p for p in builds.iterdir() if p.is_dir() and p != current), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in others[keep - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True)
class Tree:
    """A published build: its folder and its manifest."""

    folder: Path
    build: str
    files: dict[str, FileInfo]


def load_tree(out: Path) -> Tree:
    """Resolve ``out`` to the build it points at and read that build's manifest."""
    folder = out.resolve()
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"{out} is not a feedpub build (no readable {MANIFEST}): {error}") from None
    files = {
        path: FileInfo(
            path=path,
            media_type=info["type"],
            etag=info["etag"],
            modified=dt.datetime.fromisoformat(info["modified"]),
            size=info["size"],
            encodings=tuple(info["encodings"]),
        )
        for path, info in data["files"].items()
    }
    return Tree(folder, data["build"], files)
