"""``feedpub build``: articles in, a complete output tree out, swapped in atomically.

A build reads only the article files that changed since the last one (by size and
modification time, see :mod:`feedpub.build.state`). Each goes through one job (see
:mod:`feedpub.build.job`): read, look up in the cache (or parse and validate), and render its
page and JSON-LD, compressed; jobs run on every core and stream their files into a
staging folder, so memory does not grow with the archive. Only the days whose articles
changed get a new day folder; the feeds, index and sitemap are rendered from the newest
entries the state's index names (or kept as they were, when those entries are the same
rows as before and none was read again), then :class:`~feedpub.build.tree.TreeWriter` swaps the new
build in with one rename: a reader sees the old tree or the new one, never a mix, and a
failed build leaves the old one in place. The same inputs always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple, overload

from ..config import FeedFilter, SiteConfig
from ..files import has_utf8_name, is_article_file, is_hidden, list_article_files, path_order, position_in
from ..model import article_from_dict
from ..parse import parse_file
from ..parse.words import stored_words, use_stored_words
from ..problems import Problem
from ..render.entry import Entry, Feed, day_folder, entry_for
from ..render.formats import FEED_FORMATS, INDEX, SITEMAP, STYLESHEET
from ..render.html import render_index, stylesheet
from ..render.sitemap import WINDOW
from ..validate import FileReport, check_article
from ..workers import ordered_map, split_map
from . import job
from .cache import ArticleCache, busy, salt
from .state import STATE, BuildState, Known, Row, Stamp, Stamps, stamp_values
from .tree import DayFile, Prepared, Tree, TreeWriter, builds_folder, day_files, prepare, write_day

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: Rows handed to the state at once while jobs finish.
ROWS_AT_ONCE = 1000

Progress = Callable[[int, int], None]


Outcome = tuple[bool, tuple[Problem, ...]]
#: Whether each file could be read, and its problems, by path; a file not in it is FINE.
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
        return [self.report(name) for name in found if position_in(self.names, name)[1]]


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

    @cached_property
    def troubled(self) -> list[FileReport]:
        """The files with problems, in path order (worked out once: /status asks often)."""
        return self.articles.troubled()

    def is_valid(self, strict: bool = False) -> bool:
        """True when every article was valid and published."""
        return not self.path_problems and all(report.is_valid(strict) for report in self.troubled)


@dataclass(frozen=True)
class _Read:
    """What a build keeps in memory of a file it read (the rest went to the state)."""

    readable: bool
    problems: tuple[Problem, ...]
    parsed: bool
    id: str | None
    day: str | None
    #: The files it rendered, by path, where the job staged them.
    files: dict[str, DayFile]

    @classmethod
    def of(cls, done: job.Done) -> _Read:
        listing = done.listing
        if listing is None:
            return cls(done.readable, done.report.problems, done.parsed, None, None, {})
        assert done.staged is not None  # a published article's files are staged
        files = {path: DayFile(info, done.staged, staged=True) for path, info in done.files}
        return cls(True, done.report.problems, done.parsed, listing.id, day_folder(listing.published), files)


def site_key(site: SiteConfig) -> str:
    """What an article page depends on besides the article: the config and feedpub itself."""
    digest = hashlib.sha256(salt().encode())
    digest.update(site.file.read_bytes())
    return digest.hexdigest()


def _recall(listings: Iterable[job.Listing], context: job.Context, cache: ArticleCache | None) -> dict[str, Entry]:
    """Full entries for the few articles that go into feeds, from the cache or the file."""
    entries = {}
    for listing in listings:
        stored = cache.get(listing.key, context.reference) if cache else None
        if stored is not None and stored.article is not None:
            data = stored.article
        else:
            report = check_article(
                parse_file(listing.file, encoding=context.encoding, reference_date=context.reference)
            )
            assert report.article is not None, listing.file
            data = report.article
        entries[listing.id] = entry_for(article_from_dict(data, context.site.timezone), context.site)
    return entries


#: A published article as the state lists it: file, key and listing (JSON text).
_Listed = tuple[str, str, str]


def _listings(rows: Iterable[_Listed]) -> list[job.Listing]:
    return [job.Listing.from_record(Path(file), key, json.loads(record)) for file, key, record in rows]


@dataclass(frozen=True)
class _Chosen:
    """The state's rows that the feeds, the index and the sitemap are made of."""

    feeds: dict[str, list[_Listed]]
    latest: list[_Listed]
    recent: list[_Listed]

    @classmethod
    def of(cls, site: SiteConfig, state: BuildState) -> _Chosen:
        """The newest entries of each feed and of the index, and the sitemap's window of days."""
        latest = state.newest(FeedFilter(), site.entries)
        recent: list[_Listed] = []
        if latest:
            [newest] = _listings(latest[:1])
            recent = state.since((newest.published - WINDOW).timestamp())
        return cls({spec.name: state.newest(spec.filter, site.entries) for spec in site.feeds}, latest, recent)

    def files(self) -> set[str]:
        """The article files read to render them."""
        return {row[0] for rows in (*self.feeds.values(), self.latest, self.recent) for row in rows}


