"""The day folders of a build: each day's published article files, in one immutable folder.

A day whose articles did not change keeps its folder; a changed day gets a new folder
holding the files this build rendered and hard links to the unchanged ones of its
previous folder (see :mod:`feedpub.build.folders`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping, Set
from dataclasses import dataclass
from typing import Any

from ..problems import Problem
from ..render.formats import ARTICLE_FORMATS
from .folders import DAYS, FolderFile, read_folder_files, write_folder
from .job import Done
from .state import BuildState
from .tree import TreeWriter


@dataclass(frozen=True)
class Read:
    """What a build keeps in memory of a file it read (the rest went to the state)."""

    readable: bool
    problems: tuple[Problem, ...]
    parsed: bool
    id: str | None
    day: str | None
    #: The files it rendered, by path, where the job staged them.
    files: dict[str, FolderFile]
    #: Where it was rendered, with what edit time, and what decides its place (see
    #: :mod:`feedpub.build.places`).
    place: str | None = None
    edited: dt.datetime | None = None
    digest: str | None = None
    text: str | None = None
    explicit: bool = False
    #: When a story held back is due.
    held: dt.datetime | None = None

    @classmethod
    def of(cls, done: Done) -> Read:
        """What to keep of a finished job."""
        listing = done.listing
        if listing is None:
            return cls(done.readable, done.report.problems, done.parsed, None, None, {}, held=done.held)
        assert done.staged is not None  # a published article's files are staged
        folder = _one_of(done.staged)
        files = {path: FolderFile(_lean(info), folder, staged=True) for path, info in done.files}
        return cls(
            True,
            done.report.problems,
            done.parsed,
            listing.id,
            listing.day,
            files,
            listing.place,
            listing.edited,
            listing.digest,
            listing.text,
            listing.explicit,
        )


#: One object for each of the few values that every article's files repeat (the folder a
#: worker staged them in, their media types and encodings), instead of the copy that each
#: job's result brings from its worker: at 100k stories those copies held some 80 MB.
_SHARED: dict[object, Any] = {}


def _one_of(value: Hashable) -> Any:
    """The one object kept for ``value`` (a folder, a media type, a tuple of encodings)."""
    return _SHARED.setdefault(value, value)


def _lean(info: dict[str, Any]) -> dict[str, Any]:
    """A manifest entry whose media type and encodings are the shared objects (the
    encodings a tuple, which JSON writes as the list it was)."""
    return {**info, "type": _one_of(info["type"]), "encodings": _one_of(tuple(info["encodings"]))}


def stamp_pages(state: BuildState, results: Mapping[str, Read], live: Set[str], now: dt.datetime) -> None:
    """Set the last-modified time of every page rendered in this build: its story's modified
    time, but never later than ``now``, nor earlier than the build that first produced
    these bytes (so it changes whenever they do)."""
    infos = {path: day.info for file in live & results.keys() for path, day in results[file].files.items()}
    since = state.history.first_made({path: info["etag"] for path, info in infos.items()}, now.timestamp())
    for path, info in infos.items():
        modified = min(dt.datetime.fromisoformat(info["modified"]), now)
        info["modified"] = max(modified, dt.datetime.fromtimestamp(since[path], dt.UTC)).astimezone(dt.UTC).isoformat()


def write_days(
    writer: TreeWriter,
    state: BuildState,
    days: Set[str],
    kept: Mapping[str, str],
    results: Mapping[str, Read],
    live: Set[str],
    render: Callable[[str], Read],
) -> tuple[dict[str, str], dict[str, Read]]:
    """Give each of ``days`` a folder holding exactly its published articles' files (none
    when it has none), and return the new build's day folders (``kept``, the folders it
    starts from, with those days changed) and what was read again.

    ``results`` are the files this build read and ``live`` the owners of the ids it
    touched; every other published file keeps its pages from the day's previous folder.
    A published file whose pages the previous folder lacks (the previous build lost
    them) is read again with ``render``.
    """
    folders = dict(kept)
    again: dict[str, Read] = {}
    for day in sorted(days):
        owned = state.day_paths(day)
        gone = [
            place.rsplit("/", 1)[-1] + kind.file for place in state.history.gone_places(day) for kind in ARTICLE_FORMATS
        ]
        if not owned and not gone:
            folders.pop(day, None)
            continue
        previous = writer.previous_day(day)
        old = read_folder_files(previous, DAYS, f"articles/{day}") if previous else {}
        files: dict[str, FolderFile] = {}
        for path, file in owned.items():
            name = path.rsplit("/", 1)[-1]
            if file not in results and file not in again and name not in old:
                again[file] = render(file)
            fresh = again.get(file) or (results.get(file) if file in live else None)
            if fresh is not None:
                if path in fresh.files:
                    files[name] = fresh.files[path]
            elif previous is not None:
                files[name] = FolderFile(old[name].as_manifest(), previous, staged=False)
        folders[day] = write_folder(writer.builds, DAYS, day, files, gone)
    return folders, again
