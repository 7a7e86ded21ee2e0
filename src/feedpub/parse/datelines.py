"""Find the dateline that opens a story's first paragraph.

A dateline is a place, maybe a date, and the agency, then a separator before the lede:
``بغداد 7 نوفمبر 2025 (شينخوا)``, ``BAGHDAD, Nov. 7 (Xinhua) --``, ``МОСКВА, 7 ноября.
/ТАСС/.``, ``الرياض ... م واس``. It is read in three ways, the first that reads it winning:
the Chinese, Japanese and Korean forms (:mod:`.cjk`); an agency marker as the anchor
(brackets, slashes, or a registry alias standing bare), what precedes it read as credit,
place and dates, so a name in brackets later in a sentence is not taken for one; and the
parts between marks in any order, anchored by an agency, a date, a generic credit or a
place in capitals (:mod:`.segments`).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from ..agencies import registry
from ..fold import Folded, fold, fold_key
from .cjk import read_cjk
from .dates import DateMatch, find_dates
from .segments import Reading, read_parts
from .words import alternation, byline_words, dateline_words, generic_credits, territory_names

#: How far into the first paragraph a dateline may reach.
SEARCH_LIMIT = 240
_MAX_PLACE_WORDS = 6
_MAX_AGENCY_WORDS = 5

#: An agency in brackets or between slashes. A closing slash is looked at, not taken, since
#: it may open the next marker: in ``7 نوفمبر/ تشرين الثاني / وام /`` the agency is the second.
_BRACKETED = re.compile(
    r"\(\(\s*(?P<double>[^()\d]{1,60}?)\s*\)\)"
    r"|[(（\[]\s*(?P<single>[^()（）\[\]\d]{1,60}?)\s*[)）\]]"
    r"|/\s*(?P<slashed>[^/\d]{1,40}?)\s*(?=/)"
)
#: What parts a dateline from the lede: hyphens, dashes, a colon, a full stop, or tatweel
#: standing alone, which Arabic papers print as a dash (``بيروت ـ (أ ف ب) ـ``); a hyphen may
#: touch the lede's first word (``مشهد-ایرنا-مدیر کل``, ``(Xinhua) --Li Keqiang``).
_SEPARATOR = re.compile(
    r"[ \t]*(?:\.?[ \t]*(?:-{1,3}|[–—―−]{1,2}|\u0640+|:|_|=)(?=\s|$)|\.(?=\s|$)|\.-|(?:-{1,3}|[–—])(?=[^\W\d_]))?"
)
_DASH_ONLY = re.compile(r"\s+(?:-{2,3}|[–—―])\s+")
_LEADING_DASH = re.compile(r"[ \t]*(?:-{1,3}|[–—―]{1,2})[ \t]+")
_CLOSING_DASH = re.compile(r"[ \t]+(?:-{1,3}|[–—―]{1,2})(?=\s)")
_PLACE_EDGE = " \t,،;:/-–—.()"
_NOT_IN_PLACE = re.compile(r"[\d!?؟؛\"“”«»„(（]")


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
    """A possible agency marker: its span in the folded text, and the agency name's span within it."""

    start: int
    end: int
    name_start: int
    name_end: int
    known: bool
    bare: bool


@cache
def _bare_alias_pattern() -> re.Pattern[str]:
    aliases = alternation(alias for alias in registry().bare if len(alias) >= 3)
    return re.compile(rf"(?<![^\W_])(?:{aliases})(?![^\W_])")


#: A joint credit: two or three agencies' initials, by spaces or slashes (``ats afp``, ``tca/dpa``).
_JOINT = re.compile(r"(?P<first>[^\W\d_]{2,8})(?:(?:\s*/\s*|\s+)[^\W\d_]{2,8}){1,2}")
#: A syndication credit: the syndicator, a dash, the agency (``MENAFN - IANS``).
_SYNDICATED = re.compile(r"[^\W\d_][\w.]{1,20}\s+-\s+(?P<agency>[^\W\d_][\w. ]{1,30})")


def _bracketed(folded: str) -> Iterator[_Candidate]:
    for match in _BRACKETED.finditer(folded):
        group = "double" if match.group("double") else "single" if match.group("single") else "slashed"
        text = match.group(group)
        start, end = match.span(group)
        known = registry().lookup(text) is not None
        if not known and fold_key(text) in territory_names():
            continue  # a country after its place, "قناة السويس (مصر)": no agency
        if not known and len(_words(text)) <= _MAX_AGENCY_WORDS:
            joint = _JOINT.fullmatch(text)
            syndicated = _SYNDICATED.fullmatch(text)
            # A correspondent's credit names the agency among other words: /Корр. ТАСС Иван Лебедев/.
            inner = _bare_alias_pattern().search(folded, start, end)
            if syndicated and registry().lookup(syndicated.group("agency")):
                (start, end), known = (start + syndicated.start("agency"), end), True
            elif joint and inner is not None:
                # The first of a joint credit wrote the story, whether or not the registry knows it.
                end, known = start + joint.end("first"), registry().lookup(joint.group("first")) is not None
            elif inner is not None:
                (start, end), known = inner.span(), True
        marker_end = match.end() + 1 if group == "slashed" else match.end()
        yield _Candidate(match.start(), marker_end, start, end, known, bare=False)


