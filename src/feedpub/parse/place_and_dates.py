"""The place and dates printed before an agency marker, or None when that text is prose.

``BAGHDAD, Nov. 7`` before ``(Xinhua)``, ``بغداد 7 نوفمبر 2025`` before ``(شينخوا)``: the
dates are found first, the place is what comes before them, trimmed of edge punctuation and
connector words, and of any byline or credit glued before it; words between or after the
dates that are neither connectors nor weekdays make the text prose, not a dateline.
"""

from __future__ import annotations

import re

from ..agencies import registry
from .dates import DateMatch, day_of_month, find_dates, is_clock, is_day_period, possible_day
from .gazetteer import is_place, is_region, is_subdivision_code
from .words import (
    byline_words,
    dateline_words,
    is_generic_credit,
    may_open_with_generic_credit,
    notes_the_story,
    photo_labels,
    weekday_of_words,
)

_MAX_PLACE_WORDS = 6
PLACE_EDGE = " \t,،;:/-–—.()|۔：，、፡፣፤፥፦።"
#: What no place holds: figures, sentence punctuation (a Chinese full stop too), quotes, an opening
#: bracket (a lenticular one too: 【Japan Focus 特約】 opens a credit, and no place).
NOT_IN_PLACE = re.compile(r"[\d!?؟؛。\"“”«»„(（【]")
_CREDIT_BREAK = re.compile(r"\s+[-–—]\s+|:\s+|\s*\|\s*|\s{2,}")
_REPEATED = re.compile(r"(?P<once>[^\W\d_][^,،]*?)[\s,،]+(?P<again>(?P=once))")
#: A note in brackets closing the text before the separator, which says the story was updated
#: (``(2nd update at 1:20 a.m.)``, ``(Updated)``): part of the dateline, not of its place.
_LABEL_NOTE = re.compile(r"[ \t]*[(\[](?P<inner>[^()\[\]\n]{2,40})[)\]][ \t]*$")
#: Where a generic credit may end before a place with no comma between, and how far in.
_SPACE = re.compile(r"\s+")
_CREDIT_REACH = 30
_DAY_ONLY = re.compile(r"[,،]\s*(?P<day>[0-3]?\d)\.?\s*$")
#: A region or country in brackets closing the place, which is the place's: ``Accra (Greater
#: Accra)``, ANI's ``Srinagar (Jammu and Kashmir) [India]``.
_BRACKETED_REGION = re.compile(r"(?:[ \t]*[(\[][^()\[\]\d\n.]{2,40}[)\]])+$")


def generic_credit_end(place: str) -> int:
    """Where the place starts in folded ``place`` after a generic credit opening it, and a comma
    (``own correspondent, dhaka``) or, before a place the gazetteer knows, a space (``staff
    reporter itanagar``, ``press release apia, samoa``); else 0."""
    credit, comma, rest = place.partition(",")
    if comma and is_generic_credit(credit):
        return len(place) - len(rest.lstrip())
    if not may_open_with_generic_credit(credit):
        return 0  # most places
    for space in _SPACE.finditer(place, 0, min(_CREDIT_REACH, len(credit))):
        rest = place[space.end() :]
        if is_generic_credit(place[: space.start()]) and is_place(rest):
            return space.end()
    return 0


#: The last slash or comma in a place, after which a generic credit may close it.
_LAST_PART = re.compile(r"[/,،](?=[^/,،]*$)")


def generic_credit_start(place: str) -> int:
    """Where a generic credit after a slash closing folded ``place`` starts (``غزة/مراسلون``),
    or after a comma, the text before it a place the gazetteer knows (``dhaka, staff reporter``,
    ``ঢাকা, নিজস্ব প্রতিবেদক``, "staff reporter"): before a comma, a reporter's name is as
    likely (``মাহমুদ হাসান, বড়লেখা প্রতিনিধি``, "Mahmud Hasan, Barlekha correspondent"); else
    the place's length."""
    mark = _LAST_PART.search(place)
    if mark is None or not place[: mark.start()].strip() or not is_generic_credit(place[mark.end() :].strip()):
        return len(place)
    if mark.group() != "/" and not is_place(place[: mark.start()]):
        return len(place)
    return mark.start()


#: How many words a person's name has: a given name and a surname, maybe a second of either.
NAME_WORDS = range(2, 4)


