"""One article file's way through a build: read, check (or recall), render and stage.

:meth:`ArticleJob.run` is what :func:`~feedpub.build.build_site` hands every core, once
per file that changed. Everything heavy happens here, in the workers: the build's own
process only records what each job returns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..config import SiteConfig
from ..errors import ArticleError
from ..model import Article, article_from_dict
from ..parse import parse_bytes, parse_items
from ..parse.decode import read_bytes
from ..parse.identity import ITEM_MARK, split_item
from ..problems import Problem
from ..render.entry import article_path, article_url, entry_for, natural_place, place_day
from ..render.formats import ARTICLE_NINJS, over_budget
from ..render.html import render_article_page, render_index
from ..render.jsonld import jsonld_document, render_jsonld
from ..render.ninjs import ninjs_document, render_ninjs
from ..validate import ArticleReport, check_article
from ..validate import warm_up as warm_up_checks
from .cache import ArticleCache, CachedArticle, content_key, depends_on_reference, encode_entry
from .outputs import prepare, stage

#: A build time no story is published after (a context that holds nothing back).
NEVER = dt.datetime.max.replace(tzinfo=dt.UTC)
#: Google shows at most this many characters of a headline.
HEADLINE_LIMIT = 110


@dataclass(frozen=True)
class Listing:
    """What the build remembers of a published article to choose feed entries and the sitemap."""

    file: Path
    key: str
    id: str
    published: dt.datetime
    headline: str
    url: str
    language: str
    agency: str
    section: str | None
    keywords: tuple[str, ...]
    #: Where its files are (see :func:`~feedpub.render.entry.natural_place`).
    place: str
    #: When an edit without ``dateModified`` was first seen, if one was (see
    #: :mod:`feedpub.build.places`): the story's modified time.
    edited: dt.datetime | None = None
    #: The digest of the file's bytes, of its headline and body, and whether it gives
    #: ``dateModified`` itself (what :mod:`~feedpub.build.places` decides by; not recorded).
    digest: str | None = None
    text: str | None = None
    explicit: bool = False

    @property
    def day(self) -> str:
        """The day folder its files are in."""
        return place_day(self.place)

    @property
    def order(self) -> tuple[float, str]:
        """Newest first, then by id: the order of every feed."""
        return (-self.published.timestamp(), self.id)

    def as_record(self) -> dict[str, Any]:
        """The listing as JSON data for the build state (file and key are stored apart)."""
        return {
            "id": self.id,
            "published": self.published.isoformat(),
            "headline": self.headline,
            "url": self.url,
            "language": self.language,
            "agency": self.agency,
            "section": self.section,
            "keywords": list(self.keywords),
            "place": self.place,
            "edited": self.edited.isoformat() if self.edited else None,
        }

    @classmethod
    def from_record(cls, file: Path, key: str, record: dict[str, Any]) -> Listing:
        """The listing :meth:`as_record` stored."""
        return cls(
            file=file,
            key=key,
            id=record["id"],
            published=dt.datetime.fromisoformat(record["published"]),
            headline=record["headline"],
            url=record["url"],
            language=record["language"],
            agency=record["agency"],
            section=record["section"],
            keywords=tuple(record["keywords"]),
            # a listing of an older state has neither: its story is at its natural place
            place=record.get("place") or f"articles/{record['published'][:10]}/{record['id']}",
            edited=dt.datetime.fromisoformat(record["edited"]) if record.get("edited") else None,
        )


@dataclass(frozen=True)
class Done:
    """One finished job: the file's report, its rendered files, and what to cache and list."""

    report: ArticleReport
    key: str | None
    parsed: bool
    depends: bool = False
    cache_entry: str | None = None
    files: tuple[tuple[str, dict[str, Any]], ...] = ()
    listing: Listing | None = None
    #: The folder the files were staged in (see :func:`~feedpub.build.outputs.stage`).
    staged: Path | None = None
    #: When a story held back (its ``datePublished`` after the build's time) is due.
    held: dt.datetime | None = None

    @property
    def readable(self) -> bool:
        """Whether the file gave an article at all (a valid one keeps only its listing)."""
        return self.listing is not None or self.report.article is not None


