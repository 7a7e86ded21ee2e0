"""Dates as datelines print them, and what day they mean.

A dateline may print a Gregorian date in words (``7 نوفمبر 2025``, ``Nov. 7``,
``7 de noviembre``, or with both Arabic names of the month, ``7 نوفمبر/تشرين الثاني``) or
figures (``7 - 11``, ``11月7日``), a Hijri date (``16 جمادى الأولى 1447 هـ``), both, or
none. A date without a year is the latest such day at most a month after a reference date
(see :func:`infer_year`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from hijridate import Hijri

from .words import alternation, dateline_words, day_words

_DAY = r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|eme|o|º|°)?\.?|(?P<day_word>{words}))"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_HIJRI_YEAR = r"(?P<year>1[3-5]\d\d)"
_GREGORIAN_SUFFIX = r"(?:\s*م(?![^\W\d_]))?"


@dataclass(frozen=True)
class DateMatch:
    """A date found in folded dateline text, with its span there."""

    start: int
    end: int
    calendar: str
    year: int | None
    #: None when only the day is printed (``（中央社台北7日電）``): see :func:`infer_month`.
    month: int | None
    day: int
    #: The month a second, slashed name gives (``نوفمبر/تشرين الثاني``), if the date has one.
    paired_month: int | None = None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    words = dateline_words()
    day = _DAY.format(words=alternation(day_words()))
    names = alternation(words.gregorian_months)
    # Arabic copy often gives a month both names, slashed or not: نوفمبر/تشرين الثاني, يوليو تموز.
    end = r"(?![^\W_])"
    # Hebrew joins "in" to the month: 7 בנובמבר.
    month = rf"ב?(?P<month>{names})\.?(?:(?:\s*/\s*|\s+)(?P<also>{names}){end})?"
    hijri_month = rf"(?P<month>{alternation(words.hijri_months)})"
    start = r"(?<![^\W_])"
    return (
        re.compile(rf"{start}{day}\s*{hijri_month}\s*{_HIJRI_YEAR}(?:\s*ه(?![^\W\d_]))?{end}"),
        re.compile(rf"{start}{day}\s*(?:de\s+)?{month}{end}(?:\s*(?:de\s+|,\s*)?{_YEAR}{_GREGORIAN_SUFFIX}{end})?"),
        # The year first, as Hungarian prints it: 2025. november 7.
        re.compile(rf"{start}(?:(?P<lead_year>(?:19|20|21)\d\d)\.?\s+)?{month}{end}\s*{day}(?:\s*,?\s*{_YEAR}{end})?"),
        re.compile(rf"(?:{_YEAR}\s*年\s*)?(?P<month_number>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
        re.compile(rf"{start}{_YEAR}-(?P<month_number>[01]?\d)-(?P<day>[0-3]?\d){end}"),
        re.compile(
            rf"{start}(?P<day>[0-3]?\d)\s*(?P<sep>[-/.])\s*(?P<month_number>[01]?\d)"
            rf"(?:\s*(?P=sep)\s*{_YEAR})?{end}{_GREGORIAN_SUFFIX}"
        ),
    )


def find_dates(folded: str) -> list[DateMatch]:
    """Every date printed in ``folded`` dateline text, in order, never overlapping."""
    words = dateline_words()
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_patterns()):
        for match in pattern.finditer(folded):
            span = match.span()
            if any(span[0] < stop and begin < span[1] for begin, stop in taken):
                continue
            groups = match.groupdict()
            if groups.get("month_number"):
                month = int(groups["month_number"])
            else:
                name = " ".join(groups["month"].split())
                table = words.hijri_months if index == 0 else words.gregorian_months
                month = table[name]
            day = int(groups["day"]) if groups.get("day") else day_words()[" ".join(groups["day_word"].split())]
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            printed = groups.get("year") or groups.get("lead_year")
            year = int(printed) if printed else None
            calendar = "hijri" if index == 0 else "gregorian"
            paired = words.gregorian_months[" ".join(groups["also"].split())] if groups.get("also") else None
            found.append(DateMatch(span[0], span[1], calendar, year, month, day, paired))
            taken.append(span)
    return sorted(found, key=lambda date: date.start)


def iso(year: int, month: int, day: int) -> str:
    """``YYYY-MM-DD`` even for a day the month does not have, so validation can say so."""
    return f"{year:04d}-{month:02d}-{day:02d}"


#: How far past the reference date a dateline without a year may lie: copy filed across
#: midnight, or for release in the coming days, but never a story from months ahead.
AHEAD = dt.timedelta(days=31)


def infer_year(month: int, day: int, reference: dt.date) -> int:
    """The year of the latest ``month``/``day`` not more than :data:`AHEAD` after ``reference``.

    Dec. 31 read on Jan. 2 is last year's, Jan. 2 read on Dec. 31 next year's, and a May
    dateline read in November is from the May just gone.
    """
    for year in (reference.year + 1, reference.year, reference.year - 1):
        try:
            if dt.date(year, month, day) - reference <= AHEAD:
                return year
        except ValueError:  # Feb. 29 of a common year
            continue
    return reference.year - 1


#: How far past the reference date a dateline printing only its day may lie: copy filed
#: across midnight. A day of the month alone comes round every month, so it is read as the
#: latest such day up to then, not up to a month ahead as a date without a year is.
DAY_AHEAD = dt.timedelta(days=2)


def infer_month(day: int, reference: dt.date) -> tuple[int, int]:
    """The year and month of the latest ``day`` of a month at most :data:`DAY_AHEAD` after
    ``reference``: the 7th read on Nov. 10 is Nov. 7, the 31st read on Nov. 10 Oct. 31."""
    if not 1 <= day <= 31:
        raise ValueError(f"{day} is not a day of any month")
    year, month = (reference.year, reference.month + 1) if reference.month < 12 else (reference.year + 1, 1)
    while True:  # from next month back: any day of 1-31 comes within four months
        try:
            if dt.date(year, month, day) - reference <= DAY_AHEAD:
                return year, month
        except ValueError:  # a month without that day
            pass
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Umm al-Qura conversion of a Hijri date, or None when no such day exists."""
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
        return dt.date(gregorian.year, gregorian.month, gregorian.day)
    except (ValueError, OverflowError):
        return None