def reporter_like(name: str) -> bool:
    """Whether ``name``, beside a place or an agency with no date, is more likely a reporter's
    than a place: two or three words, in a script without capitals (in others, a place before
    a credit is in capitals), none of them a place the gazetteer knows."""
    words = name.split()
    caseless = not any(char.isupper() or char.islower() for char in name)
    return len(words) in NAME_WORDS and caseless and not is_place(name) and not any(map(is_place, words))


def _reporter_start(place: str) -> int:
    """Where a reporter's name after a slash closing folded ``place`` starts (``الدوحة/ أحمد
    يوسف``), or after a full stop (APA's ``Baku. Ramil Mammadli–APA.``), the text before it a
    place the gazetteer knows; else the place's length."""
    head, slash, name = place.partition("/")
    if slash and reporter_like(name) and is_place(head):
        return len(head)
    head, stop, name = place.partition(". ")
    if stop and len(name.split()) in NAME_WORDS and not any(map(is_place, name.split())) and is_place(head):
        return len(head)
    return len(place)


_WORD_BREAKS = re.compile(r"[\s,،]+")
#: The last word of a place, and the one before it: where connectors and weekdays are looked for.
_LAST_WORD = re.compile(r"[^\s,،/-]+$")
_LAST_WORD_BEFORE = re.compile(r"[^\s,،/-]+(?=[\s,،/-]*$)")
#: A short word with a full stop after a comma closing a place: a state's abbreviation (``, La.``).
_ABBREVIATION_CLOSING = re.compile(r"[,،][ \t]*[^\W\d_]{2,4}\.[ \t]*$")


#: What parts a place from its state or country (``FORT KENT, Maine``), and from a day printed
#: after them (``Port-au-Prince, lundi``): a comma, Latin or Arabic.
PARTS_OF_PLACE = re.compile("[,،]")


def split_words(text: str) -> list[str]:
    """The words of ``text``, split at spaces and commas, punctuation-only pieces dropped."""
    return [word for word in _WORD_BREAKS.split(text) if word.strip(PLACE_EDGE)]


def _trim_place(text: str) -> tuple[int, int]:
    """The span of the place within ``text``: edge punctuation and trailing connector words and
    weekdays removed, unless a connector alone would be left of it, or the weekday closes a
    place's name the gazetteer knows (``SANTO DOMINGO``), or the connector is a
    state's abbreviation after a comma (``BATON ROUGE, La.``: Louisiana, not "the") or, closing
    the place, the code of a province of its city's country (``OTTAWA, ON``: Ontario, not "on";
    ``LAGOS, on Monday`` is no Ondo)."""
    words = dateline_words()
    start, end = 0, len(text)
    abbreviated: bool | None = None  # told only once a connector closes the place: few do
    while True:
        while start < end and text[start] in PLACE_EDGE:
            start += 1
        while end > start and text[end - 1] in PLACE_EDGE and not _closes_bracket(text, start, end):
            end -= 1
        last = weekday_of_words(text, start, end) or _LAST_WORD.search(text, start, end)
        connector = last is not None and last.group() in words.connectors
        if connector and abbreviated is None:
            abbreviated = _ABBREVIATION_CLOSING.search(text) is not None or _closes_with_code(text)
        connector = connector and not abbreviated
        if not (last and (connector or last.group() in words.weekdays)):
            return start, end  # edges trimmed and no word to drop: trimming again changes nothing
        if not connector and weekday_in_place_name(text[start:end]):
            return start, end  # a weekday that closes a place's name is the name's: Santo Domingo (Sunday)
        # Not when only a connector would be left: "LA PAZ" is no "la" and Turkish "Paz" (Sunday);
        # a connector after the place goes with the weekday after it: "Paris, le dimanche".
        left = _LAST_WORD_BEFORE.search(text, start, last.start())
        if (
            left is not None
            and left.group() in words.connectors
            and (connector or not text[start : left.start()].strip(PLACE_EDGE))
        ):
            return start, end
        end = last.start()


def weekday_in_place_name(text: str) -> bool:
    """Whether the weekday closing ``text`` is the last word of a place's name of several words
    the gazetteer knows, after the last comma if any (``SANTO DOMINGO``, "holy Sunday"), and no
    day printed after the place (``Port-au-Prince, lundi``)."""
    name = PARTS_OF_PLACE.split(text)[-1].strip()
    return " " in name and is_place(name)


def _closes_with_code(text: str) -> bool:
    """Whether ``text`` closes with a province's code after its city and a comma (``ottawa, on``):
    two letters, looked at from the end, as most places close with a longer word."""
    trimmed = text.rstrip(PLACE_EDGE)
    code, head = trimmed[-2:], trimmed[:-2]
    if not code.isalpha() or head[-1:].isalpha():
        return False
    head = head.rstrip(" \t")
    if not head.endswith((",", "،")):
        return False
    return is_subdivision_code(code, PARTS_OF_PLACE.split(head[:-1])[-1])


