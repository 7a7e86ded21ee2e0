"""A structured item's story read as wire copy: what the item states wins over what its text says."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from feedpub.errors import ArticleError
from feedpub.parse.story import Story, byline_names, day_of, instant, read_story

REFERENCE = dt.date(2025, 11, 10)


def _read(story: Story) -> tuple[dict[str, Any], list[str]]:
    article, problems = read_story(story, "NITF", REFERENCE)
    assert article is not None
    return article, [f"{problem.severity} {problem.path} {problem.message}" for problem in problems]


def test_printed_dateline_is_read_by_the_wire_reader() -> None:
    """A dateline printed apart from the body opens the first paragraph and is found as in plain text."""
    article, _ = _read(Story("Headline", ("The story.",), dateline="BAGHDAD, Nov. 7 (Xinhua) --"))
    assert article["dateline"] == {"raw": "BAGHDAD, Nov. 7 (Xinhua) --", "place": "BAGHDAD", "date": "2025-11-07",
                                   "yearInferred": True}  # fmt: skip
    assert article["agency"] == {"id": "xinhua", "name": "Xinhua"}
    assert article["body"] == ["The story."]


def test_the_items_paragraphs_are_never_joined_as_wrapped_lines() -> None:
    """Short paragraphs of about one length, one opening with a small letter (``eBay``), stay
    the paragraphs the item says they are: only plain text is read for lines wrapped at a width."""
    paragraphs = (
        "BAGHDAD, Nov. 7 (Xinhua) -- Officials met on Friday to talk about trade.",
        "eBay said on Friday that its sales in the region rose by a tenth.",
        "The talks will go on next week in the capital, officials said.",
    )
    article, _ = _read(Story("Headline", paragraphs))
    assert article["body"] == ["Officials met on Friday to talk about trade.", *paragraphs[1:]]


def test_stated_date_wins_with_a_warning_naming_both() -> None:
    """A stated dateline date that differs from the printed one is kept, and a warning names both."""
    story = Story("Headline", ("BAGHDAD, Nov. 7, 2025 (Xinhua) -- The story.",), date="2025-11-08")
    article, problems = _read(story)
    assert article["dateline"]["date"] == "2025-11-08"
    assert any("2025-11-08" in line and "2025-11-07" in line and line.startswith("warning") for line in problems)


def test_stated_place_fills_a_dateline_the_text_lacks() -> None:
    """With no dateline in the text, the stated place and date make one, and the body keeps every word."""
    article, problems = _read(Story("Headline", ("The story.", "More."), place="Oslo", date="2020-09-07"))
    assert article["dateline"] == {"raw": "Oslo", "place": "Oslo", "date": "2020-09-07"}
    assert article["body"] == ["The story.", "More."]
    assert not problems or all(not line.startswith("error") for line in problems)


def test_repeated_headline_byline_and_desk_initials_are_not_paragraphs() -> None:
    """The headline and by-line repeated above the story and desk initials below it are left out."""
    story = Story("Headline", ("Headline", "By Jane Roe", "PARIS, Nov. 7 (AFP) - Text.", "hh/ph/ts"))
    article, _ = _read(story)
    assert article["body"] == ["Text."]


def test_version_before_first_creation_is_left_out_with_a_warning() -> None:
    """A version time earlier than the first-created time is no modification: left out, both named."""
    meta = {"datePublished": "2018-02-26T21:20:36+00:00", "dateModified": "2018-02-26T21:20:34+00:00"}
    article, problems = _read(Story("Headline", ("PARIS, Nov. 7 (AFP) - Text.",), meta=meta))
    assert "dateModified" not in article
    assert any("21:20:34" in line and "21:20:36" in line for line in problems)


@pytest.mark.parametrize(
    ("story", "message"),
    [
        (Story(None, ("Text.",)), "the NITF item has no headline"),
        (Story("Headline", ()), "the NITF item has no body text"),
    ],
)
def test_refusals_say_what_is_missing(story: Story, message: str) -> None:
    """An item without a headline or a body is refused, saying which."""
    with pytest.raises(ArticleError, match=message):
        read_story(story, "NITF", REFERENCE)


def test_news_format_times() -> None:
    """Basic and extended ISO 8601 with an offset are instants; a time without an offset is none."""
    assert instant("20140829T134951+0000") == "2014-08-29T13:49:51+00:00"
    assert instant("2014-07-17T00:24:11.000Z") == "2014-07-17T00:24:11+00:00"
    assert instant("2017-10-11T10:41:00+0100") == "2017-10-11T10:41:00+01:00"
    assert instant("2020-09-07T14:45:26") is None
    assert day_of("20190121T103600+0000") == "2019-01-21"


def test_byline_names() -> None:
    """By-lines give names without "By" or the agency after a comma, each name apart, as a
    byline's line in wire copy does; initials give none."""
    assert byline_names("By PAUL BYRNE and ALMUDENA CALATRAVA=") == ["PAUL BYRNE", "ALMUDENA CALATRAVA"]
    assert byline_names("By Mfundo Mkhize - 10 December 2023 - 12:40") == ["Mfundo Mkhize"]
    assert byline_names("Von Christian Hollmann, dpa") == ["Christian Hollmann"]
    assert byline_names("gr/bp") == []
