"""Real news items in the formats agencies deliver, each beside what reading it must give.

``tests/data/formats/<format>/<item>`` is a file as an agency or IPTC published it (sources
in tests/data/SOURCES.md); ``<item>.expected.json`` holds what a person reading the item
wrote down: its headline, place, date, agency, language, the first words of its story,
its times, and whether feedpub may publish it (with the problems that say why not), or,
for an item that is no article, the refusal. A file holding several items has an
``items`` object instead: each item's expectation under its id, the id being the
``#<id>`` that names it (see :func:`feedpub.parse.item_path`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from feedpub.parse import parse_items
from feedpub.validate import ArticleReport, check_article

FORMATS = Path(__file__).parent / "data" / "formats"
EXPECTED = ".expected.json"
#: The reference date for datelines without a year, unless an item's expectation names one.
REFERENCE = dt.date(2026, 1, 1)


def items(kind: str) -> list[Path]:
    """The real items of one format, in name order."""
    return sorted(path for path in (FORMATS / kind).iterdir() if not path.name.endswith(EXPECTED))


def expected(item: Path) -> dict[str, Any]:
    """What reading ``item`` must give."""
    data: dict[str, Any] = json.loads(item.with_name(item.name + EXPECTED).read_text(encoding="utf-8"))
    return data


def read(item: Path) -> ArticleReport:
    """``item`` parsed and checked as ``feedpub validate`` does (the first, of several items)."""
    return read_all(item)[0]


def read_all(item: Path) -> tuple[ArticleReport, ...]:
    """Every article of ``item`` parsed and checked as ``feedpub validate`` does."""
    reference = dt.date.fromisoformat(expected(item).get("reference", REFERENCE.isoformat()))
    found = parse_items(item, item.read_bytes(), reference_date=reference)
    return tuple(map(check_article, found))


def check_item(item: Path, kind: str) -> None:
    """Assert that reading ``item`` gives what its expectation says, field by field: of a
    file of several items, each item's, and no item more or less."""
    want = expected(item)
    reports = read_all(item)
    if "items" not in want:
        assert len(reports) == 1
        assert reports[0].file == item
        check_article_report(reports[0], want, kind)
        return
    found = {report.file.name.rpartition("#")[2]: report for report in reports}
    assert all(report.file.name.startswith(item.name + "#") for report in reports)
    assert sorted(found) == sorted(want["items"])
    for name, report in found.items():
        check_article_report(report, want["items"][name], kind)
        if report.article is not None:
            assert report.article["id"] == name


def check_article_report(report: ArticleReport, want: dict[str, Any], kind: str) -> None:
    """Assert that one article's report is what ``want`` says."""
    if "refused" in want:
        assert report.article is None
        assert want["refused"] in report.problems[0].message
        return
    article = report.article
    assert article is not None, report.problems
    assert report.format == kind
    assert article["source"]["format"] == kind
    assert article["headline"] == want["headline"]
    dateline = article.get("dateline") or {}
    assert dateline.get("place") == want["place"]
    assert dateline.get("date") == want["date"]
    assert (article.get("agency") or {}).get("id") == want["agency"]
    assert article["language"] == want["language"]
    if "lede" in want:  # an item whose story feedpub cannot yet read right says so in SOURCES.md instead
        assert article["body"][0].startswith(want["lede"]), article["body"][0]
    for key in ("datePublished", "dateModified"):
        assert article.get(key) == want.get(key), key
    for key in ("urgency", "genre", "category", "slug", "identifier"):
        if key in want:
            assert article.get(key) == want[key], key
    if "keywords" in want:
        assert article.get("keywords") == want["keywords"]
    if "authors" in want:
        assert [author["name"] for author in article.get("authors", [])] == want["authors"]
    shown = [f"{problem.path} {problem.message}" for problem in report.problems]
    for fragment in want.get("problems", []):
        assert any(fragment in line for line in shown), (fragment, shown)
    assert report.is_valid() == want["valid"], shown
