"""Validation: every way an article can be wrong is reported with its path and a reason."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from feedpub.parse import ParsedArticle, parse_file
from feedpub.schema import is_date, is_date_time
from feedpub.validate import article_is_valid, article_validator, check_article, validate_paths
from tests.sites import DATA

CASES = DATA / "articles"
VALID = sorted((CASES / "valid").glob("*.*"))
INVALID = sorted(p for p in (CASES / "invalid").iterdir() if p.suffix in (".txt", ".json"))
REFERENCE = dt.date(2025, 11, 10)


def _problem_lines(file: Path) -> str:
    report = check_article(parse_file(file, reference_date=REFERENCE))
    lines = []
    for problem in report.problems:
        label = "warning: " if problem.severity == "warning" else ""
        where = f"{problem.path}: " if problem.path else ""
        lines.append(f"{label}{where}{problem.message}\n")
    return "".join(lines)


@pytest.mark.parametrize("file", VALID, ids=[p.name for p in VALID])
def test_valid_articles_have_no_problems(file: Path) -> None:
    """Every article under tests/data/articles/valid passes, warnings included."""
    report = check_article(parse_file(file, reference_date=REFERENCE))
    assert report.problems == ()
    assert report.is_valid(strict=True)


@pytest.mark.parametrize("file", INVALID, ids=[p.name for p in INVALID])
def test_invalid_articles_report_what_their_expectation_file_says(file: Path, request: pytest.FixtureRequest) -> None:
    """Each broken article yields exactly the problems listed in its .problems file."""
    expected_file = file.with_suffix(".problems")
    actual = _problem_lines(file)
    assert actual, "a broken article must report at least one problem"
    if request.config.getoption("--update-goldens"):
        expected_file.write_text(actual, encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8")


def test_seed_is_valid(seed_path: Path) -> None:
    """The bundled Xinhua article validates with no problem at all."""
    report = check_article(parse_file(seed_path))
    assert report.problems == ()


def test_format_checks_are_active() -> None:
    """date and date-time formats are enforced, not just annotated."""
    validator = article_validator()
    assert validator.format_checker is not None
    assert not validator.format_checker.conforms("2025-02-31", "date")
    assert not validator.format_checker.conforms("2025-11-07", "date-time")
    assert validator.format_checker.conforms("2025-11-07T09:30:00+03:00", "date-time")


def _article(**changes: Any) -> dict[str, Any]:
    article: dict[str, Any] = {
        "headline": "H",
        "dateline": {"raw": "BAGHDAD (Xinhua) --", "place": "BAGHDAD", "date": "2025-11-07"},
        "agency": {"id": "xinhua", "name": "Xinhua"},
        "body": ["Text."],
        "language": "en",
    }
    article.update(changes)
    return article


@pytest.mark.parametrize(
    ("changes", "path", "reason"),
    [
        ({"headline": "Bell\x07"}, "/headline", "control character U+0007"),
        ({"body": ["ok", "NUL\x00here"]}, "/body/1", "control character U+0000"),
        ({"language": "Arabic"}, "/language", "BCP 47"),
        ({"id": "Has Spaces"}, "/id", "slug"),
        ({"url": "ftp://x.example/a"}, "/url", "http or https"),
        ({"dateModified": "yesterday"}, "/dateModified", "RFC 3339"),
        ({"datePublished": "2025-02-31T10:00:00+03:00"}, "/datePublished", "not a real date and time"),
        ({"datePublished": "2025-11-07T25:00:00Z"}, "/datePublished", "not a real date and time"),
        ({"datePublished": "2025-11-07T10:00:00"}, "/datePublished", "with an offset"),
        ({"datePublished": "2025-11-07 10:00:00+03:00"}, "/datePublished", "RFC 3339"),
        ({"authors": [{"url": "https://x.example/"}]}, "/authors/0/name", "missing"),
        ({"image": {"caption": "c"}}, "/image/url", "missing"),
        ({"body": "one string"}, "/body", "must be array"),
        ({"source": {"file": ""}}, "/source/file", "must not be empty"),
        ({"dateline": {"raw": "BAGHDAD --", "place": "BAGHDAD", "date": None}}, "/datePublished", "datePublished"),
        (
            {"dateline": {"raw": "7 Nov", "place": None, "date": None, "pageDate": "2025-11-31"}},
            "/dateline/pageDate",
            "not a real date",
        ),
        (
            {"datePublished": "2025-11-07T10:00:00+03:00", "dateModified": "2025-11-07T09:00:00+03:00"},
            "/dateModified",
            "earlier than datePublished",
        ),
    ],
)
def test_each_way_to_be_invalid(changes: dict[str, Any], path: str, reason: str) -> None:
    """A single broken field is reported at its JSON pointer with a plain reason."""
    parsed = ParsedArticle(Path("x.json"), _article(**changes), ())
    problems = check_article(parsed).problems
    assert [p.path for p in problems] == [path]
    assert reason in problems[0].message


def test_a_pages_date_stands_for_datepublished() -> None:
    """A story whose dateline has no date needs datePublished, unless its page's stamp dates it."""
    stamped = {"raw": "7 November 2025", "place": None, "date": None, "pageDate": "2025-11-07"}
    assert check_article(ParsedArticle(Path("x.txt"), _article(dateline=stamped), ())).problems == ()


