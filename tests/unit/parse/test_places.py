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


def test_a_date_only_dateline_is_midnight_where_it_was_filed() -> None:
    """A Xinhua story from Baghdad is dated midnight in Baghdad, not in Beijing or the site's zone;
    one from a place CLDR does not know takes the agency's home zone."""
    dateline = {"raw": "بغداد 7 نوفمبر 2025 (شينخوا)", "place": "بغداد", "date": "2025-11-07"}
    article: dict[str, Any] = {
        "id": "x",
        "headline": "H",
        "dateline": dateline,
        "agency": {"id": "xinhua", "name": "شينخوا"},
        "body": ["نص."],
        "language": "ar",
    }
    baghdad = article_from_dict(article, "UTC").published
    assert baghdad.utcoffset() == dt.timedelta(hours=3)
    elsewhere = {**article, "dateline": {**dateline, "place": "أتلانتس"}}
    assert article_from_dict(elsewhere, "UTC").published.utcoffset() == dt.timedelta(hours=8)


def test_a_capital_cldr_does_not_name_keeps_its_own_clock() -> None:
    """A Xinhua story from Washington, a capital CLDR names no zone for, is dated midnight in
    Washington, not in Beijing or the site's zone; a place printed with its state, which may be
    a smaller namesake of a big city (``ALEXANDRIA, Va.``), is left to the agency's home zone."""
    dateline = {"raw": "WASHINGTON, Nov. 7 (Xinhua) --", "place": "WASHINGTON", "date": "2025-11-07"}
    article: dict[str, Any] = {
        "id": "x",
        "headline": "H",
        "dateline": dateline,
        "agency": {"id": "xinhua", "name": "Xinhua"},
        "body": ["Text."],
        "language": "en",
    }
    assert article_from_dict(article, "Asia/Baghdad").published.utcoffset() == dt.timedelta(hours=-5)
    namesake = {**article, "dateline": {**dateline, "place": "ALEXANDRIA, Va."}}
    assert article_from_dict(namesake, "UTC").published.utcoffset() == dt.timedelta(hours=8)


def test_the_table_travels_as_bytes() -> None:
    """The table a cache stores gives the same answers (and is taken only by a process without one)."""
    data = stored_zones()
    use_stored_zones(data)  # this process has the table: nothing changes
    assert place_time_zone("Paris") == "Europe/Paris"
