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

import contextlib
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

import orjson

from ..workers import in_background
from .outputs import FileInfo, file_infos, link_file, siblings, write_new

#: The ending of a gone file's tombstone, beside where it was: ``x.html.gone``.
TOMBSTONE = ".gone"


#: The prefix of a folder no kept build links any more, kept (one a key) for the next build
#: that needs a new folder of that key to bring up to date (see :func:`write_folder`).
SPARE = "spare-"


@dataclass(frozen=True)
class Store:
    """One kind of immutable folder: the store's folder under the builds folder (also the
    key under which a build's manifest names its folders of this kind, by place), the name
    of each folder's own manifest, and what that manifest calls the folder's key."""

    folder: str
    manifest: str
    label: str
    #: Whether a folder no kept build links is kept as the spare of its key instead of
    #: removed: for folders of thousands of files of which a build changes a few.
    recycled: bool = False


#: Each day's article files, linked at ``articles/<day>``.
DAYS = Store("days", ".feedpub-day.json", "day")
#: Each feed's RFC 5005 archive pages, linked at ``<feed path>archive``: the main feed's
#: are one folder of every story of the site, 18,000 files at 100k stories.
ARCHIVES = Store("archives", ".feedpub-archive.json", "feed", recycled=True)
STORES = (DAYS, ARCHIVES)


def key_of(name: str) -> str:
    """The key of a stored folder (or its spare) from its name: ``main-<digest>`` is main's."""
    return name.removeprefix(SPARE).rsplit("-", 1)[0]


def spare(builds: Path, store: Store, key: str) -> Path | None:
    """The spare folder of ``key`` in ``store``, if there is one."""
    if not store.recycled:
        return None
    found = [
        folder
        for folder in (builds / store.folder).iterdir()
        if folder.name.startswith(SPARE) and key_of(folder.name) == key
    ]
    return min(found) if found else None


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
    builds: Path,
    store: Store,
    key: str,
    files: Mapping[str, FolderFile],
    gone: Iterable[str] = (),
    recycle: Path | None = None,
) -> str:
    """Make the immutable folder of ``files`` in ``store`` and return its name.

    The names ``gone`` (files of stories no longer published) get an empty tombstone,
    ``<name>.gone``, which a static server tests to answer 410 Gone, and are listed in the
    folder's manifest. Files the same as an existing folder's reuse it. ``recycle`` is the
    key's spare folder (see :func:`spare`), brought up to date instead of making a new one.
    """
    manifest = {name: file.info for name, file in files.items()}
    tombstones = sorted(gone)
    name = f"{key}-{digest({'files': manifest, 'gone': tombstones} if tombstones else manifest)}"
    target = builds / store.folder / name
    if target.is_dir():
        return name
    claimed = builds / store.folder / f"tmp-{os.getpid()}-{key}-spare"
    if recycle is not None and _claim(recycle, claimed):
        _bring_up_to_date(claimed, store, files, tombstones)
        _finish(claimed, store, key, manifest, tombstones, target)
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
    _fill(folder, files, tombstones, lambda _, file: file.staged and file.folder == base)
    _finish(folder, store, key, manifest, tombstones, target)
    return name


def _fill(
    folder: Path, files: Mapping[str, FolderFile], tombstones: list[str], there: Callable[[str, FolderFile], bool]
) -> None:
    """Move each staged file of ``files`` into ``folder`` and link each other one, but those
    ``there`` says it holds already; then write the tombstones. Paths are strings: a folder of
    a large archive moves or links thousands of files, and building a Path for each end of each
    took longer than the moves."""
    into = f"{folder}{os.sep}"
    for file_name, file in files.items():
        if there(file_name, file):
            continue
        origin = f"{file.folder}{os.sep}"
        for sibling in siblings(file_name, file.info):
            if file.staged:
                os.replace(origin + sibling, into + sibling)
            else:
                link_file(origin + sibling, into + sibling)
    for tombstone in tombstones:
        write_new(into + tombstone + TOMBSTONE, b"")


