"""Dates as datelines print them, and what day they mean.

A dateline may print a Gregorian date in words (``7 نوفمبر 2025``, ``Nov. 7``,
``7 de noviembre``, or with both Arabic names of the month, ``7 نوفمبر/تشرين الثاني``) or
figures (``7 - 11``, ``11月7日``), a Hijri date (``16 جمادى الأولى 1447 هـ``), both, a
Solar Hijri date as Iranian copy prints it (``۱۳ آذر ۱۴۰۴``), an Ethiopian one as Ethiopian
copy does (``ታሕሣሥ 14፣ 2017``, ``ህዳር 15/2016``), a Bikram Sambat one as Nepali copy does
(``२२ असार २०८२``, mostly without its year), or none. A date without a year is the
latest such day at most a month after a reference date (see :func:`infer_year`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import NamedTuple

import jdatetime
import nepali_datetime
from convertdate import coptic
from hijridate import Hijri

from ..fold import fold_key
from .words import (
    alternation,
    bikram_sambat_months,
    dateline_words,
    day_after_words,
    day_period_key,
    day_words,
    ethiopian_months,
    in_main_script,
    solar_hijri_months,
)

_DAY = r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|eme|o|º|°|\s*(?:{after})(?![^\W_]))?\.?|(?P<day_word>{words}))"
#: A Gregorian year, or a Buddhist-era one as Thai copy prints it (2566 is 2023).
_YEAR = r"(?P<year>(?:19|20|21|25)\d\d)"
#: How many years the Buddhist era Thailand counts is ahead of the Common Era.
_BUDDHIST_ERA = 543
_HIJRI_YEAR = r"(?P<year>1[3-5]\d\d)"
#: A Solar Hijri year, and the "(Solar) Hijri" that may follow it: ۱۴۰۴ ه.ش, 1404 هجری شمسی.
_SOLAR_YEAR = r"(?P<year>1[2-4]\d\d)(?:\s*(?:ه\.?\s*ش\.?|هجري\s+شمسي)(?![^\W\d_]))?"
_GREGORIAN_SUFFIX = r"(?:\s*[مء](?![^\W\d_]))?"
#: A day, a comma and a year, which a comma between a month and its day must be followed by:
#: ``May, 26, 2018``, where ``PAZ, 25`` is a place and a day (paz., a month's abbreviation too).
_COMMA_DAY_YEAR = r"[0-3]?\d\s*,\s*(?:19|20|21)\d\d"
#: The era Thai dates may name before their year: Buddhist (พ.ศ. 2568) or Common (ค.ศ. 2025),
#: as CLDR's long Thai dates print it.
_THAI_ERA = r"[พค]\.ศ\.\s*"
#: A year of two figures, read only right before the agency's bracket (or where the text read
#: before a marker ends): ``Bissau, 17 Jan 17 (ANG)``; glued to an abbreviated month's full
#: stop, as Thai copy prints it: ``18 พ.ย.63 -``.
_SHORT_YEAR = r"(?:\s+|(?<=\.))(?P<short_year>\d\d)(?=\s*(?:[(（\[]|$))"
#: Thai letters: a short year after a Thai month's name is of the Buddhist era (``63``: 2563).
_THAI = re.compile("[\u0e00-\u0e7f]")
#: Ge'ez numerals as folded text holds them: its units read as figures (፫ as 3), its tens
#: (፲ to ፺) and hundred (፻) as printed. A day (፲3, the 13th; ፮, the 6th) and
#: a year of the 1900s or 2000s (፳፻7, 2007; ፲9፻፺8, 1998), as ESAT dates its copy.
_GEEZ_TENS = "\u1372-\u137a"
_GEEZ_DAY = rf"[{_GEEZ_TENS}]\d?"
_GEEZ_YEAR = rf"(?:\u1372(?:9)|\u1373)\u137b[{_GEEZ_TENS}]?\d?"
#: An Ethiopian year, in figures or Ge'ez numerals, and the "year of mercy" (ዓ.ም, ዓ/ም) that may
#: follow it: 2017 ዓ.ም.
_YEAR_OF_MERCY = r"\s*ዓ\s*[./]\s*ም\.?"
_ETHIOPIAN_YEAR = rf"(?P<year>(?:19|20)\d\d|{_GEEZ_YEAR})(?:{_YEAR_OF_MERCY})?"
#: The day spelled out in brackets after its numeral, as ESAT prints it: ሐምሌ ፲፫ (አስራሶስት) ቀን.
_SPELLED_DAY = r"(?:\s*\(\s*[^\W\d_]{2,12}\s*\))?"
#: How many months a year has, and days its longest month, where not 12 and 31: Ethiopia's
#: thirteenth month; Bikram Sambat's months of up to 32 days.
_MONTHS = {"ethiopian": 13}
_LONGEST_MONTH = {"bikram_sambat": 32}
#: How many years an Ethiopian year is ahead of the Coptic year convertdate counts.
_ETHIOPIAN_FROM_COPTIC = 276


class DateMatch(NamedTuple):
    """A date found in folded dateline text, with its span there. A named tuple: one is made
    for every date read, and it is made in a third of a frozen dataclass's time."""

    start: int
    end: int
    calendar: str
    year: int | None
    #: None when only the day is printed (``（中央社台北7日電）``): see :func:`infer_month`.
    month: int | None
    day: int
    #: The month a second, slashed name gives (``نوفمبر/تشرين الثاني``), if the date has one.
    paired_month: int | None = None


