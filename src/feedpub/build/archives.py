"""RFC 5005 archive pages of every feed, made from the state's rows, a few pages a build.

Each story is numbered in the order of its first publication (its place's ``seq``). A
feed's archive page ``k`` holds its stories ``(k-1)*entries`` to ``k*entries - 1`` in that
order (newest first on the page), and exists once it is full; so new stories only ever add
pages, and a full page changes only when one of its stories is corrected, or when a story
before it is removed or leaves the feed (the pages after it then shift by one). Each page
links the one before (``prev-archive``) and the feed itself (``current``), and the feed
links its newest page. JSON Feed reaches the same pages through ``next_url``. That is also
why a rebuild need not read every story to plan: the state keeps where each page ended, and
only the pages the stories it read or removed fall in, and the new ones, can have changed,
unless one of those pages no longer holds as many stories.

A feed's pages are one immutable folder (see :mod:`feedpub.build.folders`), linked into
each build at ``<feed>archive``. A build renders only the pages whose stories (their ids,
bytes, dates and places) are not what the previous build made them of; a feed none of
whose pages changed keeps its folder, and a changed one gets a new folder of the pages
rendered and hard links to the others.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from ..config import FeedSpec, SiteConfig
from ..render.entry import Feed
from ..render.formats import ARCHIVE, ARCHIVE_FORMATS, ATOM, FEED_FORMATS, FeedFormat, archive_file
from ..workers import ordered_map
from .cache import ArticleCache, load_tables
from .folders import ARCHIVES, FolderFile, folder_manifest, link_in_background, spare, write_folder
from .head import honest_time, listings, made_of, recall
from .job import Context
from .outputs import FileInfo, file_infos, prepare, siblings, stage
from .state import BuildState, Story
from .tree import Tree, TreeWriter

#: A page to render: the ids of its stories, and what each format's file is made of, by path.
PageRender = tuple[list[str], dict[str, str]]


def archive_place(spec: FeedSpec) -> str:
    """Where a feed's archive folder is linked in a build: ``archive``, ``feeds/sport/archive``."""
    return spec.path + ARCHIVE.rstrip("/")


def _previous_files(spec: FeedSpec, tree: Tree | None) -> dict[str, Any]:
    """The manifest entries of the feed's archive folder in ``tree``, by name."""
    folder = tree.linked_at(archive_place(spec)) if tree is not None else None
    return folder_manifest(folder, ARCHIVES)["files"] if folder is not None else {}


