"""Dates as datelines print them, and the day they mean."""

from __future__ import annotations

import datetime as dt

import pytest

from feedpub.fold import fold
from feedpub.parse.dates import ethiopian_to_gregorian, find_dates, infer_converted_year, solar_hijri_to_gregorian


@pytest.mark.parametrize(
    ("text", "calendar", "year", "month", "day"),
    [
        ("۱۳ آذر ۱۴۰۴", "solar_hijri", 1404, 9, 13),
        ("۱۰ دی ماه ۱۴۰۳ ه.ش", "solar_hijri", 1403, 10, 10),
        ("۲۵ مهر", "solar_hijri", None, 7, 25),
        ("16 جمادى الأولى 1447 هـ", "hijri", 1447, 5, 16),
        ("7 نوفمبر 2025", "gregorian", 2025, 11, 7),
    ],
)
def test_each_calendar_read(text: str, calendar: str, year: int | None, month: int, day: int) -> None:
    """A date in each calendar a dateline prints is read with its calendar, in any numerals."""
    [date] = find_dates(fold(text).text)
    assert (date.calendar, date.year, date.month, date.day) == (calendar, year, month, day)


def test_solar_hijri_conversion() -> None:
    """Nowruz, 1 Farvardin 1404, fell on 21 March 2025; no month has a 31st Esfand."""
    assert solar_hijri_to_gregorian(1404, 1, 1) == dt.date(2025, 3, 21)
    assert solar_hijri_to_gregorian(1403, 12, 31) is None


def test_solar_hijri_year_without_one() -> None:
    """A Solar Hijri day without a year is the latest one up to a month after the reading date."""
    assert infer_converted_year("solar_hijri", 7, 25, dt.date(2025, 11, 10)) == 1404  # 17 October 2025
    assert infer_converted_year("solar_hijri", 12, 1, dt.date(2025, 11, 10)) == 1403  # 19 February 2025, not 2026


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("አዲስ አበባ፣ ታሕሣሥ 14፣ 2017", 4, 14, 2017),  # Fana: month, day, year
        ("አዲስ አበባ ፤ ህዳር 15/2016", 3, 15, 2016),  # ENA: month, day/year
        ("ኣዲስ ኣበባ/የካቲት/ 22/2016", 6, 22, 2016),  # ENA's Tigrinya service
        ("ኣዲስ ኣበባ፣ 8 ሚያዝያ፣ 2017", 8, 8, 2017),  # day, month, year
        ("ጥቅምት 06 ቀን 2011 ዓ/ም", 2, 6, 2011),  # ESAT: "day" and "year of mercy"
    ],
)
def test_ethiopian_dates(text: str, month: int, day: int, year: int) -> None:
    (date,) = find_dates(fold(text).text)
    assert (date.calendar, date.year, date.month, date.day) == ("ethiopian", year, month, day)


def test_ethiopian_dates_convert_to_gregorian() -> None:
    assert ethiopian_to_gregorian(2017, 4, 14) == dt.date(2024, 12, 23)  # the page's own post date
    assert ethiopian_to_gregorian(2016, 3, 15) == dt.date(2023, 11, 25)
    assert ethiopian_to_gregorian(2017, 1, 1) == dt.date(2024, 9, 11)  # Enkutatash, the new year
    assert ethiopian_to_gregorian(2016, 13, 6) is None  # Pagume has six days only before a leap year
    assert infer_converted_year("ethiopian", 4, 14, dt.date(2025, 1, 2)) == 2017
