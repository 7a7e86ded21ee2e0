"""What a build reports: every article file's outcome, and what was published where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import overload

from ..files import path_order, position_in
from ..parse.identity import split_item
from ..problems import Problem
from ..validate import FileReport
from .tree import Tree

#: Whether a file could be read, and its problems.
Outcome = tuple[bool, tuple[Problem, ...]]
#: Outcomes by path; a file not in it is :data:`FINE`.
Outcomes = dict[str, Outcome]
#: The outcome of a file the build knows nothing wrong with.
FINE: Outcome = (True, ())


class FileReports(Sequence[FileReport]):
    """Every article file's outcome in path order, made only when asked for.

    A rebuild of a large archive finds nearly every file unchanged and fine; it keeps
    their paths as strings and the outcomes of the few that have problems or were read.
    """

    def __init__(self, names: list[str], outcomes: Outcomes) -> None:
        self.names = names
        self.outcomes = outcomes

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, index: int) -> FileReport: ...

    @overload
    def __getitem__(self, index: slice) -> list[FileReport]: ...

    def __getitem__(self, index: int | slice) -> FileReport | list[FileReport]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        return self.report(self.names[index])

    def report(self, name: str) -> FileReport:
        """The outcome of the file at path ``name``."""
        readable, problems = self.outcomes.get(name, FINE)
        return FileReport(Path(name), readable, problems)

    def troubled(self) -> list[FileReport]:
        """The outcomes with problems, in path order, looking only at the few outcomes kept."""
        found = sorted((name for name, (_, problems) in self.outcomes.items() if problems), key=path_order)
        return [self.report(name) for name in found if position_in(self.names, str(split_item(Path(name))[0]))[1]]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: every file's outcome and what was published."""

    output: Path
    articles: FileReports
    path_problems: tuple[tuple[Path, Problem], ...]
    published: int
    feeds: int
    files: int
    parsed: int
    cached: int
    changed: bool
    tree: Tree
    #: The paths of the files this build read.
    read: tuple[str, ...] = ()
    #: Warnings about the output files themselves (a feed over its size budget).
    output_problems: tuple[tuple[Path, Problem], ...] = ()
    #: The stories held back (their ``datePublished`` after the build's time), soonest first,
    #: each with the time it is due.
    held: tuple[tuple[Path, dt.datetime], ...] = ()

    @property
    def next_release(self) -> dt.datetime | None:
        """When the next held story is due: a server rebuilds then to publish it."""
        return self.held[0][1] if self.held else None

    @cached_property
    def troubled(self) -> list[FileReport]:
        """The files with problems, in path order (worked out once: /status asks often)."""
        return self.articles.troubled()

    def is_valid(self, strict: bool = False) -> bool:
        """True when every article was valid and published (and, with ``strict``, nothing warned)."""
        if strict and self.output_problems:
            return False
        return not self.path_problems and all(report.is_valid(strict) for report in self.troubled)
