"""The site's head files: every feed in every format, the index, the news sitemap and the
stylesheet, made from the newest published articles the state's index names.

Only the few articles these show are read again (from the cache, or the file); a build
whose changes none of them shows keeps the previous head files as they were.

A feed's ``updated`` (RSS ``lastBuildDate``) and every head file's last-modified time are
the time the build first produced what the file is made of (its rows, for a feed; its
bytes, for the others), never before its newest entry's time and never after the build's
own time: they change whenever the file does, and never claim the future.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..config import FeedFilter, SiteConfig
from ..model import article_from_dict
from ..parse import parse_file
from ..render.entry import Entry, Feed, entry_for
from ..render.formats import FEED_FORMATS, FEED_STYLESHEET, INDEX, ROBOTS, SITEMAP, STYLESHEET
from ..render.html import render_feed_stylesheet, render_index, stylesheet
from ..render.sitemap import WINDOW, render_news_sitemap, render_robots
from ..validate import check_article
from .cache import ArticleCache, salt
from .job import Context, Listing
from .outputs import Prepared, prepare
from .state import BuildState
from .tree import TreeWriter

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

#: A published article as the state lists it: file, key and listing (JSON text).
Listed = tuple[str, str, str]
#: A head file's bytes and last-modified time, by its path in the tree.
HeadFiles = dict[str, tuple[bytes, dt.datetime]]


def listings(rows: Iterable[Listed]) -> list[Listing]:
    """The listings of rows the state gave."""
    return [Listing.from_record(Path(file), key, json.loads(record)) for file, key, record in rows]


@dataclass(frozen=True)
class Chosen:
    """The state's rows that the feeds, the index and the sitemap are made of."""

    feeds: dict[str, list[Listed]]
    latest: list[Listed]
    recent: list[Listed]

    @classmethod
    def of(cls, site: SiteConfig, state: BuildState) -> Chosen:
        """The newest entries of each feed and of the index, and the sitemap's window of days."""
        latest = state.newest(FeedFilter(), site.entries)
        recent: list[Listed] = []
        if latest:
            [newest] = listings(latest[:1])
            recent = state.since((newest.published - WINDOW).timestamp())
        return cls({spec.name: state.newest(spec.filter, site.entries) for spec in site.feeds}, latest, recent)

    def files(self) -> set[str]:
        """The article files read to render them."""
        return {row[0] for rows in (*self.feeds.values(), self.latest, self.recent) for row in rows}


def recall(wanted: Iterable[Listing], context: Context, cache: ArticleCache | None) -> dict[str, Entry]:
    """Full entries for the few articles that go into feeds, from the cache or the file."""
    entries = {}
    for listing in wanted:
        stored = cache.get(listing.key, context.reference) if cache else None
        if stored is not None and stored.article is not None:
            data = stored.article
        else:
            report = check_article(
                parse_file(listing.file, encoding=context.encoding, reference_date=context.reference)
            )
            assert report.article is not None, listing.file
            data = report.article
        article = article_from_dict(data, context.site.timezone)
        if listing.edited is not None:
            article = dataclasses.replace(article, modified=listing.edited)
        entries[listing.id] = entry_for(article, context.site, listing.place)
    return entries


def made_of(site: SiteConfig, *parts: object) -> str:
    """A digest of what a head file is made of: feedpub, the config, and ``parts``."""
    digest = hashlib.sha256(salt().encode())
    digest.update(site.file.read_bytes())
    digest.update(json.dumps(parts, ensure_ascii=False).encode())
    return digest.hexdigest()


def honest_time(newest: dt.datetime, since: float, now: dt.datetime) -> dt.datetime:
    """A head file's time: its newest entry's, but never after ``now`` nor before ``since``
    (when the build first produced what it is made of)."""
    return max(min(newest, now), dt.datetime.fromtimestamp(since, dt.UTC))


def render_head(
    chosen: Chosen,
    context: Context,
    cache: ArticleCache | None,
    state: BuildState,
    archived: Mapping[str, int | None],
) -> HeadFiles:
    """Feeds, index, sitemap and stylesheet, from the newest published articles; each feed
    links its newest archive page, ``archived`` by feed name (see :mod:`feedpub.build.archives`)."""
    site, now = context.site, context.now
    feeds = {name: listings(rows) for name, rows in chosen.feeds.items()}
    latest = listings(chosen.latest)
    wanted = {listing.id: listing for found in (*feeds.values(), latest) for listing in found}
    entries = recall(sorted(wanted.values(), key=lambda listing: listing.order), context, cache)
    newest = max((entry.updated for entry in entries.values()), default=EPOCH)
    digests = {
        spec.path + kind.file: made_of(site, spec.name, kind.name, chosen.feeds[spec.name], archived.get(spec.name))
        for spec in site.feeds
        for kind in FEED_FORMATS
    }
    since = state.history.first_made(digests, now.timestamp())
    files: HeadFiles = {}
    for spec in site.feeds:
        feed_entries = tuple(entries[listing.id] for listing in feeds[spec.name])
        last = max((entry.updated for entry in feed_entries), default=newest)
        for kind in FEED_FORMATS:
            path = spec.path + kind.file
            feed = Feed(site, spec, feed_entries, honest_time(last, since[path], now), None, archived.get(spec.name))
            files[path] = (kind.render(feed), feed.updated)
    others = {
        INDEX.file: (render_index(site, tuple(entries[listing.id] for listing in latest)), newest),
        SITEMAP.file: (render_news_sitemap(site, listings(chosen.recent)), newest),
        ROBOTS.file: (render_robots(site, [SITEMAP.file]), EPOCH),
        STYLESHEET.file: (stylesheet(), EPOCH),
        FEED_STYLESHEET.file: (render_feed_stylesheet(), EPOCH),
    }
    since = state.history.first_made(
        {path: hashlib.sha256(data).hexdigest() for path, (data, _) in others.items()}, now.timestamp()
    )
    for path, (data, time) in others.items():
        files[path] = (data, honest_time(time, since[path], now))
    return files


def prepare_head(writer: TreeWriter, files: HeadFiles) -> list[Prepared]:
    """The head files prepared for the tree, compressed on every core (zlib and brotli let go of the GIL)."""

    def prepared(item: tuple[str, tuple[bytes, dt.datetime]]) -> Prepared:
        path, (data, modified) = item
        return prepare(path, data, modified, writer.previous_file(path))

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(prepared, files.items()))
