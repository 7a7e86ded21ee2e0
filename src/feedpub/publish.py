"""``feedpub build``: articles in, a complete output tree out, swapped in atomically.

The build parses and validates every article (reusing the cache for unchanged files),
publishes the valid ones and reports the rest, renders every output in memory, then
writes a new build folder and points the output path at it with one atomic rename of a
symlink. A reader sees the old tree or the new one, never a mix; a failed build leaves
the old one in place. The same inputs always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .cache import ArticleCache, CachedArticle, content_key
from .config import FeedFilter, SiteConfig
from .errors import ArticleError, UsageError
from .model import Article, article_from_dict
from .parse import find_article_files, parse_bytes
from .parse.decode import read_bytes
from .problems import Problem
from .render.entry import Entry, Feed, article_path, entry_for
from .render.html import render_article_page, render_index, stylesheet
from .render.jsonfeed import render_jsonfeed
from .render.jsonld import render_jsonld
from .render.sitemap import render_news_sitemap
from .render.syndication import render_atom, render_rss
from .validate import ArticleReport, check_article

#: Google shows at most this many characters of a headline.
HEADLINE_LIMIT = 110
BUILD_MARKER = ".feedpub-build"
COMPRESSIBLE = (".xml", ".json", ".jsonld", ".html", ".css")
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


def _check(
    file: Path, encoding: str | None, reference: dt.date, cache: ArticleCache | None
) -> tuple[ArticleReport, bool]:
    """Parse and validate one file, through the cache; the flag says whether it was parsed."""
    try:
        data = read_bytes(file)
    except ArticleError as error:
        return ArticleReport(file, None, (Problem("", str(error)),)), True
    key = content_key(file.name, data, encoding)
    stored = cache.get(key, reference) if cache else None
    if stored is not None:
        return ArticleReport(file, stored.article, stored.problems), False
    report = check_article(parse_bytes(file, data, encoding=encoding, reference_date=reference))
    if cache:
        cache.put(key, reference, CachedArticle(report.article, report.problems))
    return report, True


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


def render_site(site: SiteConfig, articles: Iterable[Article]) -> dict[str, bytes]:
    """Every output file of the site, by path, for ``articles``."""
    entries = sorted(
        (entry_for(article, site) for article in articles),
        key=lambda entry: (-entry.published.timestamp(), entry.article.id),
    )
    feeds = _feeds(site, entries)
    files: dict[str, bytes] = {}
    for feed in feeds:
        files[f"{feed.spec.path}rss.xml"] = render_rss(feed)
        files[f"{feed.spec.path}atom.xml"] = render_atom(feed)
        files[f"{feed.spec.path}feed.json"] = render_jsonfeed(feed)
    for entry in entries:
        files[article_path(entry.article)] = render_article_page(entry, site, feeds)
        files[f"articles/{entry.article.id}.jsonld"] = render_jsonld(entry, site)
    files["index.html"] = render_index(site, feeds, tuple(entries[: site.entries]))
    files["sitemap-news.xml"] = render_news_sitemap(site, tuple(entries))
    files["style.css"] = stylesheet()
    return files


def _with_compressed(files: dict[str, bytes]) -> dict[str, bytes]:
    """Add a ``.gz`` sibling to every text file, so servers send it without compressing."""
    out = dict(files)
    for path, data in files.items():
        if path.endswith(COMPRESSIBLE):
            out[path + ".gz"] = gzip.compress(data, compresslevel=9, mtime=0)
    return out


def _tree_digest(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + hashlib.sha256(files[path]).digest())
    return digest.hexdigest()[:20]


def _builds_folder(out: Path) -> Path:
    return out.parent / f".{out.name}.builds"


def publish_tree(files: dict[str, bytes], out: Path, keep: int = 2) -> bool:
    """Write ``files`` as a new build and swap ``out`` to it atomically; False if unchanged."""
    builds = _builds_folder(out)
    name = _tree_digest(files)
    target = builds / name
    if out.is_symlink() and out.resolve() == target.resolve() and target.is_dir():
        return False
    if out.exists() and not out.is_symlink() and not (out / BUILD_MARKER).exists():
        raise UsageError(f"{out} exists and was not written by feedpub build; choose another --out or remove it")
    builds.mkdir(parents=True, exist_ok=True)
    if not target.is_dir():
        staging = builds / f"tmp-{os.getpid()}-{name}"
        shutil.rmtree(staging, ignore_errors=True)
        for path, data in files.items():
            destination = staging / path
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(data)
        (staging / BUILD_MARKER).write_text(name + "\n", encoding="utf-8")
        staging.rename(target)
    if out.exists() and not out.is_symlink():
        out.rename(builds / f"previous-{name}")
    link = out.parent / f".{out.name}.link-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(target, out.parent), target_is_directory=True)
    os.replace(link, out)
    _prune(builds, current=target, keep=keep)
    return True


def _prune(builds: Path, current: Path, keep: int) -> None:
    """Remove old builds, keeping the newest ``keep`` (readers may still be in them)."""
    others = sorted(
        (p for p in builds.iterdir() if p.is_dir() and p != current), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in others[keep - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


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
    reports: list[ArticleReport] = []
    parsed = 0
    try:
        for done, file in enumerate(files, start=1):
            report, was_parsed = _check(file, encoding, reference, cache)
            reports.append(_headline_warning(report))
            parsed += was_parsed
            if progress:
                progress(done, len(files))
    finally:
        if cache:
            cache.close()
    articles = _publishable(reports, site.timezone)
    outputs = _with_compressed(render_site(site, articles))
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
