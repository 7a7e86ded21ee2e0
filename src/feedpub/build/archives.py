"""RFC 5005 archive pages of every feed, made from the state's rows, a few pages a build.

Each story is numbered in the order of its first publication (its place's ``seq``). Archive
page ``k`` of a feed holds the feed's stories numbered ``(k-1)*entries`` to
``k*entries - 1``, newest first, and exists once every one of those numbers is given
(``entries`` stories published since), so a full page never changes, except when one of
its own stories is corrected or removed. Pages holding none of a feed's stories are left
out; each page links the one before (``prev-archive``) and the feed itself (``current``),
and the feed links its newest page. JSON Feed reaches the same pages through ``next_url``.

A build renders only the pages whose stories it touched, the pages that became full, and
those whose page before changed; the others are linked from the previous build as they were.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..config import SiteConfig
from ..render.entry import Feed
from ..render.formats import ARCHIVE, ARCHIVE_FORMATS, ATOM, FEED_FORMATS, archive_file
from ..workers import ordered_map
from .cache import ArticleCache
from .head import HeadFiles, honest_time, listings, made_of, recall
from .job import Context
from .state import BuildState
from .tree import Tree


@dataclass(frozen=True)
class ArchivePlan:
    """Each feed's archive pages now, the pages to render, and whether any feed's list of
    pages changed (so the feeds, which link their newest page, are rendered again)."""

    pages: dict[str, list[int]]
    render: dict[str, set[int]]
    changed: bool

    def newest(self, feed: str) -> int | None:
        """The feed's newest archive page, which the feed itself links."""
        pages = self.pages.get(feed)
        return pages[-1] if pages else None

    def paths(self, site: SiteConfig) -> set[str]:
        """Every archive file of the site now."""
        return {
            spec.path + archive_file(kind, page)
            for spec in site.feeds
            for page in self.pages[spec.name]
            for kind in FEED_FORMATS
        }


def previous_pages(site: SiteConfig, tree: Tree | None) -> dict[str, list[int]]:
    """The archive pages each feed had in the previous build."""
    found: dict[str, set[int]] = {spec.name: set() for spec in site.feeds}
    if tree is None:
        return {name: [] for name in found}
    for spec in site.feeds:
        pattern = re.compile(re.escape(spec.path + ARCHIVE) + r"(\d+)" + re.escape(ARCHIVE_FORMATS[ATOM].file))
        for path in tree.files:
            if match := pattern.fullmatch(path):
                found[spec.name].add(int(match.group(1)))
    return {name: sorted(pages) for name, pages in found.items()}


def plan_archives(
    site: SiteConfig, state: BuildState, before: dict[str, list[int]], touched: Iterable[int] | None
) -> ArchivePlan:
    """Which archive pages each feed has, and which to render: those holding a story numbered
    in ``touched`` (every page, when None), the new ones, and those whose page before changed."""
    size = site.entries
    full = state.next_seq() // size * size
    pages = {spec.name: state.archive_pages(spec.filter, size, full) for spec in site.feeds}
    hit = None if touched is None else {seq // size + 1 for seq in touched}
    render: dict[str, set[int]] = {}
    for name, now in pages.items():
        old = before.get(name, [])
        old_previous = dict(zip(old, [None, *old][: len(old)], strict=True))
        chosen = set()
        for page, previous in zip(now, [None, *now][: len(now)], strict=True):
            if hit is None or page in hit or page not in old_previous or old_previous[page] != previous:
                chosen.add(page)
        render[name] = chosen
    changed = any(pages[name] != before.get(name, []) for name in pages)
    return ArchivePlan(pages, render, changed)


class PageTask(NamedTuple):
    """One archive page to render: its feed, number, the page before, rows and times."""

    feed: str
    page: int
    before: int | None
    rows: list[tuple[str, str, str]]
    #: When the build first made each format's page of these rows, by format name.
    since: dict[str, float]


class PageRenderer:
    """Renders archive pages in every format, on any core (only the context travels; each
    copy opens its own read-only view of the cache)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self._cache: ArticleCache | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"context": self.context}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.context = state["context"]
        self._cache = None

    def __call__(self, task: PageTask) -> list[tuple[str, bytes, dt.datetime]]:
        """The page's files: path, bytes and last-modified time."""
        context = self.context
        cache_file = context.cache_file
        if self._cache is None and cache_file is not None and cache_file.exists():
            self._cache = ArticleCache(cache_file, readonly=True)
        [spec] = [spec for spec in context.site.feeds if spec.name == task.feed]
        found = listings(task.rows)
        entries = recall(sorted(found, key=lambda listing: listing.order), context, self._cache)
        page_entries = tuple(entries[listing.id] for listing in found)
        files = []
        last = max(entry.updated for entry in page_entries)
        for kind in FEED_FORMATS:
            updated = honest_time(last, task.since[kind.name], context.now)
            feed = Feed(context.site, spec, page_entries, updated, task.page, task.before)
            files.append((spec.path + archive_file(kind, task.page), ARCHIVE_FORMATS[kind].render(feed), updated))
        return files

    def close(self) -> None:
        """Close the cache view this copy opened, if any."""
        if self._cache is not None:
            self._cache.close()
            self._cache = None


#: Archive pages a worker takes at a time (each some 15 ms of rendering).
PAGES_AT_ONCE = 8


def render_archives(plan: ArchivePlan, context: Context, state: BuildState, previous: Tree | None) -> HeadFiles:
    """The archive pages ``plan`` says to render, in every feed format, on every core; but
    not those made of the same rows as the ``previous`` build's (a page touched only by a
    story of another feed)."""
    site, now = context.site, context.now
    tasks = []
    for spec in site.feeds:
        pages = plan.pages[spec.name]
        for page in sorted(plan.render[spec.name]):
            before = pages[pages.index(page) - 1] if pages.index(page) > 0 else None
            rows = state.archive_rows(spec.filter, site.entries, page)
            paths = {kind: spec.path + archive_file(kind, page) for kind in FEED_FORMATS}
            digests = {path: made_of(site, spec.name, kind.name, rows, page, before) for kind, path in paths.items()}
            if (
                previous is not None
                and all(path in previous.files for path in digests)
                and state.same_as_before(digests)
            ):
                continue
            since = state.first_made(digests, now.timestamp())
            tasks.append(
                PageTask(spec.name, page, before, rows, {kind.name: since[path] for kind, path in paths.items()})
            )
    renderer = PageRenderer(context)
    files: HeadFiles = {}
    try:
        for rendered in ordered_map(renderer, tasks, chunksize=PAGES_AT_ONCE):
            files.update({path: (data, updated) for path, data, updated in rendered})
    finally:
        renderer.close()
    return files
