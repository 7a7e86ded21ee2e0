"""One article file's way through a build: read, check (or recall), render and stage.

:func:`run` is what :func:`~feedpub.build.build_site` hands every core, once per file
that changed. It needs the build's :class:`Context`; the build sets it with :func:`begin`
before the worker processes fork, so they inherit it, and a job is sent only a path.
Everything heavy happens here, in the workers: the build's own process only records
what each job returns.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import SiteConfig
from ..errors import ArticleError
from ..model import Article, article_from_dict
from ..parse import parse_bytes
from ..parse.decode import read_bytes
from ..problems import Problem
from ..render.entry import article_path, article_url, day_folder, entry_for
from ..render.formats import ARTICLE_NINJS
from ..render.html import render_article_page, render_index
from ..render.jsonld import jsonld_document, render_jsonld
from ..render.ninjs import ninjs_document, render_ninjs
from ..validate import ArticleReport, check_article
from ..validate import warm_up as warm_up_checks
from .cache import ArticleCache, CachedArticle, content_key, depends_on_reference, encode_entry
from .tree import prepare, stage

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
    #: The folder the files were staged in (see :func:`~feedpub.build.tree.stage`).
    staged: Path | None = None

    @property
    def readable(self) -> bool:
        """Whether the file gave an article at all (a valid one keeps only its listing)."""
        return self.listing is not None or self.report.article is not None


@dataclass
class Context:
    """What every job needs; set before worker processes fork, so they inherit it."""

    site: SiteConfig
    encoding: str | None
    reference: dt.date
    cache_file: Path | None
    pages: Path
    readers: dict[int, ArticleCache] = field(default_factory=dict)

    def cached(self, key: str) -> CachedArticle | None:
        """The cached outcome under ``key``, through this process's own reader of the cache.

        The file is looked for only until a reader is open, not once per article.
        """
        if self.cache_file is None:
            return None
        reader = self.readers.get(os.getpid())
        if reader is None:
            if not self.cache_file.exists():
                return None
            reader = self.readers[os.getpid()] = ArticleCache(self.cache_file, readonly=True)
        return reader.get(key, self.reference)


_CURRENT: Context | None = None


def begin(context: Context) -> None:
    """Make ``context`` the one jobs run in; call it before worker processes fork."""
    global _CURRENT
    _CURRENT = context


def end() -> None:
    """Forget the current context and close the cache readers its jobs opened."""
    global _CURRENT
    if _CURRENT is not None:
        for reader in _CURRENT.readers.values():
            reader.close()
    _CURRENT = None


def _headline_warning(problems: tuple[Problem, ...], article: dict[str, Any] | None) -> tuple[Problem, ...]:
    headline = (article or {}).get("headline")
    if isinstance(headline, str) and len(headline) > HEADLINE_LIMIT:
        message = f"the headline has {len(headline)} characters; search engines show at most {HEADLINE_LIMIT}"
        return (*problems, Problem("/headline", message, "warning"))
    return problems


def _listing(file: Path, key: str, article: Article, site: SiteConfig) -> Listing:
    return Listing(
        file=file,
        key=key,
        id=article.id,
        published=article.published,
        headline=article.headline,
        url=article_url(article, site),
        language=article.language,
        agency=article.agency.id,
        section=article.section,
        keywords=article.keywords,
    )


def run(file: Path) -> Done:
    """Read, check (or recall) and render one article file, writing its pages to the staging folder."""
    context = _CURRENT
    assert context is not None
    try:
        data = read_bytes(file)
    except ArticleError as error:
        return Done(ArticleReport(file, None, (Problem("", str(error)),)), None, True)
    key = content_key(file.name, data, context.encoding)
    stored = context.cached(key)
    if stored is None:
        checked = check_article(parse_bytes(file, data, encoding=context.encoding, reference_date=context.reference))
    else:
        checked = ArticleReport(file, stored.article, stored.problems)
    cache_entry = None if stored else encode_entry(CachedArticle(checked.article, checked.problems))
    depends = depends_on_reference(checked.article)
    report = ArticleReport(file, checked.article, _headline_warning(checked.problems, checked.article))
    if report.article is None or not report.is_valid():
        return Done(report, key, stored is None, depends, cache_entry)
    article = article_from_dict(report.article, context.site.timezone)
    entry = entry_for(article, context.site)
    jsonld = render_jsonld(jsonld_document(entry, context.site))
    pages = {
        article_path(article): render_article_page(entry, context.site, jsonld),
        article_path(article, ".jsonld"): (jsonld + "\n").encode("utf-8"),
        article_path(article, ARTICLE_NINJS.file): render_ninjs(ninjs_document(entry)),
    }
    placed = []
    for path, data in pages.items():
        prepared = prepare(path, data, article.modified)
        staged = stage(context.pages, day_folder(article.published), prepared)
        placed.append((path, prepared.info))
    listing = _listing(file, key, article, context.site)
    # A valid article's report keeps only its problems: the listing and pages carry the rest.
    kept = ArticleReport(file, None, report.problems)
    return Done(kept, key, stored is None, depends, cache_entry, tuple(placed), listing, staged)


def warm_up() -> None:
    """Parse, validate and render once, so forked workers inherit every table and template."""
    warm_up_checks()
    context = _CURRENT
    assert context is not None
    render_index(context.site, ())
