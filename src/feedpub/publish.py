"""``feedpub build``: articles in, a complete output tree out, swapped in atomically.

Each article file goes through one job: read, look up in the cache (or parse and
validate), and render its page and JSON-LD, compressed; jobs run on every core and
stream their files into a staging folder, so memory does not grow with the archive. What
stays in memory per article is a small :class:`Listing` to choose feed entries from;
only the articles that make it into a feed are read again. The feeds, index and sitemap
come last, then :class:`~feedpub.tree.TreeWriter` swaps the new build in with one
rename: a reader sees the old tree or the new one, never a mix, and a failed build
leaves the old one in place. The same inputs always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import ArticleCache, CachedArticle, content_key, depends_on_reference, encode_entry, salt
from .config import FeedFilter, SiteConfig
from .errors import ArticleError
from .model import Article, article_from_dict
from .parse import find_article_files, parse_bytes, parse_file
from .parse.decode import read_bytes
from .problems import Problem
from .render.entry import Entry, Feed, article_path, article_url, entry_for
from .render.html import render_article_page, render_index, stylesheet
from .render.jsonfeed import render_jsonfeed
from .render.jsonld import jsonld_document, render_jsonld
from .render.sitemap import WINDOW, render_news_sitemap
from .render.syndication import render_atom, render_rss
from .tree import FileInfo, Prepared, Tree, TreeWriter, place, prepare
from .validate import ArticleReport, FileReport, check_article, warm_up
from .workers import ordered_map

#: Google shows at most this many characters of a headline.
HEADLINE_LIMIT = 110
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: every file's outcome and what was published."""

    output: Path
    articles: tuple[FileReport, ...]
    path_problems: tuple[tuple[Path, Problem], ...]
    published: int
    feeds: int
    files: int
    parsed: int
    cached: int
    changed: bool
    tree: Tree

    def is_valid(self, strict: bool = False) -> bool:
        """True when every article was valid and published."""
        return not self.path_problems and all(report.is_valid(strict) for report in self.articles)


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
        """The listing as JSON data for the build manifest (file and key are stored apart)."""
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
class _Done:
    """One finished job: the file's report, its rendered files, and what to cache and list."""

    report: ArticleReport
    key: str | None
    parsed: bool
    cache_entry: tuple[str, bool] | None = None
    files: tuple[tuple[str, dict[str, Any]], ...] = ()
    listing: Listing | None = None
    record: dict[str, Any] | None = None


@dataclass
class _Context:
    """What every job needs; set before worker processes fork, so they inherit it."""

    site: SiteConfig
    encoding: str | None
    reference: dt.date
    cache_file: Path | None
    staging: Path
    previous_folder: Path | None
    previous: dict[str, FileInfo]
    known: dict[str, Any]
    readers: dict[int, ArticleCache] = field(default_factory=dict)

    def cached(self, key: str) -> CachedArticle | None:
        if self.cache_file is None or not self.cache_file.exists():
            return None
        reader = self.readers.get(os.getpid())
        if reader is None:
            reader = self.readers[os.getpid()] = ArticleCache(self.cache_file, readonly=True)
        return reader.get(key, self.reference)


_CONTEXT: _Context | None = None


def site_key(site: SiteConfig) -> str:
    """What an article page depends on besides the article: the config and feedpub itself."""
    digest = hashlib.sha256(salt().encode())
    digest.update(site.file.read_bytes())
    return digest.hexdigest()


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


