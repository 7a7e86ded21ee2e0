"""The output tree on disk: files, precompressed siblings, manifests, one atomic swap.

A build is a folder under ``.<out>.builds/`` named by its digest, holding the feeds, the
index and the sitemap, with a ``.gz`` sibling for every text file (and a ``.br`` one for the
files aggregators poll) and a manifest giving each file's media type, strong ETag and
last-modified time. Article pages live in day folders, ``articles/<day>/``: each day is an
immutable folder under ``.<out>.builds/days/`` named by its own digest and linked into the
build, so a rebuild writes only the days that changed and links the rest, however large
the archive. The output path is a symlink that one ``rename`` points at the new build:
readers see the old tree or the new one, never a mix. Servers (``feedpub serve``, nginx)
send the precompressed files as they are.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import brotli

from ..errors import UsageError
from ..render.formats import content_type, output_format
from ..workers import in_background

BUILD_MARKER = ".feedpub-build"
MANIFEST = ".feedpub-manifest.json"
DAY_MANIFEST = ".feedpub-day.json"
DAYS = "days"
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


def _compressed(data: bytes, quick: bool) -> dict[str, bytes]:
    """Brotli and gzip for the files aggregators poll all day (see ``OutputFormat.precompressed``).

    gzip level 9 would make a 270 KB feed 1% smaller for twice the time of level 6.
    Brotli quality 8 makes a 270 KB feed 0.3% larger than quality 9 in a third to a half
    of the time (10-14 ms against 29-31 ms for the RSS, Atom and JSON feeds of 50
    entries); a rebuild that changes the feeds compresses nine of them. Quality 11 would
    save another 9% for 500 ms a feed.

    ``quick`` is for files fetched once by each client (``OutputFormat.quick_compression``):
    on a 330 KB archive page Brotli quality 5 takes 10 ms against quality 8's 26 ms for 7%
    more bytes, and gzip level 4 5 ms against level 6's 9 ms for 4% more.
    """
    return {
        "br": brotli.compress(data, quality=5 if quick else 8),
        "gzip": gzip.compress(data, compresslevel=4 if quick else 6, mtime=0),
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
    #: Whether the file and its siblings are in the staged build already (see :func:`stage_file`).
    staged: bool = False


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


def builds_folder(out: Path) -> Path:
    """Where the build folders behind ``out`` live."""
    return out.parent / f".{out.name}.builds"


def _digest(document: Any) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()[:20]


def _siblings(name: str, info: dict[str, Any]) -> list[str]:
    return [name, *(name + ENCODINGS[encoding] for encoding in info["encodings"])]


def _link(source: str | Path, destination: str | Path) -> None:
    """Share an unchanged file with the previous build: a hard link, or a copy where links fail."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copyfile(source, destination)


def stage(folder: Path, day: str, prepared: Prepared) -> Path:
    """Write an article file (and its siblings) of ``day`` into this process's staging
    folder of that day under ``folder``, and return that folder.

    Each worker stages into day folders of its own, and :func:`write_day` makes the day's
    immutable folder of the one holding most of its files, moving in only the others (its
    name is known once the day is complete). Two processes creating files in one folder
    wait for each other's lock on it: 40,000 files from two processes on ext4 took 3-8 s
    in one folder against 0.5-1.8 s in two.
    """
    own = folder / str(os.getpid()) / day
    prefix = f"{own}{os.sep}"
    for name, data in prepared.files.items():
        _write_new(prefix + name.rsplit("/", 1)[-1], data)
    return own


def stage_file(staging: Path, prepared: Prepared, previous: Path | None) -> Prepared:
    """Put an output file and its siblings into the staged build ``staging``: written, or
    linked from the ``previous`` build's folder when it has the same bytes. Any process
    may stage files (archive pages are rendered, compressed and written in the workers,
    so the build's own process never holds their bytes); the entry it returns says so."""
    prefix = f"{staging}{os.sep}"
    for name in _siblings(prepared.path, prepared.info):
        if name in prepared.files:
            _write_new(prefix + name, prepared.files[name])
        else:
            assert previous is not None
            os.makedirs(os.path.dirname(prefix + name), exist_ok=True)
            _link(previous / name, prefix + name)
    return Prepared(prepared.path, prepared.info, {}, staged=True)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _write_new(path: str, data: bytes) -> None:
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


