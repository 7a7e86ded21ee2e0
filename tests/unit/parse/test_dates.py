"""Dates as datelines print them, and the day they mean."""

from __future__ import annotations

import datetime as dt

import pytest

from feedpub.fold import fold
from feedpub.parse.dates import find_dates, infer_solar_hijri_year, solar_hijri_to_gregorian


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
    assert infer_solar_hijri_year(7, 25, dt.date(2025, 11, 10)) == 1404  # 17 October 2025
    assert infer_solar_hijri_year(12, 1, dt.date(2025, 11, 10)) == 1403  # 19 February 2025, not 2026
