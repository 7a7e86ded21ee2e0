"""Where an agency may be named in a dateline: in brackets, between slashes, or bare.

``(Xinhua)``, ``/ТАСС/``, ``((وام))``, and a registry alias standing bare (``واس``,
``KAZINFORM``). A bracketed name the registry lacks is still a candidate (the reader checks
that it is short and has a place or date before it); a country in brackets is none, and a
correspondent's credit, a joint credit or a syndication credit names the agency inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from ..agencies import registry
from ..fold import fold_key
from .place_and_dates import NOT_IN_PLACE, split_words
from .words import alternation, dateline_words, is_reporter_role, names_outlet, notes_the_story, territory_names

_MAX_AGENCY_WORDS = 5
#: How far into a paragraph an alias standing bare is looked for: a place, a date and a credit
#: before it are short, and a credit line of five reporters' names before ``İstanbul DHA`` ends
#: at its hundredth character. Every paragraph's words as far as this are listed.
_BARE_REACH = 160

#: An agency in brackets or between slashes (figures in brackets only in a registry name). A
#: closing slash is looked at, not taken, since it may open the next marker: in
#: ``7 نوفمبر/ تشرين الثاني / وام /`` the agency is the second. Nothing between slashes holds a
#: bracket: in ``Paris/Cannes (APA/dpa)`` the slashes join places and a joint credit.
_BRACKETED = re.compile(
    r"(?=[(（\[【〔/])"  # what the three open with, looked for first: the rest is tried there only
    r"(?:\(\(\s*(?P<double>[^()\d]{1,60}?)\s*\)\)"
    r"|[(（\[【〔]\s*(?P<single>[^()（）\[\]【】〔〕]{1,60}?)\s*[)）\]】〕]"
    r"|/\s*(?P<slashed>[^/\d()（）]{1,80}?)\s*(?=/))"
)
#: What opens a bracketed or slashed marker.
_OPENERS = re.compile(r"[(（\[【〔/]")
_FIGURE = re.compile(r"\d")
#: One word of letters and figures, three letters or more: a brand's name, ``TOP243NEWS``, ``Liputan6``.
_BRAND = re.compile(r"(?=(?:\d*[^\W\d_]){3})[^\W_]+")
#: A run of letters and digits: where an alias standing bare may start.
_WORD = re.compile(r"[^\W_]+")
#: A joint credit: two or three agencies' initials, by spaces, slashes or hyphens (``ats afp``,
#: ``tca/dpa``, ``NNN-XINHUA``, ``efe-epa``).
_JOINT = re.compile(r"(?P<first>[^\W\d_]{2,8})(?:(?:\s*[/-]\s*|\s+)[^\W\d_]{2,8}){1,2}")
#: The first word of a credit between slashes, before a comma or a space and another word.
_SLASHED_HEAD = re.compile(r"[^\W\d_][\w.-]*(?=\s*,\s*[^\W\d_]|\s+[^\W\d_])")
#: The first name of a credit in brackets, before a comma and more words, as :data:`_SLASHED_HEAD`
#: is between slashes: the agency, then what its copy is or where it was filed (``(BETA, serb., aus Brüssel)``).
_BRACKETED_HEAD = re.compile(r"[^,]{2,40}?(?=\s*,\s*[^\W\d_])")
#: A syndication credit: the syndicator, a dash, the agency (``MENAFN - IANS``); the agency
#: is credited even where the registry does not know it, if it knows the syndicator
#: (``(MENAFN - Jordan Times)``).
_SYNDICATED = re.compile(r"[^\W\d_][\w.]{1,20}\s*-\s+(?P<agency>[^\W\d_][\w. ]{1,30})")


class Candidate(NamedTuple):
    """A possible agency marker: its span in the folded text, and the agency name's span within
    it. A named tuple, as most paragraphs read hold one or more."""

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


def bracketed(folded: str, position: int = 0) -> Iterator[Candidate]:
    """The markers in brackets or between slashes, from ``position`` on."""
    for match in _BRACKETED.finditer(folded, position):
        group = "double" if match.group("double") else "single" if match.group("single") else "slashed"
        text = match.group(group)
        start, end = match.span(group)
        known = registry().lookup(text) is not None
        if not known and _FIGURE.search(text) and not _may_hold_figures(text):
            continue  # figures in brackets are a count or a date, unless an outlet's name holds them: (News 1st)
        if not known and fold_key(text) in territory_names():
            continue  # a country after its place, "قناة السويس (مصر)": no agency
        if not known and fold_key(text) in dateline_words().short_weekdays:
            continue  # a weekday after its date, "10月24日(木)": no agency
        if not known and notes_the_story(split_words(text)):
            continue  # a note that the story was updated, "MANILA (Updated) —": no agency
        # A correspondent's credit between slashes may run longer: /Спец. корр. ТАСС Дмитрий Рачицкий, …/.
        if not known and (group == "slashed" or len(split_words(text)) <= _MAX_AGENCY_WORDS):
            joint = _JOINT.fullmatch(text)
            syndicated = _SYNDICATED.fullmatch(text)
            heading = _SLASHED_HEAD if group == "slashed" else _BRACKETED_HEAD
            # A correspondent's credit names the agency among other words: /Корр. ТАСС Иван Лебедев/.
            inner = _bare_alias_pattern().search(folded, start, end)
            if joint is not None and "-" in text and (inner is None or inner.start() == start):
                joint = None  # joined by a hyphen, a name (Prime-News) unless an agency follows: NNN-XINHUA
            if joint is not None and inner is not None and inner.start() == start and inner.end() > joint.end("first"):
                joint = None  # an agency's name of several words, and what its copy is: (نوائے وقت رپورٹ), its report
            if joint is not None and is_reporter_role(joint.group("first")):
                joint = None  # an agency's reporter, the role first as Arabic puts it: (موفد سونا), SUNA's envoy
            if syndicated and registry().lookup(syndicated.group("agency")):
                (start, end), known = (start + syndicated.start("agency"), end), True
            elif syndicated and registry().lookup(syndicated.group().split()[0]):
                # A syndicator the registry knows, before a paper it does not: the paper wrote the story.
                (start, end), known = (start + syndicated.start("agency"), end), True
            elif joint and (inner is not None or "/" in text or registry().lookup(joint.group("first")) is not None):
                # The first of a joint credit wrote the story, whether or not the registry knows it;
                # names parted by a slash are always several (CNA/EWTN News), by a space maybe one.
                end, known = start + joint.end("first"), registry().lookup(joint.group("first")) is not None
            elif inner is not None:
                (start, end), known = inner.span(), True
            elif (head := heading.match(text)) and registry().lookup(head.group()):
                # An agency, then its correspondent or what its copy is: /Trend, N. Kirtskhalia/,
                # / Trend N.Kirtskhalia /, (BETA, serb., aus Brüssel).
                end, known = start + head.end(), True
        marker_end = match.end() + 1 if group == "slashed" else match.end()
        yield Candidate(match.start(), marker_end, start, end, known, bare=False)


@cache
def _bare_openings() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The aliases that may stand bare, by the words they open with: the one word of a
    single-word alias, the first two of the others. A paragraph none of whose words (or pairs of
    words) open one has no bare alias, which spares trying the whole pattern at every letter."""
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for alias in registry().bare:
        words = _WORD.findall(alias)
        if len(alias) < 3 or not words:
            continue
        if len(words) == 1:
            singles.add(words[0])
        else:
            pairs.add((words[0], words[1]))
    return frozenset(singles), frozenset(pairs)


