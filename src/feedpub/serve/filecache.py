"""The bytes of published files that ``feedpub serve`` keeps in memory, within a byte budget.

Build and day folders never change once written, so a file's bytes can be kept for as
long as its folder is served. The cache counts bytes, not files (a feed can weigh a
thousand article pages), drops the least recently used first, and, when a new build is
swapped in, drops every file of a folder the new tree no longer names, so rebuilds never
pile up old bytes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from pathlib import Path

#: The default budget: the feeds, indexes and busy pages of a large site, in a small server.
DEFAULT_BUDGET = 32 * 1024 * 1024
#: A file larger than this share of the budget is read from disk each time, not kept.
LARGEST_SHARE = 8


class FileCache:
    """Files of immutable folders by (folder, name), at most ``budget`` bytes of them."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self.size = 0
        self._files: OrderedDict[tuple[Path, str], bytes] = OrderedDict()

    def __len__(self) -> int:
        return len(self._files)

    def read(self, folder: Path, name: str) -> bytes | None:
        """The bytes of ``folder/name``, or None when there is no such file inside ``folder``."""
        key = (folder, name)
        content = self._files.get(key)
        if content is not None:
            self._files.move_to_end(key)
            return content
        content = _read(folder, name)
        if content is not None and len(content) * LARGEST_SHARE <= self.budget:
            self._files[key] = content
            self.size += len(content)
            while self.size > self.budget:
                _, dropped = self._files.popitem(last=False)
                self.size -= len(dropped)
        return content

    def keep_only(self, folders: Collection[Path]) -> None:
        """Drop the files of every folder not in ``folders`` (those of builds no longer served)."""
        for key in [key for key in self._files if key[0] not in folders]:
            self.size -= len(self._files.pop(key))


def _read(folder: Path, name: str) -> bytes | None:
    """A file of a build or day folder, refusing anything that resolves outside it."""
    path = (folder / name).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        return None
    try:
        return path.read_bytes()
    except OSError:  # removed since (an old build pruned): the caller answers 404
        return None
