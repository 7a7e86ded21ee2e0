"""Dates as datelines print them, and the day they mean."""

from __future__ import annotations

import datetime as dt

import pytest

from feedpub.fold import fold
from feedpub.parse.dates import (
    bikram_sambat_to_gregorian,
    ethiopian_to_gregorian,
    find_dates,
    infer_converted_year,
    solar_hijri_to_gregorian,
    time_of_day_end,
)


@pytest.mark.parametrize(
    ("text", "calendar", "year", "month", "day"),
    [
        ("۱۳ آذر ۱۴۰۴", "solar_hijri", 1404, 9, 13),
        ("۱۰ دی ماه ۱۴۰۳ ه.ش", "solar_hijri", 1403, 10, 10),
        ("۲۵ مهر", "solar_hijri", None, 7, 25),
        ("۲۵ جوزا", "solar_hijri", None, 3, 25),  # Afghanistan's name of the month
        ("۲۱ کب ۱۳۹۸", "solar_hijri", 1398, 12, 21),  # ... and Pashto's
        ("۵ غبرګولی ۱۴۰۰", "solar_hijri", 1400, 3, 5),
        ("۱۳۹۷ تیر ۱۶, شنبه", "solar_hijri", 1397, 4, 16),  # the year first, as Deutsche Welle's Persian pages print it
        ("16 جمادى الأولى 1447 هـ", "hijri", 1447, 5, 16),
        ("7 نوفمبر 2025", "gregorian", 2025, 11, 7),
        # Urdu papers glue the month to the year and mark the year ء (AD), maybe after an Urdu full stop.
        ("28 مارچ2018ء", "gregorian", 2018, 3, 28),
        ("29 اگست ۔2016ء", "gregorian", 2016, 8, 29),
        # The year first, as Hungarian, Latvian (with "year" after it) and Lithuanian ("m.") print it.
        ("2025. november 7.", "gregorian", 2025, 11, 7),
        ("2014. gada 7. marts 11:26", "gregorian", 2014, 3, 7),
        ("2014 m. kovo 7 d.", "gregorian", 2014, 3, 7),
        # ... and with the month's name between hyphens or slashes, as a release may: 2018-Mar-14.
        ("2018-Mar-14", "gregorian", 2018, 3, 14),
        ("2018/mar/14", "gregorian", 2018, 3, 14),
        # Pajhwok's Solar Hijri year of two figures.
        ("٣١سرطان ٩٢", "solar_hijri", 1392, 4, 31),
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


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("काठमाडौं, २२ असार (रासस)", 3, 22, None),  # RSS: day, month, no year
        ("काठमाडौँ, ७ जेठ ।", 2, 7, None),  # the everyday spelling of Jestha (जेष्ठ)
        ("काठमाडौं, साउन १५ गते ।", 4, 15, None),  # papers: month first, then the day and "day"
        ("पोखरा, २२ असार २०८२ साल", 3, 22, 2082),  # with the year and "year"
        ("२२ श्रावण २०८१ वि.सं.", 4, 22, 2081),  # the formal spelling and the era
        ("काठमाडौं, ३२ असार २०८२", 3, 32, 2082),  # a month of 32 days, as Bikram Sambat's may be
        ("बागलुङ २०७६ चैत १२ ।", 12, 12, 2076),  # the year before the month and day
    ],
)
def test_bikram_sambat_dates(text: str, month: int, day: int, year: int | None) -> None:
    (date,) = find_dates(fold(text).text)
    assert (date.calendar, date.year, date.month, date.day) == ("bikram_sambat", year, month, day)


def test_bikram_sambat_month_names_are_no_dates_in_other_scripts_or_without_a_day() -> None:
    assert find_dates(fold("माघ मेला में लाखों श्रद्धालु पहुंचे").text) == []
    assert [date.calendar for date in find_dates(fold("लखनऊ, 1 अप्रैल।").text)] == ["gregorian"]


def test_bikram_sambat_dates_convert_to_gregorian() -> None:
    assert bikram_sambat_to_gregorian(2082, 1, 1) == dt.date(2025, 4, 14)  # Nepali New Year 2082
    assert bikram_sambat_to_gregorian(2078, 2, 7) == dt.date(2021, 5, 21)  # the page's own post date
    assert bikram_sambat_to_gregorian(2082, 3, 32) == dt.date(2025, 7, 16)  # Asar 2082 has 32 days
    assert bikram_sambat_to_gregorian(2082, 3, 33) is None
    assert bikram_sambat_to_gregorian(1900, 1, 1) is None  # outside nepali-datetime's tables
    assert infer_converted_year("bikram_sambat", 3, 22, dt.date(2025, 11, 10)) == 2082
    assert infer_converted_year("bikram_sambat", 12, 30, dt.date(2025, 4, 20)) == 2081  # Chaitra just gone


