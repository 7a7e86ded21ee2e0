"""Splitting wire copy into headline and paragraphs."""

from __future__ import annotations

import datetime as dt

import pytest

from feedpub.parse.wire import parse_wire_text

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


def test_a_stamp_line_and_a_dateline_line_above_unwrapped_paragraphs_stay_lines() -> None:
    """A page's stamp line and the dateline on a line of its own below the headline, a blank
    line, then paragraphs each a line longer than any wrapping: the copy is not hard-wrapped,
    so the stamp is not joined to the dateline and the dateline is read."""
    text = (
        "El Ibex 35 pierde un 0,76% al cierre de la sesión\n"
        "Actualizado: martes, 24 febrero 2009 18:56\n"
        "MADRID, 24 Feb. (EUROPA PRESS) -\n"
        "\n"
        "El parqué madrileño cerró la sesión de hoy con una caída del 0,76%, que situó al Ibex 35 en el nivel"
        " de los 7.483,4 puntos, la cota más baja desde diciembre de 2003.\n"
    )
    article, _ = parse_wire_text(text, {}, dt.date(2009, 2, 25))
    assert article is not None
    assert (article["dateline"]["place"], article["dateline"]["date"]) == ("MADRID", "2009-02-24")
    assert article["agency"]["id"] == "europa-press"
    assert article["body"][0].startswith("El parqué madrileño")


def test_a_credit_line_below_the_headline_is_no_line_of_it() -> None:
    """A headline, a credit line right below it, a blank line, then the story: the headline is
    the first line alone, however long, never joined to the credit as a hard-wrapped paragraph."""
    text = (
        "Libya's presidential council names its head defence minister in a surprise move\n"
        "Vito\n"
        "\n"
        "The Libyan presidential council announced on Thursday that its head would take the defence ministry.\n"
    )
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["headline"] == "Libya's presidential council names its head defence minister in a surprise move"


def test_a_day_the_bikram_sambat_month_lacks_is_said_so() -> None:
    """Shrawan 2082 has 31 days: its 32nd is named in the problem, the dateline still read."""
    text = "नेपाल\nकाठमाडौं, ३२ साउन २०८२ (रासस) : सरकारले आज नयाँ बजेट ल्याएको छ ।"
    article, problems = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["place"] == "काठमाडौं"
    assert any("2082-04-32 (Bikram Sambat) is not a day of that calendar" in problem.message for problem in problems)


#: Lines above a dateline that look like one and are not: a release's ``To:`` line (GeoNames
#: names a town Tô, but two Latin letters are a word), and a headline repeated in capitals
#: (a place, a comma and a word no lede's first word is capitalised apart from).
ABOVE_THE_DATELINE = {
    "release-addressee": (
        "Statement of the Labor Secretary on September Employment Numbers\n"
        "10/6/2006 11:13:00 AM\n"
        "To: National Desk, Labor Reporter\n"
        "Contact: Press Office of the Department of Labor, 202-555-0100\n"
        "WASHINGTON, Oct. 6 /U.S. Newswire/ -- The Secretary of Labor issued the following statement.\n",
        "WASHINGTON",
        "The Secretary of Labor",
    ),
    "headline-in-capitals": (
        "Russia, CIS Fewest Air Accidents In 2006 – Report\n"
        "RUSSIA, CIS FEWEST AIR ACCIDENTS IN 2006 – REPORT\n"
        "RIA Novosti, Russia\n"
        "June 5 2007\n"
        "MOSCOW, June 5 (RIA Novosti) – Passenger plane accidents fell last year, an expert said.\n",
        "MOSCOW",
        "Passenger plane accidents",
    ),
}


@pytest.mark.parametrize(("text", "place", "lede"), ABOVE_THE_DATELINE.values(), ids=ABOVE_THE_DATELINE.keys())
def test_lines_above_the_dateline_that_only_look_like_one(text: str, place: str, lede: str) -> None:
    """The dateline below such lines is read, and none of them is taken for it."""
    article, problems = parse_wire_text(text, {}, REFERENCE)
    assert article is not None, problems
    assert article["dateline"]["place"] == place
    assert article["body"][0].startswith(lede)


@pytest.mark.parametrize(("place", "expected"), [("DAKAR", "aps-senegal"), ("ALGER", "aps")])
def test_an_agency_given_apart_from_the_dateline_is_told_by_the_datelines_place(place: str, expected: str) -> None:
    """An alias two agencies share, given in the front matter (as a structured item's provider
    is), names the one of the dateline place's country, as it does in the dateline."""
    article, _ = parse_wire_text(f"H\n{place} — Le président a reçu jeudi le ministre.", {"agency": "APS"}, REFERENCE)
    assert article is not None
    assert article["agency"]["id"] == expected


def test_the_headline_printed_again_above_the_story_is_no_part_of_it() -> None:
    """A page's heading repeats the headline above the article: the story opens below it."""
    text = (
        "Beterjeszti a jövő évi büdzsé tervezetét a kormány\n"
        "Beterjeszti a jövő évi  büdzsé tervezetét a kormány\n"
        "A kormány kedden terjeszti be az Országgyűlésnek a jövő évi költségvetés tervezetét.\n"
    )
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["body"] == ["A kormány kedden terjeszti be az Országgyűlésnek a jövő évi költségvetés tervezetét."]


def test_the_headline_printed_again_and_run_into_the_dateline_is_no_part_of_it() -> None:
    """A page that lost the line break under its heading runs the headline printed again into
    the byline and dateline; a paragraph whose first words are the headline's is left whole."""
    headline = "Two Sherpa climbers set new summit records on Everest"
    text = f"{headline}\n{headline}By Gopal Sharma KATHMANDU (Reuters) – A Nepali mountaineer climbed Mount Everest."
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert (article["dateline"]["place"], article["agency"]["id"]) == ("KATHMANDU", "reuters")
    assert article["body"] == ["A Nepali mountaineer climbed Mount Everest."]
    for text in (
        "Fire in Varna\nFire in Varna, Bulgaria, police said on Monday.",
        "জাতির উদ্দেশে ভাষণ দিচ্ছেন প্রধানমন্ত্রী\nজাতির উদ্দেশে ভাষণ দিচ্ছেন প্রধানমন্ত্রী শেখ হাসিনা। শুক্রবার (৬ জানুয়ারি) সন্ধ্যা",
    ):
        article, _ = parse_wire_text(text, {}, REFERENCE)
        assert article is not None
        assert article["body"] == text.split("\n")[1:]


@pytest.mark.parametrize(
    ("lines", "place", "agency"),
    [
        ("MADRID\nSERVIMEDIA", "MADRID", "servimedia"),  # the place, then the agency, each on a line
        ("Baku, Azerbaijan, Jan. 24\nBy Azad Hasanli – Trend:", "Baku, Azerbaijan", "trend"),  # a byline naming it
    ],
)
def test_a_dateline_line_and_the_credit_on_the_line_below(lines: str, place: str, agency: str) -> None:
    """The line below a dateline line of place (and date) alone credits the agency, by its name
    alone or closing a byline; the story opens on the line after it."""
    article, problems = parse_wire_text(f"H\n{lines}\nThe cabinet will meet on Friday.", {}, REFERENCE)
    assert article is not None, problems
    assert (article["dateline"]["place"], article["agency"]["id"]) == (place, agency)
    assert article["body"] == ["The cabinet will meet on Friday."]
