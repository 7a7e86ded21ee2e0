"""What is said when a story's dateline cannot be read: what was found and which part of it
was not understood, never that the dateline is missing when a line looks like one; or that
the headline runs into the dateline, and where to break the line.
"""

from __future__ import annotations

import difflib
import re

from babel.dates import get_month_names

from ..agencies import registry
from ..fold import fold, fold_key
from ..problems import Problem
from .agency_markers import is_word_ending
from .datelines import DatelineMatch, find_dateline
from .dates import find_dates
from .gazetteer import is_place
from .words import dateline_words

#: An opening shaped like a dateline: words up to a dash or colon, or a bracket then a dash
#: (or the paragraph's end: a dateline on a line of its own).
_SHAPED = re.compile(r"(?P<head>[^\n]{2,80}?)(?P<separator>\s(?:-{1,3}|[–—])\s|:\s|(?<=\))\s*[-–—:]?(?:\s|$))")


#: A name in brackets or between slashes: where an unread dateline's agency may be.
_BRACKET = re.compile(r"[(（\[/]\s*([^()（）\[\]/]{1,40})\s*[)）\]/]")

#: A dateline in lenticular brackets, as Japanese and Chinese copy prints it: 【6月18日 AFP】.
_LENTICULAR = re.compile(r"\s*【(?P<inside>[^】\n]{1,40})】")


def looks_like_dateline(paragraph: str) -> tuple[str, str] | None:
    """For a paragraph :func:`find_dateline` cannot read: what at its start looks like a
    dateline (a word in capitals then brackets or figures, a short bracketed name, or
    anything in lenticular brackets), and the part of it not understood (its ``date``,
    ``place`` or ``agency``, or a ``bracket`` opened and never closed); None if nothing does."""
    lenticular = _LENTICULAR.match(paragraph)
    if lenticular is not None:
        inside = lenticular.group("inside")
        part = "date" if any(char.isdigit() for char in inside) else "place"
        return lenticular.group().strip(), part
    shaped = _SHAPED.match(paragraph)
    if shaped is None:
        return None
    head = shaped.group("head")
    first = head.split()[0] if head.split() else ""
    bracket = next((found for found in _BRACKET.finditer(head) if not is_word_ending(head, found.start())), None)
    digits = any(char.isdigit() for char in head)
    closing = bracket is not None and bracket.end() >= len(head) - 1
    closed = closing and shaped.group("separator").strip()
    capitals = len(first) >= 3 and first.strip(",").isupper()
    # In a script without capitals, a known agency in brackets closing the head stands for
    # them: بغداد 32 فبراير 2025 (شينخوا) قال, နေပြည်တော် ၊ ဖေဖော်ဝါရီ ၃၂ ရက် (ဆင်ဟွာ).
    credited = closing and bracket is not None and registry().lookup(bracket.group(1)) is not None
    caseless = credited and not any(char.isupper() or char.islower() for char in first)
    marked = bool(shaped.group("separator").strip()) or digits  # "NAME (Org) text" is a sentence
    if not ((((capitals or caseless) and (bracket or digits)) or closed) and marked):
        return None
    found = paragraph[: shaped.end()].rstrip()
    folded_head = fold(head).text
    dated: set[int] = set()
    for date in find_dates(folded_head):
        dated.update(range(date.start, date.end))
    if any(char.isdigit() and index not in dated for index, char in enumerate(folded_head)):
        return found, "date"
    if bracket and registry().lookup(bracket.group(1)) is None:
        return found, "agency"
    if head.count("(") + head.count("（") > head.count(")") + head.count("）"):
        return found, "bracket"  # DJIBOUTI, 8 janvier 2026 (ADI – Un homme …
    return found, "place"


def unread_dateline(headline: str, first: str) -> tuple[str | None, DatelineMatch | None, list[Problem]]:
    """What to say when no dateline could be read: that the first paragraph opens with
    something shaped like one (returned, for ``dateline.raw``, so the article is not said to
    lack one), or that the headline runs into it (the dateline read there returned, so the
    article is not said to lack that either)."""
    looks = looks_like_dateline(first)
    if looks is not None:
        found, part = looks
        wrong = "its bracket is never closed" if part == "bracket" else f"its {part} was not understood"
        if part == "date" and (misspelled := _month_misspelled(found)) is not None:
            wrong += f" ({misspelled[0]!r} is no month; is it {misspelled[1]!r}?)"
        return (
            found,
            None,
            [
                Problem(
                    "/dateline",
                    f"the first paragraph opens with {found!r}, which looks like a dateline, but {wrong}: "
                    "write it as place, date (agency) and a dash, such as BAGHDAD, Nov. 7 (Xinhua) --",
                )
            ],
        )
    running = dateline_in_headline(headline)
    if running is None:
        return None, None, []
    return None, running, [headline_runs_into(running)]


#: How alike a word and the month's name it misspells are, as :mod:`difflib` scores them, and
#: how many letters the word must have to be asked about.
_MONTH_ALIKE = 0.8
_MONTH_LETTERS = 4


