"""Datelines made of what CLDR names in every main language: its cities, countries and dates.

The month and weekday names come from CLDR (:mod:`feedpub.parse.words`), the places from
GeoNames and CLDR (:mod:`feedpub.parse.gazetteer`); this checks that what each locale prints
reads as a dateline: the date formats, long, medium and full, between a city and the lede, with
the place, the day and the year right; a country before a date or a dash; a capital and its
country in brackets before a dash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from babel import Locale
from babel.dates import format_date, format_datetime, format_time

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


def _cities(locale: Locale, zones: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """Each of ``zones`` whose city ``locale`` names, with the name (a name CLDR writes with its
    article after a comma is left out)."""
    for zone in zones:
        city = locale.time_zones.get(zone, {}).get("city")
        if city is not None and "," not in city:
            yield zone, city


def _reads_place(text: str, place: str) -> bool:
    match = find_dateline(text)
    return match is not None and match.place == place and text[match.lede_start :] == _LEDE


@pytest.mark.parametrize("language", LANGUAGES)
def test_cldr_dates_read_in_a_dateline(language: str) -> None:
    """``Paris, 17 novembre 2025 - …`` and its like in every month, width and city: the widths
    that do not read are the ones :data:`_UNREAD` names, for the reasons it gives."""
    locale = Locale.parse(language)
    unread = set()
    for _, city in _cities(locale, _ZONES):
        for month in range(1, 13):
            day = dt.date(2025, month, 17)
            for width in _WIDTHS:
                if not _reads(f"{city}, {format_date(day, width, locale=locale)} - {_LEDE}", city, day):
                    unread.add(width)
    assert unread == {width for known, width in _UNREAD if known == language}


#: Countries CLDR names in every main language: of the places datelines name, and of names of
#: one word and of several, some with small letters or a hyphen inside (Arabie saoudite, Royaume-Uni).
_COUNTRIES = (
    "FR", "EG", "JP", "RU", "IN", "BR", "NG", "ID", "IR", "TR", "US", "GB", "CN", "DE", "MX",
    "KE", "PK", "SA", "IQ", "SY", "UA", "PL", "IT", "ES", "AR", "ZA", "ET", "VN", "TH", "PH",
)  # fmt: skip
#: The countries whose names do not read, and why.
_UNREAD_COUNTRIES = {
    ("hu", "ZA"): "Dél-afrikai Köztársaság: a hyphen glues a word in small letters to the first",
    ("pa", "US"): "ਸੰਯੁਕਤ ਰਾਜ (ਅਮਰੀਕਾ): CLDR names the country with its continent in brackets",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_cldr_countries_read_as_a_dateline_place(language: str) -> None:
    """A country as CLDR names it in a language, before a date (``Arabie saoudite, 17 novembre
    2025 -``) or alone before a dash, is the dateline's place: but for :data:`_UNREAD_COUNTRIES`."""
    locale = Locale.parse(language)
    day = dt.date(2025, 11, 17)
    unread = set()
    for code in _COUNTRIES:
        name = locale.territories.get(code)
        if name is None or "," in name:
            continue
        texts = (f"{name}, {format_date(day, 'long', locale=locale)} - {_LEDE}", f"{name} - {_LEDE}")
        if not all(_reads_place(text, name) for text in texts):
            unread.add(code)
    assert unread == {code for known, code in _UNREAD_COUNTRIES if known == language}


#: Capitals CLDR names, each with its country's code.
_CAPITALS = (("Europe/Paris", "FR"), ("Africa/Cairo", "EG"), ("Asia/Tokyo", "JP"), ("Europe/Moscow", "RU"))
#: The capitals whose names do not read so, and why.
_UNREAD_CAPITALS: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_cldr_city_and_country_in_brackets_read_before_a_dash(language: str) -> None:
    """A capital and its country in brackets, as CLDR names them in a language, before a dash
    (``Paris (France) - …``, as regional papers print a dateline) are the dateline's place: but
    for :data:`_UNREAD_CAPITALS`."""
    locale = Locale.parse(language)
    unread = set()
    for zone, code in _CAPITALS:
        city, country = locale.time_zones.get(zone, {}).get("city"), locale.territories.get(code)
        if city is None or country is None or "," in city + country:
            continue
        place = f"{city} ({country})"
        match = find_dateline(f"{place} - {_LEDE}")
        if match is None or match.place != place:
            unread.add(code)
    assert unread == {code for known, code in _UNREAD_CAPITALS if known == language}


#: Cities CLDR names in every main language, from its time zones: capitals and big cities of
#: every continent.
_CITY_ZONES = (
    "Europe/Paris", "Africa/Cairo", "Asia/Tokyo", "Europe/Moscow", "Asia/Calcutta", "America/New_York",
    "Europe/London", "Asia/Shanghai", "Africa/Nairobi", "America/Sao_Paulo", "Asia/Dubai", "Europe/Berlin",
    "Asia/Jakarta", "Africa/Lagos", "America/Mexico_City",
)  # fmt: skip
#: The cities whose names do not read so, and why.
_UNREAD_CITIES = {
    ("pl", "America/Mexico_City"): "Meksyk (miasto): CLDR tells the city from the country in brackets",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_cldr_cities_read_as_a_dateline_place(language: str) -> None:
    """A big city as CLDR names it in a language, alone before a colon or a dash (``Λάγκος:``,
    ``Калкута –``, ``Mexikóváros:``), is the dateline's place, though GeoNames lacks that
    spelling: but for :data:`_UNREAD_CITIES`."""
    locale = Locale.parse(language)
    unread = set()
    for zone, city in _cities(locale, _CITY_ZONES):
        if not all(_reads_place(text, city) for text in (f"{city}: {_LEDE}", f"{city} – {_LEDE}")):
            unread.add(zone)
    assert unread == {zone for known, zone in _UNREAD_CITIES if known == language}


#: The forms of date and time that do not read so, and why: a long date and a short time, or
#: CLDR's medium date and time.
_UNREAD_TIMES = {
    ("th", "long"): "Thai closes the time with น. (o'clock), which is read as the lede's first word",
    ("pl", "medium"): _UNREAD[("pl", "medium")],
    ("my", "medium"): _UNREAD[("my", "medium")],
    ("pa", "medium"): _UNREAD[("pa", "medium")],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_cldr_date_and_time_read_before_a_dash(language: str) -> None:
    """A city, a date and a time as CLDR prints them, then a dash (``Москва, 17 января 2025 г.
    14:30 -``, ``Москва, 17 янв. 2025 г., 14:30:00 -``, ``Zagreb, 17. siječnja 2025. 14:30 -``):
    the time and the dash are the dateline's, but for :data:`_UNREAD_TIMES`."""
    locale = Locale.parse(language)
    unread: set[str] = set()
    for _, city in _cities(locale, _ZONES[:1]):
        for month in (1, 11):
            when = dt.datetime(2025, month, 17, 14, 30)
            printed = {
                "long": f"{format_date(when, 'long', locale=locale)} {format_time(when, 'short', locale=locale)}",
                "medium": format_datetime(when, "medium", locale=locale),
            }
            unread.update(form for form, text in printed.items() if not _reads(f"{city}, {text} - {_LEDE}", city, when))
    assert unread == {form for known, form in _UNREAD_TIMES if known == language}