@dataclass(frozen=True)
class ArchivePlan:
    """How many archive pages each feed has, the ones to render (with what each format's
    file is made of), and how many it had in the previous build; a feed whose newest page
    changed has its feeds rendered again (they link it)."""

    pages: dict[str, int]
    render: dict[str, dict[int, PageRender]] = field(default_factory=dict)
    before: dict[str, int] = field(default_factory=dict)
    #: Where each feed's pages end (the seq of each page's last story), for the next build.
    ends: dict[str, list[int]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        """Whether any feed's newest archive page is not the previous build's."""
        return any(self.pages[name] != self.before.get(name, 0) for name in self.pages)

    def newest(self, feed: str) -> int | None:
        """The feed's newest archive page, which the feed itself links."""
        return self.pages.get(feed) or None

    def new_folder(self, feed: str) -> bool:
        """Whether the feed's archive is not the previous build's folder (a page of it
        changed, was added or went); a feed without pages has no folder."""
        return self.pages[feed] > 0 and (bool(self.render.get(feed)) or self.pages[feed] != self.before.get(feed, 0))


def _pages_in(files: dict[str, Any]) -> int:
    """How many pages an archive folder of these files holds (they run from 1)."""
    count = 0
    while _name(ATOM, count + 1) in files:
        count += 1
    return count


def _info(files: dict[str, Any], path: str) -> FileInfo | None:
    """What an archive folder of these files has at ``path`` (a path in the tree)."""
    place, _, name = path.rpartition("/")
    return file_infos({name: files[name]}, f"{place}/")[name] if name in files else None


def _name(kind: FeedFormat, page: int) -> str:
    """A page's file name in its feed's archive folder: ``7.atom.xml``."""
    return archive_file(kind, page)[len(ARCHIVE) :]


#: A feed's pages to look at, by number, each as its stories; and where each of its pages ends.
Pages = tuple[dict[int, list[Story]], list[int]]


def _every_page(size: int, stories: list[Story], seqs: list[int]) -> Pages:
    """Each full page of a feed's ``stories`` (of ``seqs``), and where each ends."""
    count = len(stories) // size
    pages = {page: stories[(page - 1) * size : page * size] for page in range(1, count + 1)}
    return pages, [seqs[page * size - 1] for page in range(1, count + 1)]


def _pages_changes_reach(spec: FeedSpec, size: int, state: BuildState, ends: list[int], seqs: set[int]) -> Pages | None:
    """The pages of a feed, ending where ``ends`` says, that stories of ``seqs`` fall in,
    and its new pages; or None when a page does not hold as many stories as before (one
    was removed, or joined or left the feed), which moves the stories of every page after
    it: only every story tells where those go."""
    pages: dict[int, list[Story]] = {}
    for page in sorted({bisect.bisect_left(ends, seq) + 1 for seq in seqs if ends and seq <= ends[-1]}):
        [(stories, _)] = state.feed_stories([spec.filter], ends[page - 2] if page > 1 else None, ends[page - 1])
        if len(stories) != size:
            return None
        pages[page] = stories
    [after] = state.feed_stories([spec.filter], ends[-1] if ends else None)
    new, new_ends = _every_page(size, *after)
    pages.update({len(ends) + page: stories for page, stories in new.items()})
    return pages, ends + new_ends


def _pages_to_look_at(
    site: SiteConfig, state: BuildState, previous: Tree | None, before: dict[str, int], touched: set[str] | None
) -> dict[str, Pages]:
    """The pages of each feed that may not be the ``previous`` build's, and where each
    feed's pages end. When the state knows where that build's pages ended (and the build
    has as many, ``before``), those are the pages the stories ``touched`` fall in, and the
    new ones; else every page, from a pass over every published story (0.15 s at 100k
    stories, most of a rebuild's plan)."""
    ends = state.page_ends(previous.build) if previous is not None and touched is not None else {}
    if touched is not None and set(ends) == {spec.name for spec in site.feeds}:
        seqs = {place.seq for place in state.history.places(touched).values()}
        reached = {}
        for spec in site.feeds:
            if len(ends[spec.name]) != before[spec.name]:
                break
            pages = _pages_changes_reach(spec, site.entries, state, ends[spec.name], seqs)
            if pages is None:
                break
            reached[spec.name] = pages
        else:
            return reached
    every = state.feed_stories([spec.filter for spec in site.feeds])
    return {spec.name: _every_page(site.entries, *found) for spec, found in zip(site.feeds, every, strict=True)}


def plan_archives(
    site: SiteConfig, state: BuildState, previous: Tree | None, touched: set[str] | None = None
) -> ArchivePlan:
    """Which archive pages each feed has, and which of them to render: those the
    ``previous`` build (None for a fresh build) lacks or made of other stories.
    ``touched`` are the ids of the stories the build read or removed (None: any story may
    have changed); a page none of them falls in, no story before it left, is as it was."""
    base = made_of(site)
    had = {spec.name: _previous_files(spec, previous) for spec in site.feeds}
    before = {name: _pages_in(files) for name, files in had.items()}
    looked_at = _pages_to_look_at(site, state, previous, before, touched)
    pages: dict[str, int] = {}
    render: dict[str, dict[int, PageRender]] = {}
    wanted: dict[str, dict[int, PageRender]] = {}
    for spec in site.feeds:
        chunks, ends = looked_at[spec.name]
        pages[spec.name] = len(ends)
        wanted[spec.name] = {}
        for page, chunk in chunks.items():
            # What the page is made of, hashed once; each format's digest adds feedpub and
            # the config (in ``base``) and the format. orjson, and one hash of the stories
            # instead of one a format: a third of the plan's time at 100k stories.
            made = hashlib.sha256(orjson.dumps([spec.name, page, chunk])).hexdigest()
            digests = {
                spec.path + archive_file(kind, page): hashlib.sha256(f"{base} {kind.name} {made}".encode()).hexdigest()
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
            or any(
                known.get(path) != digest or path.rpartition("/")[2] not in had[name]
                for path, digest in digests.items()
            )
        }
    return ArchivePlan(pages, render, before, {name: ends for name, (_, ends) in looked_at.items()})


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


#: A rendered archive file: its name in the feed's folder, its manifest entry, and the
#: folder this process staged it in (None when the previous folder has the same bytes).
RenderedPage = tuple[str, dict[str, Any], Path | None]


class PageRenderer:
    """Renders, compresses and stages archive pages in every format, on any core, into
    staging folders of the feeds' new archive folders (only the context and the staging
    folder travel; each copy opens its own read-only view of the cache). The pages are most
    of a large build's bytes: written where they are rendered, they never pass through a
    pipe or wait in the build's memory.
    """

    def __init__(self, context: Context, staging: Path) -> None:
        self.context = context
        self.staging = staging
        self._cache: ArticleCache | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"context": self.context, "staging": self.staging}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.context = state["context"]
        self.staging = state["staging"]
        self._cache = None

    def __call__(self, task: PageTask) -> list[RenderedPage]:
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
        files: list[RenderedPage] = []
        last = max(entry.updated for entry in page_entries)
        for kind in FEED_FORMATS:
            updated = honest_time(last, task.since[kind.name], context.now)
            feed = Feed(context.site, spec, page_entries, updated, task.page, task.before)
            path = spec.path + archive_file(kind, task.page)
            prepared = prepare(path, ARCHIVE_FORMATS[kind].render(feed), updated, task.previous[path])
            staged = stage(self.staging, task.feed, prepared) if prepared.files else None
            files.append((path.rpartition("/")[2], prepared.info, staged))
        return files

    def close(self) -> None:
        """Close the cache view this copy opened, if any."""
        if self._cache is not None:
            self._cache.close()
            self._cache = None


