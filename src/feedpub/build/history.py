"""What a site has published, for good: each story's place, whether it is gone, and when
each output's content was first made.

These live in the build state's file (see :mod:`feedpub.build.state`) beside the file rows,
but unlike them are never dropped by a fresh build: a story keeps its place, and an output
its honest last-modified time, whatever is rebuilt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple


class Place(NamedTuple):
    """A story's permanent place, as the state remembers it."""

    id: str
    place: str
    day: str
    #: The digest of the file's bytes last published there (a rename keeps them).
    digest: str | None
    #: The digest of its headline and body last published (an edit changes it).
    text: str | None
    #: When an edit without ``dateModified`` was first seen (a timestamp).
    edited: float | None
    gone: bool
    #: Its order of first publication (the archives' order).
    seq: int


_PLACE_COLUMNS = "id, place, day, digest, text, edited, gone, seq"


def _place(row: tuple[Any, ...]) -> Place:
    return Place(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7])


class History:
    """The places and output times, through the state's connection (and its transaction)."""

    def __init__(self, database: sqlite3.Connection) -> None:
        self._db = database

    def places(self, ids: Iterable[str]) -> dict[str, Place]:
        """The places of the stories of ``ids`` (those that have one)."""
        query = f"SELECT {_PLACE_COLUMNS} FROM places WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
        return {row[0]: _place(row) for row in self._db.execute(query, (json.dumps(sorted(ids)),))}

    def unowned_place(self, digest: str) -> Place | None:
        """The place of a story no published file holds now whose bytes were ``digest``:
        where a renamed file belongs."""
        query = (
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE digest = ? AND NOT EXISTS "  # noqa: S608 - constant columns
            "(SELECT 1 FROM files INDEXED BY files_by_id WHERE files.id = places.id AND live = 1) ORDER BY seq LIMIT 1"
        )
        row = self._db.execute(query, (digest,)).fetchone()
        return _place(row) if row else None

    def place_taken(self, place: str) -> bool:
        """Whether some story holds ``place`` already."""
        return self._db.execute("SELECT 1 FROM places WHERE place = ?", (place,)).fetchone() is not None

    def next_seq(self) -> int:
        """The order number of the next story published for the first time."""
        return int(self._db.execute("SELECT COALESCE(MAX(seq) + 1, 0) FROM places").fetchone()[0])

    def put_place(self, place: Place, *, replacing: str | None = None) -> None:
        """Remember ``place`` (its story moved from the id ``replacing``, when given)."""
        if replacing is not None:
            self._db.execute("DELETE FROM places WHERE id = ?", (replacing,))
        values = (*place[:6], int(place.gone), place.seq)
        self._db.execute(f"INSERT OR REPLACE INTO places ({_PLACE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)  # noqa: S608

    def settle_gone(self, ids: Iterable[str] | None) -> set[str]:
        """Mark the places of ``ids`` (of every story, when None) gone when no published file
        holds them and back when one does; the days whose gone places changed."""
        scope = "" if ids is None else "AND id IN (SELECT value FROM json_each(?))"
        parameters = () if ids is None else (json.dumps(sorted(ids)),)
        owned = "EXISTS (SELECT 1 FROM files INDEXED BY files_by_id WHERE files.id = places.id AND live = 1)"
        changed = self._db.execute(
            f"SELECT day FROM places WHERE gone = {owned} {scope}",  # noqa: S608 - fixed clauses
            parameters,
        ).fetchall()
        self._db.execute(f"UPDATE places SET gone = NOT {owned} WHERE gone = {owned} {scope}", parameters)  # noqa: S608
        return {day for (day,) in changed}

    def gone_days(self) -> set[str]:
        """The days that hold a gone place (a fresh build writes their tombstones)."""
        return {day for (day,) in self._db.execute("SELECT DISTINCT day FROM places WHERE gone = 1")}

    def gone_places(self, day: str) -> list[str]:
        """The places of ``day`` whose stories are gone."""
        query = "SELECT place FROM places WHERE day = ? AND gone = 1 ORDER BY place"
        return [place for (place,) in self._db.execute(query, (day,))]

    def first_made(self, digests: dict[str, str], now: float) -> dict[str, float]:
        """When each output path first had the content ``digests`` names: the time remembered
        when its digest is the same, else ``now`` (remembered from here on)."""
        query = "SELECT path, digest, since FROM outputs WHERE path IN (SELECT value FROM json_each(?))"
        known = {path: (digest, since) for path, digest, since in self._db.execute(query, (json.dumps(list(digests)),))}
        found, fresh = {}, []
        for path, digest in digests.items():
            before = known.get(path)
            if before is not None and before[0] == digest:
                found[path] = before[1]
            else:
                found[path] = now
                fresh.append((path, digest, now))
        self._db.executemany("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?)", fresh)
        return found

    def made_digests(self, paths: Iterable[str]) -> dict[str, str]:
        """What each output path was last made of (see :meth:`first_made`)."""
        query = "SELECT path, digest FROM outputs WHERE path IN (SELECT value FROM json_each(?))"
        return dict(self._db.execute(query, (json.dumps(list(paths)),)).fetchall())
