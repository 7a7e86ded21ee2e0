"""A dateline place's time zone, from the city names CLDR gives each zone."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from feedpub.model import article_from_dict
from feedpub.parse.places import place_time_zone, stored_zones, use_stored_zones


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("بغداد", "Asia/Baghdad"),
        ("BAGHDAD", "Asia/Baghdad"),
        ("Paris", "Europe/Paris"),
        ("МОСКВА", "Europe/Moscow"),
        ("الكويت", "Asia/Kuwait"),
        ("New York", "America/New_York"),
        ("London, England", "Europe/London"),  # the first of a place and its country
        ("Atlantis", None),
        (None, None),
    ],
)
def test_place_time_zone(place: str | None, zone: str | None) -> None:
    """Cities CLDR names, in any script and case, and with their country after a comma."""
    assert place_time_zone(place) == zone


@pytest.mark.parametrize(
    ("place", "hours"),
    [
        ("بغداد", 3),  # a city CLDR names: Asia/Baghdad
        ("WASHINGTON", -5),  # a capital CLDR names no zone for, which GeoNames knows
        ("أتلانتس", 8),  # a place neither knows: the agency's home zone, Beijing's
        ("ATHENS, Ga.", -5),  # the town of Georgia GeoNames knows, though CLDR names Greece's Athens
        ("PARIS, Texas", -6),  # a US state by name
        ("Kansas City, Mo.", -6),  # the AP's abbreviation: Missouri's, not Kansas's
        ("TBILISI, Georgia", 4),  # the country, not the US state: no Tbilisi is in Georgia, US
        ("ALEXANDRIA, Egypt", 2),  # a country: Egypt's Alexandria, not Virginia's
        ("Chilpancingo, Gro.", -6),  # a province's code: Guerrero's, in Mexico
        ("TALLMANSVILLE, W.Va.", -5),  # a town too small for GeoNames: West Virginia keeps one clock
        ("PALM BEACH, Florida", 8),  # ... Florida keeps two: the agency's zone
        ("Córdoba, España", 1),  # Spain's Córdoba, though CLDR's zone of the name is Argentina's
        ("Iqaluit, Nunavut", -5),  # CLDR's zone of a town too small for GeoNames, in the province's country
        ("México, D.F", -6),  # a subdivision's code of Brazil's only: the place as CLDR names it
        ("BRIGHTON, UK", 8),  # ... a prefecture's of the Central African Republic only: no zone from it
        ("Hani, (B/A)", 8),  # no region after the comma: the place as before, which no table knows
    ],
)
def test_a_date_only_dateline_is_midnight_where_it_was_filed(place: str, hours: int) -> None:
    """A Xinhua story dated by its dateline alone is dated midnight where it was filed, when
    CLDR or GeoNames knows the place or its region, not in Beijing or the site's zone; else in
    Beijing."""
    article: dict[str, Any] = {
        "id": "x",
        "headline": "H",
        "dateline": {"raw": f"{place}, Nov. 7 (Xinhua) --", "place": place, "date": "2025-11-07"},
        "agency": {"id": "xinhua", "name": "Xinhua"},
        "body": ["Text."],
        "language": "en",
    }
    assert article_from_dict(article, "UTC").published.utcoffset() == dt.timedelta(hours=hours)


def test_the_table_travels_as_bytes() -> None:
    """The table a cache stores gives the same answers (and is taken only by a process without one)."""
    data = stored_zones()
    use_stored_zones(data)  # this process has the table: nothing changes
    assert place_time_zone("Paris") == "Europe/Paris"