def test_ethiopian_dates_convert_to_gregorian() -> None:
    assert ethiopian_to_gregorian(2017, 4, 14) == dt.date(2024, 12, 23)  # the page's own post date
    assert ethiopian_to_gregorian(2016, 3, 15) == dt.date(2023, 11, 25)
    assert ethiopian_to_gregorian(2017, 1, 1) == dt.date(2024, 9, 11)  # Enkutatash, the new year
    assert ethiopian_to_gregorian(2016, 13, 6) is None  # Pagume has six days only before a leap year
    assert infer_converted_year("ethiopian", 4, 14, dt.date(2025, 1, 2)) == 2017


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("กทม. 7 ม.ค.-", 1, 7, None),  # TNA: January abbreviated
        ("7 มี.ค. 2566", 3, 7, 2023),  # March, a Buddhist-era year
        ("12 กันยายน 2564", 9, 12, 2021),
    ],
)
def test_thai_dates(text: str, month: int, day: int, year: int | None) -> None:
    (date,) = find_dates(fold(text).text)
    assert (date.month, date.day, date.year) == (month, day, year)


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("16/4/2004", 4, 16, 2004),  # day first, as most of the world prints it
        ("4/16/2004", 4, 16, 2004),  # month first, where the day-first reading has no such month
        ("12/25/16", 12, 25, 2016),  # and a year of two figures
        ("4/5/2004", 5, 4, 2004),  # either reading fits: day first
        ("07/OCT/2012", 10, 7, 2012),  # the month's name between slashes, as Notimex prints it
        ("12-jan-2020", 1, 12, 2020),  # or hyphens
        ("০৭ জানুয়ারী ২০২১", 1, 7, 2021),  # Bangladeshi papers' spelling, with the long ī
        ("٣-١٢-٢٠٢٣م", 12, 3, 2023),  # Arabic-Indic figures, the Common Era's mark glued to the year
        ("2023.06.29", 6, 29, 2023),  # the year first, full stops between
        ("2023/06/29", 6, 29, 2023),  # or slashes
        ("2025. 01. 17.", 1, 17, 2025),  # or full stops and spaces, as Hungarian's short date is
        ("2023. 1. 20. 21:56", 1, 20, 2023),  # and Korean pages' stamps
    ],
)
def test_dates_in_figures(text: str, month: int, day: int, year: int) -> None:
    (date,) = find_dates(fold(text).text)
    assert (date.month, date.day, date.year) == (month, day, year)


def test_a_time_of_day_is_no_month_first_date() -> None:
    assert find_dates(fold("10.30").text) == []


def test_a_month_and_year_are_no_day() -> None:
    """``May 2020`` names no day: no date is read, where a day of 20 once was."""
    assert find_dates(fold("BAGHDAD, May 2020 (Reuters)").text) == []
    assert [date.day for date in find_dates(fold("Manama- Dec4 (BNA)").text)] == [4]


def test_a_comma_after_the_month_needs_the_year_after_the_day() -> None:
    """``May, 26, 2018`` is a date; ``LA PAZ, 25`` a place and a day, though paz. abbreviates a month."""
    [date] = find_dates(fold("Nyeri, Saturday May, 26, 2018").text)
    assert (date.year, date.month, date.day) == (2018, 5, 26)
    assert find_dates(fold("LA PAZ, 25 (EUROPA PRESS)").text) == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        (" 2:20 p.m. The Office", " 2:20 p.m."),
        (" 2:20 PM - The Office", " 2:20 PM"),
        (", 14:40 — Верховная рада", ", 14:40"),
        (" 01:06 مساءً - تعاملت", " 01:06 مساءً"),
        (" 10:30 ص - قال", " 10:30 ص"),
        ("5.15pm (Nuku'alofa Times):", "5.15pm"),
        (" 11h31 Le président", " 11h31"),
        (" 10:30 μ.μ. Η κυβέρνηση", " 10:30 μ.μ."),
        (" 10:05 em Brasília", " 10:05"),  # Swedish "em" (PM), but a Portuguese "in"
        (" 10:30 Die Regierung", " 10:30"),  # no day period: the time alone
        (" 10:30 de la mañana", " 10:30"),  # a part of the day that is no AM or PM
        (" 14.04.2020 Der", None),  # a date in figures, not a time
        (" 2019 Der", None),
    ],
)
def test_a_time_of_day_ends_after_its_am_or_pm_in_any_locale(text: str, time: str | None) -> None:
    """A time of day in figures, then AM or PM as any CLDR locale writes it, dots and spaces as
    printed; the words after it are the story's."""
    folded = fold(text)
    end = time_of_day_end(folded.text)
    assert (text[: folded.span(0, end)[1]] if end is not None else None) == time
