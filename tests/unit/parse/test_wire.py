"""Layouts of wire copy around the dateline, and what is said when a dateline cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from feedpub.parse import parse_bytes
from feedpub.parse.wire import parse_wire_text
from feedpub.validate import check_article

REFERENCE = dt.date(2025, 11, 10)
LEDE = "Senior U.S. and Iraqi officials on Friday held talks in Baghdad on security"


def test_headline_directly_above_a_hard_wrapped_dateline_paragraph() -> None:
    """A headline with no blank line below it is not glued to the lede of blank-line separated copy."""
    text = (
        "Iraq and US hold security consultations\n"
        f"BAGHDAD, Nov. 7 (Xinhua) -- {LEDE}\n"
        "cooperation between the two countries, officials said on Friday.\n"
        "\n"
        "The talks were the first of their kind since the new government took\n"
        "office in Baghdad earlier this year, the statement said.\n"
    )
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["headline"] == "Iraq and US hold security consultations"
    assert article["dateline"]["place"] == "BAGHDAD"
    assert article["body"][0].startswith("Senior U.S.")


def test_a_byline_line_names_the_authors_and_stays_in_the_dateline() -> None:
    """A byline between headline and dateline gives the authors; its words stay in dateline.raw."""
    article, _ = parse_wire_text("H\nBy Jane Carter and Ali Hassan\nWASHINGTON (AP) — The Senate voted.", {}, REFERENCE)
    assert article is not None
    assert article["authors"] == [{"name": "Jane Carter"}, {"name": "Ali Hassan"}]
    assert article["dateline"]["raw"] == "By Jane Carter and Ali Hassan WASHINGTON (AP) —"
    assert article["agency"]["id"] == "ap"
    assert article["body"] == ["The Senate voted."]


def test_a_dateline_on_its_own_line() -> None:
    """A dateline printed alone on its line opens the story; the next line is the lede."""
    text = "H\nSTOCKHOLM, Aug 29, 2014 (AFP) -\nA Chinese-owned company said on Friday it had succeeded."
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["date"] == "2014-08-29"
    assert article["body"][0].startswith("A Chinese-owned company")


def test_a_credit_line_names_the_agency_of_a_dateline_without_one() -> None:
    """``The Canadian Press`` alone on a line above ``OTTAWA -`` credits the story to it."""
    text = "H\nMia Rabson\nThe Canadian Press\nOTTAWA - A Manitoba man is facing 22 charges."
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["place"] == "OTTAWA"
    assert article["agency"]["id"] == "cp"
    assert article["body"] == ["A Manitoba man is facing 22 charges."]


def test_a_byline_ending_in_an_agency_is_a_credit_line() -> None:
    """``By Helen Maguire, dpa =`` is a credit line, not a dateline placed at "Maguire"."""
    text = "H\nBy Helen Maguire, dpa =\nLuxembourg (dpa) - Britain could decide not to leave."
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["place"] == "Luxembourg"
    assert article["authors"] == [{"name": "Helen Maguire"}]


def test_a_dateline_not_understood_is_quoted_not_called_missing() -> None:
    """A first paragraph opening like a dateline is quoted, with the part not understood."""
    parsed = parse_bytes(Path("x.txt"), b"H\nBAGHDAD, Nov. 77 (Xinhua) -- Officials met.\n", reference_date=REFERENCE)
    report = check_article(parsed)
    messages = [problem.message for problem in report.problems if problem.path == "/dateline"]
    assert len(messages) == 1
    assert "'BAGHDAD, Nov. 77 (Xinhua) --'" in messages[0]
    assert "its date was not understood" in messages[0]
    assert not report.is_valid()


def test_a_headline_running_into_the_dateline_says_so() -> None:
    """When the dateline follows the headline on its line, the problem says where to break it."""
    text = "Iraq talks resume BAGHDAD, Nov. 7 (Xinhua) -- Senior officials met.\nThey talked for hours."
    _, problems = parse_wire_text(text, {}, REFERENCE)
    assert any(p.path == "/headline" and "runs into the dateline" in p.message for p in problems)
