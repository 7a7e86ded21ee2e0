"""What a deploy does: which objects to upload, in which order, and which to delete.

The build's manifests say what is published (:func:`feedpub.build.tree.load_tree` for the
site's own files, each day's and each feed archive's manifest for the pages in it), so
nothing else in the output folder is ever sent. An object is uploaded when the bucket has no object at its key
or one with other bytes: the bucket's ETag of an object stored by a single PUT is the MD5
of its bytes (on S3, R2, GCS's XML API, MinIO and Ceph alike), so one listing of the
prefix answers for every object, and it answers from what the bucket really holds, so a
deploy that was interrupted, or objects changed by hand, are put right by the next run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..build.folders import folder_files
from ..build.outputs import FileInfo
from ..build.tree import Tree
from ..config import DeployTarget
from .kinds import UPLOAD_ORDER, Kind, cache_control, kind_of


@dataclass(frozen=True)
class LocalObject:
    """One object the build publishes: its key, the file holding its bytes, its headers."""

    path: str
    key: str
    #: The bytes to store: the ``.gz`` sibling when the object is stored compressed.
    file: Path
    kind: Kind
    content_type: str
    cache_control: str
    content_encoding: str | None
    size: int
    md5: str


@dataclass(frozen=True)
class RemoteObject:
    """What a listing of the bucket says of one object."""

    etag: str
    size: int


@dataclass(frozen=True)
class Upload:
    """An object to upload, and why."""

    object: LocalObject
    reason: Literal["new", "changed", "forced"]


@dataclass(frozen=True)
class Plan:
    """Everything one deploy will do, in order: uploads phase by phase, then deletions."""

    uploads: tuple[Upload, ...]
    skipped: tuple[LocalObject, ...]
    #: Keys the bucket holds and the build no longer has, deleted after every upload.
    deletions: tuple[str, ...]
    #: Such keys left in place (``--no-delete``).
    kept: tuple[str, ...]

    def phases(self) -> Iterator[tuple[Kind, tuple[Upload, ...]]]:
        """The uploads of each kind that has any, in :data:`UPLOAD_ORDER`."""
        for kind in UPLOAD_ORDER:
            uploads = tuple(upload for upload in self.uploads if upload.object.kind == kind)
            if uploads:
                yield kind, uploads


def published_files(tree: Tree) -> Iterator[tuple[FileInfo, Path, str]]:
    """Every file of the build, with the folder holding it and its name there.

    The site's files come from the build's manifest, the article and archive pages from the
    manifest of each day and archive folder the build links (reached through its link):
    the same lists the server answers from.
    """
    for path, info in sorted(tree.files.items()):
        yield info, tree.folder, path
    for place, store, _ in tree.linked():
        folder = tree.folder / place
        for name, info in sorted(folder_files(folder, store, place).items()):
            yield info, folder, name


def _md5(file: Path) -> str:
    return hashlib.md5(file.read_bytes(), usedforsecurity=False).hexdigest()


def local_objects(tree: Tree, target: DeployTarget) -> list[LocalObject]:
    """The objects the build ``tree`` publishes to ``target``, with their bytes hashed.

    A file with a gzip sibling is stored as that sibling with ``Content-Encoding: gzip``
    (unless the target's ``encoding`` is ``identity``): object storage cannot choose
    between siblings by ``Accept-Encoding``, and gzip is the one encoding every client and
    every CDN accepts, while brotli is not sent to clients that do not ask for it.
    """
    found = []
    for info, folder, name in published_files(tree):
        compressed = target.encoding == "gzip" and "gzip" in info.encodings
        file = folder / (name + ".gz" if compressed else name)
        kind = kind_of(info.path)
        found.append(
            LocalObject(
                path=info.path,
                key=target.prefix + info.path,
                file=file,
                kind=kind,
                content_type=info.media_type,
                cache_control=cache_control(kind, target.cache_control),
                content_encoding="gzip" if compressed else None,
                size=file.stat().st_size,
                md5=_md5(file),
            )
        )
    return found


def make_plan(
    local: Sequence[LocalObject], remote: Mapping[str, RemoteObject], *, force: bool = False, delete: bool = True
) -> Plan:
    """Compare the build with the bucket's listing: upload what differs, delete what is gone."""
    uploads: list[Upload] = []
    skipped: list[LocalObject] = []
    for item in local:
        held = remote.get(item.key)
        if held is None:
            uploads.append(Upload(item, "new"))
        elif held.etag != item.md5 or held.size != item.size:
            uploads.append(Upload(item, "changed"))
        elif force:
            uploads.append(Upload(item, "forced"))
        else:
            skipped.append(item)
    order = {kind: number for number, kind in enumerate(UPLOAD_ORDER)}
    uploads.sort(key=lambda upload: (order[upload.object.kind], upload.object.key))
    keys = {item.key for item in local}
    # Zero-byte "folder" objects that consoles make are not files of any build: left alone.
    stale = sorted(key for key in remote if key not in keys and not key.endswith("/"))
    return Plan(
        tuple(uploads),
        tuple(skipped),
        deletions=tuple(stale) if delete else (),
        kept=() if delete else tuple(stale),
    )
