"""The bytes of published files that ``feedpub serve`` keeps in memory, within a byte budget.

Build and day folders never change once written, so a file's bytes can be kept for as
long as its folder is served. The cache counts bytes, not files (a feed can weigh a
thousand article pages), drops the oldest first, and, when a new build is swapped in,
drops every file of a folder the new tree no longer names, so rebuilds never pile up old
bytes. Oldest, not least recently used: a hit then costs one dictionary lookup, and a busy
file that leaves is read again once.
"""

from __future__ import annotations

import gzip
from collections.abc import Collection
from pathlib import Path

import brotli

#: The default budget: the feeds, indexes and busy pages of a large site, in a small server.
DEFAULT_BUDGET = 32 * 1024 * 1024
#: A file larger than this share of the budget is read from disk each time, not kept.
LARGEST_SHARE = 8

Key = tuple[Path, str]


class FileCache:
    """Files of immutable folders by (folder, name), at most ``budget`` bytes of them."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self.size = 0
        self._files: dict[Key, bytes] = {}

    def __len__(self) -> int:
        return len(self._files)

    def read(self, key: Key) -> bytes | None:
        """The bytes of the file ``key`` names (folder, name), or None when there is no such
        file inside the folder."""
        content = self._files.get(key)
        return content if content is not None else self._load(key)

    def _load(self, key: Key) -> bytes | None:
        content = _read(*key)
        if content is not None:
            self._keep(key, content)
        return content

    def _keep(self, key: Key, content: bytes) -> None:
        """Keep ``content`` under ``key`` unless it is too large a share, dropping the oldest to fit."""
        if len(content) * LARGEST_SHARE <= self.budget:
            self._files[key] = content
            self.size += len(content)
            while self.size > self.budget:
                self.size -= len(self._files.pop(next(iter(self._files))))

    def encoded(self, key: Key, coding: str) -> bytes | None:
        """The file ``key`` names, compressed with ``coding`` (``br`` or ``gzip``) on first
        request and kept like a file: for the outputs the build does not precompress
        (article pages and their JSON-LD), which are asked for far less often than feeds."""
        virtual = (key[0], f"{key[1]}\0{coding}")  # no file name holds a NUL: no clash with a file
        content = self._files.get(virtual)
        if content is not None:
            return content
        plain = self.read(key)
        if plain is None:
            return None
        content = compress(plain, coding)
        self._keep(virtual, content)
        return content

    def keep_only(self, folders: Collection[Path]) -> None:
        """Drop the files of every folder not in ``folders`` (those of builds no longer served)."""
        for key in [key for key in self._files if key[0] not in folders]:
            self.size -= len(self._files.pop(key))


def compress(data: bytes, coding: str) -> bytes:
    """``data`` in ``coding``, quickly: a page is compressed while its reader waits (Brotli
    quality 5 and gzip level 6 take about a millisecond for a 20 KB page)."""
    if coding == "br":
        return bytes(brotli.compress(data, quality=5))
    return gzip.compress(data, compresslevel=6, mtime=0)


def _read(folder: Path, name: str) -> bytes | None:
    """A file of a build or day folder, refusing anything that resolves outside it."""
    path = (folder / name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return None
    try:
        return path.read_bytes()
    except OSError:  # removed since (an old build pruned): the caller answers 404
        return None
