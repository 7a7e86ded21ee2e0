"""``feedpub build``: articles in, a complete output tree out, swapped in atomically.

The build parses and validates every article (reusing the cache for unchanged files),
publishes the valid ones and reports the rest, renders every output in memory, then
writes a new build folder and points the output path at it with one atomic rename of a
symlink. A reader sees the old tree or the new one, never a mix; a failed build leaves
the old one in place. The same inputs always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .cache import ArticleCache, CachedArticle, content_key
from .config import FeedFilter, SiteConfig
from .errors import ArticleError
from .model import Article, article_from_dict
from .parse import find_article_files
from .parse.decode import read_bytes
from .problems import Problem
from .render.entry import Entry, Feed, article_path, entry_for
from .render.html import render_article_page, render_index, stylesheet
from .render.jsonfeed import render_jsonfeed
from .render.jsonld import render_jsonld
from .render.sitemap import render_news_sitemap
from .render.syndication import render_atom, render_rss
from .tree import Output, publish_tree
from .validate import ArticleReport, Job, check_jobs

#: Google shows at most this many characters of a headline.
HEADLINE_LIMIT = 110
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: every file's outcome and what was published."""

    output: Path
    articles: tuple[ArticleReport, ...]
    path_problems: tuple[tuple[Path, Problem], ...]
    published: int
    feeds: int
    files: int
    parsed: int
    cached: int
    changed: bool

    def is_valid(self, strict: bool = False) -> bool:
        """True when every article was valid and published."""
        return not self.path_problems and all(report.is_valid(strict) for report in self.articles)


def _check_all(
    files: list[Path], encoding: str | None, reference: dt.date, cache: ArticleCache | None, progress: Progress | None
) -> tuple[list[ArticleReport], int]:
    """Every file's report, from the cache where its bytes are unchanged; also how many were parsed."""
    reports: dict[Path, ArticleReport] = {}
    misses: list[Job] = []
    keys: dict[Path, str] = {}
    for file in files:
        try:
            data = read_bytes(file)
        except ArticleError as error:
            reports[file] = ArticleReport(file, None, (Problem("", str(error)),))
            continue
        keys[file] = content_key(file.name, data, encoding)
        stored = cache.get(keys[file], reference) if cache else None
        if stored is None:
            misses.append((file, data, encoding, reference))
        else:
            reports[file] = ArticleReport(file, stored.article, stored.problems)
    for report in check_jobs(misses):
        reports[report.file] = report
        if cache:
            cache.put(keys[report.file], reference, CachedArticle(report.article, report.problems))
    if progress:
        progress(len(files), len(files))
    return [reports[file] for file in files], len(misses) + len(files) - len(keys)


def _headline_warning(report: ArticleReport) -> ArticleReport:
    headline = (report.article or {}).get("headline")
    if isinstance(headline, str) and len(headline) > HEADLINE_LIMIT:
        warning = Problem(
            "/headline",
            f"the headline has {len(headline)} characters; search engines show at most {HEADLINE_LIMIT}",
            "warning",
        )
        return ArticleReport(report.file, report.article, (*report.problems, warning))
    return report


def _matches(condition: FeedFilter, article: Article) -> bool:
    language = article.language.lower()
    wanted = (condition.language or "").lower()
    if wanted and language != wanted and not language.startswith(wanted + "-"):
        return False
    if condition.agency and article.agency.id != condition.agency:
        return False
    if condition.section and article.section != condition.section:
        return False
    if condition.keywords:
        have = {keyword.casefold() for keyword in article.keywords}
        if not have & {keyword.casefold() for keyword in condition.keywords}:
            return False
    return True


def _feeds(site: SiteConfig, entries: list[Entry]) -> tuple[Feed, ...]:
    newest = max((entry.updated for entry in entries), default=EPOCH)
    feeds = []
    for spec in site.feeds:
        chosen = tuple(e for e in entries if _matches(spec.filter, e.article))[: site.entries]
        updated = max((entry.updated for entry in chosen), default=newest)
        feeds.append(Feed(site, spec, chosen, updated))
    return tuple(feeds)


def render_site(site: SiteConfig, articles: Iterable[Article]) -> dict[str, Output]:
    """Every output file of the site, by path, each with the time its content last changed."""
    entries = sorted(
        (entry_for(article, site) for article in articles),
        key=lambda entry: (-entry.published.timestamp(), entry.article.id),
    )
    feeds = _feeds(site, entries)
    newest = max((feed.updated for feed in feeds), default=EPOCH)
    files: dict[str, Output] = {}
    for feed in feeds:
        files[f"{feed.spec.path}rss.xml"] = Output(render_rss(feed), feed.updated)
        files[f"{feed.spec.path}atom.xml"] = Output(render_atom(feed), feed.updated)
        files[f"{feed.spec.path}feed.json"] = Output(render_jsonfeed(feed), feed.updated)
    for entry in entries:
        files[article_path(entry.article)] = Output(render_article_page(entry, site, feeds), entry.updated)
        files[f"articles/{entry.article.id}.jsonld"] = Output(render_jsonld(entry, site), entry.updated)
    files["index.html"] = Output(render_index(site, feeds, tuple(entries[: site.entries])), newest)
    files["sitemap-news.xml"] = Output(render_news_sitemap(site, tuple(entries)), newest)
    files["style.css"] = Output(stylesheet(), EPOCH)
    return files


def build_site(
    site: SiteConfig,
    out: Path,
    *,
    cache_file: Path | None = None,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the whole site from ``site.articles`` into ``out``."""
    reference = reference_date or dt.date.today()
    files, path_problems = find_article_files([site.articles])
    cache = ArticleCache(cache_file) if cache_file else None
    try:
        checked, parsed = _check_all(files, encoding, reference, cache, progress)
    finally:
        if cache:
            cache.close()
    reports = [_headline_warning(report) for report in checked]
    articles = _publishable(reports, site.timezone)
    outputs = render_site(site, articles)
    changed = publish_tree(outputs, out)
    return BuildReport(
        output=out,
        articles=tuple(reports),
        path_problems=tuple(path_problems),
        published=len(articles),
        feeds=len(site.feeds),
        files=len(outputs),
        parsed=parsed,
        cached=len(files) - parsed,
        changed=changed,
    )


def _publishable(reports: list[ArticleReport], timezone: str) -> list[Article]:
    """The valid articles as models; a second article with an already used id is reported instead."""
    articles: list[Article] = []
    owners: dict[str, Path] = {}
    for index, report in enumerate(reports):
        if report.article is None or not report.is_valid():
            continue
        article = article_from_dict(report.article, timezone)
        if article.id in owners:
            message = f'"{article.id}" is already the id of {owners[article.id]}; give this article another id'
            clash = Problem("/id", message + " in its front matter")
            reports[index] = ArticleReport(report.file, report.article, (*report.problems, clash))
            continue
        owners[article.id] = report.file
        articles.append(article)
    return articles