@dataclass(frozen=True)
class Context:
    """What every job of one build needs: the site, how to read files, and where to stage pages."""

    site: SiteConfig
    encoding: str | None
    reference: dt.date
    cache_file: Path | None
    pages: Path
    #: The build's time: a story published after it is held back (an embargo).
    now: dt.datetime = NEVER


class Placement(NamedTuple):
    """Where the build has a published story's files, and when it was edited (see
    :mod:`feedpub.build.places`)."""

    place: str
    edited: dt.datetime | None


class ArticleJob:
    """One build's work on one article file at a time (:meth:`run`), on any core.

    The build hands ``job.run`` to its worker processes, which receive a copy of the job
    with each batch of files (only the :class:`Context` travels: the cache reader is
    opened where it is used, once per copy).
    """

    def __init__(self, context: Context) -> None:
        self.context = context
        self._reader: ArticleCache | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"context": self.context}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.context = state["context"]
        self._reader = None

    def cached(self, key: str) -> CachedArticle | None:
        """The cached outcome under ``key``, through this copy's own read-only view of the cache."""
        cache_file = self.context.cache_file
        if cache_file is None:
            return None
        if self._reader is None:
            if not cache_file.exists():
                return None
            self._reader = ArticleCache(cache_file, readonly=True)
        return self._reader.get(key, self.context.reference)

    def close(self) -> None:
        """Close the cache reader this copy opened, if any."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def warm_up(self) -> None:
        """Parse, validate and render once, so forked workers inherit every table and template."""
        warm_up_checks()
        render_index(self.context.site, ())

    def run_file(self, file: Path) -> tuple[Done, ...]:
        """Read, check (or recall) and render a file that changed: its one article, or each
        of the items it holds, at the item's own path (see :func:`~feedpub.parse.item_path`)
        and cache key. Only the first item's outcome counts as the file parsed."""
        context = self.context
        read = self._read(file)
        if isinstance(read, Done):
            return (read,)
        data, key = read
        stored = self.cached(key)
        if stored is not None:
            return (self._finish(file, key, data, ArticleReport(file, stored.article, stored.problems), False),)
        found = parse_items(file, data, encoding=context.encoding, reference_date=context.reference)
        if len(found) == 1 and found[0].item is None:
            return (self._finish(file, key, data, check_article(found[0]), True),)
        done = [
            self._finish(parsed.file, f"{key}{ITEM_MARK}{parsed.item}", data, check_article(parsed), True)
            for parsed in found
        ]
        return (done[0], *(dataclasses.replace(other, parsed=False) for other in done[1:]))

    def run(self, file: Path, placement: Placement | None = None) -> Done:
        """Read, check (or recall) and render one article file, or one item of a file,
        writing its pages to the staging folder: at ``placement`` when the build knows where
        the story lives, else where it would first be published."""
        context = self.context
        read = self._read(file)
        if isinstance(read, Done):
            return read
        data, key = read
        stored = self.cached(key)
        if stored is None:
            parsed = parse_bytes(file, data, encoding=context.encoding, reference_date=context.reference)
            checked = check_article(parsed)
        else:
            checked = ArticleReport(file, stored.article, stored.problems)
        return self._finish(file, key, data, checked, stored is None, placement)

    def _read(self, file: Path) -> tuple[bytes, str] | Done:
        """The bytes of ``file`` (an article file, or the file an item path names) and its
        cache key, or the outcome saying it cannot be read."""
        real, item = split_item(file)
        try:
            data = read_bytes(real)
        except ArticleError as error:
            return Done(ArticleReport(file, None, (Problem("", str(error)),)), None, True)
        return data, content_key(real.name, data, self.context.encoding) + (f"{ITEM_MARK}{item}" if item else "")

    def _finish(
        self, file: Path, key: str, data: bytes, report: ArticleReport, parsed: bool, at: Placement | None = None
    ) -> Done:
        """Render and stage a checked article (``parsed`` now, not recalled from the cache)."""
        context = self.context
        cache_entry = encode_entry(CachedArticle(report.article, report.problems)) if parsed else None
        depends = depends_on_reference(report.article)
        report = ArticleReport(file, report.article, _headline_warning(report.problems, report.article))
        if report.article is None or not report.is_valid():
            return Done(report, key, parsed, depends, cache_entry)
        article = article_from_dict(report.article, context.site.timezone)
        if article.published > context.now:
            held = ArticleReport(file, None, report.problems)
            return Done(held, key, parsed, depends, cache_entry, held=article.published)
        explicit = bool(report.article.get("dateModified"))
        place, edited = at or (natural_place(article), None)
        if edited is not None and not explicit:
            article = dataclasses.replace(article, modified=edited)
        placed, staged = _stage_pages(article, context, place)
        listing = _listing(file, key, article, context.site, place)
        digest = hashlib.sha256(data)
        if ITEM_MARK in key:  # an item of a file: its own bytes are the file's and its key
            digest.update(key.rpartition(ITEM_MARK)[2].encode())
        listing = dataclasses.replace(
            listing,
            edited=None if explicit else edited,
            digest=digest.hexdigest(),
            text=text_digest(article),
            explicit=explicit,
        )
        weighed = [
            Problem("", f"its {path.rsplit('/', 1)[-1]} {why}", "warning")
            for path, info in placed
            if (why := over_budget(path, info["size"], context.site.budgets)) is not None
        ]
        # A valid article's report keeps only its problems: the listing and pages carry the rest.
        kept = ArticleReport(file, None, (*report.problems, *weighed, *_url_warning(article, context.site)))
        return Done(kept, key, parsed, depends, cache_entry, placed, listing, staged)


