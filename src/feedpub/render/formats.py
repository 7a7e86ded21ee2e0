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

from .entry import Feed

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


def _rss(feed: Feed) -> bytes:
    from .syndication import render_rss  # feedgen and lxml load only when a feed is written

    return render_rss(feed)


def _atom(feed: Feed) -> bytes:
    from .syndication import render_atom

    return render_atom(feed)


def _json_feed(feed: Feed) -> bytes:
    from .jsonfeed import render_jsonfeed

    return render_jsonfeed(feed)


RSS = FeedFormat("rss", "rss.xml", "application/rss+xml", shared=True, label="RSS", render=_rss)
ATOM = FeedFormat("atom", "atom.xml", "application/atom+xml", shared=True, label="Atom", render=_atom)
JSON_FEED = FeedFormat(
    "json-feed", "feed.json", "application/feed+json", shared=True, label="JSON Feed", render=_json_feed
)
#: The feed formats, in the order pages link them and servers list them.
FEED_FORMATS: tuple[FeedFormat, ...] = (RSS, ATOM, JSON_FEED)

ARTICLE_PAGE = OutputFormat("article-page", ".html", "text/html")
ARTICLE_JSONLD = OutputFormat("article-jsonld", ".jsonld", "application/ld+json", shared=True)
#: IPTC ninjs 3.1 (see :mod:`feedpub.render.ninjs`); ninjs has no registered media type of its own.
ARTICLE_NINJS = OutputFormat("article-ninjs", ".ninjs.json", "application/json", shared=True)
#: The files every published article has, beside each other in its day folder.
ARTICLE_FORMATS: tuple[OutputFormat, ...] = (ARTICLE_PAGE, ARTICLE_JSONLD, ARTICLE_NINJS)

INDEX = OutputFormat("index", "index.html", "text/html")
SITEMAP = OutputFormat("news-sitemap", "sitemap-news.xml", "application/xml")
STYLESHEET = OutputFormat("stylesheet", "style.css", "text/css")
#: The site's own files besides its feeds.
SITE_FORMATS: tuple[OutputFormat, ...] = (INDEX, SITEMAP, STYLESHEET)

#: Every output, whole names before suffixes, so ``sitemap-news.xml`` is not taken for a feed.
OUTPUT_FORMATS: tuple[OutputFormat, ...] = (*FEED_FORMATS, *SITE_FORMATS, *ARTICLE_FORMATS)


def output_format(path: str) -> OutputFormat | None:
    """The format of the output file at ``path`` (a path in the output tree), if it is one."""
    name = path.rsplit("/", 1)[-1]
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
