"""A credit line of its own saying where the story came from."""

from __future__ import annotations

import pytest

from feedpub.parse.origin_lines import read_origin_line, read_outlet_origin


def test_paper_from_a_city() -> None:
    """A quoted paper's name, "from", a city: the city is the place and the paper the agency."""
    match = read_origin_line('"الاقتصادية" من الرياض')
    assert match is not None
    assert (match.place, match.agency, match.raw) == ("الرياض", "الاقتصادية", '"الاقتصادية" من الرياض')


def test_reporter_from_a_city() -> None:
    """A reporter's name, "from", a city: the city is the place, and no agency is named."""
    match = read_origin_line("عبد السلام الثميري من الرياض")
    assert match is not None
    assert (match.place, match.agency) == ("الرياض", None)


def test_from_without_a_known_city_is_prose() -> None:
    """Words after "from" that CLDR names as no city make no dateline."""
    assert read_origin_line("قال المتحدث من جهته إن الاجتماع") is None


def test_reporters_each_with_their_city() -> None:
    """A line of reporters each with a city in brackets names the first city as the place."""
    match = read_origin_line("خالد الحميدي (مكة المكرمة)، سعاد الشمراني (الرياض)")
    assert match is not None
    assert (match.place, match.agency) == ("مكة المكرمة", None)


@pytest.mark.parametrize(
    ("line", "agency", "place"),
    [
        ("Do UOL, em São Paulo", "UOL", "São Paulo"),
        ("Da Agência Brasil, em Brasília", "Agência Brasil", "Brasília"),
        ("Do G1, em Porto Alegre", "G1", "Porto Alegre"),
    ],
)
def test_an_outlet_and_the_place_it_filed_from(line: str, agency: str, place: str) -> None:
    """An outlet after "from the" and a known place after "in": the outlet wrote the story,
    whether or not the registry knows it, and the place is the dateline's."""
    match = read_outlet_origin(line)
    assert match is not None
    assert (match.agency, match.place, match.raw, match.lede_start) == (agency, place, line, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "Protesto reúne milhares, em São Paulo",  # a deck: no "from the" before the outlet
        "Do UOL, em nota oficial",  # "in" no place
        "Do ponto de vista econômico, em Brasília",  # no outlet's name
    ],
)
def test_other_lines_name_no_outlet_and_place(line: str) -> None:
    """Only an outlet's name after "from the" and a known place after "in" make such a line."""
    assert read_outlet_origin(line) is None
