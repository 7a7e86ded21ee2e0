"""A credit line of its own saying where the story came from."""

from __future__ import annotations

from feedpub.parse.origin_lines import read_origin_line


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
