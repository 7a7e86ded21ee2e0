"""The one table of what a build writes: each output's file name, media type and renderer.

The renderers, the build's tree writer (media types in the manifests), the server
(feed headers), the nginx recipe's test and the README all read these rows, so a format
is added or renamed in one place. Feeds share one renderer signature (a :class:`Feed` in,
bytes out) and so carry their renderer; the other outputs are rendered by the build from
an article or the site, and carry only their name, file and media type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..config import Budgets, SiteConfig
from .entry import Feed, feed_url

#: Every feedpub text output is UTF-8, and says so.
CHARSET = "; charset=utf-8"


@dataclass(frozen=True)
class OutputFormat:
    """One kind of output file: ``file`` is a whole name (``rss.xml``) or, for the files
    every article has, a suffix (``.jsonld``)."""

    name: str
    file: str
    media_type: str
    #: Whether any site may read it from a browser (``Access-Control-Allow-Origin: *``):
    #: feeds and structured data are for machines everywhere, pages are not.
    shared: bool = False
    #: Whether the build writes its ``.br`` and ``.gz`` siblings. Feeds and the site's own
    #: files are polled all day and compressed once; a story's page and JSON-LD are read a
    #: few times each, by far fewer clients, and a hundred thousand of them would cost a
    #: build a seventh of its time: servers compress those when asked (feedpub serve keeps
    #: the result in its cache, nginx compresses on the fly).
    precompressed: bool = True
    #: Whether its siblings are made quickly rather than small: a feed's archive pages are
    #: fetched once by each aggregator that backfills, not polled, and at 10,000 stories hold
    #: some 270 MB, which the feeds' settings would take most of a cold build to compress.
    quick_compression: bool = False

    @property
    def content_type(self) -> str:
        """The ``Content-Type`` header value, with its charset."""
        return self.media_type + CHARSET

    def names(self, file_name: str) -> bool:
        """Whether an output file of this name is of this format."""
        return file_name.endswith(self.file) if self.file.startswith(".") else file_name == self.file


@dataclass(frozen=True, kw_only=True)
class FeedFormat(OutputFormat):
    """A feed format: every feed of the site is written in each, by ``render``; ``label``
    names it to people (links, the index page)."""

    label: str
    render: Callable[[Feed], bytes]
    #: What the feed is labelled for a browser that opens it, when that differs: browsers
    #: show application/rss+xml as plain text, but render XML through its stylesheet.
    browser_type: str | None = None


def _rss(feed: Feed) -> bytes:
    from .syndication import render_rss  # feedgen and lxml load only when a feed is written

    return render_rss(feed)


def _atom(feed: Feed) -> bytes:
    from .syndication import render_atom

    return render_atom(feed)


def _json_feed(feed: Feed) -> bytes:
    from .jsonfeed import render_jsonfeed

    return render_jsonfeed(feed)


RSS = FeedFormat(
    "rss", "rss.xml", "application/rss+xml", shared=True, label="RSS", render=_rss, browser_type="application/xml"
)
ATOM = FeedFormat(
    "atom", "atom.xml", "application/atom+xml", shared=True, label="Atom", render=_atom, browser_type="application/xml"
)
JSON_FEED = FeedFormat(
    "json-feed", "feed.json", "application/feed+json", shared=True, label="JSON Feed", render=_json_feed
)
#: The feed formats, in the order pages link them and servers list them.
FEED_FORMATS: tuple[FeedFormat, ...] = (RSS, ATOM, JSON_FEED)

#: RFC 5005 archive pages of each feed (JSON Feed pages, linked by ``next_url``), under
#: ``<feed>/archive/``: ``archive/7.atom.xml``. Each holds the feed's stories of one run of
#: ``entries`` first publications, oldest first, so a full page never changes, and is
#: compressed once, quickly, for the aggregators that backfill from it.
RSS_ARCHIVE = FeedFormat(
    "rss-archive",
    ".rss.xml",
    "application/rss+xml",
    shared=True,
    quick_compression=True,
    label="RSS archive",
    render=_rss,
    browser_type="application/xml",
)
ATOM_ARCHIVE = FeedFormat(
    "atom-archive",
    ".atom.xml",
    "application/atom+xml",
    shared=True,
    quick_compression=True,
    label="Atom archive",
    render=_atom,
    browser_type="application/xml",
)
JSON_FEED_ARCHIVE = FeedFormat(
    "json-feed-archive",
    ".feed.json",
    "application/feed+json",
    shared=True,
    quick_compression=True,
    label="JSON Feed archive",
    render=_json_feed,
)
#: Each feed format's archive pages.
ARCHIVE_FORMATS: dict[FeedFormat, FeedFormat] = {RSS: RSS_ARCHIVE, ATOM: ATOM_ARCHIVE, JSON_FEED: JSON_FEED_ARCHIVE}
#: The folder of a feed's archive pages, beside its files.
ARCHIVE = "archive/"


def archive_file(kind: FeedFormat, page: int) -> str:
    """The file of a feed's archive page ``page`` (from 1) in format ``kind``, relative to the
    feed's folder: ``archive/7.atom.xml``."""
    return f"{ARCHIVE}{page}{ARCHIVE_FORMATS.get(kind, kind).file}"


