"""What the last build knew of every article file, so the next one reads only what changed.

One SQLite file beside the builds holds a row per article file: its content key, its
problems and, for a published article, what feeds and the sitemap choose by (date, id,
language, agency, section, keywords) and which output files it owns. Beside the rows, the
:class:`Stamps` of the listing: each file's size and modification time when it was last
looked at. A rebuild compares them with the files on disk, so an unchanged archive is
never read; the newest entries of every feed come from an index instead of a scan of
every article. The state belongs to one published build: it is committed right after that
build is swapped in, and a state that names another build, site or encoding has its file
rows dropped and rebuilt from the articles.

What must outlive any rebuild is kept apart and never dropped: each story's permanent
place (see :mod:`feedpub.build.places`), whether it is gone, and when each output's bytes
were first produced (its honest ``Last-Modified``). A state of an older layout is migrated,
keeping every place its builds published.
"""

from __future__ import annotations

import json
import marshal
import sqlite3
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..config import FeedFilter
from ..files import path_order, position_in
from ..problems import Problem
from .cache import Migration, connect
from .history import History

#: The state's file name, beside the build folders.
STATE = "state.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    file TEXT PRIMARY KEY,
    key TEXT,
    reference TEXT,
    readable INTEGER NOT NULL,
    problems TEXT,
    id TEXT,
    live INTEGER NOT NULL DEFAULT 0,
    published REAL,
    day TEXT,
    paths TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    listing TEXT,
    language TEXT,
    agency TEXT,
    section TEXT,
    keywords TEXT,
    held REAL
);
CREATE INDEX IF NOT EXISTS files_by_order ON files (live, published DESC, id);
-- By id, with what a feed's archive plan reads of each story (see feed_stories), which it
-- then reads from the index alone: 0.19 s at 100k stories with the rows, 0.13 s without.
CREATE INDEX IF NOT EXISTS files_by_id ON files (id, live, key, published, language, agency, section);
CREATE INDEX IF NOT EXISTS files_by_day ON files (day, live);
-- Narrow copies of what every rebuild reads of every row, so it never scans the listings.
CREATE INDEX IF NOT EXISTS files_dated ON files (reference) WHERE reference IS NOT NULL;
CREATE INDEX IF NOT EXISTS files_by_pages ON files (live, pages);
CREATE INDEX IF NOT EXISTS files_troubled ON files (file, readable, problems)
    WHERE readable = 0 OR problems IS NOT NULL;