#: What a text must hold for a pattern to be worth trying: a Hijri year, Arabic script (the
#: Persian month names), Ethiopic or Devanagari script, 月 and 日, figures joined by a mark.
#: Most dateline text lacks all but one, and each pattern would otherwise be tried at every
#: character.
_HIJRI_YEAR_SEEN = re.compile(r"1[3-5]\d\d")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_ETHIOPIC = re.compile("[\u1200-\u137f]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_HAN_DAY = re.compile("日")
_FIGURES_JOINED = re.compile(r"\d\s*[-/.]\s*\d")


def _patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """Each date pattern with the calendar it reads and what a text must hold for it to be
    tried (None: anything), in the order they are tried (an earlier one's span wins)."""
    words = dateline_words()
    day = _DAY.format(words=alternation(day_words()), after=alternation(day_after_words()))
    common, rare = _by_script(words.gregorian_months)
    end = r"(?![^\W_])"
    hijri_month = rf"(?P<month>{alternation(words.hijri_months)})"
    start = r"(?<![^\W_])"
    solar_month = rf"(?P<month>{alternation(solar_hijri_months())})"
    ethiopian_month = rf"(?P<month>{alternation(ethiopian_months())})"
    bikram_sambat_month = rf"(?P<month>{alternation(bikram_sambat_months())})"
    # The year, and the "year" or "Vikram era" (साल, वि.सं.) that may follow it, folded as the text is.
    era = rf"(?:{fold_key('साल')}|{fold_key('वि')}\.?\s*{fold_key('सं')}\.?)"
    # Nepali papers also print the year without its thousands, maybe in brackets: ३ भदौं ०७८,
    # काठमाडौँ, ७ जेठ (०७८).
    bikram_sambat_year = rf"(?:(?P<year>20\d\d)(?:\s*{era})?|\(?(?P<short_year>0\d\d)\)?)"
    # ENA's ህዳር 15/2016 and ኣዲስ ኣበባ/የካቲት/ 22/2016, ESAT's ጥቅምት 06 ቀን 2011 ዓ/ም, Fana's 8 ሚያዝያ፣ 2017.
    ethiopian_year = rf"(?:\s*(?:ቀን)?\s*[,/]?\s*{_ETHIOPIAN_YEAR})?"
    hijri = _HIJRI_YEAR_SEEN
    return (
        ("hijri", re.compile(rf"{start}{day}\s*{hijri_month}\s*{_HIJRI_YEAR}(?:\s*ه(?![^\W\d_]))?{end}"), hijri),
        # SPA's English service puts the month first: Riyadh, Ramadan 22, 1438, June 17, 2017, SPA --.
        ("hijri", re.compile(rf"{start}{hijri_month}\s+{day}\s*,?\s*{_HIJRI_YEAR}(?:\s*a\.?h\.?)?{end}"), hijri),
        # Persian may put "month" after the month's name: ۱۰ دی ماه ۱۴۰۳; or the year first, as
        # Deutsche Welle's Persian pages do: ۱۳۹۷ تیر ۱۶. Pajhwok prints the year's last two
        # figures in its credit: (پژواک ٣١سرطان ٩٢), 1392.
        (
            "solar_hijri",
            re.compile(rf"{start}{day}\s*{solar_month}(?:\s*ماه)?{end}(?:\s*{_SOLAR_YEAR}{end}|{_SHORT_YEAR})?"),
            _ARABIC_SCRIPT,
        ),
        (
            "solar_hijri",
            re.compile(rf"{start}(?P<lead_year>1[2-4]\d\d)\s+{solar_month}\s*{day}(?!\d)"),
            _ARABIC_SCRIPT,
        ),
        (
            "ethiopian",
            re.compile(
                rf"{start}{ethiopian_month}\s*/?\s*(?P<day>[0-3]?\d|{_GEEZ_DAY}){_SPELLED_DAY}{ethiopian_year}{end}"
            ),
            _ETHIOPIC,
        ),
        ("ethiopian", re.compile(rf"{start}(?P<day>[0-3]?\d)\s*{ethiopian_month}{ethiopian_year}{end}"), _ETHIOPIC),
        # A date in figures, day first, is Ethiopian when the "year of mercy" follows it: 27/05/2017 ዓ.ም.
        (
            "ethiopian",
            re.compile(
                rf"{start}(?P<day>[0-3]?\d)\s*(?P<sep>[-/.])\s*(?P<month_number>[01]?\d)\s*(?P=sep)\s*"
                rf"(?P<year>(?:19|20)\d\d){_YEAR_OF_MERCY}"
            ),
            _ETHIOPIC,
        ),
        (
            "bikram_sambat",
            re.compile(rf"{start}(?P<day>[0-3]?\d)\s*{bikram_sambat_month}{end}(?:\s*,?\s*{bikram_sambat_year})?"),
            _DEVANAGARI,
        ),
        # Nepali papers put the month first, the day maybe followed by गते ("day"): असार २२ गते;
        # and maybe the year before the month: २०७६ चैत १२.
        (
            "bikram_sambat",
            re.compile(
                rf"{start}(?:(?P<lead_year>20\d\d)\s+)?{bikram_sambat_month}\s*(?P<day>[0-3]?\d)(?:\s*{fold_key('गते')})?{end}(?:\s*,?\s*{bikram_sambat_year})?"
            ),
            _DEVANAGARI,
        ),
        *_gregorian(common, day, None),
        *(_gregorian(rare, day, _first_letters(rare)) if rare else ()),
        (
            "gregorian",
            re.compile(rf"(?:{_YEAR}\s*年\s*)?(?P<month_number>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
            _HAN_DAY,
        ),
        # The year first, its parts joined by hyphens, full stops or slashes: 2023-06-29, 2023.06.29,
        # and Hungarian's full stops and spaces, 2025. 01. 17.
        (
            "gregorian",
            re.compile(rf"{start}{_YEAR}(?P<sep>[-/.]) ?(?P<month_number>[01]?\d)(?P=sep) ?(?P<day>[0-3]?\d){end}"),
            _FIGURES_JOINED,
        ),
        (
            "gregorian",
            re.compile(
                rf"{start}(?P<day>[0-3]?\d)\s*(?P<sep>[-/.])\s*(?P<month_number>[0-3]?\d)"
                rf"(?:\s*(?P=sep)\s*(?:{_YEAR}|(?P<short_year>\d\d)))?{_GREGORIAN_SUFFIX}{end}"
            ),
            _FIGURES_JOINED,
        ),
    )


#: Date patterns in a run that needs the same thing of a text, with what it needs.
_Run = tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]


def _by_script(months: Iterable[str]) -> tuple[list[str], list[str]]:
    """Month names, folded, of the main languages' scripts (:data:`~.words.MAIN_SCRIPTS`), looked
    for in any text, and of the others (Georgian, Armenian, Tamil, …), looked for only in text
    holding their letters, so that no letter of the rest is tried against a hundred more names'
    first letters."""
    common: list[str] = []
    rare: list[str] = []
    for name in months:
        (common if in_main_script(name) else rare).append(name)
    return common, rare


def _first_letters(names: list[str]) -> re.Pattern[str]:
    """A class of the first letters of ``names``: a text holding none holds none of them."""
    return re.compile(f"[{''.join(sorted({re.escape(name[0]) for name in names}))}]")


def _gregorian(
    names: list[str], day: str, needs: re.Pattern[str] | None
) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """The Gregorian patterns that read a month by one of ``names``, tried where a text holds
    what ``needs`` finds (None: in any)."""
    start, end = r"(?<![^\W_])", r"(?![^\W_])"
    alternatives = alternation(names)
    # Arabic copy often gives a month both names, slashed or not: نوفمبر/تشرين الثاني, يوليو تموز.
    # Hebrew joins "in" to the month: 7 בנובמבר. Spanish and Portuguese put "of" between the day
    # and the month (7 de noviembre), Arabic "from" (7 من نوفمبر), and Maltese, as CLDR writes its
    # dates, "of" with its apostrophe (20 ta’ Diċembru 2018).
    month = rf"ב?(?P<month>{alternatives})\.?(?:(?:\s*/\s*|\s+)(?P<also>{alternatives}){end})?"
    return (
        # The year may come first, with Latvian's "year" after it: 2014. gada 7. marts.
        (
            "gregorian",
            re.compile(
                rf"{start}(?:(?P<lead_year>(?:19|20|21)\d\d)\.\s*gada\s+)?"
                rf"{day}(?:\s*|[-/]|\s+-\s+)(?:(?:de|من|ta')\s+)?{month}(?:{end}|(?=(?:19|20|21)\d\d)|(?<=\.)(?=\d\d(?!\d)))"
                rf"(?:\.?\s*(?:del?\s+|[,،]\s*|[-/۔]\s*|{_THAI_ERA})?{_YEAR}{_GREGORIAN_SUFFIX}{end}|{_SHORT_YEAR})?"
            ),
            needs,
        ),
        # The year first, as Hungarian prints it: 2025. november 7, and Lithuanian with its "year"
        # after it: 2014 m. kovo 7 d.; a comma after the month, as
        # some Kenyan papers print it with the year: May, 26, 2018; the year after a slash, as ENA does:
        # April 1/2023, or its last two figures, as Zambian papers do: Jun 21/13; after "of", as
        # Spanish may: mayo 13 de 2013 (and "de" or "del" before the year above: 13 de mayo del
        # 2013); the day glued to the month, as BNA does: Dec4; and the year, the month's name and
        # the day parted by hyphens or slashes, as a release's date may be: 2018-Mar-14.
        (
            "gregorian",
            re.compile(
                rf"{start}(?:(?P<lead_year>(?:19|20|21)\d\d)(?:(?P<year_mark>[-/])|\.?\s+(?:m\.\s*)?))?{month}(?![^\W\d_])"
                rf"(?(year_mark)(?P=year_mark)|(?:\s*,\s*(?={_COMMA_DAY_YEAR})|\s*)){day}(?!\d)"
                rf"(?:\s*(?:[,/]|del?(?=\s))?\s*{_YEAR}{end}|/(?P<short_year>\d\d){end})?"
            ),
            needs,
        ),
    )


@cache
def _runs() -> tuple[_Run, ...]:
    """The date patterns in their order, grouped into runs that need the same thing of a text:
    what a run needs is looked for once a call, and a run is passed over whole without it."""
    runs: list[tuple[re.Pattern[str] | None, list[tuple[str, re.Pattern[str]]]]] = []
    for calendar, pattern, needs in _patterns():
        if not runs or runs[-1][0] is not needs:
            runs.append((needs, []))
        runs[-1][1].append((calendar, pattern))
    return tuple((needs, tuple(patterns)) for needs, patterns in runs)


@cache
def _any_need() -> tuple[re.Pattern[str], tuple[_Run, ...]]:
    """What any run of :func:`_runs` needs of a text, looked for at once, and the runs that need
    nothing: most dateline text (``MOSCOW, Nov. 7``) holds none of it, and is tried against those alone."""
    runs = _runs()
    needs = dict.fromkeys(needs.pattern for needs, _ in runs if needs is not None)
    return re.compile("|".join(f"(?:{pattern})" for pattern in needs)), tuple(run for run in runs if run[0] is None)


@cache
def _month_tables() -> dict[str, dict[str, int]]:
    """Each calendar's month numbers by folded name."""
    words = dateline_words()
    return {
        "hijri": words.hijri_months,
        "solar_hijri": solar_hijri_months(),
        "ethiopian": ethiopian_months(),
        "bikram_sambat": bikram_sambat_months(),
        "gregorian": words.gregorian_months,
    }


#: A figure, Ge'ez tens among them: what nearly every date holds, looked for before any date pattern.
_FIGURE = re.compile(rf"[\d{_GEEZ_TENS}]")


@cache
def _day_word() -> re.Pattern[str]:
    """A day word (``أول``, ``primero``): what a date without a figure holds. Looked for only
    where :data:`_FIGURE` found nothing, since an alternation of words is tried at every letter."""
    return re.compile(alternation(day_words()))


def _number(printed: str) -> int:
    """The number ``printed`` in figures, or in Ge'ez numerals as folded text holds them (units
    as figures, :data:`_GEEZ_DAY` and :data:`_GEEZ_YEAR`): tens and units add up, and ፻
    multiplies what stands before it by a hundred (፳፻7 is 2007)."""
    if printed.isdigit():
        return int(printed)  # most numbers
    hundreds = group = 0
    for char in printed:
        value = int(unicodedata.numeric(char))
        if value == 100:
            hundreds, group = (group or 1) * 100, 0
        else:
            group += value
    return hundreds + group


def day_of_month(start: int, end: int, day: int) -> DateMatch:
    """The date of a day of the month printed alone at ``start:end`` (Europa Press's ``MADRID, 5
    (EUROPA PRESS)``, ``ROMA, 1.``): its month and year are the reference date's (:func:`infer_month`)."""
    return DateMatch(start, end, "gregorian", None, None, day)


def possible_day(day: int, calendar: str = "gregorian") -> bool:
    """Whether some month of ``calendar`` has a ``day``-th: 1 to 31, to 32 in Bikram Sambat."""
    return 1 <= day <= _LONGEST_MONTH.get(calendar, 31)


def find_dates(folded: str) -> list[DateMatch]:
    """Every date printed in ``folded`` dateline text, in order, never overlapping."""
    if _FIGURE.search(folded) is None and _day_word().search(folded) is None:
        return []  # a place or a credit alone: no pattern need be tried
    found: list[DateMatch] = []
    any_need, needless = _any_need()
    for needs, patterns in _runs() if any_need.search(folded) else needless:
        if needs is not None and needs.search(folded) is None:
            continue
        for calendar, pattern in patterns:
            for match in pattern.finditer(folded):
                begin, stop = match.span()
                if any(begin < other.end and other.start < stop for other in found):
                    continue
                date = _date_read(match, calendar)
                if date is not None:
                    found.append(date)
    if len(found) > 1:
        found.sort(key=lambda date: date.start)
    return found


def _date_read(match: re.Match[str], calendar: str) -> DateMatch | None:
    """The date a pattern of ``calendar`` found, or None when no such day is: a 13th month, a 32nd."""
    groups = match.groupdict()
    if groups.get("month_number"):
        month = int(groups["month_number"])
    else:
        month = _month_tables()[calendar][" ".join(groups["month"].split())]
    day = _number(groups["day"]) if groups.get("day") else day_words()[" ".join(groups["day_word"].split())]
    if groups.get("sep") == "/" and month > 12 >= day:
        day, month = month, day  # the American order, month first, where no other reads: 12/25/16
    if not 1 <= month <= _MONTHS.get(calendar, 12) or not possible_day(day, calendar):
        return None
    printed = groups.get("year") or groups.get("lead_year")
    year = _number(printed) if printed else _century(groups.get("short_year"), calendar, groups.get("month"))
    if calendar == "gregorian" and year is not None and year >= 2500:
        year -= _BUDDHIST_ERA
    also = groups.get("also")
    paired = dateline_words().gregorian_months[" ".join(also.split())] if also else None
    return DateMatch(*match.span(), calendar, year, month, day, paired)


def outside_dates(folded: str, dates: list[DateMatch] | tuple[DateMatch, ...]) -> str:
    """``folded`` with each of ``dates`` found in it blanked out, so what it prints besides them
    stays where it was."""
    rest = folded
    for date in reversed(dates):
        rest = rest[: date.start] + " " * (date.end - date.start) + rest[date.end :]
    return rest


#: A time of day in figures: ``01:06``, ``2:20``, ``6.25``, ``11h31``, ``14:40:05``.
_TIME_FIGURES = r"\d{1,2}(?:[:.h]\d\d){1,2}"
_CLOCK = re.compile(_TIME_FIGURES)
#: One after a date, maybe after a comma; not the day and month of a date in figures (``14.04.2020``).
_CLOCK_AFTER_DATE = re.compile(rf"[ \t]*[,،]?[ \t]*{_TIME_FIGURES}(?!\d|[.:]\d)")
#: The word or two after it that may say AM or PM: ``pm``, ``p.m.``, ``p. m.``, ``مساء``.
_DAY_PERIOD = re.compile(r"[ \t]*(?P<first>[^\W\d_]+\.?)(?:[ \t]?(?P<second>[^\W\d_]+\.?))?")


def is_clock(word: str) -> bool:
    """Whether ``word`` is a time of day in figures (``14:40``, ``2:20``, ``11h31``)."""
    return _CLOCK.fullmatch(word) is not None


def is_day_period(word: str) -> bool:
    """Whether ``word`` is AM or PM in any locale's words, as printed (``p.m.``, ``PM``, ``مساء``)."""
    return day_period_key(word) in dateline_words().day_periods


def time_of_day_end(folded: str, start: int = 0) -> int | None:
    """Where a time of day opening ``folded[start:]`` ends, with the AM or PM after it in any
    locale's words (``2:20 p.m.``, ``01:06 مساء``, ``6.25pm``, ``14:40``); None when none opens it."""
    clock = _CLOCK_AFTER_DATE.match(folded, start)
    if clock is None:
        return None
    period = _DAY_PERIOD.match(folded, clock.end())
    if period is None:
        return clock.end()
    if period["second"] and is_day_period(period["first"] + period["second"]):
        return period.end()
    return period.end("first") if is_day_period(period["first"]) else clock.end()


def dates_alone(folded: str) -> tuple[DateMatch, ...]:
    """The dates ``folded`` prints, when it prints nothing but them and marks (``04 حزيران 2003``,
    ``Aug 24, 2005``); none otherwise."""
    dates = find_dates(folded)
    if not dates or any(char.isalnum() for char in outside_dates(folded, dates)):
        return ()
    return tuple(dates)


def _century(short_year: str | None, calendar: str, month: str | None) -> int | None:
    """The year two figures print: this century's up to 69, the last's from 70 (``17``: 2017);
    in the Bikram Sambat, whose years are past 2000, always this century's (``०७८``: 2078);
    in the Solar Hijri, whose 1400 began in 2021, the 1400s' up to 69 and the 1300s' from 70
    (``٩٢``: 1392); after a Thai month's name, the Buddhist era's 26th century's, as a Common
    Era year (``พ.ย.63``: 2563, which is 2020)."""
    if short_year is None:
        return None
    value = int(short_year)
    if month is not None and _THAI.search(month):
        return 2500 + value - _BUDDHIST_ERA
    century = 1400 if calendar == "solar_hijri" else 2000
    return century + value if value < 70 or calendar == "bikram_sambat" else century - 100 + value


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
    if not possible_day(day):
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


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri date, by jdatetime, or None when no such day exists."""
    try:
        gregorian = jdatetime.date(year, month, day).togregorian()
        return dt.date(gregorian.year, gregorian.month, gregorian.day)
    except (ValueError, OverflowError):
        return None


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of an Ethiopian date, by convertdate's Coptic calendar (the same
    months, 276 years behind), or None when no such day exists (the 13th month has 5 or 6 days)."""
    coptic_year = year - _ETHIOPIAN_FROM_COPTIC
    if not 1 <= day <= coptic.month_length(coptic_year, month):
        return None
    return dt.date(*coptic.to_gregorian(coptic_year, month, day))


def bikram_sambat_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Bikram Sambat date, by nepali-datetime, or None when no such day
    exists (a month has 29 to 32 days, different each year) or the year is outside its tables."""
    try:
        gregorian = nepali_datetime.date(year, month, day).to_datetime_date()
    except (ValueError, OverflowError):
        return None

    return dt.date(gregorian.year, gregorian.month, gregorian.day)


def _bikram_sambat_year(day: dt.date) -> int:
    return int(nepali_datetime.date.from_datetime_date(day).year)


def _ethiopian_year(day: dt.date) -> int:
    return int(coptic.from_gregorian(day.year, day.month, day.day)[0]) + _ETHIOPIAN_FROM_COPTIC


def _solar_hijri_year(day: dt.date) -> int:
    return int(jdatetime.date.fromgregorian(date=day).year)


#: For each calendar whose dates are converted: its name, the conversion, and the year a day falls in.
CONVERTED_CALENDARS: dict[str, tuple[str, Callable[[int, int, int], dt.date | None], Callable[[dt.date], int]]] = {
    "solar_hijri": ("Solar Hijri", solar_hijri_to_gregorian, _solar_hijri_year),
    "ethiopian": ("Ethiopian", ethiopian_to_gregorian, _ethiopian_year),
    "bikram_sambat": ("Bikram Sambat", bikram_sambat_to_gregorian, _bikram_sambat_year),
}


def infer_converted_year(calendar: str, month: int, day: int, reference: dt.date) -> int:
    """The ``calendar`` year of the latest ``month``/``day`` not more than :data:`AHEAD` after
    ``reference``, as :func:`infer_year` reads a Gregorian date without a year."""
    _, to_gregorian, year_of = CONVERTED_CALENDARS[calendar]
    current = year_of(reference)
    for year in (current + 1, current, current - 1):
        converted = to_gregorian(year, month, day)
        if converted is not None and converted - reference <= AHEAD:
            return year
    return current - 1
