"""RFC 5005 archive pages of every feed, made from the state's rows, a few pages a build.

Each story is numbered in the order of its first publication (its place's ``seq``). A
feed's archive page ``k`` holds its stories ``(k-1)*entries`` to ``k*entries - 1`` in that
order (newest first on the page), and exists once it is full; so new stories only ever add
pages, and a full page changes only when one of its stories is corrected, or when a story
before it is removed or leaves the feed (the pages after it then shift by one). Each page
links the one before (``prev-archive``) and the feed itself (``current``), and the feed
links its newest page. JSON Feed reaches the same pages through ``next_url``.

A build renders only the pages whose stories (their ids, bytes, dates and places) are not
what the previous build made them of; the others are linked from it as they were.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..config import SiteConfig
from ..render.entry import Feed
from ..render.formats import ARCHIVE_FORMATS, ATOM, FEED_FORMATS, archive_file
from ..workers import ordered_map
from .cache import ArticleCache, load_tables
from .head import honest_time, listings, made_of, recall
from .job import Context
from .state import BuildState
from .tree import FileInfo, Prepared, Tree, TreeWriter, prepare, stage_file


@dataclass(frozen=True)
class ArchivePlan:
    """How many archive pages each feed has, the ones to render (with what each format's
    file is made of), and whether any feed's newest page changed (so the feeds, which link
    it, are rendered again)."""

    pages: dict[str, int]
    render: dict[str, dict[int, tuple[list[str], dict[str, str]]]] = field(default_factory=dict)
    changed: bool = False

    def newest(self, feed: str) -> int | None:
        """The feed's newest archive page, which the feed itself links."""
        return self.pages.get(feed) or None

    def rendered(self) -> set[str]:
        """The archive files this build renders."""
        return {path for pages in self.render.values() for _, digests in pages.values() for path in digests}

    def paths(self, site: SiteConfig) -> set[str]:
        """Every archive file of the site now."""
        return {
            spec.path + archive_file(kind, page)
            for spec in site.feeds
            for page in range(1, self.pages[spec.name] + 1)
            for kind in FEED_FORMATS
        }


def _newest_before(site: SiteConfig, tree: Tree | None) -> dict[str, int]:
    """Each feed's newest archive page in the previous build (its pages run from 1 to it)."""
    found = {}
    for spec in site.feeds:
        count = 0
        while tree is not None and spec.path + archive_file(ATOM, count + 1) in tree.files:
            count += 1
        found[spec.name] = count
    return found


def plan_archives(site: SiteConfig, state: BuildState, previous: Tree | None) -> ArchivePlan:
    """Which archive pages each feed has, and which of them to render: those the
    ``previous`` build (None for a fresh build) lacks or made of other stories."""
    size = site.entries
    base = made_of(site)
    pages: dict[str, int] = {}
    render: dict[str, dict[int, tuple[list[str], dict[str, str]]]] = {}
    wanted: dict[str, dict[int, tuple[list[str], dict[str, str]]]] = {}
    for spec, stories in zip(site.feeds, state.feed_stories([spec.filter for spec in site.feeds]), strict=True):
        pages[spec.name] = len(stories) // size
        wanted[spec.name] = {}
        for page in range(1, pages[spec.name] + 1):
            chunk = stories[(page - 1) * size : page * size]
            text = json.dumps([spec.name, page, chunk], ensure_ascii=False).encode()
            digests = {
                spec.path + archive_file(kind, page): hashlib.sha256(f"{base} {kind.name} ".encode() + text).hexdigest()
                for kind in FEED_FORMATS
            }
            wanted[spec.name][page] = ([story[0] for story in chunk], digests)
    known = state.history.made_digests(
        path for found in wanted.values() for _, digests in found.values() for path in digests
    )
    for name, found in wanted.items():
        render[name] = {
            page: (ids, digests)
            for page, (ids, digests) in found.items()
            if previous is None
            or any(known.get(path) != digest or path not in previous.files for path, digest in digests.items())
        }
    return ArchivePlan(pages, render, pages != _newest_before(site, previous))


class PageTask(NamedTuple):
    """One archive page to render: its feed, number, the page before, rows and times."""

    feed: str
    page: int
    before: int | None
    rows: list[tuple[str, str, str]]
    #: When the build first made each format's page of these rows, by format name.
    since: dict[str, float]
    #: What the previous build has at each format's path (its bytes are linked when the same).
    previous: dict[str, FileInfo | None]


class PageRenderer:
    """Renders, compresses and stages archive pages in every format, on any core, into the
    staged build (only the context and the two folders travel; each copy opens its own
    read-only view of the cache). The pages are most of a large build's bytes: written
    where they are rendered, they never pass through a pipe or wait in the build's memory.
    """

    def __init__(self, context: Context, staging: Path, previous: Path | None) -> None:
        self.context = context
        self.staging = staging
        self.previous = previous
        self._cache: ArticleCache | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"context": self.context, "staging": self.staging, "previous": self.previous}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.context = state["context"]
        self.staging = state["staging"]
        self.previous = state["previous"]
        self._cache = None

    def __call__(self, task: PageTask) -> list[Prepared]:
        """The page's files in every format, staged."""
        context = self.context
        cache_file = context.cache_file
        if self._cache is None and cache_file is not None and cache_file.exists():
            self._cache = ArticleCache(cache_file, readonly=True)
            load_tables(self._cache)  # a worker started afresh has neither (see ordered_map's fresh)
        [spec] = [spec for spec in context.site.feeds if spec.name == task.feed]
        found = listings(task.rows)
        entries = recall(sorted(found, key=lambda listing: listing.order), context, self._cache)
        page_entries = tuple(entries[listing.id] for listing in found)
        files = []
        last = max(entry.updated for entry in page_entries)
        for kind in FEED_FORMATS:
            updated = honest_time(last, task.since[kind.name], context.now)
            feed = Feed(context.site, spec, page_entries, updated, task.page, task.before)
            path = spec.path + archive_file(kind, task.page)
            prepared = prepare(path, ARCHIVE_FORMATS[kind].render(feed), updated, task.previous[path])
            files.append(stage_file(self.staging, prepared, self.previous))
        return files

    def close(self) -> None:
        """Close the cache view this copy opened, if any."""
        if self._cache is not None:
            self._cache.close()
            self._cache = None


#: Archive pages a worker takes at a time (each some 15 ms of rendering).
PAGES_AT_ONCE = 8


def render_archives(plan: ArchivePlan, context: Context, state: BuildState, writer: TreeWriter) -> dict[str, Prepared]:
    """The archive pages ``plan`` says to render, in every feed format, on every core,
    staged in ``writer``'s build; their entries, by path."""
    now = context.now
    tasks = []
    for spec in context.site.feeds:
        for page, (ids, digests) in sorted(plan.render[spec.name].items()):
            since = state.history.first_made(digests, now.timestamp())
            made = {kind.name: since[spec.path + archive_file(kind, page)] for kind in FEED_FORMATS}
            previous = {path: writer.previous_file(path) for path in digests}
            tasks.append(PageTask(spec.name, page, page - 1 or None, state.rows_of(ids), made, previous))
    renderer = PageRenderer(context, writer.staging, writer.previous.folder if writer.previous else None)
    files: dict[str, Prepared] = {}
    try:
        for rendered in ordered_map(renderer, tasks, chunksize=PAGES_AT_ONCE, fresh=True):
            files.update({prepared.path: prepared for prepared in rendered})
    finally:
        renderer.close()
    return files
