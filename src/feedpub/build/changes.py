"""What changed since the last build: by listing every file, or from a watcher's paths.

A rebuild compares each file's size and modification time (its stamp) with what the
state remembers (see :class:`~feedpub.build.state.Stamps`); a server whose watcher names
the paths that changed lets it look at those alone.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from ..config import SiteConfig
from ..files import has_utf8_name, is_article_file, is_hidden, list_article_files, path_order
from ..problems import Problem
from ..workers import split_map
from .state import Stamp, Stamps, stamp_values


class Changes(NamedTuple):
    """What a build found changed: the listing, the folders it could not list, the files
    to read, the files gone, and the stamps to remember (None when they are as they were)."""

    names: list[str]
    path_problems: list[tuple[Path, Problem]]
    todo: list[Path]
    removed: list[str]
    stamps: Stamps | None


def _stat(file: str) -> Stamp:
    try:
        found = os.stat(file)
    except OSError:
        return -1, -1
    return found.st_size, found.st_mtime_ns


def _stamps_now(files: Sequence[str]) -> array[int]:
    """The size and modification time of each file, (-1, -1) for one that is gone, as
    :func:`~feedpub.build.state.stamp_values`."""
    try:
        return stamp_values((found.st_size, found.st_mtime_ns) for found in map(os.stat, files))
    except OSError:  # one went since the listing: look at each alone
        return stamp_values(map(_stat, files))


def stamps_now(files: Sequence[str]) -> array[int]:
    """What :func:`_stamps_now` says of ``files``, on two cores for a large archive."""
    return split_map(_stamps_now, files)


def file_stamps(files: Sequence[str]) -> dict[str, Stamp]:
    """The :data:`~feedpub.build.state.Stamp` of each file, by path."""
    found = Stamps(list(files), stamps_now(files))
    return {name: found[index] for index, name in enumerate(found.names)}


def watched_files(site: SiteConfig, listed: Sequence[str], changes: Iterable[Path]) -> set[str] | None:
    """The article files among ``changes``, or None when they cannot say alone what changed.

    A watcher names the files it saw change; it names a folder moved in or out, not the
    files inside it. So a change set is trusted only when each path is a file or a gone
    path that held no article of the last listing (``listed``); a symbolic link that leads
    nowhere is neither, and the listing reports it as a file it cannot read.
    """
    found = set()
    for change in changes:
        try:
            parts = change.relative_to(site.articles).parts
        except ValueError:
            return None  # the config, which changes the site key anyway
        if is_hidden(parts):
            continue  # never an article, nor a folder of them
        if not parts or change.is_dir():
            return None
        name = str(change)
        if not has_utf8_name(name):
            return None  # the listing reports it
        if change.is_symlink() and not change.exists():
            return None  # a link to nothing or to itself is no file gone: the listing reports it
        if is_article_file(parts[-1]):
            found.add(name)
        elif not change.exists():
            prefix = name + os.sep
            if any(file.startswith(prefix) for file in listed):
                return None
    return found


def listed_changes(site: SiteConfig, known: Stamps, dated: set[str]) -> Changes:
    """List the articles folder and compare every file's stamp with ``known``; the files
    ``dated`` against another reference day are read again too."""
    names, path_problems = list_article_files(site.articles)
    now = stamps_now(names)
    differing, removed = known.changes(names, now)
    if dated:
        differing = sorted({*differing, *dated.intersection(names)}, key=path_order)
    stamps = Stamps(names, now) if differing or removed else None
    return Changes(names, path_problems, [Path(name) for name in differing], removed, stamps)


def watched_changes(watched: set[str], known: Stamps, dated: set[str]) -> Changes:
    """Look only at the files a watcher named (and those ``dated``); the stamps to remember
    are a copy of ``known`` with theirs updated (a copy of 100k stamps takes a millisecond)."""
    stats = file_stamps([*watched, *(dated - watched)])
    removed = [name for name, stat in stats.items() if stat[0] < 0 and name in known]
    stamps = known.copy()
    for name, stat in stats.items():
        if stat[0] < 0:
            stamps.remove(name)
        else:
            stamps.set(name, stat)
    # The watcher saw these change, even when size and time stayed the same.
    todo = [Path(name) for name in sorted(stats, key=path_order) if stats[name][0] >= 0]
    return Changes(stamps.names, [], todo, removed, stamps if stats else None)
