"""Find the dateline that opens a story's first paragraph.

A dateline is a place, maybe a date, and the agency, then a separator before the lede:
``بغداد 7 نوفمبر 2025 (شينخوا)``, ``BAGHDAD, Nov. 7 (Xinhua) --``, ``МОСКВА, 7 ноября.
/ТАСС/.``, ``الرياض ... م واس``, ``新华社北京11月7日电（记者 ...）``. The agency marker is
the anchor: brackets, slashes, or a registry alias standing bare; what precedes it must
read as a place and dates, so a name in brackets later in a sentence is not taken for one.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .agencies import registry
from .dates import DateMatch, find_dates
from .fold import Folded, fold, fold_key
from .words import dateline_words

#: How far into the first paragraph a dateline may reach.
SEARCH_LIMIT = 240
_MAX_PLACE_WORDS = 6
_MAX_AGENCY_WORDS = 5

_BRACKETED = re.compile(
    r"\(\(\s*(?P<double>[^()\d]{1,60}?)\s*\)\)"
    r"|[(（\[]\s*(?P<single>[^()（）\[\]\d]{1,60}?)\s*[)）\]]"
    r"|/\s*(?P<slashed>[^/\d]{1,40}?)\s*/"
)
_SEPARATOR = re.compile(r"[ \t]*(?:\.?[ \t]*(?:-{1,3}|[–—―−]{1,2}|:)(?=\s|$)|\.(?=\s|$)|\.-)?")
_DASH_ONLY = re.compile(r"\s+(?:-{2,3}|[–—―])\s+")
_PLACE_EDGE = " \t,،;:/-–—.()"
_NOT_IN_PLACE = re.compile(r"[\d!?؟؛\"“”«»„]")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph, as printed, and its parts."""

    raw: str
    place: str | None
    dates: tuple[DateMatch, ...]
    agency: str | None
    lede_start: int


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    agency: str
    known: bool
    bare: bool


@cache
def _bare_alias_pattern() -> re.Pattern[str]:
    aliases = sorted(
        {fold_key(alias) for alias in registry().by_alias if len(fold_key(alias)) >= 3},
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(alias).replace(r"\ ", r"\s+") for alias in aliases)
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])")


@cache
def _chinese_pattern() -> re.Pattern[str]:
    aliases = sorted(
        {fold_key(alias) for alias in registry().by_alias if _CJK.search(alias)},
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(alias) for alias in aliases)
    return re.compile(
        rf"^\s*(?P<agency>{alternation})\s*(?P<place>[^\W\d_]{{1,12}}?)\s*"
        r"(?P<date>(?:\d{4}\s*年\s*)?[01]?\d\s*月\s*[0-3]?\d\s*日)?\s*电"
        r"\s*(?:[（(][^）)]{0,60}[）)])?\s*"
    )


def _bracketed(folded: str) -> Iterator[_Candidate]:
    for match in _BRACKETED.finditer(folded):
        text = match.group("double") or match.group("single") or match.group("slashed")
        yield _Candidate(match.start(), match.end(), text, registry().lookup(text) is not None, bare=False)


def _bare(folded: str) -> Iterator[_Candidate]:
    for match in _bare_alias_pattern().finditer(folded):
        yield _Candidate(match.start(), match.end(), match.group(), True, bare=True)


def _candidates(folded: str) -> Iterator[_Candidate]:
    """Possible agency markers in order (a bracketed one first where both start), found lazily:
    the first that fits is usually near the start, and the rest of the text is never searched."""
    return heapq.merge(_bracketed(folded), _bare(folded), key=lambda candidate: (candidate.start, candidate.bare))


def _words(text: str) -> list[str]:
    return [word for word in re.split(r"[\s,،]+", text) if word.strip(_PLACE_EDGE)]


def _trim_place(text: str) -> tuple[int, int]:
    """The span of the place within ``text``: edge punctuation and connector words removed."""
    words = dateline_words()
    start, end = 0, len(text)
    while True:
        before = (start, end)
        while start < end and text[start] in _PLACE_EDGE:
            start += 1
        while end > start and text[end - 1] in _PLACE_EDGE:
            end -= 1
        last = re.search(r"[^\s,،/-]+$", text[start:end])
        if last and (last.group() in words.connectors or last.group() in words.weekdays):
            end = start + last.start()
        if (start, end) == before:
            return start, end