def _head(
    site: SiteConfig, picked: _Chosen, context: job.Context, cache: ArticleCache | None
) -> dict[str, tuple[bytes, dt.datetime]]:
    """Feeds, index, sitemap and stylesheet, from the newest published articles."""
    # Imported here: lxml is a tenth of a build's start, and a build that keeps the
    # previous feeds (see _Chosen) never needs it.
    from ..render.sitemap import render_news_sitemap

    chosen = {name: _listings(rows) for name, rows in picked.feeds.items()}
    latest = _listings(picked.latest)
    recent = _listings(picked.recent)
    wanted = {listing.id: listing for listings in (*chosen.values(), latest) for listing in listings}
    entries = _recall(sorted(wanted.values(), key=lambda i: i.order), context, cache)
    newest = max((entry.updated for entry in entries.values()), default=EPOCH)
    files: dict[str, tuple[bytes, dt.datetime]] = {}
    for spec in site.feeds:
        feed_entries = tuple(entries[listing.id] for listing in chosen[spec.name])
        feed = Feed(site, spec, feed_entries, max((entry.updated for entry in feed_entries), default=newest))
        for kind in FEED_FORMATS:
            files[feed.spec.path + kind.file] = (kind.render(feed), feed.updated)
    files[INDEX.file] = (render_index(site, tuple(entries[listing.id] for listing in latest)), newest)
    files[SITEMAP.file] = (render_news_sitemap(site, recent), newest)
    files[STYLESHEET.file] = (stylesheet(), EPOCH)
    return files


def _prepare_all(writer: TreeWriter, files: dict[str, tuple[bytes, dt.datetime]]) -> list[Prepared]:
    """The head files prepared for the tree, compressed on every core (zlib and brotli let go of the GIL)."""

    def prepared(item: tuple[str, tuple[bytes, dt.datetime]]) -> Prepared:
        path, (data, modified) = item
        return prepare(path, data, modified, writer.previous_file(path))

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(prepared, files.items()))


#: The cache's name for :func:`~feedpub.parse.words.stored_words`.
DATELINE_WORDS = "dateline-words"


def _dateline_words(cache: ArticleCache) -> None:
    """Take the dateline words from the cache, or store them there for the next build."""
    stored = cache.table(DATELINE_WORDS)
    if stored is None:
        cache.put_table(DATELINE_WORDS, stored_words())
    else:
        use_stored_words(stored)


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


def _row(file: str, result: job.Done, reference: dt.date) -> Row:
    """What the state keeps of a file read in this build."""
    listing = result.listing
    common: dict[str, Any] = {
        "file": file,
        "key": result.key,
        "reference": reference.isoformat() if result.depends else None,
        "readable": result.readable,
        "problems": [p.as_dict() for p in result.report.problems],
    }
    if listing is None:
        return Row(**common)
    return Row(
        **common,
        id=listing.id,
        published=listing.published.timestamp(),
        day=day_folder(listing.published),
        paths=[path for path, _ in result.files],
        listing=listing.as_record(),
        language=listing.language,
        agency=listing.agency,
        section=listing.section,
        keywords=list(listing.keywords),
    )