def _closes_bracket(text: str, start: int, end: int) -> bool:
    """Whether ``text[end - 1]`` closes a bracket opened within ``text[start:end]``: the region or
    country of ``GUBBIO (PERUGIA)`` and ``تبليسي (جورجيا)`` is the place's, its bracket with it."""
    return text[end - 1] == ")" and "(" in text[start : end - 1]


#: What is left of a credit in brackets opening the text before the place once its opening
#: bracket is trimmed as an edge: a few words and the closing bracket.
_BRACKETED_CREDIT = re.compile(r"[^()]{1,40}\)\s*(?=\S)")


def _credit_end(place: str) -> int:
    """Where the place starts in ``place`` when a credit is glued before it: after the last
    spaced dash, colon or bar (``Canadian Press - VANCOUVER``, ``Ernesto Martínez | Bilbao``) or,
    after a byline word, the last run of spaces (``By MICHAEL LIEDTKE     SAN FRANCISCO``), else
    its closing place (``By Nepal Samachar Kathmandu``: :func:`place_closing`) or last word; the second time
    when it is printed twice (``LAHORE LAHORE``); after a byline in brackets (``(Kiran Bhattarai)
    Kathmandu``); 0 when nothing is glued."""
    bracketed = _BRACKETED_CREDIT.match(place)
    if bracketed is not None:
        return bracketed.end()  # a byline in brackets before the place: (Kiran Bhattarai) Kathmandu
    words = place.split(maxsplit=1)
    labelled = bool(words) and words[0].endswith(":") and words[0] in byline_words()  # By: JAMES SMITH,
    breaks = list(_CREDIT_BREAK.finditer(place, len(words[0]) if labelled else 0))
    if breaks and not breaks[-1].group().isspace():
        return breaks[-1].end()
    if words and words[0] in byline_words():
        if len(words) == 1:
            return len(place)  # "By dpa correspondents": a byline, no place
        if breaks:
            return breaks[-1].end()
        bylined = place.rstrip()
        closing = place_closing(bylined)
        if closing is not None:
            return closing
        last = len(bylined) - len(bylined.split()[-1])
        return len(place) if _writer_named_by_halves(bylined[:last]) else last  # By MICHAEL WARREN: no place
    reporters = _reporters_before(place)
    if reporters:
        return reporters
    return printed_again_at(place)


def printed_again_at(place: str) -> int:
    """Where the second printing of a place printed twice starts (``LAHORE LAHORE``,
    ``KATHMANDU KATHMANDU``), as a page that glued its heading to the dateline prints it; 0 for
    any other."""
    repeated = _REPEATED.fullmatch(place)
    return repeated.start("again") if repeated else 0


#: How many words the place closing a byline may have, its country's included (``By … News
#: Agency (WAM) ABU DHABI``, ``By Zhu Zhe in Nay Pyi Taw, Myanmar``).
_BYLINE_PLACE_WORDS = 4


def place_closing(bylined: str) -> int | None:
    """Where the place closing a byline with nothing between them starts: its longest closing
    words the gazetteer knows as a place (``abu dhabi``), with its country or region after a
    comma (``nay pyi taw, myanmar``) but not a second place (``par jeanne martin, paris``: a
    Slovak town bears the writer's name); None when no closing words are one."""
    starts = [space.end() for space in re.finditer(r"\s+", bylined)]
    for start in starts[-_BYLINE_PLACE_WORDS:]:
        head, comma, tail = bylined[start:].rpartition(",")
        if is_place(bylined[start:]) and (not comma or is_region(tail, head)):
            return None if _writer_named_by_halves(bylined[:start]) else start
    return None


#: What parts two writers' names in a byline: ``By LINLEY SANDERS and BARBARA RODRIGUEZ``.
_WRITERS_PARTED = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def byline_writers(bylined: str) -> list[str]:
    """The writers' names ``bylined``, a byline's word and what follows it, prints after the
    word, as printed: one a writer, parted by "and" or "&" (``By FARES AKRAM and TIA GOLDENBERG``
    names two); none when the word is all it prints."""
    words = bylined.split(maxsplit=1)
    return _WRITERS_PARTED.split(words[1]) if len(words) > 1 else []