def _bare(folded: str) -> Iterator[_Candidate]:
    for match in _bare_alias_pattern().finditer(folded):
        yield _Candidate(match.start(), match.end(), match.start(), match.end(), True, bare=True)


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


_CREDIT_BREAK = re.compile(r"\s+[-–—]\s+|:\s+|\s{2,}")


def _credit_end(place: str) -> int:
    """Where the place starts in ``place`` when a credit is glued before it: after the last
    spaced dash or colon (``Canadian Press - VANCOUVER``) or, after a byline word, the last
    run of spaces (``By MICHAEL LIEDTKE     SAN FRANCISCO``), else its last word
    (``By Nepal Samachar Kathmandu``); the second time when it is printed twice (``LAHORE
    LAHORE``); 0 when nothing is glued."""
    breaks = list(_CREDIT_BREAK.finditer(place))
    if breaks and not breaks[-1].group().isspace():
        return breaks[-1].end()
    words = place.split(maxsplit=1)
    if words and words[0] in byline_words():
        if len(words) == 1:
            return len(place)  # "By dpa correspondents": a byline, no place
        return breaks[-1].end() if breaks else place.rstrip().rindex(" ") + 1
    repeated = _REPEATED.fullmatch(place)
    return repeated.start("again") if repeated else 0


_CORRESPONDENT = re.compile(r"[ \t]*[,،][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}\.(?=\s)")
_REPEATED = re.compile(r"(?P<once>[^\W\d_][^,،]*?)[\s,،]+(?P<again>(?P=once))")
_DAY_ONLY = re.compile(r"[,،]\s*(?P<day>[0-3]?\d)\.?\s*$")


def _read_prefix(folded: str, day_alone: bool = False) -> tuple[tuple[int, int] | None, tuple[DateMatch, ...]] | None:
    """Split the text before an agency marker into place and dates, or None if it is prose. A
    day alone after the place (Europa Press's ``MADRID, 5 (EUROPA PRESS)``) is a date too when
    ``day_alone``: before a bracketed marker, not a bare alias (``22 abr``, April, is no ABr)."""
    dates = tuple(find_dates(folded))
    day = _DAY_ONLY.search(folded) if day_alone and not dates else None
    if day is not None:
        dates = (DateMatch(*day.span("day"), "gregorian", None, None, int(day.group("day"))),)
    words = dateline_words()
    gaps = []
    cursor = 0
    for date in dates:
        gaps.append((cursor, date.start))
        cursor = date.end
    gaps.append((cursor, len(folded)))
    place_start, place_end = _trim_place(folded[gaps[0][0] : gaps[0][1]])
    place_start += _credit_end(folded[place_start:place_end])
    for start, end in gaps[1:]:
        for word in _words(folded[start:end]):
            word = word.strip(_PLACE_EDGE)
            if word and word not in words.connectors and word not in words.weekdays:
                return None
    place = folded[place_start:place_end]
    key = " ".join(place.split())  # folded already
    if key and (key in registry().by_alias or key in generic_credits()):
        return None, dates  # a paper's or agency's name before the agency's (الوئام - ا ف ب): no place
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


#: A reporter's name closing a dateline line: a few words and a colon (``آمنة عيد:``).
_REPORTER = re.compile(r"(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+[ \t]*:")