def _bare(folded: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """The aliases standing bare that start in ``folded[start:end]``, within :data:`_BARE_REACH`."""
    end = min(len(folded) if end is None else end, _BARE_REACH)
    singles, pairs = _bare_openings()
    words = _WORD.findall(folded, start, end)
    if singles.isdisjoint(words) and pairs.isdisjoint(pairwise(words)):
        return  # most paragraphs
    for match in _bare_alias_pattern().finditer(folded, start):
        if match.start() >= end:
            return
        yield Candidate(match.start(), match.end(), match.start(), match.end(), True, bare=True)


def candidates(folded: str) -> Iterator[Candidate]:
    """Possible agency markers in order (a bracketed one first where both start), found lazily:
    the first that fits is usually near the start, and the rest of the text is never searched."""
    if _OPENERS.search(folded) is None:
        return _bare(folded)  # most paragraphs of a story: no bracket or slash to look into
    return _in_order(folded)


def _in_order(folded: str) -> Iterator[Candidate]:
    """The bracketed markers and, before each, the bare aliases that start before it: the text
    after a marker is looked at for bare aliases only when the marker did not fit."""
    start = 0
    for marker in bracketed(folded):
        yield from _bare(folded, start, marker.start)
        yield marker
        start = marker.start  # the text the marker spans may hold a bare alias too: (Xinhua)
    yield from _bare(folded, start)


#: A word of a name, whose first letter its initials take.
_NAME_WORD = re.compile(r"[^\W\d_]+")


def abbreviates(words: str, initials: str) -> bool:
    """Whether ``initials``, in brackets after ``words`` (both folded), are the first letters of
    the last of those words, as a sentence names something and then its abbreviation
    (``Tarsus-Adana- Gaziantep (TAG) Otoyolu'nun …``, the motorway): no agency's credit."""
    letters = initials.replace(".", "").replace(" ", "")
    found = _NAME_WORD.findall(words)
    return 1 < len(letters) <= len(found) and "".join(word[0] for word in found[-len(letters) :]) == letters


#: A word's ending in brackets glued to it, which a page prints where the word may be plural or
#: of either gender (``Schlagwort(e):``, ``Key word(s):``, ``Mitarbeiter(innen)``): a few small
#: letters, never an agency's credit.
_WORD_ENDING = re.compile(r"(?<=[^\W\d_])\([a-zäöüß]{1,6}\)")


def is_word_ending(text: str, bracket: int) -> bool:
    """Whether the bracket opening at ``text[bracket]`` holds a word's ending glued to it
    (:data:`_WORD_ENDING`), as printed: folded, any name in brackets is in small letters."""
    return _WORD_ENDING.match(text, bracket) is not None


def plausible_agency(text: str) -> bool:
    """Whether a name the registry lacks may be an agency's: a few words, nothing a place lacks,
    and no weekday's name (``on February 27, 2023 (Monday).``)."""
    words = 0 < len(split_words(text)) <= _MAX_AGENCY_WORDS
    if not words or fold_key(text).strip(" .") in dateline_words().weekdays:
        return False
    return not NOT_IN_PLACE.search(text) or _may_hold_figures(text)


def _may_hold_figures(text: str) -> bool:
    """Whether ``text`` is a name that may hold figures: a brand's one word (``TOP243NEWS``,
    ``Liputan6``) or an outlet's few words (``News 1st``, ``92 News``)."""
    return _BRAND.fullmatch(text.strip()) is not None or names_outlet(fold_key(text).split(), _MAX_AGENCY_WORDS)