-- The Stamps, as two values ("names" and "stamps"): every rebuild reads all of them, which
-- took 0.14-0.19 s for 100,000 files kept in their rows, and 0.02 s kept like this.
CREATE TABLE IF NOT EXISTS stamps (part TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS files_held ON files (held) WHERE held IS NOT NULL;
-- Each story's permanent place, from its first publication on (never dropped with the rows).
CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY,
    place TEXT NOT NULL UNIQUE,
    day TEXT NOT NULL,
    digest TEXT,
    text TEXT,
    edited REAL,
    gone INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS places_by_digest ON places (digest);
CREATE INDEX IF NOT EXISTS places_by_day ON places (day, gone);
CREATE INDEX IF NOT EXISTS places_by_seq ON places (seq, id, edited, place);
-- When each output file's bytes (or, for a feed, what it is made of) were first produced.
CREATE TABLE IF NOT EXISTS outputs (path TEXT PRIMARY KEY, digest TEXT NOT NULL, since REAL NOT NULL);
-- Where each feed's archive pages end (the seq of each page's last story), as the build
-- named made them: the next build looks at the pages its changes fall in, and the new ones.
CREATE TABLE IF NOT EXISTS page_ends (feed TEXT PRIMARY KEY, build TEXT NOT NULL, ends BLOB NOT NULL);
"""
_COLUMNS = (
    "file, key, reference, readable, problems, id, live, published, day, paths, pages, listing,"
    " language, agency, section, keywords, held"
)
#: The layout of the file; a state of a layout :data:`_MIGRATIONS` knows is migrated, any other
#: is started afresh.
_VERSION = 6
#: The marshal format the names are written in: one every Python since 3.4 reads.
_MARSHAL_VERSION = 4
#: Stamps compared at once while looking for the few that changed.
_STAMPS_AT_ONCE = 1024
#: Up to this many files added and removed, :meth:`Stamps.changes` splices them out of the
#: listings (each a copy of the lists' tails); more go through a dictionary of every file.
SPLICED_AT_MOST = 64

#: Up to this many files, :meth:`BuildState.items_of` looks up each; more, it reads every key once.
_RANGES_AT_MOST = 256

#: A published story as an archive page is made of it: id, key, published and edit times, place.
Story = tuple[str, str, float, float | None, str]
#: A file's size and modification time (ns); (-1, -1) for a file gone since the listing.
Stamp = tuple[int, int]


def stamp_values(stamps: Iterable[Stamp] = ()) -> array[int]:
    """Stamps as one flat array of 64-bit numbers, size then time for each file."""
    return array("q", (value for stamp in stamps for value in stamp))


def _differing(names: list[str], now: array[int], before: array[int]) -> list[str]:
    """The names whose stamps differ between two arrays aligned with them, a block at a time."""
    changed = []
    step = 2 * _STAMPS_AT_ONCE
    for start in range(0, len(now), step):
        if now[start : start + step] != before[start : start + step]:
            for value in range(start, min(start + step, len(now)), 2):
                if now[value : value + 2] != before[value : value + 2]:
                    changed.append(names[value // 2])
    return changed


def _without(names: list[str], stamps: array[int], leaving: set[str]) -> tuple[list[str], array[int]]:
    """Copies of ``names`` and their stamps without the names in ``leaving``."""
    kept, values = list(names), array("q", stamps)
    for name in sorted(leaving, key=path_order, reverse=True):
        index, _ = position_in(kept, name)
        del kept[index]
        del values[2 * index : 2 * index + 2]
    return kept, values


def _swapped_on_big_endian(values: array[int]) -> array[int]:
    """``values`` as stored (little-endian) from this machine's order, or back: the same
    array on a little-endian machine, a swapped copy on a big-endian one."""
    if sys.byteorder == "little":
        return values
    swapped = array("q", values)
    swapped.byteswap()
    return swapped


class Stamps:
    """The article files a build listed, in path order, and each one's :data:`Stamp`.

    The stamps are one flat array (see :func:`stamp_values`) aligned with the names, not a
    dictionary: an unchanged archive lists the same names in the same order, so telling
    what changed is a comparison of two lists and two arrays, done in C, and the stamps
    are stored and read back as their bytes.
    """

    def __init__(self, names: list[str], stamps: array[int]) -> None:
        if len(stamps) != 2 * len(names):
            raise ValueError(f"{len(names)} names but {len(stamps)} stamp values")
        self.names = names
        self.stamps = stamps

    def __getitem__(self, index: int) -> Stamp:
        return self.stamps[2 * index], self.stamps[2 * index + 1]

    def changes(self, names: list[str], now: array[int]) -> tuple[list[str], list[str]]:
        """Of a new listing ``names`` with stamps ``now``: the files new or changed, in path
        order, and the remembered files no longer listed.

        When a few files came or went, they are spliced out of both listings, which leaves
        two equal lists of names whose stamps are compared as arrays again.
        """
        if names == self.names:
            return _differing(names, now, self.stamps), []
        fresh = set(names).difference(self.names)
        gone = set(self.names).difference(names)
        if len(fresh) + len(gone) <= SPLICED_AT_MOST:
            kept, kept_now = _without(names, now, fresh)
            _, kept_before = _without(self.names, self.stamps, gone)
            changed = _differing(kept, kept_now, kept_before)
            return sorted([*changed, *fresh], key=path_order), sorted(gone, key=path_order)
        remembered = {name: self[index] for index, name in enumerate(self.names)}
        listed = Stamps(names, now)
        changed = [name for index, name in enumerate(names) if remembered.pop(name, None) != listed[index]]
        return changed, list(remembered)

    def copy(self) -> Stamps:
        """Another listing with the same names and stamps, to be edited apart from this one."""
        return Stamps(list(self.names), array("q", self.stamps))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and position_in(self.names, name)[1]

    def set(self, name: str, stamp: Stamp) -> None:
        """Remember ``name`` with ``stamp``, in its place in path order."""
        index, present = position_in(self.names, name)
        if present:
            self.stamps[2 * index : 2 * index + 2] = stamp_values([stamp])
        else:
            self.names.insert(index, name)
            self.stamps[2 * index : 2 * index] = stamp_values([stamp])

    def remove(self, name: str) -> None:
        """Forget ``name``, if it is remembered."""
        index, present = position_in(self.names, name)
        if present:
            del self.names[index]
            del self.stamps[2 * index : 2 * index + 2]


class Known(NamedTuple):
    """Whom the state has a file publish: the id it claims, whether it owns it, and its day."""

    id: str | None
    live: bool
    day: str | None


def _problems(text: str | None) -> tuple[Problem, ...]:
    if not text:
        return ()
    return tuple(Problem(p["path"], p["message"], p["severity"]) for p in json.loads(text))


@dataclass(frozen=True)
class Row:
    """One file's outcome, as a build records it."""

    file: str
    key: str | None
    reference: str | None
    readable: bool
    problems: list[dict[str, str]]
    id: str | None = None
    published: float | None = None
    day: str | None = None
    paths: list[str] | None = None
    listing: dict[str, Any] | None = None
    language: str | None = None
    agency: str | None = None
    section: str | None = None
    keywords: list[str] | None = None
    #: When a story held back (its ``datePublished`` in the future) is to be published.
    held: float | None = None

    def values(self) -> tuple[Any, ...]:
        folded = json.dumps([k.casefold() for k in self.keywords]) if self.keywords is not None else None
        return (
            self.file,
            self.key,
            self.reference,
            int(self.readable),
            json.dumps(self.problems) if self.problems else None,
            self.id,
            0,
            self.published,
            self.day,
            json.dumps(self.paths) if self.paths is not None else None,
            len(self.paths or ()),
            json.dumps(self.listing, ensure_ascii=False) if self.listing is not None else None,
            self.language.lower() if self.language else None,
            self.agency,
            self.section,
            folded,
            self.held,
        )


