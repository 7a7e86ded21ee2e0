"""What is said when a dateline cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feedpub.parse import parse_bytes
from feedpub.parse.wire import parse_wire_text
from feedpub.validate import check_article

REFERENCE = dt.date(2025, 11, 10)


def _dateline_messages(text: str) -> list[str]:
    """What checking the wire copy ``text`` says of its dateline."""
    report = check_article(parse_bytes(Path("x.txt"), text.encode(), reference_date=REFERENCE))
    return [problem.message for problem in report.problems if problem.path == "/dateline"]


def test_a_dateline_not_understood_is_quoted_not_called_missing() -> None:
    """A first paragraph opening like a dateline is quoted, with the part not understood."""
    parsed = parse_bytes(Path("x.txt"), b"H\nBAGHDAD, Nov. 77 (Xinhua) -- Officials met.\n", reference_date=REFERENCE)
    report = check_article(parsed)
    messages = [problem.message for problem in report.problems if problem.path == "/dateline"]
    assert len(messages) == 1
    assert "'BAGHDAD, Nov. 77 (Xinhua) --'" in messages[0]
    assert "its date was not understood" in messages[0]
    assert not report.is_valid()


def test_a_dateline_whose_bracket_is_never_closed_is_said_so() -> None:
    """``DJIBOUTI, 8 janvier 2026 (ADI – Un homme …``: the place and the date are right, the
    credit's bracket lost its close; that, not the place, is what is said to be wrong."""
    text = "H\nDJIBOUTI, 8 janvier 2026 (ADI – Un homme de 57 ans s’est immolé mercredi.\n"
    assert _dateline_messages(text) == [
        "the first paragraph opens with 'DJIBOUTI, 8 janvier 2026 (ADI –', which looks like a dateline, but its "
        "bracket is never closed: write it as place, date (agency) and a dash, such as BAGHDAD, Nov. 7 (Xinhua) --"
    ]


def test_the_rest_of_a_dateline_read_in_part_is_quoted() -> None:
    """``NUKU’ALOFA-March 35: 3:47pm(Nuku’alofa Times):`` is read as far as the place; the rest,
    with its credit, is quoted as not understood rather than left as the story's first words."""
    text = "H\nNUKU’ALOFA-March 35: 3:47pm(Nuku’alofa Times): Tonga Police are concerned.\n"
    assert _dateline_messages(text) == [
        "the dateline was read as 'NUKU’ALOFA-', but 'March 35: 3:47pm(Nuku’alofa Times):' after it looks like "
        "more of it and was not understood: write it as place, date (agency) and a dash, such as "
        "BAGHDAD, Nov. 7 (Xinhua) --"
    ]


def test_a_lede_opening_with_a_name_in_brackets_is_no_dateline_not_understood() -> None:
    """Words in brackets with no figures before them open many a lede: nothing is said of them."""
    assert not _dateline_messages("H\nLONDON - (Updated) Officials met on Friday to discuss the budget.\n")


def test_the_agency_of_a_dateline_not_understood_is_still_read() -> None:
    """``(Reuters)`` in ``BAGHDAD, May 2020 (Reuters) -`` is understood even where the date is
    not, so the article is not also said to name no agency."""
    parsed = parse_bytes(Path("x.txt"), b"H\nBAGHDAD, May 2020 (Reuters) - Officials met.\n", reference_date=REFERENCE)
    assert parsed.article is not None
    assert parsed.article["agency"]["id"] == "reuters"
    report = check_article(parsed)
    assert not any(problem.path == "/agency" for problem in report.problems)
    assert any("its date was not understood" in problem.message for problem in report.problems)


def test_a_headline_running_into_the_dateline_says_so() -> None:
    """When the dateline follows the headline on its line, the problem says where to break it."""
    text = "Iraq talks resume BAGHDAD, Nov. 7 (Xinhua) -- Senior officials met.\nThey talked for hours."
    _, problems = parse_wire_text(text, {}, REFERENCE)
    messages = [p.message for p in problems if p.path == "/headline"]
    assert messages == [
        "the headline runs into the dateline 'BAGHDAD, Nov. 7 (Xinhua) --': start a new line before 'BAGHDAD,'"
    ]


def test_a_headline_runs_into_the_dateline_at_its_known_place() -> None:
    """The break is before the place the gazetteer knows, not before a month's abbreviation a
    shorter tail takes for a place (``Nov (Reuters) -``)."""
    text = "Governo anuncia obras BRASÍLIA, 17 Nov (Reuters) - O governo anunciou obras.\nElas começam em janeiro."
    _, problems = parse_wire_text(text, {}, REFERENCE)
    assert [p.message for p in problems if p.path == "/headline"] == [
        "the headline runs into the dateline 'BRASÍLIA, 17 Nov (Reuters) -': start a new line before 'BRASÍLIA,'"
    ]


def test_a_headline_running_into_the_dateline_is_not_also_said_to_lack_one() -> None:
    """The dateline found in the headline is read, so the report does not also say that the
    article has no dateline or no agency: only where to break the line."""
    text = b"Iraq talks resume BAGHDAD, Nov. 7 (Xinhua) -- Senior officials met.\nThey talked for hours.\n"
    report = check_article(parse_bytes(Path("x.txt"), text, reference_date=REFERENCE))
    errors = [(problem.path, problem.message) for problem in report.problems if problem.severity == "error"]
    assert [path for path, _ in errors] == ["/headline"]
    assert report.article is not None
    assert (report.article["dateline"]["place"], report.article["agency"]["id"]) == ("BAGHDAD", "xinhua")


def test_a_byline_with_no_dateline_after_it_says_so() -> None:
    """A byline opening a story without a dateline is no part of its lede, and the problem says
    the dateline is what is missing, quoting the byline."""
    text = "Bake Off tops the year\nBy Ian Jones, Press Association\nThe Great British Bake Off has made a sweep."
    article, problems = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["body"] == ["The Great British Bake Off has made a sweep."]
    assert article["authors"] == [{"name": "Ian Jones"}]
    messages = [p.message for p in problems if p.path == "/dateline"]
    assert len(messages) == 1
    assert "'By Ian Jones, Press Association'" in messages[0]
    assert "no dateline follows it" in messages[0]


def test_a_lenticular_dateline_not_understood_is_quoted() -> None:
    """A dateline in lenticular brackets that cannot be read is quoted, with its date named."""
    _, problems = parse_wire_text("見出し\n【6月45日 AFP】ナイジェリア北東部で事件があった。", {}, REFERENCE)
    messages = [p.message for p in problems if p.path == "/dateline"]
    assert len(messages) == 1
    assert "'【6月45日 AFP】'" in messages[0]
    assert "its date was not understood" in messages[0]


def test_a_time_stamp_with_no_dateline_after_it_is_called_one() -> None:
    """A page's time stamp opening a story with no dateline below it is named as a time stamp,
    not as a credit line."""
    text = "見出し\n2019/03/29 12:30【渡嘉敷】「戦争を知りたい」\n\n慰霊祭に連れて行って。"
    _, problems = parse_wire_text(text, {}, REFERENCE)
    messages = [p.message for p in problems if p.path == "/dateline"]
    assert len(messages) == 1
    assert messages[0].startswith("the story opens with the time stamp '2019/03/29 12:30")


@pytest.mark.parametrize(
    ("first", "quoted"),
    [
        (
            "بغداد 32 فبراير 2025 (شينخوا) قال مسؤولون",
            "بغداد 32 فبراير 2025 (شينخوا)",
        ),  # no capitals: the agency stands for them
        ("နေပြည်တော် ၊ ဖေဖော်ဝါရီ ၃၂ ရက် (ဆင်ဟွာ)\nယနေ့ အချိန်အခါတွင်", "နေပြည်တော် ၊ ဖေဖော်ဝါရီ ၃၂ ရက် (ဆင်ဟွာ)"),
        ("BAGHDAD, Feb. 32 (Xinhua)\nOfficials met on Friday.", "BAGHDAD, Feb. 32 (Xinhua)"),  # on a line of its own
    ],
)
def test_a_dateline_whose_date_is_no_day_is_quoted_in_any_script(first: str, quoted: str) -> None:
    """A dateline naming a day no month has is quoted as one whose date was not understood,
    never called missing: in a script without capitals, and on a line of its own."""
    _, problems = parse_wire_text(f"H\n{first}\n", {}, REFERENCE)
    messages = [p.message for p in problems if p.path == "/dateline"]
    assert messages == [messages[0]]
    assert f"opens with {quoted!r}, which looks like a dateline, but its date was not understood" in messages[0]


def test_a_sentence_with_figures_and_brackets_is_no_dateline_not_understood() -> None:
    """In a script without capitals, figures and a bracket do not make a dateline of a sentence:
    only a known agency's name closing it does. The sentence stays the lede, and the article is
    said to lack a dateline (by the schema), not to have one not understood."""
    article, problems = parse_wire_text("H\nقال الوزير إن 30 شخصا (بينهم أطفال) قتلوا في الهجوم\n", {}, REFERENCE)
    assert article is not None
    assert "dateline" not in article
    assert article["body"] == ["قال الوزير إن 30 شخصا (بينهم أطفال) قتلوا في الهجوم"]
    assert not [p for p in problems if p.path == "/dateline"]
