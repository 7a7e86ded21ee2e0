"""Check raw articles against the NewsArticle schema and collect every problem.

``schemas/newsarticle.schema.json`` is the single source of truth: it is checked through
:mod:`feedpub.schema`, which turns each failure into a plain-language reason at a JSON
pointer. A few checks no schema can express (is the agency in the registry, is the
time zone real, is the story modified before it was published) are added here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .agencies import registry
from .errors import ArticleError
from .files import find_article_files
from .parse import ParsedArticle, parse_bytes, parse_items
from .parse.decode import read_bytes
from .problems import Problem
from .schema import conforms, is_time_zone, problems_against, schema_validator, show
from .workers import CHUNK, ordered_map

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

#: The bundled schema every article is checked against.
ARTICLE_SCHEMA = "newsarticle.schema.json"


def article_validator() -> Draft202012Validator:
    """The NewsArticle validator."""
    return schema_validator(ARTICLE_SCHEMA)


def article_is_valid(article: Any) -> bool:
    """Whether ``article`` satisfies the NewsArticle schema (the quick check)."""
    return conforms(ARTICLE_SCHEMA, article)


#: Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): how text is made to read backwards.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class ArticleReport:
    """One file's outcome: the raw article (None if unreadable) and its problems."""

    file: Path
    article: dict[str, Any] | None
    problems: tuple[Problem, ...]
    #: The format the file was read as (``nitf``, ``ninjs``, ``text``...), when known.
    format: str | None = None

    def errors(self, strict: bool = False) -> list[Problem]:
        """The problems that make the article invalid (warnings too when ``strict``)."""
        return [p for p in self.problems if strict or p.severity == "error"]

    def is_valid(self, strict: bool = False) -> bool:
        """True when the article may be published."""
        return self.article is not None and not self.errors(strict)


@dataclass(frozen=True)
class FileReport:
    """One file's outcome without the article itself: what a build keeps of every file."""

    file: Path
    readable: bool
    problems: tuple[Problem, ...]
    #: The format the file was read as, when known.
    format: str | None = None

    def is_valid(self, strict: bool = False) -> bool:
        """True when the article may be published."""
        return self.readable and not any(strict or p.severity == "error" for p in self.problems)


@dataclass(frozen=True)
class ValidationReport:
    """Every file's report, in a stable order, plus problems with the paths themselves."""

    articles: tuple[ArticleReport | FileReport, ...]
    path_problems: tuple[tuple[Path, Problem], ...] = field(default=())

    @cached_property
    def troubled(self) -> tuple[ArticleReport | FileReport, ...]:
        """The reports with problems, in order: the only ones that can be invalid."""
        return tuple(report for report in self.articles if report.problems)

    def is_valid(self, strict: bool = False) -> bool:
        """True when every article is valid and every path could be read."""
        return not self.path_problems and all(report.is_valid(strict) for report in self.troubled)


def _semantic_problems(article: dict[str, Any]) -> list[Problem]:
    problems = []
    agency = article.get("agency")
    if isinstance(agency, dict) and isinstance(agency.get("id"), str) and agency["id"] not in registry().agencies:
        name = str(agency.get("name") or agency["id"])
        known = registry().lookup(name) or registry().lookup(agency["id"])
        hint = f"; did you mean the id {show(known.id)}?" if known else ""
        if not known and (near := registry().spelled_like(name)) is not None:
            hint = f"; is it {show(near.name)} (id {show(near.id)}) misspelled?"
        problems.append(
            Problem("/agency/id", f"the agency {show(name)} is not in feedpub's agency registry{hint}", "warning")
        )
    problems += _date_order_problems(article)
    headline = article.get("headline")
    if isinstance(headline, str) and (controls := _BIDI_CONTROLS.findall(headline)):
        named = ", ".join(sorted({f"U+{ord(char):04X} ({unicodedata.name(char)})" for char in controls}))
        problems.append(
            Problem(
                "/headline",
                f"holds bidirectional formatting characters, {named}, which can make a headline read as"
                " something else; they are closed at its end in every output, but check the headline reads right",
                "warning",
            )
        )
    zone = article.get("timezone")
    if isinstance(zone, str) and not is_time_zone(zone):
        problems.append(Problem("/timezone", f"{show(zone)} is not an IANA time zone name (such as Asia/Baghdad)"))
    return problems