def _from_layout_4(database: sqlite3.Connection) -> None:
    """Layout 4 to 5: every story a layout-4 build published keeps its files' paths as its
    permanent place (its ``articles/<day>/<id>.html`` page), in order of publication."""
    database.execute("ALTER TABLE files ADD COLUMN held REAL")
    database.executescript(_SCHEMA)
    rows = database.execute("SELECT id, day, paths FROM files WHERE live = 1 ORDER BY published, id").fetchall()
    places = []
    for seq, (article_id, day, paths) in enumerate(rows):
        page = next((path for path in json.loads(paths) if path.endswith(_PAGE)), None)
        if page is not None:
            places.append((article_id, page[: -len(_PAGE)], day, seq))
    database.executemany("INSERT OR IGNORE INTO places (id, place, day, seq) VALUES (?, ?, ?, ?)", places)


def _from_layout_5(database: sqlite3.Connection) -> None:
    """Layout 5 to 6: the indexes by id and by order of publication hold what an archive
    plan reads (the schema makes them again)."""
    database.execute("DROP INDEX IF EXISTS files_by_id")
    database.execute("DROP INDEX IF EXISTS places_by_seq")


#: The page every published story has, whose path less this suffix is its place.
_PAGE = ".html"
_MIGRATIONS: dict[int, Migration] = {4: _from_layout_4, 5: _from_layout_5}


def _feed_clauses(condition: FeedFilter) -> tuple[list[str], list[Any]]:
    """The SQL conditions (on the files table) that pick a feed's stories among the published."""
    clauses: list[str] = []
    parameters: list[Any] = []
    if condition.language:
        wanted = condition.language.lower()
        clauses.append("(language = ? OR substr(language, 1, ?) = ?)")
        parameters += [wanted, len(wanted) + 1, wanted + "-"]
    if condition.agency:
        clauses.append("agency = ?")
        parameters.append(condition.agency)
    if condition.section:
        clauses.append("section = ?")
        parameters.append(condition.section)
    if condition.keywords:
        clauses.append("EXISTS (SELECT 1 FROM json_each(keywords) WHERE value IN (SELECT value FROM json_each(?)))")
        parameters.append(json.dumps([keyword.casefold() for keyword in condition.keywords]))
    return clauses, parameters