class DayFile(NamedTuple):
    """One file of a day folder to be made: its manifest entry and where it is now."""

    info: dict[str, Any]
    #: The folder holding the file and its siblings.
    folder: Path
    #: Whether this build staged it there (see :func:`stage`), so it is moved in (or its
    #: folder becomes the day's); otherwise ``folder`` is a previous folder of the day and
    #: the file is hard-linked from it.
    staged: bool


#: The ending of a gone file's tombstone, beside where it was: ``x.html.gone``.
TOMBSTONE = ".gone"


def write_day(builds: Path, day: str, files: dict[str, DayFile], gone: Iterable[str] = ()) -> str:
    """Make the immutable folder of one day's article files and return its name.

    The names ``gone`` (files of stories no longer published) get an empty tombstone,
    ``<name>.gone``, which a static server tests to answer 410 Gone, and are listed in the
    day's manifest. A day with the same files as an existing folder reuses it.
    """
    manifest = {name: file.info for name, file in files.items()}
    tombstones = sorted(gone)
    name = f"{day}-{_digest({'files': manifest, 'gone': tombstones} if tombstones else manifest)}"
    target = builds / DAYS / name
    if target.is_dir():
        return name
    # The staging folder holding most of the day's new files becomes the day's folder, so
    # that a cold build moves no file one by one; what it holds besides them (a story
    # rendered again elsewhere, an id's losing file) goes first.
    staged = Counter(file.folder for file in files.values() if file.staged)
    base = staged.most_common(1)[0][0] if staged else None
    if base is not None:
        folder = base
        kept = {s for n, f in files.items() if f.staged and f.folder == base for s in _siblings(n, f.info)}
        for stray in set(os.listdir(folder)) - kept:
            os.unlink(folder / stray)
    else:
        folder = builds / DAYS / f"tmp-{os.getpid()}-{day}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    # Paths as strings: a day of a large archive moves or links thousands of files, and
    # building a Path for each end of each took longer than the moves.
    into = f"{folder}{os.sep}"
    for file_name, file in files.items():
        if file.staged and file.folder == base:
            continue
        origin = f"{file.folder}{os.sep}"
        for sibling in _siblings(file_name, file.info):
            if file.staged:
                os.replace(origin + sibling, into + sibling)
            else:
                _link(origin + sibling, into + sibling)
    for tombstone in tombstones:
        _write_new(into + tombstone + TOMBSTONE, b"")
    listed: dict[str, Any] = {"day": day, "files": manifest, **({"gone": tombstones} if tombstones else {})}
    document = json.dumps(listed, sort_keys=True, ensure_ascii=False) + "\n"
    (folder / DAY_MANIFEST).write_text(document, encoding="utf-8")
    folder.rename(target)
    return name


