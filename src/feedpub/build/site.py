"""``feedpub build``: articles in, a complete output tree out, swapped in atomically.

A build reads only the article files that changed since the last one (by size and
modification time, see :mod:`feedpub.build.state`). It goes step by step, each step a
function with its inputs and outputs in its signature:

1. :func:`~feedpub.build.changes.listed_changes` (or ``watched_changes``, for a server
   whose watcher names what changed) finds the files to read and the files gone;
2. :func:`read_changed` runs one :class:`~feedpub.build.job.ArticleJob` per file on
   every core (read, look up in the cache or parse and validate, render and stage the
   page and JSON-LD) and records each outcome in the state;
3. :func:`~feedpub.build.ids.settle_ids` decides which file publishes each id, and
   :func:`~feedpub.build.places.settle_places` where each story lives for good (its first
   place, whatever its date or file name becomes) and which places are gone;
4. :func:`~feedpub.build.days.write_days` gives each changed day a new immutable folder,
   and :mod:`~feedpub.build.archives` each feed whose archive pages changed;
5. :func:`~feedpub.build.head.render_head` renders the feeds, index and sitemap from the
   newest entries the state's index names (or the previous ones are kept, when those
   entries are the same rows as before and none was read again);
6. :meth:`~feedpub.build.tree.TreeWriter.commit` swaps the new build in with one rename:
   a reader sees the old tree or the new one, never a mix, and a failed build leaves the
   old one in place.

The same inputs, state and time (``now``) always give the same bytes. A story whose
``datePublished`` is after ``now`` is held back until a build at or after that time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import SiteConfig
from ..parse.identity import split_item
from ..problems import Problem
from ..render.formats import over_budget
from ..workers import ordered_map
from .archives import link_kept_pages, plan_archives, render_archives, write_archives
from .cache import ArticleCache, busy, keep_tables, load_tables, salt
from .changes import Changes, listed_changes, watched_changes, watched_files
from .days import Read, stamp_pages, write_days
from .head import Chosen, prepare_head, render_head
from .ids import settle_ids, with_id_clashes
from .job import ArticleJob, Context, Done, Placement
from .places import settle_places
from .report import BuildReport, FileReports, Outcomes
from .state import STATE, BuildState, Known, Row, Stamps
from .tree import Tree, TreeWriter, builds_folder

#: Rows handed to the state at once while jobs finish.
ROWS_AT_ONCE = 1000

Progress = Callable[[int, int], None]


def site_key(site: SiteConfig) -> str:
    """What an article page depends on besides the article: the config and feedpub itself."""
    digest = hashlib.sha256(salt().encode())
    digest.update(site.file.read_bytes())
    return digest.hexdigest()


def state_row(file: str, result: Done, reference: dt.date) -> Row:
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
        return Row(**common, held=result.held.timestamp() if result.held else None)
    return Row(
        **common,
        id=listing.id,
        published=listing.published.timestamp(),
        day=listing.day,
        paths=[path for path, _ in result.files],
        listing=listing.as_record(),
        language=listing.language,
        agency=listing.agency,
        section=listing.section,
        keywords=list(listing.keywords),
    )


def budget_problems(out: Path, site: SiteConfig, tree: Tree) -> Iterator[tuple[Path, Problem]]:
    """A warning for each head file and archive page of the published tree over its size
    budget (article pages are weighed when they are rendered, and warn as their article's
    problems)."""
    sizes = {path: info.size for path, info in tree.files.items()} | tree.archive_sizes()
    for path, size in sorted(sizes.items()):
        if (why := over_budget(path, size, site.budgets)) is not None:
            yield out / path, Problem("", why, "warning")


def find_changes(
    site: SiteConfig,
    known: Stamps,
    dated: set[str],
    previous: BuildReport | None,
    changes: Iterable[Path] | None,
) -> Changes:
    """What changed since the build whose listing is ``known``: from the watcher's
    ``changes`` when ``previous`` (that build's report) lets them be trusted, else by
    listing every file. The files ``dated`` against another reference day are read again
    either way."""
    watched = None
    if previous is not None and changes is not None and not previous.path_problems:
        watched = watched_files(site, previous.articles.names, changes)
    return listed_changes(site, known, dated) if watched is None else watched_changes(watched, known, dated)


def read_changed(
    todo: Sequence[Path],
    job: ArticleJob,
    state: BuildState,
    cache: ArticleCache | None,
    progress: Progress | None,
) -> dict[str, Read]:
    """Run ``job`` on every file to read, on every core, recording each outcome in the
    state and the cache as jobs finish; what the build keeps of each, by path."""
    results: dict[str, Read] = {}
    rows: list[Row] = []
    reference = job.context.reference
    for done, outcomes in enumerate(ordered_map(job.run_file, todo, warm_up=job.warm_up), start=1):
        for result in outcomes:  # a file's one article, or each item of a file holding several
            name = str(result.report.file)
            results[name] = Read.of(result)
            rows.append(state_row(name, result, reference))
            if cache and result.cache_entry and result.key:
                cache.put(result.key, reference, result.cache_entry, result.depends)
        if len(rows) >= ROWS_AT_ONCE or done == len(todo):
            state.put(rows)
            rows.clear()
        if progress:
            progress(done, len(todo))
    if cache:
        cache.commit()
    return results


def _story_ids(results: dict[str, Read], before: dict[str, Known]) -> set[str]:
    """The ids of the stories the files read hold, and those the files read or removed held before."""
    return {read.id for read in results.values() if read.id} | {known.id for known in before.values() if known.id}


@dataclass(frozen=True)
class _Published:
    """What :func:`publish` made: the tree served now, whether it is a new one, and every
    file read (those read again to fill days or settle ids included)."""

    tree: Tree
    changed: bool
    results: dict[str, Read]


def publish(
    writer: TreeWriter,
    state: BuildState,
    found: Changes,
    results: dict[str, Read],
    before: dict[str, Known],
    chosen_before: Chosen | None,
    job: ArticleJob,
    cache: ArticleCache | None,
    fresh: bool,
) -> _Published:
    """Settle the ids and places, write the changed days and the head files, and swap the
    new tree in (or keep the previous tree, when nothing changed).

    ``before`` is what the state had of the files read or removed before this build
    changed it, and ``chosen_before`` the rows the previous head files were made of.
    A fresh build starts with no day folders; any other from the previous build's.
    """
    reference, now = job.context.reference, job.context.now

    def read_again(file: str, placement: Placement | None = None) -> Read:
        """Render ``file`` again, at its story's place (recorded in the state)."""
        done = job.run(Path(file), placement)
        if placement is None and done.listing is not None:
            row = state.history.places([done.listing.id]).get(done.listing.id)
            edited = dt.datetime.fromtimestamp(row.edited, dt.UTC) if row and row.edited else None
            edited = None if done.listing.explicit else edited
            if row is not None and (row.place, edited) != (done.listing.place, done.listing.edited):
                done = job.run(Path(file), Placement(row.place, edited))
        state.put([state_row(file, done, reference)])
        state.set_live([file] if done.listing is not None else [], [])  # only published files are read again
        return Read.of(done)

    ids = {name: read.id for name, read in results.items()}
    touched = None if fresh else _story_ids(results, before)
    settled = settle_ids(state, before, ids, found.removed)
    results = {**results, **{file: read_again(file) for file in settled.render_again}}
    placed = settle_places(state, results, set(settled.live), touched, now, read_again)
    results = placed.results
    if not (fresh or results or found.removed or placed.days):
        assert writer.previous is not None
        writer.discard()
        return _Published(writer.previous, False, results)
    stamp_pages(state, results, settled.live, now)
    days = set(settled.days) | placed.days | (state.history.gone_days() if fresh else set())
    days |= {read.day for read in results.values() if read.day}
    days |= {known.day for known in before.values() if known.day}
    kept = {} if fresh or writer.previous is None else writer.previous.days
    folders, again = write_days(writer, state, days, kept, results, settled.live, read_again)
    stamp_pages(state, again, again.keys(), now)
    results = {**results, **again}
    site = job.context.site
    chosen = Chosen.of(site, state)
    plan = plan_archives(site, state, None if fresh else writer.previous, _story_ids(results, before))
    linking, linked = link_kept_pages(plan, site, writer)  # while the changed pages and the feeds are rendered
    try:
        pages = render_archives(plan, job.context, state, writer)
        if chosen == chosen_before and chosen.files().isdisjoint(results) and not plan.changed:
            head = writer.previous_files()  # made of the same rows, none of them read again
        else:
            rendered = render_head(chosen, job.context, cache, state, {name: plan.newest(name) for name in plan.pages})
            head = prepare_head(writer, rendered)
    finally:
        linking()
    archives = write_archives(plan, site, writer, pages, linked)
    changed = writer.commit(head, folders, archives)
    assert writer.tree is not None
    state.set_page_ends(writer.tree.build, plan.ends)
    return _Published(writer.tree, changed, results)


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
    now: dt.datetime | None = None,
) -> BuildReport:
    """Build the whole site from ``site.articles`` into ``out``, reading only what changed.

    ``previous`` is the report of the build ``out`` points at, when the caller (a server)
    holds it already; ``changes`` are the paths a watcher saw change since then. With both,
    the build looks only at those paths instead of listing and checking every file.
    ``now`` is the build's time (the clock's, unless given): stories published after it are
    held back, and no date the build writes is later.
    """
    state = BuildState(builds_folder(out) / STATE)
    writer = TreeWriter(out, site_key(site), previous.tree if previous else None)
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    reference = reference_date or dt.date.today()
    identity = {"site": writer.site_key, "encoding": encoding or ""}
    cache = ArticleCache(cache_file) if cache_file else None
    job = ArticleJob(Context(site, encoding, reference, cache_file, writer.pages, now))
    try:
        fresh = writer.previous is None or state.meta() != {"build": writer.previous.build, **identity}
        if fresh:
            state.clear()
        trusted = None if fresh or previous is None or writer.previous is not previous.tree else previous
        dated = {str(split_item(Path(name))[0]) for name in state.dated_against_another_day(reference.isoformat())}
        dated.update(str(split_item(Path(name))[0]) for name in state.released(now.timestamp()))
        known = state.stamps()
        remembered = len(known.names)
        found = find_changes(site, known, dated, trusted, changes)
        touched = [*map(str, found.todo), *found.removed]
        if cache and touched:
            load_tables(cache)
        touched += state.items_of(touched) if remembered else []
        before = state.known(touched) if remembered else {}
        chosen_before = Chosen.of(site, state) if remembered and touched else None
        results = read_changed(found.todo, job, state, cache, progress)
        gone = [name for name in touched if name not in results]  # files removed, items a file holds no more
        state.forget(gone)
        if found.stamps is not None:  # no file removed, and as many as before: the same names
            state.set_stamps(found.stamps, same_names=not found.removed and len(found.stamps.names) == remembered)
        found = found._replace(removed=gone)
        published = publish(writer, state, found, results, before, chosen_before, job, cache, fresh)
        if cache:
            keep_tables(cache)
        state.commit(build=published.tree.build, **identity)
    except BaseException as error:
        writer.discard()
        state.rollback()
        if isinstance(error, sqlite3.OperationalError):
            raise busy(state.file, error) from None
        raise
    finally:
        job.close()
        if cache:
            cache.close()
    parsed = sum(read.parsed for read in published.results.values())
    tree = published.tree
    held = tuple((Path(file), dt.datetime.fromtimestamp(due, dt.UTC)) for file, due in state.held())
    outcomes: Outcomes = state.troubled()
    outcomes.update({name: (read.readable, read.problems) for name, read in published.results.items()})
    report = BuildReport(
        output=out,
        articles=FileReports(found.names, with_id_clashes(outcomes, state)),
        path_problems=tuple(found.path_problems),
        published=state.live_count(),
        feeds=len(site.feeds),
        files=len(tree.files) + len(tree.archive_sizes()) + state.page_count(),
        parsed=parsed,
        cached=len(found.names) - parsed,
        changed=published.changed,
        tree=published.tree,
        read=tuple(published.results),
        output_problems=tuple(budget_problems(out, site, published.tree)),
        held=held,
    )
    state.close()
    return report
