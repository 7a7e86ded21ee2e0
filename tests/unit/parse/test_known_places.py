"""Datelines that print a known place and nothing else to anchor them."""

from __future__ import annotations

import pytest

from feedpub.parse.known_places import place_first


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "lede"),
    [
        ("Praha - Sporné zavedení elektronické evidence", "Praha", None, "Sporné"),
        ("Pékin   /  La Chine a appelé la communauté", "Pékin", None, "La Chine"),
        ("Gundremmingen - Die beiden jeweils 160 Meter hohen", None, None, None),  # a town GeoNames lacks
        ("गांधीनगर । प्रधानमंत्री ने गुरुवार", "गांधीनगर", None, "प्रधानमंत्री"),  # a spelling the data file adds
        ("नयी दिल्ली, प्रधानमंत्री नरेन्द्र मोदी ने कई देशों", "नयी दिल्ली", None, "प्रधानमंत्री"),  # PTI Hindi's
        ("Doha, Qatar: The Amir received the heads", "Doha, Qatar", None, "The Amir"),
        ("Jafar G. Bua, Palu -- The Central Sulawesi Poor People's Forum", "Palu", None, "The Central"),
        ("By IANS, Kolkata : In separate incidents, suspected Maoists", "Kolkata", "IANS", "In separate"),
        ('BRUXELLES (BELGIO) (ITALPRESS) - "Non abbiamo grandi aspettative', "BRUXELLES (BELGIO)", "ITALPRESS", '"Non'),
        ("नई दिल्ली, प्रधानमंत्री नरेन्द्र मोदी की अध्यक्षता में", "नई दिल्ली", None, "प्रधानमंत्री"),
        ("Kozhikode | Modi said there were 17 attempts", "Kozhikode", None, "Modi said"),
        ("GENÈVE • Le vote d’hier a laissé groggy", "GENÈVE", None, "Le vote"),
        ("[AIM] Maputo -- The Mozambican government is focused", "Maputo", "AIM", "The Mozambican"),
    ],
)
def test_a_known_place_before_a_separator(
    paragraph: str, place: str | None, agency: str | None, lede: str | None
) -> None:
    match = place_first(paragraph)
    if place is None:
        assert match is None
        return
    assert match is not None
    assert (match.place, match.agency) == (place, agency)
    assert paragraph[match.lede_start :].startswith(lede or "")


@pytest.mark.parametrize(
    "paragraph",
    [
        "SCHLUSSABSTIMMUNGEN: Mit den Schlussabstimmungen zu 19 Vorlagen",  # a desk's keyword
        "Wiederholung: Im 3. Absatz",  # a correction's label
        "The talks in Paris - the first since May - ended",  # a place inside a sentence
        "Ministers met. The talks ended",  # a full stop after a word that is no place
        "Kabul\nKandahar: both cities",  # the separator must be on the first line
        "Paris, the city of light, welcomed",  # a comma closes a place alone only in scripts without capitals
        "القاهرة، عاصمة مصر، تستضيف القمة",  # and not in Arabic, whose papers close a place with a dash
    ],
)
def test_no_dateline_without_a_known_place(paragraph: str) -> None:
    assert place_first(paragraph) is None


def test_a_place_alone_on_its_line() -> None:
    match = place_first("Ankara")
    assert match is not None
    assert (match.place, match.lede_start) == ("Ankara", len("Ankara"))
    closed = place_first("Beijing:")  # closed by a colon, the lede on the next line
    assert closed is not None
    assert (closed.place, closed.lede_start) == ("Beijing", len("Beijing:"))
    province = place_first("Quảng Bình:")  # a province alone, as Vietnamese papers print it
    assert province is not None
    assert (province.place, province.lede_start) == ("Quảng Bình", len("Quảng Bình:"))
    assert place_first("Quảng Bình: Ngày 9/12, tin từ Công an huyện") is None  # ... but only alone
    longest = place_first("Las Palmas de Gran Canaria")  # a place of five words
    assert longest is not None
    assert longest.place == "Las Palmas de Gran Canaria"
    comma = place_first("Варна,")  # ... or its comma glued to it, the dateline's first part
    assert comma is not None
    assert (comma.place, comma.lede_start) == ("Варна", len("Варна,"))
    assert place_first("Piše ,") is None  # a spaced comma closes a label whose name was left out
    assert place_first("Piše:") is None  # ... as a colon does a byline's label ("writes:"), though a town bears it
    credited = place_first("BAGHDAD (Xinhua) ,")  # brackets are a credit's, never a place line's
    assert credited is not None
    assert (credited.place, credited.agency) == ("BAGHDAD", "Xinhua")


def test_credits_a_slash_and_a_known_place_on_a_line_of_their_own() -> None:
    """DHA's ``Haber-Kamera: … / İSTANBUL`` names the place the story was filed from."""
    line = "Haber-Kamera: Hakan KAYA - Ali Kerem BENGİ / İSTANBUL"
    match = place_first(line)
    assert match is not None
    assert (match.place, match.lede_start) == ("İSTANBUL", len(line))
    assert place_first("Haber: Hakan KAYA / Pazartesi") is None  # no place after the slash


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ramil Mammadli  /  SAN FRANCISCO  / The story goes on here with more words.",
        "Saudi  Gazette report  RIYADH — The ministry said on Monday.",
    ],
)
def test_a_place_in_capitals_closing_a_credit_is_read_as_printed(paragraph: str) -> None:
    """Runs of spaces and a mark before the place are kept as printed: the place read is a piece
    of the paragraph, never a respaced copy (which once made the reading fail)."""
    match = place_first(paragraph)
    assert match is None or (match.place is not None and match.place in paragraph and match.place[0].isalpha())