#: Archive pages a worker takes at a time (each some 15 ms of rendering).
PAGES_AT_ONCE = 8


def _linked(writer: TreeWriter, spec: FeedSpec) -> Path:
    """Where the pages of the feed's new archive folder that no story touched are linked."""
    return writer.pages / ARCHIVES.folder / "linked" / spec.name


def _kept(plan: ArchivePlan, spec: FeedSpec, writer: TreeWriter) -> dict[str, Any]:
    """The manifest entries of the pages the feed's new folder takes from its previous one, by name."""
    files = _previous_files(spec, writer.previous)
    rendered = plan.render[spec.name]
    return {
        _name(kind, page): files[_name(kind, page)]
        for page in range(1, plan.pages[spec.name] + 1)
        if page not in rendered
        for kind in FEED_FORMATS
    }


def link_kept_pages(plan: ArchivePlan, site: SiteConfig, writer: TreeWriter) -> tuple[Callable[[], None], set[str]]:
    """Start linking the pages that no story touched of each feed whose archive gets a new
    folder, and has no spare folder to bring up to date (see
    :func:`~feedpub.build.folders.spare`), into that folder's staging, while this process
    renders the changed pages and the feeds; the function returned waits until they are
    there. Also the feeds whose pages it links."""
    links = []
    for spec in site.feeds:
        if plan.new_folder(spec.name) and spare(writer.builds, ARCHIVES, spec.name) is None:
            kept = _kept(plan, spec, writer)
            previous = writer.previous_archive(archive_place(spec))
            if kept and previous is not None:
                names = [sibling for name, info in kept.items() for sibling in siblings(name, info)]
                links.append((previous, _linked(writer, spec), names))
    return link_in_background(links), {into.name for _, into, _ in links}


def render_archives(
    plan: ArchivePlan, context: Context, state: BuildState, writer: TreeWriter
) -> dict[str, dict[str, FolderFile]]:
    """The archive pages ``plan`` says to render, in every feed format, on every core,
    staged for the feeds' new folders; the files of each feed's new folder they give, by
    feed name and file name."""
    now = context.now
    tasks = []
    previous: dict[str, Path | None] = {}
    for spec in context.site.feeds:
        previous[spec.name] = writer.previous_archive(archive_place(spec))
        files = _previous_files(spec, writer.previous)
        for page, (ids, digests) in sorted(plan.render[spec.name].items()):
            since = state.history.first_made(digests, now.timestamp())
            made = {kind.name: since[spec.path + archive_file(kind, page)] for kind in FEED_FORMATS}
            before = {path: _info(files, path) for path in digests}
            tasks.append(PageTask(spec.name, page, page - 1 or None, state.rows_of(ids), made, before))
    renderer = PageRenderer(context, writer.pages / ARCHIVES.folder)
    rendered: dict[str, dict[str, FolderFile]] = {spec.name: {} for spec in context.site.feeds}
    try:
        for task, pages in zip(tasks, ordered_map(renderer, tasks, chunksize=PAGES_AT_ONCE, fresh=True), strict=True):
            for name, info, staged in pages:
                folder = staged or previous[task.feed]
                assert folder is not None  # the same bytes as the previous folder's page: it has them
                rendered[task.feed][name] = FolderFile(info, folder, staged=staged is not None)
    finally:
        renderer.close()
    return rendered


def write_archives(
    plan: ArchivePlan,
    site: SiteConfig,
    writer: TreeWriter,
    rendered: dict[str, dict[str, FolderFile]],
    linked: set[str],
) -> dict[str, str]:
    """Make the new archive folders of the feeds whose pages changed, of the ``rendered``
    pages and the others: those of the feeds ``linked`` by :func:`link_kept_pages` (done by
    now) from where they were linked, the rest from the previous folder, into the feed's
    spare folder if it has one; the build's archive folders, by place (a feed whose pages
    did not change keeps the previous build's)."""
    folders = {}
    for spec in site.feeds:
        place = archive_place(spec)
        if not plan.new_folder(spec.name):
            if plan.pages[spec.name]:
                same = writer.previous.linked_name(place) if writer.previous else None
                assert same is not None
                folders[place] = same
            continue
        kept = _kept(plan, spec, writer)
        if spec.name in linked:
            files = {name: FolderFile(info, _linked(writer, spec), staged=True) for name, info in kept.items()}
        else:
            previous = writer.previous_archive(place)
            assert previous is not None or not kept
            files = {name: FolderFile(info, previous, staged=False) for name, info in kept.items() if previous}
        files.update(rendered[spec.name])
        recycled = None if spec.name in linked else spare(writer.builds, ARCHIVES, spec.name)
        folders[place] = write_folder(writer.builds, ARCHIVES, spec.name, files, recycle=recycled)
    return folders