def find_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline opening ``paragraph``, or None when it does not open with one. A reporter's
    name that closes a dateline line (``القاهرة - مكتب الجزيرة - آمنة عيد:``) is kept in it."""
    match = _read_opening(paragraph)
    if match is not None and _REPORTER.fullmatch(paragraph, match.lede_start, len(paragraph.rstrip())):
        return replace(match, raw=paragraph.rstrip(), lede_start=len(paragraph))
    return match


def _read_opening(paragraph: str) -> DatelineMatch | None:
    folded = fold(paragraph[: SEARCH_LIMIT + 40])
    text = folded.text
    east_asian = read_cjk(folded)
    if east_asian:
        return _from_parts(paragraph, folded, east_asian)
    for candidate in _candidates(text):
        if candidate.start > SEARCH_LIMIT:
            break
        prefix = _read_prefix(text[: candidate.start], day_alone=not candidate.bare)
        if prefix is None:
            continue
        place_span, dates = prefix
        if candidate.bare and place_span is None:
            continue
        named = text[candidate.name_start : candidate.name_end]
        if not candidate.known and not (_plausible_agency(named) and (dates or place_span)):
            continue
        agency_start, agency_end = folded.span(candidate.name_start, candidate.name_end)
        # A generic credit, "(وكالات)" or "(Agencies)", anchors the dateline but names no agency.
        agency_text = None if " ".join(named.split()) in generic_credits() else paragraph[agency_start:agency_end]
        if place_span is None and not dates and candidate.known:
            leading = _agency_first(paragraph, folded, candidate.end, agency_text)
            leading = leading or _credit_first(paragraph, folded, candidate.end, agency_text)
            if leading:
                return leading
        # RIA's correspondent follows the agency: "МОСКВА, 31 янв - РИА Новости, Марина Шмаюн."
        correspondent = _CORRESPONDENT.match(text, candidate.end) if candidate.bare else None
        match = _build(
            paragraph,
            folded,
            correspondent.end() if correspondent else candidate.end,
            agency_text,
            place_span,
            dates,
            separator_required=not candidate.known,
        )
        if match:
            return match
    return _from_parts(paragraph, folded, read_parts(folded)) or _without_agency(paragraph, folded)


def _from_parts(paragraph: str, folded: Folded, reading: Reading | None) -> DatelineMatch | None:
    """The dateline :func:`~feedpub.parse.segments.read_parts` read, as printed."""
    if reading is None:
        return None
    _, end = folded.span(0, reading.end) if reading.end else (0, 0)
    if reading.end >= len(folded.text):
        end = len(paragraph)
    place = paragraph[slice(*folded.span(*reading.place))] if reading.place else None
    agency = paragraph[slice(*folded.span(*reading.agency))] if reading.agency else None
    rest = paragraph[end:]
    return DatelineMatch(
        raw=paragraph[:end].rstrip(),
        place=place,
        dates=reading.dates,
        agency=agency,
        lede_start=len(paragraph) - len(rest.lstrip()),
    )


def _agency_first(paragraph: str, folded: Folded, marker_end: int, agency: str | None) -> DatelineMatch | None:
    """``(ANSA) - ROMA, 07 NOV - ...``: the agency first, then a place (and date) closed by a dash."""
    opening = _LEADING_DASH.match(folded.text, marker_end)
    if not opening:
        return None
    closing = _CLOSING_DASH.search(folded.text, opening.end(), opening.end() + 80)
    if not closing:
        return None
    # The agency blanked out, so the spans read stay those of the folded text.
    before = " " * opening.end() + folded.text[opening.end() : closing.start()]
    return _closed_by_dash(paragraph, folded, before, closing.start(), agency)


def _credit_first(paragraph: str, folded: Folded, marker_end: int, agency: str | None) -> DatelineMatch | None:
    """``(MENAFN - IANS) Mumbai, Aug 6 (IANS) ...``: a syndication credit printed before the
    dateline proper, which names the place (and its own agency, taken before the credit's)."""
    _, end = folded.span(0, marker_end)
    rest = paragraph[end:]
    offset = len(paragraph) - len(rest.lstrip())
    if offset >= len(paragraph) or not paragraph[offset].isalpha():
        return None
    inner = find_dateline(paragraph[offset:])
    if inner is None or inner.place is None:
        return None
    return DatelineMatch(
        raw=paragraph[:offset] + inner.raw,
        place=inner.place,
        dates=inner.dates,
        agency=inner.agency or agency,
        lede_start=offset + inner.lede_start,
    )


def _without_agency(paragraph: str, folded: Folded) -> DatelineMatch | None:
    """``LONDON — ...``: a place (and date) closed by a long dash, with no agency."""
    dash = _DASH_ONLY.search(folded.text, 0, 80)
    if not dash:
        return None
    return _closed_by_dash(paragraph, folded, folded.text[: dash.start()], dash.start(), None)


def _closed_by_dash(
    paragraph: str, folded: Folded, before: str, dash_start: int, agency: str | None
) -> DatelineMatch | None:
    """The dateline when ``before`` (folded text up to a dash at ``dash_start``) reads as a
    place and dates: with a date, or a place in capitals, since prose between dashes is neither."""
    prefix = _read_prefix(before)
    if prefix is None:
        return None
    place_span, dates = prefix
    if place_span is None:
        return None
    start, end = folded.span(*place_span)
    if not dates and not paragraph[start:end].isupper():
        return None
    return _build(paragraph, folded, dash_start, agency, place_span, dates, separator_required=True)