def _read_prefix(folded: str) -> tuple[tuple[int, int] | None, tuple[DateMatch, ...]] | None:
    """Split the text before an agency marker into place and dates, or None if it is prose."""
    dates = tuple(find_dates(folded))
    words = dateline_words()
    gaps = []
    cursor = 0
    for date in dates:
        gaps.append((cursor, date.start))
        cursor = date.end
    gaps.append((cursor, len(folded)))
    place_start, place_end = _trim_place(folded[gaps[0][0] : gaps[0][1]])
    for start, end in gaps[1:]:
        for word in _words(folded[start:end]):
            word = word.strip(_PLACE_EDGE)
            if word and word not in words.connectors and word not in words.weekdays:
                return None
    place = folded[place_start:place_end]
    place_words = _words(place)
    if len(place_words) > _MAX_PLACE_WORDS or len(place) > 60 or _NOT_IN_PLACE.search(place):
        return None
    if any(word in words.prose for word in place_words):
        return None
    return ((place_start, place_end) if place else None), dates


def _plausible_agency(text: str) -> bool:
    return 0 < len(_words(text)) <= _MAX_AGENCY_WORDS and not _NOT_IN_PLACE.search(text)


def _build(
    paragraph: str,
    folded: Folded,
    marker_end: int,
    agency: str | None,
    place_span: tuple[int, int] | None,
    dates: tuple[DateMatch, ...],
    separator_required: bool = False,
) -> DatelineMatch | None:
    _, original_end = folded.span(0, marker_end)
    separator = _SEPARATOR.match(paragraph, original_end)
    lede_start = separator.end() if separator else original_end
    if separator_required and not (separator and separator.group().strip()):
        return None
    rest = paragraph[lede_start:]
    place = None
    if place_span is not None:
        start, end = folded.span(*place_span)
        place = paragraph[start:end]
    return DatelineMatch(
        raw=paragraph[:lede_start].rstrip(),
        place=place,
        dates=dates,
        agency=agency,
        lede_start=len(paragraph) - len(rest.lstrip()),
    )


def _chinese(paragraph: str, folded: Folded) -> DatelineMatch | None:
    match = _chinese_pattern().match(folded.text)
    if not match:
        return None
    agency_start, agency_end = folded.span(*match.span("agency"))
    place_span = match.span("place")
    dates = tuple(find_dates(folded.text[: match.end()]))
    _, end = folded.span(0, match.end())
    return DatelineMatch(
        raw=paragraph[:end].rstrip(),
        place=paragraph[slice(*folded.span(*place_span))] if place_span[1] > place_span[0] else None,
        dates=dates,
        agency=paragraph[agency_start:agency_end],
        lede_start=end,
    )


def find_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening ``paragraph``, or None when it does not open with one."""
    folded = fold(paragraph[: SEARCH_LIMIT + 40])
    text = folded.text
    chinese = _chinese(paragraph, folded)
    if chinese:
        return chinese
    for candidate in _candidates(text):
        if candidate.start > SEARCH_LIMIT:
            break
        prefix = _read_prefix(text[: candidate.start])
        if prefix is None:
            continue
        place_span, dates = prefix
        if candidate.bare and place_span is None:
            continue
        if not candidate.known and not (_plausible_agency(candidate.agency) and (dates or place_span)):
            continue
        agency_start, agency_end = folded.span(candidate.start, candidate.end)
        agency_text = paragraph[agency_start:agency_end].strip(" ()（）[]/")
        match = _build(
            paragraph,
            folded,
            candidate.end,
            agency_text,
            place_span,
            dates,
            separator_required=not candidate.known,
        )
        if match:
            return match
    return _without_agency(paragraph, folded)


def _without_agency(paragraph: str, folded: Folded) -> DatelineMatch | None:
    """``LONDON — ...``: a place (and date) closed by a long dash, with no agency."""
    dash = _DASH_ONLY.search(folded.text, 0, 80)
    if not dash:
        return None
    prefix = _read_prefix(folded.text[: dash.start()])
    if prefix is None:
        return None
    place_span, dates = prefix
    if place_span is None:
        return None
    start, end = folded.span(*place_span)
    place = paragraph[start:end]
    if not dates and not place.isupper():
        return None
    return _build(paragraph, folded, dash.start(), None, place_span, dates, separator_required=True)