def test_strict_turns_warnings_into_errors() -> None:
    """An agency missing from the registry is a warning, and an error under --strict."""
    parsed = ParsedArticle(Path("x.json"), _article(agency={"id": "dow-jones", "name": "Dow Jones"}), ())
    report = check_article(parsed)
    assert report.is_valid()
    assert not report.is_valid(strict=True)


def test_a_misspelled_agency_is_asked_about() -> None:
    """An agency the registry lacks whose name is a letter off one it has is warned of with that one."""
    parsed = ParsedArticle(Path("x.txt"), _article(agency={"id": "xinhuaa", "name": "Xinhuaa"}), ())
    (problem,) = check_article(parsed).problems
    assert problem.message.endswith('; is it "Xinhua News Agency" (id "xinhua") misspelled?')
    initials = ParsedArticle(Path("x.txt"), _article(agency={"id": "xna", "name": "XNA"}), ())
    assert "misspelled" not in check_article(initials).problems[0].message  # initials: NNA and XNA are two agencies


def test_one_bad_file_does_not_hide_the_others(tmp_path: Path, seed_path: Path) -> None:
    """A folder with a broken file still reports every other file, valid ones included."""
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "c.json").write_text(json.dumps(_article()), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    report = validate_paths([tmp_path])
    assert [(r.file.name, r.is_valid()) for r in report.articles] == [
        ("a.txt", False),
        ("b.txt", True),
        ("c.json", True),
    ]


def test_many_files_on_every_core_keep_their_order_and_problems(tmp_path: Path) -> None:
    """Enough files to use the worker processes: each outcome comes back to its own file.

    Files with no problem come back as nothing from a worker; the report still lists them,
    readable and clean, between the ones that are not.
    """
    cases = [case for case in (*VALID, *INVALID) if case.suffix in (".txt", ".json")]
    for number in range(80):
        source = cases[number % len(cases)]
        (tmp_path / f"{number:03d}-{source.name}").write_bytes(source.read_bytes())
    outcomes = validate_paths([tmp_path], keep_articles=False, reference_date=dt.date(2025, 11, 10))
    full = validate_paths([tmp_path], keep_articles=True, reference_date=dt.date(2025, 11, 10))
    assert len(outcomes.articles) >= 64
    assert [(r.file, r.problems, r.is_valid()) for r in outcomes.articles] == [
        (r.file, r.problems, r.is_valid()) for r in full.articles
    ]
    assert {r.is_valid() for r in outcomes.articles} == {True, False}


def test_missing_path_is_reported(tmp_path: Path) -> None:
    """A path that does not exist is a problem in the report, not a crash."""
    report = validate_paths([tmp_path / "nope"])
    assert not report.is_valid()
    assert report.path_problems[0][1].message == "no such file or folder"


def test_unlistable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path) -> None:
    """A folder that cannot be listed is reported while its siblings are still checked."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "ok.txt").write_bytes(seed_path.read_bytes())
    real_scandir: Callable[[str], Any] = os.scandir

    def scandir(folder: str) -> Any:
        if folder == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(folder)

    monkeypatch.setattr("feedpub.files.scandir", scandir)
    report = validate_paths([tmp_path])
    assert [r.file.name for r in report.articles] == ["ok.txt"]
    assert report.path_problems[0][0] == locked
    assert "Permission denied" in report.path_problems[0][1].message


ARTICLE_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from(["", "x", "2025-02-31", "2025-11-07", "ar", "\x07", "a\u00a0b", "\ufffe"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["raw", "place", "date", "pageDate", "id", "name", "url"]), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=300)
@given(
    st.dictionaries(
        st.sampled_from(
            ["headline", "dateline", "agency", "body", "language", "id", "url", "keywords", "datePublished", "extra"]
        ),
        ARTICLE_VALUES,
        max_size=5,
    )
)
def test_quick_check_agrees_with_jsonschema(changes: dict[str, Any]) -> None:
    """The compiled quick check and jsonschema agree on valid and broken articles alike."""
    article = _article(**changes)
    assert article_is_valid(article) == article_validator().is_valid(article)


@pytest.mark.parametrize(
    ("line", "valid"),
    [
        ("BAGHDAD\u00a0(Xinhua)", True),  # a no-break space is not printable, but allowed
        ("\u200fبغداد\tاليوم", True),  # a direction mark and a tab likewise
        ("新华社北京11月7日电", True),
        ("Bell\x07", False),
        ("unit\x1fseparator", False),
        ("\ufffe", False),
        ("delete\x7f", False),
    ],
)
def test_quick_check_of_text_lines(line: str, valid: bool) -> None:
    """Headlines and paragraphs get the same verdict from the quick check's line test and the schema."""
    for article in (_article(headline=line), _article(body=["Text.", line])):
        assert article_validator().is_valid(article) is valid
        assert article_is_valid(article) is valid