def _date_order_problems(article: dict[str, Any]) -> list[Problem]:
    published, modified = article.get("datePublished"), article.get("dateModified")
    if not (isinstance(published, str) and isinstance(modified, str)):
        return []
    try:
        earlier = dt.datetime.fromisoformat(modified) < dt.datetime.fromisoformat(published)
    except (ValueError, TypeError):
        return []  # the schema reports malformed or offset-less values
    if earlier:
        return [Problem("/dateModified", f"{show(modified)} is earlier than datePublished {show(published)}")]
    return []


def check_article(parsed: ParsedArticle) -> ArticleReport:
    """Validate one parsed article: its parse problems, schema errors and semantic checks."""
    problems = list(parsed.problems)
    if parsed.article is not None:
        problems += problems_against(ARTICLE_SCHEMA, parsed.article)
        problems += _semantic_problems(parsed.article)
    ordered = sorted(set(problems), key=lambda p: (p.severity != "error", p.path, p.message))
    return ArticleReport(parsed.file, parsed.article, tuple(ordered), parsed.format)


def _check_file(encoding: str | None, reference: dt.date, file: Path) -> tuple[ArticleReport, ...]:
    """The reports of one file: its article's, or each of its items' (see :func:`~feedpub.parse.parse_items`)."""
    try:
        data = read_bytes(file)
    except ArticleError as error:
        return (ArticleReport(file, None, (Problem("", str(error)),)),)
    return tuple(map(check_article, parse_items(file, data, encoding=encoding, reference_date=reference)))


def _file_outcome(encoding: str | None, reference: dt.date, name: str) -> list[FileReport | str | None]:
    """Each of a file's outcomes without the article, or only the format it was read as
    when it has no problems at all (and is the file's one article).

    That is all a report needs, and the least to send back from a worker process: most
    files of an archive are fine, and each report sent costs both ends a pickle.
    """
    found: list[FileReport | str | None] = []
    for report in _check_file(encoding, reference, Path(name)):
        if report.article is not None and not report.problems and str(report.file) == name:
            found.append(report.format)
        else:
            found.append(FileReport(report.file, report.article is not None, report.problems, report.format))
    return found


def warm_up() -> None:
    """Build the lexicons, the registry, the validators and the front matter's loader once,
    before worker processes fork."""
    check_article(parse_bytes(Path("warm-up.txt"), b"---\nid: warm-up\n---\nH\nBAGHDAD, Nov. 7 (Xinhua) -- Text.\n"))


#: Files a worker validates at a time: twice a build's chunk, a validation being a fraction of a build job.
VALIDATION_CHUNK = 2 * CHUNK


def parse_paths(
    paths: Sequence[Path], *, encoding: str | None = None, reference_date: dt.date | None = None
) -> tuple[Iterator[ArticleReport], list[tuple[Path, Problem]]]:
    """Every article file under ``paths``, parsed and checked with its article kept, in path
    order as each is done (on every core), and the paths that could not be read."""
    files, path_problems = find_article_files(paths)
    check = partial(_check_file, encoding, reference_date or dt.date.today())
    checked = ordered_map(check, files, warm_up=warm_up, chunksize=VALIDATION_CHUNK)
    return (report for reports in checked for report in reports), path_problems


def validate_paths(
    paths: Sequence[Path],
    *,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    keep_articles: bool = True,
) -> ValidationReport:
    """Parse and validate every article file under ``paths``.

    With ``keep_articles=False`` the report holds each file's problems but not the parsed
    article, which saves sending every article back from the worker processes.
    """
    if keep_articles:
        checked, path_problems = parse_paths(paths, encoding=encoding, reference_date=reference_date)
        return ValidationReport(tuple(checked), tuple(path_problems))
    files, path_problems = find_article_files(paths)
    outcome_of = partial(_file_outcome, encoding, reference_date or dt.date.today())
    names = [str(file) for file in files]
    outcomes = ordered_map(outcome_of, names, warm_up=warm_up, chunksize=VALIDATION_CHUNK)
    reports = [
        outcome if isinstance(outcome, FileReport) else FileReport(file, True, (), outcome)
        for file, found in zip(files, outcomes, strict=True)
        for outcome in found
    ]
    return ValidationReport(tuple(reports), tuple(path_problems))