class BuildState:
    """The article rows of the build a site's output points at, and (``history``) what the
    site has published for good."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._db = connect(file, _SCHEMA, _VERSION, _MIGRATIONS)
        self.history = History(self._db)

    def meta(self) -> dict[str, str]:
        """The build, site key and encoding this state belongs to."""
        return dict(self._db.execute("SELECT name, value FROM meta").fetchall())

    def clear(self) -> None:
        """Forget every file row (inside the build's transaction); the places and the outputs'
        times stay, since they must outlive any rebuild."""
        self._db.execute("DELETE FROM files")
        self._db.execute("DELETE FROM meta")
        self._db.execute("DELETE FROM stamps")
        self._db.execute("DELETE FROM page_ends")

    def stamps(self) -> Stamps:
        """The listing of the build this state belongs to, with its stamps."""
        parts = dict(self._db.execute("SELECT part, data FROM stamps"))
        if not parts:
            return Stamps([], stamp_values())
        values = _swapped_on_big_endian(array("q", parts["stamps"]))
        return Stamps(marshal.loads(parts["names"]), values)  # noqa: S302 - written by set_stamps, below

    def set_stamps(self, stamps: Stamps, *, same_names: bool = False) -> None:
        """Remember this build's listing and stamps (inside the build's transaction); with
        ``same_names``, the names are those remembered already and only the stamps are written."""
        parts = {"stamps": _swapped_on_big_endian(stamps.stamps).tobytes()}
        if not same_names:
            parts["names"] = marshal.dumps(stamps.names, _MARSHAL_VERSION)
        self._db.executemany("INSERT OR REPLACE INTO stamps VALUES (?, ?)", parts.items())

    def dated_against_another_day(self, reference: str) -> list[str]:
        """Files whose outcome depends on the reference date and was found for another one."""
        query = "SELECT file FROM files WHERE reference IS NOT NULL AND reference != ?"
        return [file for (file,) in self._db.execute(query, (reference,))]

    def known(self, files: Iterable[str]) -> dict[str, Known]:
        """What is remembered of ``files`` (those the state has)."""
        query = "SELECT file, id, live, day FROM files WHERE file IN (SELECT value FROM json_each(?))"
        return {row[0]: Known._make(row[1:]) for row in self._db.execute(query, (json.dumps(list(files)),))}

    def troubled(self) -> dict[str, tuple[bool, tuple[Problem, ...]]]:
        """The files that could not be read or have problems: whether readable, and the problems."""
        query = "SELECT file, readable, problems FROM files WHERE readable = 0 OR problems IS NOT NULL"
        return {file: (bool(readable), _problems(problems)) for file, readable, problems in self._db.execute(query)}

    def put(self, rows: Iterable[Row]) -> None:
        """Record the outcome of files read in this build."""
        placeholders = ", ".join("?" * len(_COLUMNS.split(",")))
        self._db.executemany(
            f"INSERT OR REPLACE INTO files ({_COLUMNS}) VALUES ({placeholders})",  # noqa: S608 - constant columns
            (row.values() for row in rows),
        )

    def items_of(self, files: Iterable[str]) -> list[str]:
        """The rows of the items of ``files`` that hold several (``<file>#<id>``, see
        :func:`~feedpub.parse.item_path`): a range of the primary key for each of a few files,
        one pass over the keys for many."""
        wanted = list(files)
        if len(wanted) <= _RANGES_AT_MOST:
            query = "SELECT file FROM files WHERE file > ? AND file < ?"
            return [item for file in wanted for (item,) in self._db.execute(query, (file + "#", file + "$"))]
        named = set(wanted)
        rows = self._db.execute("SELECT file FROM files WHERE instr(file, '#') > 0")
        return [item for (item,) in rows if item.rpartition("#")[0] in named]

    def forget(self, files: Iterable[str]) -> None:
        """Drop the rows of files that are gone."""
        self._db.executemany("DELETE FROM files WHERE file = ?", ((file,) for file in files))

    def owners(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """Every file that claims each of ``ids`` (valid articles only)."""
        query = "SELECT id, file FROM files WHERE id IN (SELECT value FROM json_each(?))"
        found: dict[str, list[str]] = {}
        for article_id, file in self._db.execute(query, (json.dumps(sorted(ids)),)):
            found.setdefault(article_id, []).append(file)
        return found

    def shared_ids(self) -> list[str]:
        """Ids claimed by more than one file: those of the valid articles not published,
        since every build publishes one claimant of each id it touched (see ``set_live``)."""
        query = "SELECT DISTINCT id FROM files WHERE live = 0 AND id IS NOT NULL"
        return [article_id for (article_id,) in self._db.execute(query)]

    def set_live(self, live: Iterable[str], dead: Iterable[str]) -> None:
        """Mark which files are published (a valid article that owns its id) and which are not."""
        self._db.executemany("UPDATE files SET live = 1 WHERE file = ?", ((file,) for file in live))
        self._db.executemany("UPDATE files SET live = 0 WHERE file = ?", ((file,) for file in dead))

    def live_count(self) -> int:
        """How many articles are published."""
        return int(self._db.execute("SELECT COUNT(*) FROM files WHERE live = 1").fetchone()[0])

    def page_count(self) -> int:
        """How many article files (pages and JSON-LD, without siblings) are published."""
        query = "SELECT COALESCE(SUM(pages), 0) FROM files WHERE live = 1"
        return int(self._db.execute(query).fetchone()[0])

    def day_paths(self, day: str) -> dict[str, str]:
        """The output paths of the published articles of one day, and the file owning each."""
        rows = self._db.execute("SELECT file, paths FROM files WHERE day = ? AND live = 1", (day,))
        return {path: file for file, paths in rows for path in json.loads(paths)}

    def newest(self, condition: FeedFilter, limit: int) -> list[tuple[str, str, str]]:
        """The ``limit`` newest published articles matching ``condition``: (file, key, listing
        as its JSON text, which a build compares before it reads any)."""
        clauses, parameters = _feed_clauses(condition)
        query = (
            f"SELECT file, key, listing FROM files WHERE {' AND '.join(['live = 1', *clauses])} "  # noqa: S608 - fixed clauses
            "ORDER BY published DESC, id LIMIT ?"
        )
        return self._db.execute(query, [*parameters, limit]).fetchall()

    def feed_stories(
        self, conditions: Sequence[FeedFilter], after: int | None = None, upto: int | None = None
    ) -> list[tuple[list[Story], list[int]]]:
        """The published stories matching each of ``conditions`` in order of first
        publication (those whose seq is after ``after`` and up to ``upto``, when given):
        id, key, published and edit times and place (what an archive page is made of),
        and each one's seq.

        One pass over the stories, which also tells which feeds each is in (a column of 0
        or 1 for each condition): joining the places to the stories cost 0.3 s at 100k, and
        each feed's own pass as much again.
        """
        if not conditions:
            return []
        columns, parameters = [], []
        for condition in conditions:
            clauses, values = _feed_clauses(condition)
            columns.append(f"({' AND '.join(clauses)})" if clauses else "1")
            parameters += values
        bounds = [("places.seq > ?", after), ("places.seq <= ?", upto)]
        where = ["live = 1", *(clause for clause, value in bounds if value is not None)]
        query = (
            "SELECT files.id, files.key, files.published, places.edited, places.place, places.seq, "  # noqa: S608
            f"{', '.join(columns)} "
            "FROM places INDEXED BY places_by_seq CROSS JOIN files INDEXED BY files_by_id ON files.id = places.id "
            f"WHERE {' AND '.join(where)} ORDER BY places.seq"
        )
        rows = self._db.execute(query, [*parameters, *(value for _, value in bounds if value is not None)]).fetchall()
        found = []
        for column in range(6, 6 + len(conditions)):
            picked = [row for row in rows if row[column]]
            found.append(([row[:5] for row in picked], [row[5] for row in picked]))
        return found

    def page_ends(self, build: str) -> dict[str, list[int]]:
        """Where each feed's archive pages end, as ``build`` made them (none when the
        state's were made by another build, say by another version of feedpub)."""
        query = "SELECT feed, ends FROM page_ends WHERE build = ?"
        found = self._db.execute(query, (build,))
        return {feed: _swapped_on_big_endian(array("q", ends)).tolist() for feed, ends in found}

    def set_page_ends(self, build: str, ends: dict[str, list[int]]) -> None:
        """Remember where each feed's archive pages end in ``build`` (inside the build's transaction)."""
        self._db.execute("DELETE FROM page_ends")
        rows = [(feed, build, _swapped_on_big_endian(array("q", seqs)).tobytes()) for feed, seqs in ends.items()]
        self._db.executemany("INSERT INTO page_ends VALUES (?, ?, ?)", rows)

    def rows_of(self, ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """The published stories of ``ids``, newest first, as :meth:`newest` gives them."""
        query = (
            "SELECT file, key, listing FROM files WHERE live = 1 AND id IN (SELECT value FROM json_each(?)) "
            "ORDER BY published DESC, id"
        )
        return self._db.execute(query, (json.dumps(list(ids)),)).fetchall()

    def since(self, published: float) -> list[tuple[str, str, str]]:
        """Published articles from ``published`` (a timestamp) on, newest first, as :meth:`newest` gives them."""
        query = "SELECT file, key, listing FROM files WHERE live = 1 AND published >= ? ORDER BY published DESC, id"
        return self._db.execute(query, (published,)).fetchall()

    def held(self) -> list[tuple[str, float]]:
        """The files held back, and when each is to be published, soonest first."""
        return self._db.execute("SELECT file, held FROM files WHERE held IS NOT NULL ORDER BY held, file").fetchall()

    def released(self, now: float) -> list[str]:
        """The held files whose time has come."""
        return [file for (file,) in self._db.execute("SELECT file FROM files WHERE held <= ?", (now,))]

    def commit(self, **meta: str) -> None:
        """Make this build's rows durable, stamped with the build they describe."""
        self._db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        self._db.commit()

    def rollback(self) -> None:
        """Forget this build's changes."""
        self._db.rollback()

    def close(self) -> None:
        self._db.close()