def test_quick_check_agrees_on_every_example_file() -> None:
    """Every example article, valid or not, gets the same verdict from both validators."""
    for file in VALID + INVALID:
        parsed = parse_file(file, reference_date=REFERENCE)
        if parsed.article is not None:
            assert article_is_valid(parsed.article) == article_validator().is_valid(parsed.article), file


DATE_PIECES = st.sampled_from(
    [*"0123456789-:+.TtZz ", "2025", "2024", "-02-", "-11-", "29", "31", "T10:00:00", "+03:00", "٠"]
)


@given(st.lists(DATE_PIECES, max_size=12).map("".join))
@example("2024-02-29")
@example("2025-02-29")
@example("2025-11-07T10:00:00+03:00")
@example("2025-11-07t10:00:00z")
@example("2025-11-07T24:00:00Z")
@example("2025-11-07 10:00:00Z")
@example("２０２５-11-07")
@example("20251107")  # ISO 8601 basic format: Python's fromisoformat reads it, RFC 3339 does not
@example("2025-W45-5")
def test_quick_date_formats_agree_with_jsonschema(text: str) -> None:
    """The quick check's date and date-time formats say what jsonschema's format checker says,
    or the quick check could pass an article jsonschema would reject."""
    checker = article_validator().format_checker
    assert checker is not None
    assert is_date(text) == checker.conforms(text, "date")
    assert is_date_time(text) == checker.conforms(text, "date-time")
