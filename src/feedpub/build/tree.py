"""The output tree on disk: a build's folder, its manifest, one atomic swap, and pruning.

A build is a folder under ``.<out>.builds/`` named by its digest, holding the feeds, the
index and the sitemap (each with its precompressed siblings, see
:mod:`feedpub.build.outputs`) and a manifest giving each file's media type, strong ETag
and last-modified time. Article pages and the feeds' archive pages live in immutable
folders that builds share, linked into each build at their place (``articles/<day>``,
``<feed>archive``, see :mod:`feedpub.build.folders`), so a rebuild writes only the folders
that changed and links the rest, however large the site. The output path is a symlink
that one ``rename`` points at the new build: readers see the old tree or the new one,
never a mix. Servers (``feedpub serve``, nginx) send the precompressed files as they are.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .folders import (
    ARCHIVES,
    DAYS,
    SPARE,
    STORES,
    Store,
    digest,
    folder_files,
    folder_gone,
    folder_manifest,
    key_of,
    link_folder,
)
from .outputs import FileInfo, Prepared, file_infos, link_file, siblings, write_new

BUILD_MARKER = ".feedpub-build"
MANIFEST = ".feedpub-manifest.json"


def _previous(out: Path) -> Tree | None:
    """The build ``out`` points at now, if it is a readable feedpub build."""
    if not out.is_symlink():
        return None
    try:
        return load_tree(out)
    except UsageError:
        return None


def builds_folder(out: Path) -> Path:
    """Where the build folders behind ``out`` live."""
    return out.parent / f".{out.name}.builds"


#: A build's immutable folders: by place in the tree (``articles/2025-11-07``,
#: ``feeds/sport/archive``), the store and name of the folder linked there.
Linked = dict[str, tuple[Store, str]]


class TreeWriter:
    """Writes one build into a staging folder, then swaps it in atomically with :meth:`commit`.

    Files come one at a time, so a build never holds the whole site in memory; article
    pages and archive pages go to immutable folders (see :mod:`feedpub.build.folders`),
    which the build links by name.
    """

    def __init__(self, out: Path, site_key: str, previous: Tree | None = None) -> None:
        """Stage a build for ``out`` of the site whose :func:`~feedpub.build.site.site_key`
        is ``site_key``; ``previous`` is the tree ``out`` points at, if the caller has it."""
        if out.exists() and not out.is_symlink() and not (out / BUILD_MARKER).exists():
            raise UsageError(f"{out} exists and was not written by feedpub build; choose another --out or remove it")
        self.out = out
        current = out.resolve() if out.is_symlink() else None
        self.previous = previous if previous is not None and previous.folder == current else _previous(out)
        self.tree: Tree | None = None
        self.builds = builds_folder(out)
        self.builds.mkdir(parents=True, exist_ok=True)
        for store in STORES:
            (self.builds / store.folder).mkdir(exist_ok=True)
        self.staging = self.builds / f"tmp-{os.getpid()}"
        self.pages = self.builds / f"tmp-{os.getpid()}-pages"
        for folder in (self.staging, self.pages):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
        self.manifest: dict[str, Any] = {}
        #: The folders of the staged build made so far.
        self._folders: set[str] = {""}
        self.site_key = site_key

    def previous_file(self, path: str) -> FileInfo | None:
        """What the previous build has at ``path`` (a file of its own, not of its folders)."""
        return self.previous.files.get(path) if self.previous else None

    def previous_day(self, day: str) -> Path | None:
        """The previous build's folder of ``day``."""
        return self.previous.linked_at(f"articles/{day}") if self.previous else None

    def previous_archive(self, place: str) -> Path | None:
        """The previous build's archive folder linked at ``place``."""
        return self.previous.linked_at(place) if self.previous else None

    def _add(self, prepared: Prepared) -> None:
        """Write one file and its siblings into the new build, or link them from the previous one, and list it.

        Paths as strings, and each folder made once.
        """
        self.manifest[prepared.path] = prepared.info
        parent = prepared.path.rpartition("/")[0]
        if parent not in self._folders:
            (self.staging / parent).mkdir(parents=True, exist_ok=True)
            self._folders.add(parent)
        into = f"{self.staging}{os.sep}"
        for name in siblings(prepared.path, prepared.info):
            if name in prepared.files:
                write_new(into + name, prepared.files[name])
                continue
            assert self.previous is not None
            link_file(f"{self.previous.folder}{os.sep}{name}", into + name)

    def previous_files(self) -> list[Prepared]:
        """Every file of the previous build (not its folders), to be linked into the new one as it was."""
        assert self.previous is not None
        return [Prepared(path, info.as_manifest(), {}) for path, info in self.previous.files.items()]

    def commit(
        self, files: Iterable[Prepared], days: Mapping[str, str], archives: Mapping[str, str], keep: int = 2
    ) -> bool:
        """Write ``files`` (a file at a time: the build never holds the whole site), link the
        ``days`` folders (by day) and the ``archives`` folders (by place), name the build by
        its manifest and swap ``out`` to it; False when nothing changed.

        Each step leaves a complete tree behind ``out`` if the process dies right after it:
        the build is whole before it gets its name, the link is swapped in one ``rename``,
        the swap is recorded after it (see :func:`_record_swap`), and only then are the
        builds that neither the link nor the record names pruned (see :func:`_prune`).
        """
        for prepared in files:
            self._add(prepared)
        listing = {"files": self.manifest, "days": dict(days), "archives": dict(archives), "site": self.site_key}
        name = digest(listing)
        target = self.builds / name
        current = self.out.resolve() if self.out.is_symlink() else None
        if target.is_dir():
            shutil.rmtree(self.staging)
            if current == target.resolve():
                self.tree = _tree(current, name, listing)
                self.discard()
                if _cut_short(self.builds, name, keep):
                    _record_swap(self.builds, [name], keep)
                    _prune(self.builds, self.out, keep)
                return False
        else:
            (self.staging / "articles").mkdir(exist_ok=True)
            linked: Linked = {f"articles/{day}": (DAYS, folder) for day, folder in days.items()}
            linked.update({place: (ARCHIVES, folder) for place, folder in archives.items()})
            for place, (store, folder) in linked.items():
                self._link_folder(place, store, folder)
            document = {"build": name, **listing}
            (self.staging / MANIFEST).write_text(json.dumps(document, sort_keys=True) + "\n", encoding="utf-8")
            (self.staging / BUILD_MARKER).write_text(name + "\n", encoding="utf-8")
            self.staging.rename(target)
        if self.out.exists() and not self.out.is_symlink():
            self.out.rename(self.builds / f"previous-{name}")
        link = self.out.parent / f".{self.out.name}.link-{os.getpid()}"
        link.unlink(missing_ok=True)
        link.symlink_to(os.path.relpath(target, self.out.parent), target_is_directory=True)
        os.replace(link, self.out)
        _record_swap(self.builds, [name, *([current.name] if current is not None else [])], keep)
        self.discard()
        _prune(self.builds, self.out, keep)
        self.tree = _tree(target.resolve(), name, listing)
        return True

    def _link_folder(self, place: str, store: Store, folder: str) -> None:
        """Put the link at ``place`` to ``folder`` of ``store`` into the staged build,
        sharing the previous build's link when it has the same one there."""
        parent = place.rpartition("/")[0]
        if parent not in self._folders:
            (self.staging / parent).mkdir(parents=True, exist_ok=True)
            self._folders.add(parent)
        previous = self.previous
        same = previous is not None and previous.linked_name(place) == folder
        link_folder(self.staging, place, store, folder, previous.folder / place if same and previous else None)

    def discard(self) -> None:
        """Forget what is staged; the published build stays as it was."""
        shutil.rmtree(self.staging, ignore_errors=True)
        shutil.rmtree(self.pages, ignore_errors=True)


