"""A credit line of its own that says where the story came from, in place of a dateline.

Arabic papers print a line such as ``"الاقتصادية" من الرياض`` (the paper, from Riyadh) or
``عبد السلام الثميري من الرياض`` (the reporter, from Riyadh) above the lede. Only a short
line whose words after "from" are a city CLDR names is read so: "from" alone proves nothing.
A line listing reporters each with their city in brackets (``خالد الحميدي (مكة المكرمة)، سعاد
الشمراني (الرياض)``) names the first reporter's city as the place. Persian copy opens its first
paragraph with the report it came from (``به گزارش ایرنا از تهران،``).
"""

from __future__ import annotations

import re
from functools import cache

from ..agencies import registry
from ..fold import fold_key
from .dateline_match import DatelineMatch
from .gazetteer import is_place
from .places import place_time_zone
from .words import alternation, credit_name, origin_words, outlet_origin_words

#: Longer than this, a line is the story, not a credit.
_LINE_LENGTH = 90
_QUOTES = "\"'«»“”„"


_NAME = r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,3}"
_IN_BRACKETS = r"[ \t]*[(（](?P<city>[^()（）\d\n]{2,30})[)）]"
#: Two or more reporters each with their city, by commas: the first city is where the story was filed.
_REPORTERS = re.compile(
    rf"{_NAME}{_IN_BRACKETS}(?:[ \t]*[,،][ \t]*{_NAME}[ \t]*[(（][^()（）\d\n]{{2,30}}[)）]){{1,4}}"
)


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<credit>[^\n]{{2,60}}?)\s+(?:{alternation(origin_words())})\s+(?P<place>[^\W\d_][^\n\d]{{1,30}}?)\s*"
    )


#: A credit line of an outlet and the place it filed from: ``Do UOL, em São Paulo``.
_OUTLET_ORIGIN = re.compile(
    r"(?P<from>[^\W\d_]+)[ \t]+(?P<credit>[^,\n]{2,40}?)[ \t]*,"
    r"[ \t]*(?P<in>[^\W\d_]+)[ \t]+(?P<place>[^\W\d_][^\n\d,]{1,30}?)"
)


#: Persian copy opens with where the report came from instead of a dateline: "به گزارش" (by the
#: report of) the agency or its reporter, maybe "از" or "در" (from, in) the place, and a comma:
#: ``به گزارش خبرگزاری فرانسه از کانبرا،``, ``به گزارش خبرنگار خبرگزاری فارس در اسلام‌آباد،``, ``به گزارش ایرنا،``.
_REPORT = re.compile(
    r"به[ \t]+گزارش[ \t]+(?:خبرنگار[ \t]+)?(?P<credit>[^،,\n]{2,40}?)"
    r"(?:[ \t]+(?:از|در)[ \t]+(?P<place>[^،,\n]{2,30}?))?[ \t]*[،,][ \t]*"
)


def read_report_opening(paragraph: str) -> DatelineMatch | None:
    """The dateline a Persian report's opening stands for: the agency the registry names as its
    credit, and the place after "from" or "in" when the gazetteer knows it; None when the
    paragraph does not open so, or names neither."""
    found = _REPORT.match(paragraph)
    if found is None:
        return None
    agency = found.group("credit") if registry().lookup(found.group("credit")) is not None else None
    place = found.group("place") if found.group("place") and is_place(found.group("place")) else None
    if agency is None and place is None:
        return None
    return DatelineMatch(paragraph[: found.end()].rstrip(), place, (), agency, found.end())


def read_origin_line(paragraph: str) -> DatelineMatch | None:
    """The dateline a line ``<credit> from <city>`` stands for: the city as its place, and the
    credit as its agency when the registry names it; or a line of reporters with their
    cities, the first city as its place; None for any other paragraph."""
    if len(paragraph) > _LINE_LENGTH:
        return None
    reporters = _REPORTERS.fullmatch(paragraph.rstrip())
    if reporters is not None:
        start, end = reporters.span("city")
        return DatelineMatch(paragraph.rstrip(), paragraph[start:end].strip(), (), None, len(paragraph))
    found = _pattern().fullmatch(paragraph.strip())
    if found is None or place_time_zone(found.group("place")) is None:
        return None
    credit = found.group("credit").strip(_QUOTES + " ")
    agency = credit if registry().lookup(credit) is not None else None
    offset = paragraph.index(found.group("place"))
    return DatelineMatch(
        raw=paragraph.rstrip(),
        place=paragraph[offset : offset + len(found.group("place"))],
        dates=(),
        agency=agency,
        lede_start=len(paragraph),
    )


def read_outlet_origin(paragraph: str) -> DatelineMatch | None:
    """The dateline of a line ``<from the> <outlet>, <in> <place>`` (``Do UOL, em São Paulo``):
    the outlet as its agency, the place the gazetteer knows as its place; None for any other."""
    if len(paragraph) > _LINE_LENGTH or "," not in paragraph:
        return None
    found = _OUTLET_ORIGIN.fullmatch(paragraph.strip())
    if found is None:
        return None
    from_words, in_words = outlet_origin_words()
    if fold_key(found["from"]) not in from_words or fold_key(found["in"]) not in in_words:
        return None
    if not credit_name(found["credit"]) or not is_place(found["place"]):
        return None
    return DatelineMatch(paragraph.rstrip(), found["place"], (), found["credit"], len(paragraph))