def _write_day(writer: TreeWriter, state: BuildState, day: str, results: dict[str, _Read], live: set[str]) -> None:
    """Give ``day`` a folder holding exactly its published articles' files (or none when it has none)."""
    owned = state.day_paths(day)
    if not owned:
        writer.days.pop(day, None)
        return
    previous = writer.previous_day(day)
    old = day_files(previous) if previous else {}
    files: dict[str, DayFile] = {}
    for path, file in owned.items():
        name = path.rsplit("/", 1)[-1]
        if file not in results and name not in old:  # the previous build lost it: render it again
            results[file] = _Read.of(job.run(Path(file)))
            live.add(file)
        if file in results and file in live:
            if path in results[file].files:
                files[name] = results[file].files[path]
        elif previous is not None:
            files[name] = DayFile(old[name].as_manifest(), previous, staged=False)
    writer.days[day] = write_day(writer.builds, day, files)


def _owner(claims: list[str]) -> str:
    """Of the files claiming one id, the one that publishes it: the first in path order."""
    return min(claims, key=path_order)


def _settle_ids(
    state: BuildState, before: dict[str, Known], results: dict[str, _Read], removed: list[str]
) -> tuple[set[str], set[str]]:
    """Decide who owns each id that this build's changes touched; returns the owners and their days.

    The :func:`_owner` of an id is published; the other claimants are reported. An owner
    that was not published before and was not read in this build (its rival was removed),
    or that shares its id with another file read in this build (whose pages may have
    overwritten its own), is rendered again. ``before`` is what the state
    had of the files read or removed before this build changed it.
    """
    touched = {r.id for r in results.values() if r.id}
    touched |= {known.id for file in (*results, *removed) if (known := before.get(file)) and known.id}
    owners = state.owners(touched)
    claimants = {file for claims in owners.values() for file in claims}
    unchanged = state.known(claimants - results.keys())
    live = {_owner(claims) for claims in owners.values()}
    state.set_live(live, claimants - live)
    for claims in owners.values():
        winner = _owner(claims)
        if (winner in unchanged and not unchanged[winner].live) or sum(c in results for c in claims) > 1:
            results[winner] = _Read.of(job.run(Path(winner)))
    return live, {known.day for known in unchanged.values() if known.day}


def _outcomes(results: dict[str, _Read], state: BuildState) -> Outcomes:
    """The outcome of every file read in this build or remembered with problems, clashing ids included."""
    outcomes = state.troubled()
    outcomes.update({name: (result.readable, result.problems) for name, result in results.items()})
    for article_id, claims in state.owners(state.shared_ids()).items():
        winner = _owner(claims)
        message = f'"{article_id}" is already the id of {winner}; give this article another id in its front matter'
        for file in claims:
            if file != winner:
                readable, problems = outcomes.get(file, FINE)
                outcomes[file] = (readable, (*problems, Problem("/id", message)))
    return outcomes


def _watched(site: SiteConfig, previous: BuildReport | None, changes: Iterable[Path] | None) -> set[str] | None:
    """The article files among ``changes``, or None when they cannot say alone what changed.

    A watcher names the files it saw change; it names a folder moved in or out, not the
    files inside it. So a change set is trusted only when each path is a file or a gone
    path that held no known article, and the previous build listed every folder.
    """
    if previous is None or changes is None or previous.path_problems:
        return None
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
        if is_article_file(parts[-1]):
            found.add(name)
        elif not change.exists():
            prefix = name + os.sep
            if any(file.startswith(prefix) for file in previous.articles.names):
                return None
    return found


class _Changes(NamedTuple):
    """What a build found changed: the listing, the folders it could not list, the files
    to read, the files gone, and the stamps to remember (None when they are as they were)."""

    names: list[str]
    path_problems: list[tuple[Path, Problem]]
    todo: list[Path]
    removed: list[str]
    stamps: Stamps | None


def _listed_changes(site: SiteConfig, known: Stamps, dated: set[str]) -> _Changes:
    """List the articles folder and compare every file's stamp with ``known``; the files
    ``dated`` against another reference day are read again too."""
    names, path_problems = list_article_files(site.articles)
    now = stamps_now(names)
    differing, removed = known.changes(names, now)
    if dated:
        differing = sorted({*differing, *dated.intersection(names)}, key=path_order)
    stamps = Stamps(names, now) if differing or removed else None
    return _Changes(names, path_problems, [Path(name) for name in differing], removed, stamps)


def _watched_changes(watched: set[str], known: Stamps, dated: set[str]) -> _Changes:
    """Look only at the files a watcher named (and those ``dated``), editing ``known`` to match."""
    stats = file_stamps([*watched, *(dated - watched)])
    removed = [name for name, stat in stats.items() if stat[0] < 0 and name in known]
    for name, stat in stats.items():
        if stat[0] < 0:
            known.remove(name)
        else:
            known.set(name, stat)
    # The watcher saw these change, even when size and time stayed the same.
    todo = [Path(name) for name in sorted(stats, key=path_order) if stats[name][0] >= 0]
    return _Changes(known.names, [], todo, removed, known if stats else None)


