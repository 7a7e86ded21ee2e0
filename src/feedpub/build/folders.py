"""Immutable folders that builds share: a day's article files, a feed's archive pages.

Each lives in a store under ``.<out>.builds/`` (``days/``, ``archives/``), named by what it
holds and the digest of its manifest (``2025-11-07-<digest>``, ``main-<digest>``), and is
never changed once it has that name: it is made whole in a staging folder and renamed.
A build links each of its folders at its place in the tree (``articles/<day>``,
``<feed>archive``) with a symlink, and its manifest names them; so a folder none of whose
files changed costs a build one link, however many files it holds, and a changed one is a
new folder of the files this build wrote and hard links to the unchanged ones of the
folder before. Pruning removes the folders no kept build names (see
:func:`feedpub.build.tree.TreeWriter.commit`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..workers import in_background
from .outputs import FileInfo, file_infos, link_file, siblings, write_new

#: The ending of a gone file's tombstone, beside where it was: ``x.html.gone``.
TOMBSTONE = ".gone"


@dataclass(frozen=True)
class Store:
    """One kind of immutable folder: the store's folder under the builds folder (also the
    key under which a build's manifest names its folders of this kind, by place), the name
    of each folder's own manifest, and what that manifest calls the folder's key."""

    folder: str
    manifest: str
    label: str


#: Each day's article files, linked at ``articles/<day>``.
DAYS = Store("days", ".feedpub-day.json", "day")
#: Each feed's RFC 5005 archive pages, linked at ``<feed path>archive``.
ARCHIVES = Store("archives", ".feedpub-archive.json", "feed")
STORES = (DAYS, ARCHIVES)


def digest(document: Any) -> str:
    """A short digest of a JSON document, which names builds and folders."""
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()[:20]


class FolderFile(NamedTuple):
    """One file of an immutable folder to be made: its manifest entry and where it is now."""

    info: dict[str, Any]
    #: The folder holding the file and its siblings.
    folder: Path
    #: Whether this build staged it there (see :func:`~feedpub.build.outputs.stage`), so it
    #: is moved in (or its folder becomes the new one); otherwise ``folder`` is an earlier
    #: folder of the same key and the file is hard-linked from it.
    staged: bool


def write_folder(
    builds: Path, store: Store, key: str, files: Mapping[str, FolderFile], gone: Iterable[str] = ()
) -> str:
    """Make the immutable folder of ``files`` in ``store`` and return its name.

    The names ``gone`` (files of stories no longer published) get an empty tombstone,
    ``<name>.gone``, which a static server tests to answer 410 Gone, and are listed in the
    folder's manifest. Files the same as an existing folder's reuse it.
    """
    manifest = {name: file.info for name, file in files.items()}
    tombstones = sorted(gone)
    name = f"{key}-{digest({'files': manifest, 'gone': tombstones} if tombstones else manifest)}"
    target = builds / store.folder / name
    if target.is_dir():
        return name
    # The staging folder holding most of the new folder's files becomes it, so that a cold
    # build moves no file one by one; what it holds besides them (a story rendered again
    # elsewhere, an id's losing file) goes first.
    staged = Counter(file.folder for file in files.values() if file.staged)
    base = staged.most_common(1)[0][0] if staged else None
    if base is not None:
        folder = base
        kept = {s for n, f in files.items() if f.staged and f.folder == base for s in siblings(n, f.info)}
        for stray in set(os.listdir(folder)) - kept:
            os.unlink(folder / stray)
    else:
        folder = builds / store.folder / f"tmp-{os.getpid()}-{key}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    # Paths as strings: a folder of a large archive moves or links thousands of files, and
    # building a Path for each end of each took longer than the moves.
    into = f"{folder}{os.sep}"
    for file_name, file in files.items():
        if file.staged and file.folder == base:
            continue
        origin = f"{file.folder}{os.sep}"
        for sibling in siblings(file_name, file.info):
            if file.staged:
                os.replace(origin + sibling, into + sibling)
            else:
                link_file(origin + sibling, into + sibling)
    for tombstone in tombstones:
        write_new(into + tombstone + TOMBSTONE, b"")
    listed: dict[str, Any] = {store.label: key, "files": manifest, **({"gone": tombstones} if tombstones else {})}
    document = json.dumps(listed, sort_keys=True, ensure_ascii=False) + "\n"
    (folder / store.manifest).write_text(document, encoding="utf-8")
    folder.rename(target)
    return name


def link_in_background(links: Sequence[tuple[Path, Path, Sequence[str]]]) -> Callable[[], None]:
    """Start hard-linking files of earlier folders into folders being staged: for each
    ``(origin, into, names)``, every name from ``origin`` to ``into``. The function returned
    waits until they are all there.

    A changed archive of a large site is a new folder of thousands of unchanged pages; the
    links are made by a forked child (see :func:`~feedpub.workers.in_background`) while
    this process renders the changed pages and the feeds, or here when there are few.
    """
    pairs = [(f"{origin}{os.sep}{name}", f"{into}{os.sep}{name}") for origin, into, names in links for name in names]
    folders = [into for _, into, _ in links]

    def link() -> None:
        for folder in folders:
            os.makedirs(folder, exist_ok=True)
        for source, destination in pairs:
            try:
                os.link(source, destination)
            except FileExistsError:  # made by a child that did not finish: kept if it is the file
                if not os.path.samefile(source, destination):
                    os.unlink(destination)
                    link_file(source, destination)
            except OSError:
                shutil.copyfile(source, destination)

    finished = in_background(link, len(pairs))

    def wait() -> None:
        if not finished():
            link()

    return wait


def link_target(place: str, store: Store, name: str) -> str:
    """Where a build's link at ``place`` points: the folder ``name`` of ``store``, relative
    to the link (a build is a folder beside the stores), so the tree can be moved whole."""
    return "../" * (place.count("/") + 1) + f"{store.folder}/{name}"


def link_folder(build: Path, place: str, store: Store, name: str, shared: Path | None = None) -> None:
    """Put the link at ``place`` to the folder ``name`` of ``store`` into the staged ``build``
    (its parent folder made already).

    ``shared`` is the previous build's link to the same folder at that place, if it has
    one: a hard link to that symlink costs no new inode, and on a disk crowded with an
    archive's pages a new symlink can take a hundred times as long as a link to an old one.
    """
    link = build / place
    if shared is not None:
        try:
            os.link(shared, link, follow_symlinks=False)
            return
        except OSError:
            pass
    link.symlink_to(link_target(place, store, name), target_is_directory=True)


@lru_cache(maxsize=1024)
def folder_manifest(folder: Path, store: Store) -> dict[str, Any]:
    """The manifest of an (immutable) folder of ``store``, as written."""
    document: dict[str, Any] = json.loads((folder / store.manifest).read_text(encoding="utf-8"))
    return document


@lru_cache(maxsize=1024)
def folder_files(folder: Path, store: Store, place: str) -> dict[str, FileInfo]:
    """The files of an (immutable) folder of ``store`` linked at ``place``, by name."""
    return file_infos(folder_manifest(folder, store)["files"], prefix=f"{place}/")


def folder_gone(folder: Path, store: Store) -> frozenset[str]:
    """The names of the gone files of an (immutable) folder."""
    return frozenset(folder_manifest(folder, store).get("gone", ()))


def forget_manifests() -> None:
    """Let go of the manifests read so far (a server does when it serves a new build)."""
    folder_files.cache_clear()
    folder_manifest.cache_clear()
