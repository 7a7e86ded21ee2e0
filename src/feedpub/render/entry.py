"""One mapping from an Article to the facts every output shows, so outputs never disagree.

RSS, Atom, JSON Feed, JSON-LD, the HTML pages and the sitemap all take their title, ids,
URLs, dates, people, categories and HTML body from :func:`entry_for`.
"""

from __future__ import annotations

import datetime as dt
import html
import mimetypes
import re
from dataclasses import dataclass

from ..config import FeedSpec, SiteConfig
from ..model import Article, Image

SUMMARY_LENGTH = 280


@dataclass(frozen=True)
class Entry:
    """What a feed entry or page says about one article."""

    article: Article
    id: str
    url: str
    title: str
    summary: str
    content_html: str
    published: dt.datetime
    updated: dt.datetime
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    language: str
    direction: str
    image: Image | None
    #: The page's path in the output tree (``articles/<day>/<name>.html``).
    path: str
    #: Words in the body (see :attr:`~feedpub.model.Article.word_count`), counted once for
    #: the JSON-LD and the ninjs file.
    word_count: int


#: Bidirectional formatting characters that open a run (embeddings, overrides, isolates), and
#: the one that closes each: PDF (U+202C) for the first four, PDI (U+2069) for isolates.
_BIDI_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c"}
_BIDI_OPENERS |= {"\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}


def contain_bidi(text: str) -> str:
    """``text`` with every bidirectional embedding, override or isolate it opens closed at its
    end, so that a stray U+202E in a headline cannot reverse what a page or feed reader shows
    after it (the characters are kept: they may be meant, and validation warns of them)."""
    if not any(char in _BIDI_OPENERS for char in text):
        return text
    opened: list[str] = []
    for char in text:
        if char in _BIDI_OPENERS:
            opened.append(_BIDI_OPENERS[char])
        elif opened and char == opened[-1]:
            opened.pop()
        elif char == "\u2069" and "\u2069" in opened:  # a PDI also closes the embeddings inside its isolate
            del opened[len(opened) - opened[::-1].index("\u2069") - 1 :]
    return text + "".join(reversed(opened))


def image_type(image: Image) -> str | None:
    """The media type of an image, from its URL's ending (``.jpg``: ``image/jpeg``), if it tells."""
    path = image.url.split("?", 1)[0].split("#", 1)[0]
    found, _ = mimetypes.guess_type(path, strict=False)
    return found if found and found.startswith("image/") else None


def day_folder(published: dt.datetime) -> str:
    """The day folder of an article's files: the date it was published, in its own time zone."""
    return published.date().isoformat()


def natural_place(article: Article) -> str:
    """Where a story is first published: ``articles/<day>/<id>`` (its files add a suffix).

    Pages go in day folders, as newsrooms date their URLs; a day is also the unit a
    rebuild rewrites (see :mod:`feedpub.build.tree`). Once published, a story keeps this
    place (the build state remembers it) whatever later corrections do to its date or id.
    """
    return f"articles/{day_folder(article.published)}/{article.id}"


def place_day(place: str) -> str:
    """The day folder of a place: ``articles/2025-11-07/x`` -> ``2025-11-07``."""
    return place.split("/")[1]


def article_path(article: Article, suffix: str = ".html", place: str | None = None) -> str:
    """Where the article's page (or, with ``suffix``, another of its files) lives in the output
    tree: under its permanent ``place``, or where it would first be published."""
    return (place or natural_place(article)) + suffix


def article_url(article: Article, site: SiteConfig, place: str | None = None) -> str:
    """The article's permanent URL, and its id in every feed: its front-matter ``url`` when
    it has one (feedpub still writes its page, but links and identifies it by that URL),
    else its page under the site's base URL."""
    return article.url or site.base_url + article_path(article, place=place)


def feed_url(site: SiteConfig, feed: FeedSpec, file: str) -> str:
    """The absolute URL of one of a feed's files (rss.xml, atom.xml, feed.json)."""
    return f"{site.base_url}{feed.path}{file}"


def summarise(text: str, limit: int = SUMMARY_LENGTH) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,،;؛:") + "…"


def dateline_text(article: Article) -> str:
    """The dateline without the dash or colon that led into the story: ``BAGHDAD, Nov. 7 (Xinhua)``."""
    return re.sub(r"[\s\-–—―:]+$", "", article.dateline.raw) or article.dateline.raw


def body_html(article: Article) -> str:
    """The story as HTML paragraphs, the dateline opening the first, in its own direction; the
    lines printed above the dateline (a byline, a stamp) are paragraphs of their own before it."""
    paragraphs = [*article.dateline.above, f"{article.dateline.raw} {article.body[0]}", *article.body[1:]]
    inner = "".join(f"<p>{html.escape(paragraph, quote=False)}</p>" for paragraph in paragraphs)
    return f'<div lang="{html.escape(article.language)}" dir="{article.direction}">{inner}</div>'


def entry_for(article: Article, site: SiteConfig, place: str | None = None) -> Entry:
    """The facts every output shows for ``article``, published at ``place`` (see :func:`natural_place`)."""
    url = article_url(article, site, place)
    categories = tuple(dict.fromkeys(c for c in (article.section, *article.keywords) if c))
    return Entry(
        article=article,
        id=url,
        url=url,
        title=contain_bidi(article.headline),
        summary=article.summary or summarise(article.body[0]),
        content_html=body_html(article),
        published=article.published,
        updated=article.modified,
        authors=tuple(person.name for person in article.authors) or (article.agency.name,),
        categories=categories,
        language=article.language,
        direction=article.direction,
        image=article.image,
        path=article_path(article, place=place),
        word_count=article.word_count,
    )


@dataclass(frozen=True)
class Feed:
    """One feed's facts: its spec, its entries (newest first) and when it last changed; or
    one of its archive pages'."""

    site: SiteConfig
    spec: FeedSpec
    entries: tuple[Entry, ...]
    updated: dt.datetime
    #: For an RFC 5005 archive page, its number (from 1); None for the feed itself.
    page: int | None = None
    #: The archive page before this one (for the feed itself, its newest archive page).
    previous: int | None = None

    def url(self, file: str) -> str:
        """The absolute URL of this feed's ``file``."""
        return feed_url(self.site, self.spec, file)

    @property
    def root(self) -> str:
        """The site's root relative to this document: ``""``, ``"../../"``, one more for an archive page."""
        return "../" * (self.spec.path.count("/") + (self.page is not None))

    @property
    def language(self) -> str | None:
        """The language the feed declares: the one its config names, else the one its filter
        keeps, else the one all its entries share; None when they mix languages, since a
        feed that declares one language for stories in several misleads readers."""
        named = self.spec.language or self.spec.filter.language
        if named:
            return named
        languages = {entry.language for entry in self.entries}
        return languages.pop() if len(languages) == 1 else None