def _headline_warning(problems: tuple[Problem, ...], article: dict[str, Any] | None) -> tuple[Problem, ...]:
    headline = (article or {}).get("headline")
    if isinstance(headline, str) and len(headline) > HEADLINE_LIMIT:
        message = f"the headline has {len(headline)} characters; search engines show at most {HEADLINE_LIMIT}"
        return (*problems, Problem("/headline", message, "warning"))
    return problems


def text_digest(article: Article) -> str:
    """A digest of what a reader reads of a story (headline and body): an edit changes it."""
    return hashlib.sha256("\n".join((article.headline, *article.body)).encode()).hexdigest()


def _url_warning(article: Article, site: SiteConfig) -> tuple[Problem, ...]:
    """A warning when the front-matter ``url`` is not on this site: it becomes the story's
    link and its id in every feed, so readers leave the site and feedpub cannot answer for it."""
    if article.url is None or article.url.startswith(site.base_url):
        return ()
    message = (
        f"url {article.url} is not under base_url {site.base_url}: feeds link to it and use it as the"
        " story's id, though feedpub does not serve it; remove it to link the story's own page"
    )
    return (Problem("/url", message, "warning"),)


def _listing(file: Path, key: str, article: Article, site: SiteConfig, place: str) -> Listing:
    return Listing(
        file=file,
        key=key,
        id=article.id,
        published=article.published,
        headline=article.headline,
        url=article_url(article, site, place),
        language=article.language,
        agency=article.agency.id,
        section=article.section,
        keywords=article.keywords,
        place=place,
    )


def _stage_pages(article: Article, context: Context, place: str) -> tuple[tuple[tuple[str, dict[str, Any]], ...], Path]:
    """Render the article's page and JSON-LD at ``place`` and stage them; their manifest
    entries and the staging folder."""
    entry = entry_for(article, context.site, place)
    jsonld = render_jsonld(jsonld_document(entry, context.site))
    pages = {
        article_path(article, place=place): render_article_page(entry, context.site, jsonld),
        article_path(article, ".jsonld", place): (jsonld + "\n").encode("utf-8"),
        article_path(article, ARTICLE_NINJS.file, place): render_ninjs(ninjs_document(entry)),
    }
    placed = []
    staged = context.pages
    for path, data in pages.items():
        prepared = prepare(path, data, article.modified)
        staged = stage(context.pages, place_day(place), prepared)
        placed.append((path, prepared.info))
    return tuple(placed), staged