#: The record of the last swaps, newest first, in the builds folder.
SWAPS = "swaps.json"
#: A file that stands in the builds folder while a prune runs, so that one cut short is finished.
PRUNING = "pruning"
#: The prefix of a build or immutable folder being removed: renamed first, so that a folder with
#: a build's name is always whole, and a removal cut short is finished by the next prune.
TRASH = "trash-"


def _write_atomically(path: Path, text: str) -> None:
    staged = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    staged.write_text(text, encoding="utf-8")
    os.replace(staged, path)


def recorded_swaps(builds: Path) -> list[str]:
    """The builds the last swaps pointed the output at, newest first (empty if unreadable)."""
    try:
        names = json.loads((builds / SWAPS).read_text(encoding="utf-8"))["builds"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return [name for name in names if isinstance(name, str) and name not in ("", ".", "..") and "/" not in name]


def _record_swap(builds: Path, names: list[str], keep: int) -> None:
    """Put ``names`` (the build just swapped in, then the one it replaced) first in the record
    of swaps, which keeps the last ``keep``. Written after the swap: a process that dies
    between the two leaves the new build named by the link, which pruning keeps anyway."""
    swaps = list(dict.fromkeys([*names, *recorded_swaps(builds)]))[:keep]
    _write_atomically(builds / SWAPS, json.dumps({"builds": swaps}) + "\n")


def _cut_short(builds: Path, served: str, keep: int) -> bool:
    """Whether the last swap or prune of ``builds`` was cut short (the process died): the
    swap is not recorded, a prune's mark is still there, or there are folders to prune. A
    rebuild that changes nothing then finishes their work; otherwise it costs a listing of
    the builds folder, which holds a few entries."""
    swaps = recorded_swaps(builds)
    if swaps[:1] != [served] or (builds / PRUNING).exists():
        return True
    kept = {*(store.folder for store in STORES), *swaps[:keep]}
    return any(folder.name not in kept for folder in builds.iterdir() if folder.is_dir())


def _alive(pid: str) -> bool:
    """Whether process ``pid`` runs (a staging folder's owner may still be writing to it)."""
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: it exists
        return True
    return True


def _remove(folder: Path, trash: Path) -> None:
    """Remove ``folder`` by renaming it into the trash first (see :data:`TRASH`)."""
    try:
        folder.rename(trash)
    except OSError:
        return
    shutil.rmtree(trash, ignore_errors=True)


def _trash(folder: Path) -> Path:
    return folder.with_name(f"{TRASH}{folder.name}-{os.getpid()}")


def _prune(builds: Path, out: Path, keep: int) -> None:
    """Remove the builds that neither ``out`` nor the last ``keep`` swaps name (readers may
    still be in the one before the current), what removals and builds cut short left, and
    the immutable folders (days, archives) no kept build links, but for one spare archive
    folder a feed the kept builds still have (see :func:`~feedpub.build.folders.write_folder`):
    no reader is in it any more than in a removed one, and the next build that changes the
    feed's pages brings it up to date instead of linking every page into a new folder.

    What to keep is read from the links and the record, never from times: after an edit
    and its revert the build served is an old folder. If a kept build's manifest cannot be
    read, no immutable folder is removed.
    """
    kept = set(recorded_swaps(builds)[:keep])
    if out.is_symlink():
        kept.add(out.resolve().name)
    stores = {store.folder for store in STORES}
    (builds / PRUNING).touch()
    for folder in builds.iterdir():
        name = folder.name
        if name in stores or name in kept or not folder.is_dir() or folder.is_symlink():
            continue
        if name.startswith("tmp-") and _alive(name.split("-")[1]):
            continue  # a build under way in another process
        _remove(folder, folder if name.startswith(TRASH) else builds / f"{TRASH}{name}-{os.getpid()}")
    for link in out.parent.glob(f".{out.name}.link-*"):
        if not _alive(link.name.rsplit("-", 1)[-1]):
            link.unlink(missing_ok=True)
    linked: dict[str, set[str]] = {folder_name: set() for folder_name in stores}
    for name in kept:
        try:
            document = json.loads((builds / name / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            continue  # a record of a build removed by hand: it links nothing
        except (OSError, ValueError):
            return
        for folder_name in stores:
            linked[folder_name].update(document.get(folder_name, {}).values())
    for store in STORES:
        unlinked: dict[str, list[Path]] = {}
        for folder in (builds / store.folder).iterdir():
            name = folder.name
            if name in linked[store.folder] or (name.startswith("tmp-") and _alive(name.split("-")[1])):
                continue
            if store.recycled and not name.startswith(("tmp-", TRASH)):
                unlinked.setdefault(key_of(name), []).append(folder)
                continue
            _remove(folder, folder if name.startswith(TRASH) else _trash(folder))
        live = {key_of(name) for name in linked[store.folder]}
        for key, found in unlinked.items():
            if key not in live:  # a feed no longer in the config: none of its folders is of use
                for folder in found:
                    _remove(folder, _trash(folder))
                continue
            # the newest folder no build links (one not yet a spare) is kept as its key's spare
            spare, *others = sorted(found, key=lambda folder: (folder.name.startswith(SPARE), folder.name))
            for folder in others:
                _remove(folder, _trash(folder))
            if not spare.name.startswith(SPARE):
                spare.rename(spare.with_name(SPARE + spare.name))
    (builds / PRUNING).unlink(missing_ok=True)


@dataclass(frozen=True)
class Tree:
    """A published build: its folder, its manifest, and the immutable folders it links: its
    article pages' by day, its archive pages' by place."""

    folder: Path
    build: str
    files: dict[str, FileInfo]
    site: str | None = None
    days: dict[str, str] = field(default_factory=dict)
    archives: dict[str, str] = field(default_factory=dict)

    def linked(self) -> Iterator[tuple[str, Store, str]]:
        """Each immutable folder the build links: its place, store and name."""
        for day, name in sorted(self.days.items()):
            yield f"articles/{day}", DAYS, name
        for place, name in sorted(self.archives.items()):
            yield place, ARCHIVES, name

    def _at(self, place: str) -> tuple[Store, str] | None:
        if place.startswith("articles/"):
            name = self.days.get(place[9:])
            return (DAYS, name) if name is not None else None
        name = self.archives.get(place)
        return (ARCHIVES, name) if name is not None else None

    def linked_name(self, place: str) -> str | None:
        """The name of the immutable folder linked at ``place``, if any."""
        found = self._at(place)
        return found[1] if found else None

    def linked_at(self, place: str) -> Path | None:
        """The immutable folder linked at ``place``, if any."""
        found = self._at(place)
        return _stored(self.folder.parent, *found) if found else None

    def linked_folders(self) -> set[Path]:
        """Every immutable folder the build links."""
        return {_stored(self.folder.parent, store, name) for _, store, name in self.linked()}

    def find(self, path: str) -> tuple[FileInfo, Path, str] | None:
        """The published file at ``path``, the folder it is in and its name there (as its siblings')."""
        info = self.files.get(path)
        if info is not None:
            return info, self.folder, path
        place, _, name = path.rpartition("/")
        found = self._at(place)
        if found is None:
            return None
        folder = _stored(self.folder.parent, *found)
        info = folder_files(folder, found[0], place).get(name)
        return (info, folder, name) if info is not None else None

    def gone(self, path: str) -> bool:
        """Whether ``path`` held a story this site published and no longer does (a server
        answers 410 Gone): its folder lists it as gone."""
        place, _, name = path.rpartition("/")
        found = self._at(place)
        return found is not None and name in folder_gone(_stored(self.folder.parent, *found), found[0])

    def archive_sizes(self) -> dict[str, int]:
        """The size of each file (not counting siblings) of the build's archive folders, by path."""
        sizes = {}
        for place, name in self.archives.items():
            files = folder_manifest(_stored(self.folder.parent, ARCHIVES, name), ARCHIVES)["files"]
            sizes.update({f"{place}/{file}": info["size"] for file, info in files.items()})
        return sizes


@lru_cache(maxsize=4096)
def _stored(builds: Path, store: Store, name: str) -> Path:
    return builds / store.folder / name


def load_tree(out: Path) -> Tree:
    """Resolve ``out`` to the build it points at and read that build's manifest."""
    folder = out.resolve()
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"{out} is not a feedpub build (no readable {MANIFEST}): {error}") from None
    return _tree(folder, data["build"], data)


def _tree(folder: Path, build: str, listing: dict[str, Any]) -> Tree:
    return Tree(
        folder,
        build,
        file_infos(listing["files"]),
        listing.get("site"),
        dict(listing.get("days", {})),
        dict(listing.get("archives", {})),
    )