def _month_misspelled(found: str) -> tuple[str, str] | None:
    """A word of ``found``, an unread dateline, that no language names a month but one month's
    name is a letter or two off (``Novembr``, ``نوفمير``), and that name as it is spelled."""
    months = dateline_words().gregorian_months
    names = tuple(months)
    for word in re.findall(r"[^\W\d_]+", found):
        key = fold_key(word)
        if len(key) < _MONTH_LETTERS or key in months or is_place(word):
            continue
        near = difflib.get_close_matches(key, names, n=5, cutoff=_MONTH_ALIKE)
        if not near:
            continue
        scored = [(difflib.SequenceMatcher(None, key, name).ratio(), name) for name in near]
        best = [name for ratio, name in scored if ratio == scored[0][0]]  # the nearest come first
        if len({months[name] for name in best}) > 1:
            return None  # as near to two months' names: no guess
        # As near to several languages' names of one month (Novembr: novembre, novembro, november,
        # …), the month as English names it.
        named = best[0] if len(best) == 1 else get_month_names("wide", locale="en")[months[best[0]]]
        return word, named.capitalize() if word[:1].isupper() else named
    return None


def dateline_in_headline(headline: str) -> DatelineMatch | None:
    """The dateline ``headline`` runs into, with a place and a date or agency and a lede after
    it: the shortest tail of its words that reads so, or, where that one's place is none the
    gazetteer knows, the shortest whose place it knows. "Iraq talks resume BAGHDAD, Nov. 7
    (Xinhua) -- The …" breaks before BAGHDAD, not before "talks"; "Governo anuncia obras
    BRASÍLIA, 17 Nov (Reuters) - O …" before BRASÍLIA, not before "Nov", which the shortest
    tail takes for a place. Never inside a known place's name: ``Banská Bystrica`` is no
    headline's ``Banská`` and a dateline's ``Bystrica``."""
    words = headline.split()
    running: DatelineMatch | None = None  # the shortest tail's reading
    known: DatelineMatch | None = None  # the shortest whose place the gazetteer knows
    running_known = False
    for position in range(1, min(len(words), 30)):
        tail = " ".join(words[position:])
        match = find_dateline(tail)
        city = anchored_city(match, tail)
        if match is None or city is None:
            continue
        if any(is_place(" ".join([*words[max(0, position - count) : position], city])) for count in (1, 2)):
            continue  # the end of a longer place's name: Banská | Bystrica, CAGAYAN DE | ORO
        running, running_known = match, is_place(city)
        known = match if running_known else known
    return running if running_known or known is None else known


def anchored_city(match: DatelineMatch | None, text: str) -> str | None:
    """The city of ``match``, read from ``text``, when it names a place and a date or an agency
    and a lede follows it, as a dateline must to be told from a headline's words: the place's
    part before a comma (``Paris`` of ``Paris, France``). None for any other reading."""
    if match is None or not match.place or not (match.agency or match.dates) or not text[match.lede_start :].strip():
        return None
    return match.place.split(",")[0]


def headline_runs_into(running: DatelineMatch) -> Problem:
    """What to say when the headline runs into the dateline ``running``, and where to break it."""
    return Problem(
        "/headline",
        f"the headline runs into the dateline {running.raw!r}: start a new line before {running.raw.split()[0]!r}",
    )


#: What opens a lede when a dateline was read only in part: a few words or figures, a name in
#: brackets, and a separator (``March 35: 3:47pm(Nuku’alofa Times): The first …``).
_REST_OF_DATELINE = re.compile(r"(?P<rest>[^\n()]{0,40}?\([^()\n]{2,40}\)\s*[-–—:]{1,3})\s")


def unread_rest(match: DatelineMatch, paragraph: str) -> Problem | None:
    """What to say when a dateline naming no agency was read only in part, and the lede opens
    with the rest of it, the agency's name in brackets included: that rest, quoted, was not
    understood."""
    rest = _REST_OF_DATELINE.match(paragraph, match.lede_start)
    if rest is None or not any(char.isdigit() for char in rest.group("rest")):
        return None  # a lede may open with a name in brackets; one after figures is a dateline's
    return Problem(
        "/dateline",
        f"the dateline was read as {match.raw!r}, but {rest.group('rest')!r} after it looks like more of it and "
        "was not understood: write it as place, date (agency) and a dash, such as BAGHDAD, Nov. 7 (Xinhua) --",
    )


def no_dateline_after(line: str, kind: str) -> Problem:
    """What to say when byline, credit, time stamp or deck lines open the story and no dateline
    follows them, naming the last of them for what it was taken for (``kind``)."""
    return Problem(
        "/dateline",
        f"the story opens with the {kind} {line!r} and no dateline follows it: start the next paragraph with "
        "place, date (agency) and a dash, such as BAGHDAD, Nov. 7 (Xinhua) --",
    )


def agency_of_unread(found: str) -> str | None:
    """The agency a dateline that could not be read names in brackets, when the registry knows
    it (``BAGHDAD, May 2020 (Reuters) -``): that much of it was understood."""
    for bracket in _BRACKET.finditer(found):
        if registry().lookup(bracket.group(1)) is not None:
            return bracket.group(1)
    return None