def build_site(
    site: SiteConfig,
    out: Path,
    *,
    cache_file: Path | None = None,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    progress: Progress | None = None,
    previous: BuildReport | None = None,
    changes: Iterable[Path] | None = None,
) -> BuildReport:
    """Build the whole site from ``site.articles`` into ``out``, reading only what changed.

    ``previous`` is the report of the build ``out`` points at, when the caller (a server)
    holds it already; ``changes`` are the paths a watcher saw change since then. With both,
    the build looks only at those paths instead of listing and checking every file.
    """
    state = BuildState(builds_folder(out) / STATE)
    writer = TreeWriter(out, previous.tree if previous else None)
    writer.site_key = site_key(site)
    reference = reference_date or dt.date.today()
    identity = {"site": writer.site_key, "encoding": encoding or ""}
    cache = ArticleCache(cache_file) if cache_file else None
    context = job.Context(site, encoding, reference, cache_file, writer.pages)
    job.begin(context)
    reset = writer.previous is None or state.meta() != {"build": writer.previous.build, **identity}
    results: dict[str, _Read] = {}
    try:
        if reset:
            state.clear()
            writer.days.clear()
        trusted = not reset and previous is not None and writer.previous is previous.tree
        watched = _watched(site, previous, changes) if trusted else None
        dated = set(state.dated_against_another_day(reference.isoformat()))  # read again whatever else
        known = state.stamps()
        remembered = len(known.names)
        found = _listed_changes(site, known, dated) if watched is None else _watched_changes(watched, known, dated)
        names, path_problems, todo, removed, looked = found
        if cache and (todo or removed):
            _dateline_words(cache)
        before = state.known([*map(str, todo), *removed]) if remembered else {}
        chosen_before = _Chosen.of(site, state) if remembered and (todo or removed) else None
        rows: list[Row] = []
        for done, result in enumerate(ordered_map(job.run, todo, warm_up=job.warm_up), start=1):
            name = str(result.report.file)
            results[name] = _Read.of(result)
            rows.append(_row(name, result, reference))
            if cache and result.cache_entry and result.key:
                cache.put(result.key, context.reference, result.cache_entry, result.depends)
            if len(rows) == ROWS_AT_ONCE or done == len(todo):
                state.put(rows)
                rows.clear()
            if progress:
                progress(done, len(todo))
        if cache:
            cache.commit()
        state.forget(removed)
        if looked is not None:  # no file removed, and as many as before: the same names
            state.set_stamps(looked, same_names=not removed and len(looked.names) == remembered)
        live, days = _settle_ids(state, before, results, removed)
        days |= {r.day for r in results.values() if r.day} | {k.day for k in before.values() if k.day}
        changed = bool(reset or results or removed)
        if changed:
            for day in sorted(d for d in days if d):
                _write_day(writer, state, day, results, live)
            picked = _Chosen.of(site, state)
            if picked == chosen_before and picked.files().isdisjoint(results):
                writer.keep_previous_files()  # made of the same rows, none of them read again
            else:
                for prepared in _prepare_all(writer, _head(site, picked, context, cache)):
                    writer.add(prepared)
            changed = writer.commit()
            assert writer.tree is not None
            tree = writer.tree
        else:
            assert writer.previous is not None
            writer.discard()
            tree = writer.previous
        state.commit(build=tree.build, **identity)
    except BaseException as error:
        writer.discard()
        state.rollback()
        if isinstance(error, sqlite3.OperationalError):
            raise busy(state.file, error) from None
        raise
    finally:
        job.end()
        if cache:
            cache.close()
    parsed = sum(r.parsed for r in results.values())
    report = BuildReport(
        output=out,
        articles=FileReports(names, _outcomes(results, state)),
        path_problems=tuple(path_problems),
        published=state.live_count(),
        feeds=len(site.feeds),
        files=len(tree.files) + state.page_count(),
        parsed=parsed,
        cached=len(names) - parsed,
        changed=changed,
        tree=tree,
        read=tuple(results),
    )
    state.close()
    return report
