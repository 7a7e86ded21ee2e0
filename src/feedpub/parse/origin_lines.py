"""A credit line of its own that says where the story came from, in place of a dateline.

Arabic papers print a line such as ``"الاقتصادية" من الرياض`` (the paper, from Riyadh) or
``عبد السلام الثميري من الرياض`` (the reporter, from Riyadh) above the lede. Only a short
line whose words after "from" are a city CLDR names is read so: "from" alone proves nothing.
"""

from __future__ import annotations

import re
from functools import cache

from ..agencies import registry
from .dateline_match import DatelineMatch
from .places import place_time_zone
from .words import alternation, origin_words

#: Longer than this, a line is the story, not a credit.
_LINE_LENGTH = 90
_QUOTES = "\"'«»“”„"


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<credit>[^\n]{{2,60}}?)\s+(?:{alternation(origin_words())})\s+(?P<place>[^\W\d_][^\n\d]{{1,30}}?)\s*"
    )


def read_origin_line(paragraph: str) -> DatelineMatch | None:
    """The dateline a line ``<credit> from <city>`` stands for: the city as its place, and the
    credit as its agency when the registry names it; None for any other paragraph."""
    if len(paragraph) > _LINE_LENGTH:
        return None
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