ARTICLE_PAGE = OutputFormat("article-page", ".html", "text/html", precompressed=False)
ARTICLE_JSONLD = OutputFormat("article-jsonld", ".jsonld", "application/ld+json", shared=True, precompressed=False)
#: IPTC ninjs 3.1 (see :mod:`feedpub.render.ninjs`); ninjs has no registered media type of its own.
ARTICLE_NINJS = OutputFormat("article-ninjs", ".ninjs.json", "application/json", shared=True, precompressed=False)
#: The files every published article has, beside each other in its day folder.
ARTICLE_FORMATS: tuple[OutputFormat, ...] = (ARTICLE_PAGE, ARTICLE_JSONLD, ARTICLE_NINJS)

INDEX = OutputFormat("index", "index.html", "text/html")
SITEMAP = OutputFormat("news-sitemap", "sitemap-news.xml", "application/xml")
ROBOTS = OutputFormat("robots", "robots.txt", "text/plain")
STYLESHEET = OutputFormat("stylesheet", "style.css", "text/css")
#: What a browser shows for a feed (linked from RSS and Atom by an xml-stylesheet instruction).
FEED_STYLESHEET = OutputFormat("feed-stylesheet", "feed.xsl", "application/xslt+xml")
#: The site's own files besides its feeds.
SITE_FORMATS: tuple[OutputFormat, ...] = (INDEX, SITEMAP, ROBOTS, STYLESHEET, FEED_STYLESHEET)

#: Every output, whole names before suffixes, so ``sitemap-news.xml`` is not taken for a feed.
OUTPUT_FORMATS: tuple[OutputFormat, ...] = (
    *FEED_FORMATS,
    *SITE_FORMATS,
    *ARCHIVE_FORMATS.values(),
    *ARTICLE_FORMATS,
)


def output_format(path: str) -> OutputFormat | None:
    """The format of the output file at ``path`` (a path in the output tree), if it is one."""
    name = path.rsplit("/", 1)[-1]
    ending = name.lstrip("0123456789")  # an archive page's number: 7.atom.xml
    return _format_of(ending if ending.startswith(".") else name)


@lru_cache(maxsize=1024)
def _format_of(name: str) -> OutputFormat | None:
    """The format of a file of this name, less any page number before it: the 8,700 archive
    pages of a 100k site, whose sizes every build weighs, share three."""
    return next((found for found in OUTPUT_FORMATS if found.names(name)), None)


def content_type(path: str) -> str:
    """The ``Content-Type`` of an output file: its format's, else by its ending, else bytes."""
    found = output_format(path)
    if found is not None:
        return found.content_type
    return "application/octet-stream"


def is_feed(path: str) -> bool:
    """Whether the output file at ``path`` is a feed (and gets the feed headers)."""
    return isinstance(output_format(path), FeedFormat)


def budget(kind: OutputFormat, budgets: Budgets) -> int | None:
    """The size past which a build warns of an output of this format, if it has one."""
    if kind in (JSON_FEED, JSON_FEED_ARCHIVE):
        return budgets.json_feed
    if isinstance(kind, FeedFormat):
        return budgets.feed
    if kind in ARTICLE_FORMATS:
        return budgets.page
    return None


def over_budget(path: str, size: int, budgets: Budgets) -> str | None:
    """Why the output at ``path`` of ``size`` bytes is too large, or None when it is not."""
    kind = output_format(path)
    limit = budget(kind, budgets) if kind is not None else None
    if limit is None or size <= limit:
        return None
    reader = "aggregators may refuse it" if isinstance(kind, FeedFormat) else "readers wait for it"
    return (
        f"is {size / 1000:,.0f} kB, over its {limit / 1000:,.0f} kB budget: {reader}"
        " (fewer entries, shorter stories, or [budgets] in feedpub.toml)"
    )


def feed_urls(site: SiteConfig) -> list[str]:
    """The public URL of every feed file of the site, feed by feed, in every format."""
    return [feed_url(site, spec, kind.file) for spec in site.feeds for kind in FEED_FORMATS]
