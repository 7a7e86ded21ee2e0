"""Turn parse and validation results into text or JSON strings for people and scripts.

Nothing here prints or knows about terminals; the CLI decides where each string goes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .problems import Problem
from .validate import ArticleReport, ValidationReport


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


def validation_counts(report: ValidationReport, strict: bool) -> dict[str, int]:
    """How many files were checked, valid and invalid, and how many errors and warnings."""
    problems = [p for r in report.articles for p in r.problems]
    valid = sum(r.is_valid(strict) for r in report.articles)
    return {
        "files": len(report.articles),
        "valid": valid,
        "invalid": len(report.articles) - valid,
        "errors": sum(p.severity == "error" for p in problems) + len(report.path_problems),
        "warnings": sum(p.severity == "warning" for p in problems),
    }


def validation_text(report: ValidationReport, *, strict: bool = False) -> tuple[list[str], str]:
    """Problem lines, then the summary line."""
    lines = [problem_line(path, problem) for path, problem in report.path_problems]
    for article in report.articles:
        lines += [problem_line(article.file, problem) for problem in article.problems]
    counts = validation_counts(report, strict)
    summary = (
        f"{_plural(counts['files'], 'file')} checked: {counts['valid']} valid, {counts['invalid']} invalid; "
        f"{_plural(counts['errors'], 'error')}, {_plural(counts['warnings'], 'warning')}"
    )
    return lines, summary


def validation_json(report: ValidationReport, *, strict: bool = False) -> str:
    """The whole report as one JSON document for scripts."""
    files = [
        {"file": str(path), "valid": False, "problems": [problem.as_dict()]} for path, problem in report.path_problems
    ]
    files += [
        {
            "file": str(article.file),
            "valid": article.is_valid(strict),
            "problems": [problem.as_dict() for problem in article.problems],
        }
        for article in report.articles
    ]
    return to_json(
        {"valid": report.is_valid(strict), "summary": validation_counts(report, strict), "files": files}, indent=2
    )


def article_text(report: ArticleReport) -> str:
    """A short, readable summary of one parsed article."""
    article = report.article or {}
    dateline = article.get("dateline") or {}
    agency = article.get("agency") or {}
    body = article.get("body") or []
    words = sum(len(str(paragraph).split()) for paragraph in body)
    date = dateline.get("date") or "none"
    if dateline.get("yearInferred"):
        date += " (year inferred)"
    rows = [
        ("headline", article.get("headline", "")),
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