def _finish(folder: Path, store: Store, key: str, manifest: Any, tombstones: list[str], target: Path) -> None:
    """Write the manifest of a folder made whole and give it its name."""
    listed: dict[str, Any] = {store.label: key, "files": manifest, **({"gone": tombstones} if tombstones else {})}
    (folder / store.manifest).write_bytes(orjson.dumps(listed, option=orjson.OPT_SORT_KEYS) + b"\n")
    folder.rename(target)


def _claim(spare: Path, claimed: Path) -> bool:
    """Take ``spare`` for this build, renamed to a staging name of this process: if the
    process dies while changing it, it is a dead process's staging folder, which the next
    prune removes, never a folder with a manifest that lies."""
    shutil.rmtree(claimed, ignore_errors=True)
    try:
        spare.rename(claimed)
    except OSError:
        return False
    return True


def _same(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether two manifest entries are of the same bytes and siblings (their times may differ)."""
    return bool(before["etag"] == after["etag"] and list(before["encodings"]) == list(after["encodings"]))


def _bring_up_to_date(folder: Path, store: Store, files: Mapping[str, FolderFile], tombstones: list[str]) -> None:
    """Make a claimed spare folder hold exactly ``files`` and ``tombstones``: each file it
    holds with other bytes, or no longer wanted, is unlinked (its inode may be shared with
    other folders: never written to), and each file it lacks is moved in or linked.

    A spare is the folder of a build two or more before this one, so this costs the files
    changed since, where a new folder costs a link of every file (and its removal later).
    """
    document = orjson.loads((folder / store.manifest).read_bytes())
    held: dict[str, Any] = document["files"]
    into = f"{folder}{os.sep}"
    for name, info in held.items():
        wanted = files.get(name)
        if wanted is None or not _same(info, wanted.info):
            for sibling in siblings(name, info):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(into + sibling)
    for tombstone in set(document.get("gone", ())) - set(tombstones):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(into + tombstone + TOMBSTONE)
    _fill(folder, files, tombstones, lambda name, file: name in held and _same(held[name], file.info))


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


def _read_manifest(folder: Path, store: Store) -> dict[str, Any]:
    """The manifest of a folder of ``store``, as written (orjson: an archive folder's manifest
    at 100k stories lists 6,000 pages)."""
    document: dict[str, Any] = orjson.loads((folder / store.manifest).read_bytes())
    return document


@lru_cache(maxsize=1024)
def folder_manifest(folder: Path, store: Store) -> dict[str, Any]:
    """The manifest of an (immutable) folder of ``store``, kept: every rebuild reads several
    archive folders' more than once, and a server each folder's on every request."""
    return _read_manifest(folder, store)


@lru_cache(maxsize=1024)
def folder_files(folder: Path, store: Store, place: str) -> dict[str, FileInfo]:
    """The files of an (immutable) folder of ``store`` linked at ``place``, by name, kept."""
    return file_infos(folder_manifest(folder, store)["files"], prefix=f"{place}/")


def read_folder_files(folder: Path, store: Store, place: str) -> dict[str, FileInfo]:
    """The files of a folder as :func:`folder_files` gives them, read afresh and not kept: a
    build that goes through every day folder once would otherwise hold a thousand days'
    manifests until it ends (some 250 MB at 100k stories)."""
    return file_infos(_read_manifest(folder, store)["files"], prefix=f"{place}/")


def folder_gone(folder: Path, store: Store) -> frozenset[str]:
    """The names of the gone files of an (immutable) folder."""
    return frozenset(folder_manifest(folder, store).get("gone", ()))


def forget_manifests() -> None:
    """Let go of the manifests read so far (a server does when it serves a new build)."""
    folder_files.cache_clear()
    folder_manifest.cache_clear()
