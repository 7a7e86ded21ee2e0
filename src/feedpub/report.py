"""Turn parse and validation results into text or JSON strings for people and scripts.

Nothing here prints or knows about terminals; the CLI decides where each string goes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from .model import count_words
from .problems import Problem
from .validate import ArticleReport


class Outcome(Protocol):
    """One checked file: an ArticleReport, or the FileReport a build keeps."""

    @property
    def file(self) -> Path: ...

    @property
    def problems(self) -> tuple[Problem, ...]: ...

    @property
    def format(self) -> str | None: ...

    def is_valid(self, strict: bool = False) -> bool: ...


class Checked(Protocol):
    """Anything that checked files: a validation report or a build report."""

    @property
    def articles(self) -> Sequence[Outcome]: ...

    @property
    def troubled(self) -> Sequence[Outcome]: ...

    @property
    def path_problems(self) -> Sequence[tuple[Path, Problem]]: ...

    def is_valid(self, strict: bool = False) -> bool: ...


class Built(Checked, Protocol):
    """A build's report (:class:`feedpub.build.BuildReport`): what was checked and what was published."""

    @property
    def output(self) -> Path: ...

    @property
    def published(self) -> int: ...

    @property
    def feeds(self) -> int: ...

    @property
    def files(self) -> int: ...

    @property
    def parsed(self) -> int: ...

    @property
    def cached(self) -> int: ...

    @property
    def changed(self) -> bool: ...

    @property
    def output_problems(self) -> Sequence[tuple[Path, Problem]]: ...

    @property
    def held(self) -> Sequence[tuple[Path, dt.datetime]]: ...


def to_json(data: Any, *, indent: int | None = None) -> str:
    """JSON as feedpub writes it: UTF-8 text, never ``\\u``-escaped."""
    return json.dumps(data, ensure_ascii=False, indent=indent)


def problem_line(file: Path, problem: Problem) -> str:
    """``articles/x.txt: /dateline/date: "2025-02-31" is not a real date``."""
    where = f"{problem.path}: " if problem.path else ""
    label = "warning: " if problem.severity == "warning" else ""
    return f"{file}: {label}{where}{problem.message}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def validation_counts(report: Checked, strict: bool) -> dict[str, int]:
    """How many files were checked, valid and invalid, and how many errors and warnings."""
    problems = [p for r in report.troubled for p in r.problems]
    invalid = sum(not r.is_valid(strict) for r in report.troubled)
    return {
        "files": len(report.articles),
        "valid": len(report.articles) - invalid,
        "invalid": invalid,
        "errors": sum(p.severity == "error" for p in problems) + len(report.path_problems),
        "warnings": sum(p.severity == "warning" for p in problems),
    }


def validation_text(report: Checked, *, strict: bool = False) -> tuple[list[str], str]:
    """Problem lines, then the summary line."""
    lines = problem_lines(report)
    counts = validation_counts(report, strict)
    summary = (
        f"{_plural(counts['files'], 'file')} checked: {counts['valid']} valid, {counts['invalid']} invalid; "
        f"{_plural(counts['errors'], 'error')}, {_plural(counts['warnings'], 'warning')}"
    )
    return lines, summary


def problem_lines(report: Checked) -> list[str]:
    """One line per problem, files in order."""
    lines = [problem_line(path, problem) for path, problem in report.path_problems]
    return lines + outcome_lines(report.troubled)


def outcome_lines(outcomes: Iterable[Outcome]) -> list[str]:
    """One line per problem of each of ``outcomes``, in their order."""
    return [problem_line(outcome.file, problem) for outcome in outcomes for problem in outcome.problems]


def _files_json(report: Checked, strict: bool) -> list[dict[str, Any]]:
    files = [
        {"file": str(path), "valid": False, "problems": [problem.as_dict()]} for path, problem in report.path_problems
    ]
    files += [
        {
            "file": str(article.file),
            **({"format": article.format} if article.format else {}),
            "valid": article.is_valid(strict),
            "problems": [problem.as_dict() for problem in article.problems],
        }
        for article in report.articles
    ]
    return files