def _job(file: Path) -> _Done:
    """Read, check (or recall) and render one article file, writing its pages to the staging folder.

    Everything heavy happens here, in the worker: the main process only records results.
    """
    context = _CONTEXT
    assert context is not None
    try:
        data = read_bytes(file)
    except ArticleError as error:
        return _Done(ArticleReport(file, None, (Problem("", str(error)),)), None, True)
    key = content_key(file.name, data, context.encoding)
    reused = _reuse(file, key, context)
    if reused is not None:
        return reused
    stored = context.cached(key)
    if stored is None:
        checked = check_article(parse_bytes(file, data, encoding=context.encoding, reference_date=context.reference))
    else:
        checked = ArticleReport(file, stored.article, stored.problems)
    cache_entry = None
    if stored is None:
        encoded = encode_entry(CachedArticle(checked.article, checked.problems))
        cache_entry = (encoded, depends_on_reference(checked.article))
    report = ArticleReport(file, checked.article, _headline_warning(checked.problems, checked.article))
    if report.article is None or not report.is_valid():
        return _Done(report, key, stored is None, cache_entry)
    article = article_from_dict(report.article, context.site.timezone)
    entry = entry_for(article, context.site)
    jsonld = render_jsonld(jsonld_document(entry, context.site))
    pages = {
        article_path(article): render_article_page(entry, context.site, jsonld),
        f"articles/{article.id}.jsonld": (jsonld + "\n").encode("utf-8"),
    }
    placed = []
    for path, data in pages.items():
        prepared = prepare(path, data, article.modified, context.previous.get(path))
        place(context.staging, context.previous_folder, prepared)
        placed.append((path, prepared.info))
    listing = _listing(file, key, article, context.site)
    record = {
        "listing": listing.as_record(),
        "problems": [p.as_dict() for p in report.problems],
        "paths": list(pages),
        "reference": context.reference.isoformat() if depends_on_reference(report.article) else None,
    }
    return _Done(
        ArticleReport(file, None, report.problems), key, stored is None, cache_entry, tuple(placed), listing, record
    )


def _reuse(file: Path, key: str, context: _Context) -> _Done | None:
    """Link an unchanged article's pages from the previous build, without reading it again.

    Valid when the previous build made them from the same bytes under the same config and
    feedpub version, against the same reference date if the year was inferred from it.
    """
    record = context.known.get(key)
    if record is None or record["reference"] not in (None, context.reference.isoformat()):
        return None
    infos = [context.previous.get(path) for path in record["paths"]]
    if context.previous_folder is None or any(info is None for info in infos):
        return None
    placed = []
    for path, info in zip(record["paths"], infos, strict=True):
        assert info is not None
        place(context.staging, context.previous_folder, Prepared(path, info.as_manifest(), {}))
        placed.append((path, info.as_manifest()))
    problems = tuple(Problem(p["path"], p["message"], p["severity"]) for p in record["problems"])
    listing = Listing.from_record(file, key, record["listing"])
    return _Done(ArticleReport(file, None, problems), key, False, None, tuple(placed), listing, record)


def _warm_up() -> None:
    """Parse, validate and render once, so forked workers inherit every table and template."""
    warm_up()
    context = _CONTEXT
    assert context is not None
    render_index(context.site, ())


def _matches(condition: FeedFilter, listing: Listing) -> bool:
    language = listing.language.lower()
    wanted = (condition.language or "").lower()
    if wanted and language != wanted and not language.startswith(wanted + "-"):
        return False
    if condition.agency and listing.agency != condition.agency:
        return False
    if condition.section and listing.section != condition.section:
        return False
    if condition.keywords:
        have = {keyword.casefold() for keyword in listing.keywords}
        if not have & {keyword.casefold() for keyword in condition.keywords}:
            return False
    return True


def _recall(listings: Iterable[Listing], context: _Context, cache: ArticleCache | None) -> dict[str, Entry]:
    """Full entries for the few articles that go into feeds, from the cache or the file."""
    entries = {}
    for listing in listings:
        stored = cache.get(listing.key, context.reference) if cache else None
        if stored is not None and stored.article is not None:
            data = stored.article
        else:
            report = check_article(
                parse_file(listing.file, encoding=context.encoding, reference_date=context.reference)
            )
            assert report.article is not None, listing.file
            data = report.article
        entries[listing.id] = entry_for(article_from_dict(data, context.site.timezone), context.site)
    return entries


