"""Every main language's dates, as CLDR prints them, read whole in a dateline after a city CLDR names.

The month and weekday names come from CLDR (:mod:`feedpub.parse.words`); this checks the other
half: that the date formats each locale prints, long, medium and full, read between a place and
the lede, with the place, the day and the year right.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.dates import format_date

from feedpub.parse.datelines import find_dateline
from feedpub.parse.words import LANGUAGES

#: Cities CLDR names in nearly every main language, in one word or more (a name CLDR writes with
#: its article after a comma, Catalan's ``Caire, el``, is left out).
_ZONES = ("Europe/Paris", "Africa/Cairo", "Asia/Tokyo", "Europe/Moscow", "Asia/Kolkata")
_WIDTHS = ("long", "medium", "full")
_LEDE = "Lorem ipsum dolor sit amet"
_LISTOPADA = "listopada is October in Croatian and November in Polish, read as Polish's"
_NEPALI_MAY = "मे (May) folds to one letter, as Hindi's में (in) does, so it is no month"
#: The formats whose dates do not read, and why.
_UNREAD = {
    ("hr", "long"): _LISTOPADA,
    ("hr", "full"): _LISTOPADA,
    ("hr", "medium"): "lip, srp and lis abbreviate other months in Croatian than in Polish",
    ("pl", "medium"): "lip and lis abbreviate other months in Polish than in Croatian",
    ("my", "medium"): "Burmese abbreviations of one letter once folded (ဧ, ဇူ) are no months",
    ("ne", "long"): _NEPALI_MAY,
    ("ne", "medium"): _NEPALI_MAY,
    ("ne", "full"): _NEPALI_MAY,
    ("pa", "medium"): "ਜਨ, January's abbreviation, folds as June's name ਜੂਨ, which datelines print",
    ("th", "full"): "Thai glues ที่ (the) to the weekday before the day (วันศุกร์ที่ 17), read as the place's",
}


def _reads(text: str, city: str, day: dt.date) -> bool:
    match = find_dateline(text)
    if match is None or match.place != city or not match.dates:
        return False
    date = match.dates[0]
    return (date.year, date.month, date.day) == (day.year, day.month, day.day) and text[match.lede_start :] == _LEDE


@pytest.mark.parametrize("language", LANGUAGES)
def test_cldr_dates_read_in_a_dateline(language: str) -> None:
    """``Paris, 17 novembre 2025 - …`` and its like in every month, width and city: the widths
    that do not read are the ones :data:`_UNREAD` names, for the reasons it gives."""
    locale = Locale.parse(language)
    unread = set()
    for zone in _ZONES:
        city = locale.time_zones.get(zone, {}).get("city")
        if city is None or "," in city:
            continue
        for month in range(1, 13):
            day = dt.date(2025, month, 17)
            for width in _WIDTHS:
                if not _reads(f"{city}, {format_date(day, width, locale=locale)} - {_LEDE}", city, day):
                    unread.add(width)
    assert unread == {width for known, width in _UNREAD if known == language}