def validation_json(report: Checked, *, strict: bool = False) -> str:
    """The whole validation report as one JSON document for scripts."""
    summary = validation_counts(report, strict)
    return to_json(
        {"valid": report.is_valid(strict), "summary": summary, "files": _files_json(report, strict)}, indent=2
    )


def build_counts(report: Built, strict: bool) -> dict[str, int]:
    """:func:`validation_counts`, with the warnings about output files."""
    counts = validation_counts(report, strict)
    counts["warnings"] += len(report.output_problems)
    return counts


def build_problem_lines(report: Built) -> list[str]:
    """One line per problem, files in order, then the output files' warnings."""
    return problem_lines(report) + [problem_line(path, problem) for path, problem in report.output_problems]


def build_summary(report: Built, seconds: float, *, strict: bool = False) -> str:
    """The one line a build ends with."""
    counts = build_counts(report, strict)
    state = "written to" if report.changed else "unchanged in"
    return (
        f"{report.published} of {_plural(counts['files'], 'article')} published in {_plural(report.feeds, 'feed')}, "
        f"{state} {report.output} ({report.parsed} parsed, {report.cached} from cache); "
        f"{_plural(counts['errors'], 'error')}, {_plural(counts['warnings'], 'warning')}{_held(report)}; "
        f"{seconds:.1f} s"
    )


def held_lines(held: Iterable[tuple[Path, dt.datetime]]) -> list[str]:
    """One line per story ``held`` back (a build report's ``held``, soonest first): which file,
    and from when it is published."""
    return [f"{path}: held until {due.isoformat()}, its datePublished" for path, due in held]


def _held(report: Built) -> str:
    """``, 2 held until 2025-11-12T08:00:00+00:00``: the stories held back (embargoed), and
    when the first is due."""
    if not report.held:
        return ""
    times = {due for _, due in report.held}
    first = min(times).isoformat()
    count = len(report.held)
    return f", {count} held until {first}" if len(times) == 1 else f", {count} held, the first until {first}"


def build_json(report: Built, seconds: float, *, strict: bool = False) -> str:
    """The build report as one JSON document for scripts."""
    summary = {
        **build_counts(report, strict),
        "published": report.published,
        "feeds": report.feeds,
        "outputFiles": report.files,
        "parsed": report.parsed,
        "cached": report.cached,
        "changed": report.changed,
        "seconds": round(seconds, 3),
    }
    document = {
        "valid": report.is_valid(strict),
        "output": str(report.output),
        "summary": summary,
        "files": _files_json(report, strict),
        "outputs": [{"file": str(path), "problems": [problem.as_dict()]} for path, problem in report.output_problems],
        "held": [{"file": str(path), "until": due.isoformat()} for path, due in report.held],
    }
    return to_json(document, indent=2)


def article_text(report: ArticleReport) -> str:
    """A short, readable summary of one parsed article."""
    article = report.article or {}
    dateline = article.get("dateline") or {}
    agency = article.get("agency") or {}
    body = article.get("body") or []
    words = count_words((str(paragraph) for paragraph in body), str(article.get("language", "")))
    date = dateline.get("date") or (f"none; the page's {dateline['pageDate']}" if dateline.get("pageDate") else "none")
    if dateline.get("monthInferred"):
        date += " (month and year inferred)"
    elif dateline.get("yearInferred"):
        date += " (year inferred)"
    rows = [
        ("headline", article.get("headline", "")),
        *(("above", line) for line in dateline.get("above", ())),
        ("dateline", dateline.get("raw", "(none found)")),
        ("place", dateline.get("place") or "none"),
        ("date", date),
        ("agency", f"{agency.get('name', '?')} ({agency.get('id', '?')})" if agency else "(none found)"),
        ("language", article.get("language", "?")),
        ("body", f"{_plural(len(body), 'paragraph')}, {_plural(words, 'word')}"),
    ]
    if body:
        first = str(body[0])
        rows.append(("lede", first if len(first) <= 100 else first[:99] + "…"))
    return "\n".join([str(report.file), *(f"  {name + ':':<10} {value}" for name, value in rows)])