def _head(site: SiteConfig, listings: list[Listing], entries: dict[str, Entry]) -> dict[str, tuple[bytes, dt.datetime]]:
    """Feeds, index, sitemap and stylesheet, from the chosen entries."""
    newest = max((entry.updated for entry in entries.values()), default=EPOCH)
    chosen = {spec.name: [i.id for i in _choose(site, spec.filter, listings)] for spec in site.feeds}
    feeds = []
    for spec in site.feeds:
        feed_entries = tuple(entries[article_id] for article_id in chosen[spec.name])
        updated = max((entry.updated for entry in feed_entries), default=newest)
        feeds.append(Feed(site, spec, feed_entries, updated))
    files: dict[str, tuple[bytes, dt.datetime]] = {}
    for feed in feeds:
        files[f"{feed.spec.path}rss.xml"] = (render_rss(feed), feed.updated)
        files[f"{feed.spec.path}atom.xml"] = (render_atom(feed), feed.updated)
        files[f"{feed.spec.path}feed.json"] = (render_jsonfeed(feed), feed.updated)
    latest = tuple(entries[i.id] for i in _choose(site, FeedFilter(), listings))
    files["index.html"] = (render_index(site, latest), newest)
    newest_published = min(listings, key=lambda i: i.order).published if listings else EPOCH
    recent = sorted((i for i in listings if newest_published - i.published <= WINDOW), key=lambda i: i.order)
    files["sitemap-news.xml"] = (render_news_sitemap(site, recent), newest)
    files["style.css"] = (stylesheet(), EPOCH)
    return files


def _choose(site: SiteConfig, condition: FeedFilter, listings: list[Listing]) -> list[Listing]:
    return heapq.nsmallest(site.entries, (i for i in listings if _matches(condition, i)), key=lambda i: i.order)


def build_site(
    site: SiteConfig,
    out: Path,
    *,
    cache_file: Path | None = None,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    progress: Progress | None = None,
    previous: Tree | None = None,
) -> BuildReport:
    """Build the whole site from ``site.articles`` into ``out``.

    ``previous`` is the tree ``out`` points at, when the caller (a server) holds it already.
    """
    global _CONTEXT
    files, path_problems = find_article_files([site.articles])
    writer = TreeWriter(out, previous)
    cache = ArticleCache(cache_file) if cache_file else None
    previous_files = writer.previous.files if writer.previous else {}
    previous_folder = writer.previous.folder if writer.previous else None
    writer.site_key = site_key(site)
    known = writer.previous.articles if writer.previous and writer.previous.site == writer.site_key else {}
    reference = reference_date or dt.date.today()
    _CONTEXT = context = _Context(
        site, encoding, reference, cache_file, writer.staging, previous_folder, previous_files, known
    )
    reports: list[FileReport] = []
    listings: list[Listing] = []
    owners: dict[str, Path] = {}
    parsed = 0
    try:
        for done, result in enumerate(ordered_map(_job, files, warm_up=_warm_up), start=1):
            report, listing = result.report, result.listing
            parsed += result.parsed
            if cache and result.cache_entry and result.key:
                cache.put(result.key, context.reference, *result.cache_entry)
            problems = report.problems
            if listing is not None and listing.id in owners:
                message = f'"{listing.id}" is already the id of {owners[listing.id]}; give this article another id'
                problems = (*problems, Problem("/id", message + " in its front matter"))
            elif listing is not None:
                owners[listing.id] = listing.file
                listings.append(listing)
                for path, info in result.files:
                    writer.record(path, info)
                if result.key and result.record:
                    writer.articles[result.key] = result.record
            reports.append(FileReport(report.file, result.listing is not None or report.article is not None, problems))
            if progress:
                progress(done, len(files))
        if cache:
            cache.commit()
        chosen = {i.id: i for spec in site.feeds for i in _choose(site, spec.filter, listings)}
        chosen.update({i.id: i for i in _choose(site, FeedFilter(), listings)})
        entries = _recall(sorted(chosen.values(), key=lambda i: i.order), context, cache)
        for path, (data, modified) in _head(site, listings, entries).items():
            writer.add(prepare(path, data, modified, writer.previous_file(path)))
        changed = writer.commit()
        assert writer.tree is not None
    except BaseException:
        writer.discard()
        raise
    finally:
        _CONTEXT = None
        for reader in context.readers.values():
            reader.close()
        if cache:
            cache.close()
    return BuildReport(
        output=out,
        articles=tuple(reports),
        path_problems=tuple(path_problems),
        published=len(listings),
        feeds=len(site.feeds),
        files=len(writer.manifest),
        parsed=parsed,
        cached=len(files) - parsed,
        changed=changed,
        tree=writer.tree,
    )
