"""A dateline as found: its text as printed, its parts, and where the lede starts.

Every way of reading a dateline ends here, so a match is built one way whatever read it:
the spans read in the folded text are mapped back to the paragraph as printed, and the
separator after the dateline (a dash, colon, full stop or tatweel) is kept in it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..fold import Folded
from .dates import DateMatch
from .segments import ELLIPSIS, HYPHENS, Reading, joins_words

#: What parts a dateline from the lede: hyphens, dashes, a colon or semicolon (``Lilongwe,
#: May 16, 2025, Mana; Blantyre``, Arabic's ``الكويت- سبأ؛``), a full stop, or tatweel
#: standing alone, which Arabic papers print as a dash (``بيروت ـ (أ ف ب) ـ``); a hyphen,
#: colon or underscore may touch the lede's first word (``مشهد-ایرنا-مدیر کل``, ``(Xinhua)
#: --Li Keqiang``, ``DAMASCUS, (ST)_President``), and so may a colon and dash (``ኢሳት ዜና:-ብቸኛው``).
#: A dash may take a full stop after it, touching the lede too (``SAN JUAN (EFE)-.``,
#: ``[Gurtong]-.According``), a colon a dash (``ኢሳት ዜና :-``, ``BANGKOK (NNT): --``); a run of
#: hyphens is one dash (:data:`~.segments.HYPHENS`). The taz
#: prints a black square: ``WIEN rtr ■ Rund …``, the Rheinische Post a middle dot: ``Kopenhagen ·
#: Wegen …``; an ellipsis may stand for a dash (:data:`~.segments.ELLIPSIS`).
_SEPARATOR = re.compile(
    rf"[ \t]*(?:\.?[ \t]*(?:(?:{HYPHENS}|[–—―−]{{1,2}})\.?|\u0640+|{ELLIPSIS}"
    rf"|[:;؛፦।॥|•·■](?:-|[ \t]+(?:{HYPHENS}|[–—]))?|_|=)(?=\s|$)|\.(?=\s|$)|\.-"
    rf"|(?:(?:{HYPHENS}|[–—])\.?|[:_]|:-|{ELLIPSIS})(?=[^\W\d_]))?"
)


class DatelineMatch(NamedTuple):
    """A dateline found at the start of a paragraph, as printed, and its parts. A named tuple:
    one is made for every dateline read, and remade for each part read after it."""

    raw: str
    place: str | None
    dates: tuple[DateMatch, ...]
    agency: str | None
    lede_start: int


#: The last slash or hyphen in a place, where reporters' names may end: ``Ayşe GÜREL/İSTANBUL``.
_LAST_JOIN = re.compile(r"[ \t]*[/-][ \t]*(?=[^/-]*$)")


def _reporters_end(place: str) -> int:
    """Where the place starts after reporters' names glued to it by a slash or hyphen, printed
    as Turkish agencies print them, given name then surname in capitals (``Zeki GÜNAL-İSTANBUL``,
    ``Mehmet ALA- Ali AKSOYER/İSTANBUL``); 0 when none are. The place is in capitals too, so
    two places joined (``AHMEDABAD/NEW DELHI``, ``Frankfurt/Main``) are never cut, nor a region's
    initials in brackets (GNA's ``Amasaman (G/A)``, Greater Accra)."""
    join = _LAST_JOIN.search(place)
    if join is None:
        return 0
    names, after = place[: join.start()].split(), place[join.end() :]
    surname_in_capitals = len(names) >= 2 and len(names[-1]) >= 2 and names[-1].isalpha() and names[-1].isupper()
    if surname_in_capitals and any(char.islower() for char in names[-2]) and after.isupper():
        return join.end()
    return 0


def separator_end(paragraph: str, end: int) -> int:
    """Where the lede starts after a dateline (or the credit closing it) ending at ``end``:
    past the separator, or past a credit's full stop glued to the lede's capital
    (``/Kabar/.The Kyrgyz``, ``/TASS/.The``), or to the capitalised word opening it after a
    name (``AFP.Le président``), which no separator pattern can tell from an abbreviation's. A
    slash after the credit's closing bracket is a mark of its own, maybe before the separator
    (``(AFP)/ El socialdemócrata``, ``(APO)/ — Ms. Christine``)."""
    if (
        paragraph[end : end + 1] == "/"
        and paragraph[end - 1 : end] in ")]）"
        and paragraph[end + 1 : end + 2].isspace()
    ):
        end += 1
    separator = _SEPARATOR.match(paragraph, end)
    if separator is not None and separator.end() > end and not joins_words(paragraph, end, separator.end()):
        return separator.end()
    if paragraph[end : end + 1] != "." or not paragraph[end + 1 : end + 2].isupper():
        return end
    closed = paragraph[end - 1 : end] in ("/", ")", "]")
    word = paragraph[end - 1 : end].isalpha() and paragraph[end + 2 : end + 3].islower()
    return end + 1 if closed or word else end


def text_start(paragraph: str, end: int) -> int:
    """Where the text after ``end`` starts, past the white space there: the lede's first word
    after a dateline ending at ``end``."""
    return len(paragraph) - len(paragraph[end:].lstrip())


def build_match(
    paragraph: str,
    folded: Folded,
    marker_end: int,
    agency: str | None,
    place_span: tuple[int, int] | None,
    dates: tuple[DateMatch, ...],
    separator_required: bool = False,
) -> DatelineMatch | None:
    """The dateline ending at ``marker_end`` in the folded text, with the separator after it;
    None when ``separator_required`` and none follows."""
    _, original_end = folded.span(0, marker_end)
    lede_start = separator_end(paragraph, original_end)
    if separator_required and not paragraph[original_end:lede_start].strip():
        return None
    place = None
    if place_span is not None:
        start, end = folded.span(*place_span)
        place = paragraph[start + _reporters_end(paragraph[start:end]) : end]
    return DatelineMatch(
        raw=paragraph[:lede_start].rstrip(),
        place=place,
        dates=dates,
        agency=agency,
        lede_start=text_start(paragraph, lede_start),
    )


def from_reading(paragraph: str, folded: Folded, reading: Reading | None) -> DatelineMatch | None:
    """The dateline :func:`~feedpub.parse.segments.read_parts` (or the CJK reader) read, as printed."""
    if reading is None:
        return None
    _, end = folded.span(0, reading.end) if reading.end else (0, 0)
    if reading.end >= len(folded.text):
        end = len(paragraph)
    place = paragraph[slice(*folded.span(*reading.place))] if reading.place else None
    agency = paragraph[slice(*folded.span(*reading.agency))] if reading.agency else None
    if paragraph[:end].rstrip().endswith(("/", ")", "]", '"', "»", "”")):
        # The separator after a closing slash, bracket or quote: Минск /Корр. БЕЛТА/. Дети, ИА "Регнум". Глава
        end = separator_end(paragraph, end)
    return DatelineMatch(
        raw=paragraph[:end].rstrip(),
        place=place,
        dates=reading.dates,
        agency=agency,
        lede_start=text_start(paragraph, end),
    )