def _writer_named_by_halves(writers: str) -> bool:
    """Whether ``writers``, a byline's word and the writers' names before a word that may be the
    place closing the byline, hold only the last writer's given name, initials aside: in ``By
    ANGUS SHAW, Associated Press`` the word a town bears (Shaw) is the writer's surname, as in
    ``By ELIZABETH A. KENNEDY`` and ``… and BARBARA RODRIGUEZ``, where after ``By Krishna
    Sapkota`` it is a place."""
    names = byline_writers(writers)
    last = names[-1].split() if names else []
    return sum(len(word.strip(".,")) > 1 for word in last) == 1 and not last[-1].endswith(",")


def _reporters_before(place: str) -> int:
    """Where the place starts after reporters' names glued to it by a slash (Turkish agencies'
    ``Erdem ÖZCAN-Tufan DALGIÇ/BANDIRMA (Balıkesir)``): the parts after a slash are places the
    gazetteer knows and the part before them is not; else 0. Places joined by slashes
    (``AHMEDABAD/NEW DELHI``) stay whole."""
    if "/" not in place:
        return 0  # and the gazetteer, a second to load, is not asked
    parts = place.split("/")
    known = len(parts)
    while known > 0 and is_place(parts[known - 1]):
        known -= 1
    if known == 0 or known == len(parts) or not parts[known - 1].strip():
        return 0
    return len("/".join(parts[:known])) + 1


def read_prefix(folded: str, day_alone: bool = False) -> tuple[tuple[int, int] | None, tuple[DateMatch, ...]] | None:
    """Split the text before an agency marker into place and dates, or None if it is prose. A
    day alone after the place (Europa Press's ``MADRID, 5 (EUROPA PRESS)``) is a date too when
    ``day_alone``: before a bracketed marker, not a bare alias (``22 abr``, April, is no ABr)."""
    note = _LABEL_NOTE.search(folded) if folded.rstrip().endswith((")", "]")) else None
    if note is not None and notes_the_story(split_words(note["inner"])):
        folded = folded[: note.start()]  # MANILA, Philippines (2nd update at 1:20 a.m.) —
    dates = tuple(find_dates(folded))
    day = _DAY_ONLY.search(folded) if day_alone and not dates else None
    if day is not None and possible_day(int(day.group("day"))):  # never a 0th or 35th
        dates = (day_of_month(*day.span("day"), int(day.group("day"))),)
    words = dateline_words()
    gaps = []
    cursor = 0
    for date in dates:
        gaps.append((cursor, date.start))
        cursor = date.end
    gaps.append((cursor, len(folded)))
    place_start, place_end = _trim_place(folded[gaps[0][0] : gaps[0][1]])
    place_start += _credit_end(folded[place_start:place_end]) or generic_credit_end(folded[place_start:place_end])
    credited_end = place_start + generic_credit_start(folded[place_start:place_end])
    credited_end = min(credited_end, place_start + _reporter_start(folded[place_start:place_end]))
    if credited_end < place_end:  # غزة/مراسلون, الدوحة/ أحمد يوسف: the place is what precedes the credit
        place_start, place_end = (place_start + offset for offset in _trim_place(folded[place_start:credited_end]))
    for start, end in gaps[1:]:
        clock = False  # a time of day after the date, maybe with its AM or PM: Киев, 13 мая, 2020, 14:40
        for word in split_words(folded[start:end]):
            word = word.strip(PLACE_EDGE)
            if clock and is_day_period(word):
                continue
            clock = is_clock(word)
            if word and word not in words.connectors and word not in words.weekdays and not clock:
                return None
    place = folded[place_start:place_end]
    key = " ".join(place.split())  # folded already
    if key and (key in registry().by_alias or is_generic_credit(key)):
        return None, dates  # a paper's or agency's name before the agency's (الوئام - ا ف ب): no place
    if key in photo_labels():
        return None  # a picture's credit, after its caption and a bar: … de Nicolás Maduro | Foto: VTV.
    if len(key) > 1 and all(len(word) == 1 for word in key.split()):
        return None, dates  # letters alone name no place, but the outlet that took the story: L D (EFE)
    if len(place) > 60:
        return None
    place_words = split_words(place)
    named, named_words = place, place_words
    if place.endswith((")", "]")):
        # Its region in brackets is no part of its name's length: Srinagar (Jammu and Kashmir) [India].
        named = _BRACKETED_REGION.sub("", place)
        named_words = split_words(named)
    if len(named_words) > _MAX_PLACE_WORDS or NOT_IN_PLACE.search(named):
        return None
    if any(word in words.prose for word in place_words):
        return None
    return ((place_start, place_end) if place else None), dates