@lru_cache(maxsize=1024)
def _day_manifest(folder: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((folder / DAY_MANIFEST).read_text(encoding="utf-8"))
    return document


@lru_cache(maxsize=1024)
def day_files(folder: Path) -> dict[str, FileInfo]:
    """The files of an (immutable) day folder, by name."""
    data = _day_manifest(folder)
    return _infos(data["files"], prefix=f"articles/{data['day']}/")


def day_gone(folder: Path) -> frozenset[str]:
    """The names of the gone files of an (immutable) day folder."""
    return frozenset(_day_manifest(folder).get("gone", ()))


class TreeWriter:
    """Writes one build into a staging folder, then swaps it in atomically with :meth:`commit`.

    Files come one at a time, so a build never holds the whole site in memory; article
    pages go to day folders (see :func:`write_day`), which the build links by name.
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
        (self.builds / DAYS).mkdir(exist_ok=True)
        self.staging = self.builds / f"tmp-{os.getpid()}"
        self.pages = self.builds / f"tmp-{os.getpid()}-pages"
        for folder in (self.staging, self.pages):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
        self.manifest: dict[str, Any] = {}
        #: The folders of the staged build made so far.
        self._folders: set[str] = {""}
        self.days: dict[str, str] = {}
        self.site_key = site_key

    def previous_file(self, path: str) -> FileInfo | None:
        """What the previous build has at ``path``."""
        return self.previous.files.get(path) if self.previous else None

    def previous_day(self, day: str) -> Path | None:
        """The previous build's folder of ``day``."""
        return self.builds / DAYS / self.previous.days[day] if self.previous and day in self.previous.days else None

    def _add(self, prepared: Prepared) -> None:
        """Write one file and its siblings into the new build, or link them from the previous one, and list it.

        Paths as strings, and each folder made once: a changed build of a large archive
        links every archive page of the feeds (tens of thousands of files at 100k stories),
        and building Paths and asking for the folder each time cost more than the links.
        """
        self.manifest[prepared.path] = prepared.info
        if prepared.staged:
            return
        parent = prepared.path.rpartition("/")[0]
        if parent not in self._folders:
            (self.staging / parent).mkdir(parents=True, exist_ok=True)
            self._folders.add(parent)
        into = f"{self.staging}{os.sep}"
        for name in _siblings(prepared.path, prepared.info):
            if name in prepared.files:
                _write_new(into + name, prepared.files[name])
                continue
            assert self.previous is not None
            _link(f"{self.previous.folder}{os.sep}{name}", into + name)

    def link_previous(self, paths: Collection[str]) -> Callable[[], list[Prepared]]:
        """Start linking these files of the previous build, with their siblings, into the new
        one as they were (the archive pages no story of this build touched); the function
        returned waits until they are there and gives their entries.

        A feed's archive pages are one folder of thousands of files at 100k stories, linked
        anew whenever one of them changes; the links are made by a forked child (see
        :func:`~feedpub.workers.in_background`) while this process renders the changed pages
        and the feeds, or here when there are few.
        """
        previous = self.previous
        assert previous is not None or not paths
        files = previous.files if previous else {}
        entries = [Prepared(path, files[path].as_manifest(), {}, staged=True) for path in sorted(paths)]
        into, origin = f"{self.staging}{os.sep}", f"{previous.folder if previous else ''}{os.sep}"
        folders = sorted({into + entry.path.rpartition("/")[0] for entry in entries})
        names = [name for entry in entries for name in _siblings(entry.path, entry.info)]

        def link() -> None:
            for folder in folders:
                os.makedirs(folder, exist_ok=True)
            for name in names:
                try:
                    os.link(origin + name, into + name)
                except FileExistsError:  # made by a child that did not finish: kept if it is the file
                    if not os.path.samefile(origin + name, into + name):
                        os.unlink(into + name)
                        _link(origin + name, into + name)
                except OSError:
                    shutil.copyfile(origin + name, into + name)

        finished = in_background(link, len(names))

        def wait() -> list[Prepared]:
            if not finished():
                link()
            return entries

        return wait

    def previous_files(self) -> list[Prepared]:
        """Every file of the previous build (not its days), to be linked into the new one as it was."""
        assert self.previous is not None
        return [Prepared(path, info.as_manifest(), {}) for path, info in self.previous.files.items()]

    def commit(self, files: Iterable[Prepared], days: dict[str, str], keep: int = 2) -> bool:
        """Write ``files`` (a file at a time: the build never holds the whole site) and link
        the ``days`` folders, name the build by its manifest and swap ``out`` to it; False
        when nothing changed.

        Each step leaves a complete tree behind ``out`` if the process dies right after it:
        the build is whole before it gets its name, the link is swapped in one ``rename``,
        the swap is recorded after it (see :func:`_record_swap`), and only then are the
        builds that neither the link nor the record names pruned (see :func:`_prune`).
        """
        for prepared in files:
            self._add(prepared)
        self.days = dict(days)
        listing = {"files": self.manifest, "days": self.days, "site": self.site_key}
        name = _digest(listing)
        target = self.builds / name
        current = self.out.resolve() if self.out.is_symlink() else None
        if target.is_dir():
            shutil.rmtree(self.staging)
            if current == target.resolve():
                self.tree = _tree(current, name, self.manifest, self.site_key, self.days)
                self.discard()
                if _cut_short(self.builds, name, keep):
                    _record_swap(self.builds, [name], keep)
                    _prune(self.builds, self.out, keep)
                return False
        else:
            (self.staging / "articles").mkdir(exist_ok=True)
            for day, folder in self.days.items():
                self._link_day(day, folder)
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
        self.tree = _tree(target.resolve(), name, self.manifest, self.site_key, self.days)
        return True

    def _link_day(self, day: str, folder: str) -> None:
        """Put the link ``articles/<day>`` to its day folder into the staged build.

        An unchanged day shares the previous build's link (a hard link to the symlink):
        that costs no new inode, and on a disk crowded with an archive's pages a new
        symlink can take a hundred times as long as a link to an old one.
        """
        link = self.staging / "articles" / day
        if self.previous is not None and self.previous.days.get(day) == folder:
            try:
                os.link(self.previous.folder / "articles" / day, link, follow_symlinks=False)
                return
            except OSError:
                pass
        link.symlink_to(f"../../{DAYS}/{folder}", target_is_directory=True)

    def discard(self) -> None:
        """Forget what is staged; the published build stays as it was."""
        shutil.rmtree(self.staging, ignore_errors=True)
        shutil.rmtree(self.pages, ignore_errors=True)


#: The record of the last swaps, newest first, in the builds folder.
SWAPS = "swaps.json"
#: A file that stands in the builds folder while a prune runs, so that one cut short is finished.
PRUNING = "pruning"
#: The prefix of a build or day folder being removed: renamed first, so that a folder with
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
    kept = {DAYS, *swaps[:keep]}
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


def _prune(builds: Path, out: Path, keep: int) -> None:
    """Remove the builds that neither ``out`` nor the last ``keep`` swaps name (readers may
    still be in the one before the current), what removals and builds cut short left, and
    the day folders no kept build links.

    What to keep is read from the links and the record, never from times: after an edit
    and its revert the build served again is an old folder. If a kept build's manifest
    cannot be read, no day folder is removed.
    """
    kept = set(recorded_swaps(builds)[:keep])
    if out.is_symlink():
        kept.add(out.resolve().name)
    (builds / PRUNING).touch()
    for folder in builds.iterdir():
        name = folder.name
        if name == DAYS or name in kept or not folder.is_dir() or folder.is_symlink():
            continue
        if name.startswith("tmp-") and _alive(name.split("-")[1]):
            continue  # a build under way in another process
        _remove(folder, folder if name.startswith(TRASH) else builds / f"{TRASH}{name}-{os.getpid()}")
    for link in out.parent.glob(f".{out.name}.link-*"):
        if not _alive(link.name.rsplit("-", 1)[-1]):
            link.unlink(missing_ok=True)
    linked: set[str] = set()
    for name in kept:
        try:
            linked.update(json.loads((builds / name / MANIFEST).read_text(encoding="utf-8")).get("days", {}).values())
        except FileNotFoundError:
            continue  # a record of a build removed by hand: it links nothing
        except (OSError, ValueError):
            return
    for day in (builds / DAYS).iterdir():
        if day.name in linked or (day.name.startswith("tmp-") and _alive(day.name.split("-")[1])):
            continue
        _remove(day, day if day.name.startswith(TRASH) else builds / DAYS / f"{TRASH}{day.name}-{os.getpid()}")
    (builds / PRUNING).unlink(missing_ok=True)


@dataclass(frozen=True)
class Tree:
    """A published build: its folder, its manifest and the day folders of its article pages."""

    folder: Path
    build: str
    files: dict[str, FileInfo]
    site: str | None = None
    days: dict[str, str] = field(default_factory=dict)

    def find(self, path: str) -> tuple[FileInfo, Path, str] | None:
        """The published file at ``path``, the folder it is in and its name there (as its siblings')."""
        info = self.files.get(path)
        if info is not None:
            return info, self.folder, path
        parts = path.split("/")
        if len(parts) != 3 or parts[0] != "articles" or parts[1] not in self.days:
            return None
        folder = _day_folder(self.folder.parent, self.days[parts[1]])
        info = day_files(folder).get(parts[2])
        return (info, folder, parts[2]) if info is not None else None

    def gone(self, path: str) -> bool:
        """Whether ``path`` held a story this site published and no longer does (a server
        answers 410 Gone): its day folder lists it as gone."""
        parts = path.split("/")
        if len(parts) != 3 or parts[0] != "articles" or parts[1] not in self.days:
            return False
        return parts[2] in day_gone(_day_folder(self.folder.parent, self.days[parts[1]]))


@lru_cache(maxsize=4096)
def _day_folder(builds: Path, name: str) -> Path:
    return builds / DAYS / name


def load_tree(out: Path) -> Tree:
    """Resolve ``out`` to the build it points at and read that build's manifest."""
    folder = out.resolve()
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"{out} is not a feedpub build (no readable {MANIFEST}): {error}") from None
    return _tree(folder, data["build"], data["files"], data.get("site"), data.get("days", {}))


def _infos(files: dict[str, Any], prefix: str = "") -> dict[str, FileInfo]:
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


def _tree(folder: Path, build: str, files: dict[str, Any], site: str | None, days: dict[str, str]) -> Tree:
    return Tree(folder, build, _infos(files), site, dict(days))
