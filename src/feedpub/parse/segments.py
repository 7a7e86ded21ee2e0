"""Datelines read as a run of parts between marks, in whatever order they are printed.

Papers and many agency services put the parts of a dateline in their own order and
between their own marks: ``واس- جدة:``, ``عبدالله البرقاوي- سبق- الرياض:``,
``AHMEDABAD/NEW DELHI: (Jan 22)``, ``بغداد 22 يناير 2015 /``, ``الوكالات - واشنطن``,
``København /ritzau/:``. The opening of a paragraph is cut at its marks (dashes, colons,
slashes, brackets, guillemets), each part is named (agency, generic credit, date, place or
name, prose), and the longest run of parts that holds an anchor (an agency, a generic
credit, a date, or a capitalised place closed by a colon or dash) and ends at a mark, or
ends the paragraph (a dateline on its own line), is the dateline.

:func:`feedpub.parse.datelines.find_dateline` asks this reader only when no agency marker
anchors a reading, so every dateline that reading takes is read as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, NamedTuple

from ..agencies import SITE_NAME, printed_as_word, registry
from ..fold import Folded, fold_key
from .dates import DateMatch, find_dates, time_of_day_end
from .gazetteer import (
    cities_named,
    country_of,
    is_no_place_word,
    is_one_place,
    is_place,
    is_region,
    is_region_cut_short,
    is_uncased_phrase,
    names_region,
)
from .place_and_dates import (
    NAME_WORDS,
    PARTS_OF_PLACE,
    generic_credit_end,
    generic_credit_start,
    place_closing,
    printed_again_at,
    reporter_like,
    weekday_in_place_name,
)
from .words import (
    MAX_WORD_CHARACTERS,
    ORNAMENTS,
    Words,
    alternation,
    byline_words,
    capitalised,
    conjunction_pattern,
    country_codes,
    dateline_words,
    glues_outlet_word,
    is_generic_credit,
    is_reporter_role,
    is_unspaced_sentence,
    notes_the_story,
    opens_with_byline,
    outlet_words,
    photo_labels,
    section_labels,
    source_labels,
    story_labels,
    territory_names,
    weekday_of_words,
    year_words,
)

#: How far into a paragraph the parts of a dateline may run.
REACH = 160
_MAX_PARTS = 5
_MAX_NAME_WORDS = 4
#: How long an outlet's initials may be: ``TDT``, ``KUNA``, ``IRNA``, ``SAPA``.
_INITIALS = 6
#: How long the shortest initials are, which spell a state's or country's code as often: ``BP``, ``ON``, ``FR``.
_TWO_LETTERS = 2
#: How many letters a word in capitals before a country may have to be an outlet's initials
#: (``DPI, Guyana``); a longer one is a town's name (``VAVAU, Tonga``).
_SHORT_INITIALS = 4
#: No part of a dateline runs longer: a place of four words, a date of four and a connector.
_MAX_PART_WORDS = 10
#: How far into a part a date that the lede follows unmarked may end.
_DATED_REACH = 60
#: A hyphen after a letter alone, which opens a name with it (``M-Media``, ``K-Water``, ``T-Online``)
#: rather than parting two: no place or credit is one letter.
NAME_HYPHEN = r"(?<=(?<![^\W_])[^\W\d_])-"
#: A bracketed or quoted part.
_BRACKETED = re.compile(r"\s*[(（\[［«\"“”]\s*(?P<inner>[^()（）\[\]［］«»\"“”\n]{1,60}?)\s*[)）\]］»\"“”]")
#: A plain part: the text up to the next mark; a hyphen or slash between figures is a date's
#: (``الجزائر-22-02-2021``, ``16/4/2004``), and so are two around a month's name between them
#: (``09-jun-2016``, ``12/Dec/2019``), a hyphen between initials an abbreviation's (La Presse
#: canadienne's provinces: ``SAINT-JEAN, T.-N.-L. -``, ``VANCOUVER, C.-B. -``), a hyphen after a
#: letter alone a name's (:data:`NAME_HYPHEN`), and a colon between the hour and minutes a time
#: of day's (``01:06``; after a year, ``2019:5.15pm``, it is a mark), not a mark.
_PLAIN_CHARACTERS = r"[^\-–—―ـ:/_…|।॥(（\[［«\"“”\n]+"
_PLAIN = re.compile(
    rf"\s*(?P<plain>{_PLAIN_CHARACTERS}(?:(?:(?<=\d)[-/](?=\d)"
    rf"|(?<=\d)(?P<joiner>[-/])[^\W\d_]{{3,9}}\.?(?P=joiner)(?=\d)"
    rf"|(?<=[\s.-][^\W\d_]\.)-(?=[^\W\d_]\.)"
    rf"|{NAME_HYPHEN}(?=[^\W\d_])"
    rf"|(?<=\d)(?<!\d\d\d):(?=\d\d(?!\d))){_PLAIN_CHARACTERS})*)"
)
#: A run of hyphens that is one dash, wherever a dateline's mark is read: ``-``, ``--``, and up to
#: five (``NUKU'ALOFA, Tonga -----The``).
HYPHENS = "-{1,5}"
#: An ellipsis, of points or its own character, however many points follow it: one mark, as a
#: dash is (``July 24, 2009…….Thirty-five``, ``(AP)... The``); and Urdu's full stops, two or
#: more in a row (``ریاض۔۔۔۔سعودی``), which its papers print for one.
ELLIPSIS = r"(?:…|\.\.\.|۔۔)[….۔]*"
#: The marks between parts (a danda, ``।``, is Hindi's and Nepali's full stop; a double danda,
#: ``॥``, Bengali papers' separator). A hyphen, slash or tatweel may join two words of one name
#: (САНКТ-ПЕТЕРБУРГ, Frankfurt/Main), so a run of names joined by them is read as one place.
#: A colon before a short Latin ending is a genitive's, not a mark (``TT:s``, ``EU:n``).
#: A genitive credit that ends a line of its own ends the dateline: ``Bryssel, TT:s korrespondent``.
_GENITIVE_CREDIT = re.compile(r":[a-z]{1,3}(?:[ \t]+[^\W\d_]+){1,2}[ \t]*")
_MARK = re.compile(
    rf"\s*(?P<mark>(?:\.?{HYPHENS}|[–—―]{{1,2}}|ـ+|:(?![a-z]{{1,3}}(?![^\W\d_]))|/|_|=|{ELLIPSIS}|\||।|॥)(?:\s*(?:[:–—]|{HYPHENS}))?)\s*"
)
#: A colon glued to a capitalised lede: a mark, whatever the folded text's small letters suggest.
_GLUED_COLON = re.compile(":")
_JOINING = {"-", "/"}
_DASHES = {"-", "--", "---", "–", "—", "―", "ـ"}
_QUOTES = set('«"“”')
#: A quotation opening the lede right after a dateline's date, with no mark between:
#: ``Roma, 07 luglio 2025 "Non abbiamo novità`` (the quotation marks part plain text).
_QUOTE_AFTER = re.compile(r"[ \t]+[«\"“]")
#: Marks that close a dateline and nothing else: a place before one may be in capitals or not.
_STRONG = {".-", "—", "–"}
#: Marks that close a place and the credit after it: ``بغداد/ شبكة أخبار العراق- ``.
_CREDIT_MARKS = {"-", "–", "—", "ـ", "/", ":", "_", "|"}
#: A place in capitals closed by a full stop before a capitalised lede: "JAKARTA. Indonesian ...".
_CAPITALS_STOP = re.compile(r"\s*([^\W\d_a-z]{3,}(?:[ \t]+[^\W\d_a-z]{3,}){0,2})\.[ \t]+(?=[^\W\d_])")
#: A name after a date and a comma, and a full stop before the lede: an outlet's (``, ФедералПресс.
#: Назначение``), or a place's after a date opening the paragraph (``, Quezon City. As``).
_NAME_STOP = re.compile(r",[ \t]*(?P<name>[^\W\d_][^.,;:\n]{1,40}?)\.[ \t]+(?=\S)")
#: An agency's name, a place of up to three words and a full stop before the lede: ``dpa Stuttgart. Nach …``.
_CREDIT_PLACE_STOP = re.compile(r"\s*(?P<credit>\S+)[ \t]+(?P<place>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}?)\.[ \t]+(?=\S)")
_ACRONYM = re.compile(r"(?<=\S)[,،]\s*([^\W\d_]{2,12})$")
#: After a date, the comma may be left out and the agency's name capitalised rather than in
#: capitals: "Lilongwe, April 8, Mana:", "Baku, Azerbaijan, Nov. 26 Trend:"; or an agency's whole
#: name in capitals: "STEPANAKERT, SEPTEMBER 27, ARTSAKHPRESS:".
_NAME_AFTER_DATE = re.compile(r"\s*[,،]?\s*(\d{0,3}[^\W\d_]{3,12})$")
#: How long a capitalised name after a date may be: longer ones are the story's words.
_TITLED_LETTERS = 8
#: A reporter's byline of a few words after the date, before the agency: "Nov. 27 By Huseyn Hasanov- Trend:".
_BYLINE_WORDS = 4
#: How many words a person's name in a byline before the place may have: ``By Binod Prasad Adhikari, Kathmandu``.
_BYLINE_NAME_WORDS = 4
#: A word opening a name, then a comma or a space: initials (``UNB``) or a brand (``УрБК``).
_LEADING_WORD = re.compile(r"([^\W\d_]{3,12})(?:([,،])\s*|\s+)")
#: The marks trimmed from the text before a date to leave the place's name: ``Paris, le 4 octobre``, ``日期：``.
_DATE_EDGE = " ,،.;-–—："
#: What closes a site's credit opening a paragraph: a dash, comma or bar (``JEMBER, beritalima.com |``).
_CREDIT_CLOSE = re.compile(r"[ \t]*[-–—,|]")
_LETTER = re.compile(r"[^\W\d_]")
_REST_BREAKS = re.compile(r"[\s,،.]+")
#: A country's or state's abbreviation after a place: ``UAE``, ``KSA``.
_ABBREVIATION = re.compile(r"[A-Z]{2,3}")
#: What no name of a place or an agency holds: figures, sentence marks (a Chinese full stop too:
#: ``救護車在案發後到場。(路透社)`` is a caption and its credit), currencies, a hashtag's or a
#: handle's sign (``أودع برنامج #حساب_المواطن``: the underscore is no dateline's mark there).
_NOT_NAME = re.compile(r"[\d!?؟؛。%$€£#@]")
#: How many letters one word alone before a colon or dash, unknown to the gazetteer, must have to
#: be a desk's keyword rather than a town it lacks (``GIREIDA:`` is a town; ``CONSOMMATION –`` a keyword).
_KEYWORD_LETTERS = 12

Kind = Literal["agency", "generic", "date", "name", "prose"]


class _Part(NamedTuple):
    """One part of a candidate dateline, in the folded text: what it reads as and where it is.
    A named tuple: one is made for nearly every paragraph read, in a fifth of a frozen
    dataclass's time."""

    kind: Kind
    start: int
    end: int
    bracketed: bool
    dates: tuple[DateMatch, ...] = ()
    #: The span of the place (or name) within a part that may also hold dates.
    name: tuple[int, int] | None = None
    #: Where a bracketed part's closing bracket ends.
    close: int = 0
    #: In quotes or guillemets rather than brackets: a paper's name, never a closing credit.
    quoted: bool = False
    #: An agency part's alias, where the part holds more (its place or date) than the alias.
    alias: tuple[int, int] | None = None
    #: A name that CLDR knows as a country: in brackets, the place's, not a reporter's city;
    #: before a dash, the country of the city after it (``INDONESIA - JAKARTA.``).
    country: bool = False
    #: A news outlet's name the registry lacks (:func:`~.words.outlet_words`): it credits the
    #: story before a mark, but a line of its own is a credit line, not a dateline.
    outlet: bool = False
    #: A date part that goes on to a time of day: the dateline's last part, before a dash or
    #: colon and the lede; before anything else (a bar, the line's end) it is a page's stamp.
    clocked: bool = False


class Reading(NamedTuple):
    """A dateline read from its parts: where its closing mark ends in the folded text, the
    place's and agency's spans there, and its dates."""

    end: int
    place: tuple[int, int] | None
    agency: tuple[int, int] | None
    dates: tuple[DateMatch, ...]


def _is_name(text: str, original: str) -> bool:
    words = text.split()
    # A city in capitals of four words may have its region after it: SAN JOSE DE BUENAVISTA, Antique.
    most = _MAX_NAME_WORDS + (_REGION_WORDS if len(words) > _MAX_NAME_WORDS and _city_and_region(original) else 0)
    if not 0 < len(words) <= most or _NOT_NAME.search(text) or not _LETTER.search(text):
        return False
    if max(map(len, words)) > MAX_WORD_CHARACTERS:
        return False  # a sentence in a script that puts no spaces between words: 日本の最大野党の党首を選ぶ…
    vocabulary = dateline_words()
    if any(word in vocabulary.prose for word in words):
        return False
    if _opens_with_initial(original.lstrip()):
        return False
    # In scripts with capitals, a place is capitalised: "Officials said" is not one; but for the
    # words after the first of a name the gazetteer knows (Arabie saoudite, Spojené státy).
    return capitalised(original) or (not original.lstrip()[:1].islower() and is_place(original))


def _opens_with_initial(printed: str) -> bool:
    """Whether ``printed`` opens with a capital and a full stop glued to a capitalised word, as a
    byline prints a reporter's first initial (``А.Төгөлдөр, iKon.mn``): no place's
    name opens so."""
    return (
        len(printed) > 3
        and printed[0].isupper()
        and printed[1] == "."
        and printed[2].isupper()
        and printed[3].islower()
    )


def _city_and_region(name: str) -> bool:
    """Whether ``name``, as printed, is a city in capitals of up to :data:`_MAX_NAME_WORDS` words,
    a comma and its region or country in a word or two (``SAN JOSE DE BUENAVISTA, Antique``)."""
    city, comma, region = name.partition(",")
    return (
        bool(comma)
        and city.isupper()
        and len(city.split()) <= _MAX_NAME_WORDS
        and 0 < len(region.split()) <= _REGION_WORDS
        and "," not in region
    )


#: How many words a region or country after a city's comma has at most.
_REGION_WORDS = 2


def _is_outlet(name: str) -> bool:
    """Whether folded ``name``, a name of a few words, is a news outlet's (one of its words only
    outlets' names have: :func:`~.words.outlet_words`, or one word with one glued to its end:
    ``aprnews``), and no place the gazetteer knows (Newport News)."""
    words = [word.strip(",،") for word in name.split()]
    outlet = not outlet_words().isdisjoint(words) or (len(words) == 1 and glues_outlet_word(words[0]))
    return outlet and not is_place(name)


def _is_credit_name(text: str) -> bool:
    """Whether folded text may be a credit's name: a few words, no figures, no sentence words."""
    words = text.split()
    prose = dateline_words().prose
    return 0 < len(words) <= _MAX_NAME_WORDS and not _NOT_NAME.search(text) and not any(w in prose for w in words)


def _is_alias(folded: str) -> bool:
    """Whether folded text is an agency's printed name, or a news site's (``okezone.com``); never
    a registry id, which may be a word of a sentence ("prime", "trend")."""
    key = " ".join(folded.split()).strip(" .")
    return key in registry().by_alias or bool(SITE_NAME.fullmatch(key))


#: The first four, three, two or one words of a part, then more of it: where an alias may end.
_LEADING_WORDS = tuple(re.compile(rf"\s*(?:\S+\s+){{{count - 1}}}\S+?(?=[\s,،]+\S)") for count in (4, 3, 2, 1))
#: The last three, two or one words of a part, after a comma or full stop: where an alias may start.
_TRAILING_WORDS = tuple(re.compile(rf"(?<=[,،.])\s*(\S+(?:\s+\S+){{{count - 1}}})\s*$") for count in (3, 2, 1))


#: How long an abbreviation opening a place's name may be: ``ST``, ``MT``, ``FT``.
_INITIALS_IN_NAMES = 2


def _may_stand_bare(folded: str) -> bool:
    """Whether folded text, an agency's printed name, may name it outside brackets too: not two
    letters the registry lets count only in them, which open a name as often as an abbreviation
    (Syria Times' ``ST`` opens ``ST CATHERINE, Jamaica``, Saint Catherine)."""
    key = " ".join(folded.split()).strip(" .,،")
    return len(key) > _INITIALS_IN_NAMES or key in registry().bare


#: A text's first word, the marks that may open or close an alias's printed name left out.
_FIRST_WORD = re.compile(r"[\s,،.]*([^\s,،.]*)")


@cache
def _alias_first_words() -> frozenset[str]:
    """The first word (:data:`_FIRST_WORD`) of every registry alias: a part whose first word is
    none of them opens with no alias, which :func:`_leading_alias` tells without trying its
    first four, three, two and one words each."""
    return frozenset(_FIRST_WORD.match(alias).group(1) for alias in registry().by_alias)  # type: ignore[union-attr]


def _leading_alias(text: str) -> int | None:
    """Where a registry alias of up to four words that opens ``text`` (``Press Trust of India``),
    and is not all of it, ends: before a comma spaced from it (``24.kg , Жазгуль МАСАЛИЕВА``),
    which is no word of its name; None where it opens a place's name the gazetteer knows
    (``المملكة المتحدة``, the United Kingdom, opens with Jordan's Al-Mamlaka)."""
    head = text.split(maxsplit=1)
    if not head:
        return None
    first = _FIRST_WORD.match(head[0]).group(1)  # type: ignore[union-attr]  # it matches every text
    if first not in _alias_first_words() and "." not in head[0]:
        return None  # most parts: no alias opens with their first word, nor is it a site's name
    for pattern in _LEADING_WORDS:
        words = pattern.match(text)
        if words and _is_alias(words.group().strip(" ,،")) and not _abbreviated(words.group()):
            alias_end = len(words.group().rstrip(" ,،"))
            place = PARTS_OF_PLACE.split(text)[0].strip()
            return None if len(place) > alias_end and is_one_place(place) else alias_end
    return None


def _abbreviated(words: str) -> bool:
    """Whether an alias the registry lets count only in brackets is printed bare with a full
    stop, as the abbreviation it spells there: Syria Times' (ST) is Saint in ``ST. LOUIS —``."""
    return words.rstrip().endswith(".") and fold_key(words).strip(" .") not in registry().bare


def _trailing_alias(text: str) -> int | None:
    """Where a registry alias of up to three words that closes ``text``, after a comma or full
    stop, and is not all of it, starts."""
    if "," not in text and "،" not in text and "." not in text:
        return None  # most parts: no mark an alias may follow
    for pattern in _TRAILING_WORDS:
        words = pattern.search(text)
        if words and words.start(1) > 0 and _is_alias(words.group(1)):
            return words.start(1)
    return None


def _printed_as_word(original: str, start: int, end: int) -> bool:
    """Whether the alias standing bare at ``original[start:end]`` is printed as an everyday word
    (:func:`~feedpub.agencies.printed_as_word`), the marks around it left out. A site's name
    in small letters before a dash, comma or bar is no everyday word but the story's credit
    (``jpnn.com - JAKARTA -``)."""
    printed = original[start:end].strip(" .,،")
    if SITE_NAME.fullmatch(printed) and _CREDIT_CLOSE.match(original, end):
        return False
    return printed_as_word(printed, original, original[end : end + 2])


def _classify(folded: str, original: str, start: int, end: int, bracketed: bool, quoted: bool = False) -> _Part:
    """What ``folded[start:end]`` reads as: an agency (alone, or with its place or date), a
    generic credit, a date, a name (a place or a reporter, maybe with a date), or prose."""
    text = folded[start:end]
    spaced = text.split(maxsplit=_MAX_PART_WORDS)  # no more words are needed to tell a part too long
    if len(spaced) > _MAX_PART_WORDS:
        return _Part("prose", start, end, bracketed)  # longer than any place, date and credit together
    if any(map(is_unspaced_sentence, spaced)):
        return _Part("prose", start, end, bracketed)  # a sentence in a script without spaces
    key = " ".join(spaced).strip(" .,،")
    if is_generic_credit(key) or (bracketed and notes_the_story(spaced)):
        # A credit that names no agency, or a note that the story was updated: (Updated), (2nd update at 1:20 a.m.)
        return _Part("generic", start, end, bracketed)
    if _is_alias(key) and (bracketed or not _printed_as_word(original, start, end)):
        return _Part("agency", start, end, bracketed)
    if bracketed and len(spaced) > 1 and opens_with_byline(key) and "," not in text:
        # A byline in brackets credits the agency it names, "(By Reuters)"; a reporter's name
        # names none: "(By Ernesto Cooke) – Thousands of Vincentians …".
        named = text.split(maxsplit=1)[1]
        if _is_alias(named):
            return _Part("agency", start, end, bracketed, alias=(end - len(named), end))
        return _Part("generic", start, end, bracketed)
    if quoted and len(key.split()) <= _MAX_NAME_WORDS and not _NOT_NAME.search(key):
        return _Part("agency", start, end, bracketed, quoted=True)  # a paper's name in quotes: بيروت - «الحياة»
    alias_end = _leading_alias(text)
    if alias_end is not None and (
        _printed_as_word(original, start, start + alias_end) or not (bracketed or _may_stand_bare(text[:alias_end]))
    ):
        alias_end = None
    if alias_end is not None:
        # An agency printed before its date or place in one part: "ТАСС, 11 августа", "Memontum Surabaya".
        remainder = _classify(folded, original, start + alias_end, end, bracketed)
        labelled = remainder.kind == "name" and fold_key(folded[start + alias_end : end]) in story_labels()
        if remainder.kind == "generic" or labelled:
            # A paper and "agencies", "اليوم، وكالات"; an agency and its story's kind, "RSS COMMENTARY"
            return _Part("agency", start, end, bracketed, alias=(start, start + alias_end))
        if remainder.kind in ("date", "name"):
            return remainder._replace(kind="agency", start=start, alias=(start, start + alias_end))
    alias_start = _trailing_alias(text)
    if alias_start is not None and _printed_as_word(original, start + alias_start, end):
        alias_start = None
    if alias_start is not None:
        # ... or after it: "ASTANA. KAZINFORM", "Jakarta, Riau Andalas Com".
        head = _classify(folded, original, start, start + alias_start, bracketed)
        if head.kind in ("date", "name"):
            return head._replace(kind="agency", end=end, alias=(start + alias_start, end))
    dates = tuple(find_dates(text))
    if dates:
        clock = time_of_day_end(text, dates[-1].end)  # 13 мая, 2020, 14:40; 2 مارس 2026 01:06 مساء
        year_word = _year_word().match(text, dates[-1].end) if clock is None and dates[-1].year is not None else None
        if year_word is not None:
            clock = time_of_day_end(text, year_word.end())  # ... or after the year's word: 17 января 2025 г., 14:30
        part = _dated(folded, original, start, end, bracketed, dates, clock or dates[-1].end)
        return part._replace(clocked=True) if clock is not None and part.kind != "prose" else part
    name = text.strip(" ,،.;")
    name = name[generic_credit_end(name) :].strip()  # जागरण संवाददाता, आगरा: "correspondent" is no place
    name = name[: generic_credit_start(name)].rstrip()  # ঢাকা, নিজস্ব প্রতিবেদক: nor after it
    kept = _without_trailing_connectors(name, dateline_words()) if name else ""
    if name and not kept:
        return _Part("prose", start, end, bracketed)  # a weekday, "Am Dienstag (15.12.)": the story's words
    if kept != name and _names_weekday(name[len(kept) :]):
        name = kept  # the weekday after a place is the date's, in brackets after it: "Jakarta, Senin (22/10/2018) –"
    filed = _place_after_byline(name, start + text.index(name)) if name else None
    if filed is not None:
        return _Part("name", start, end, bracketed, (), filed)  # By Binod Prasad Adhikari, Kathmandu [Nepal]
    if name and _is_name(name, original[start:end]):
        offset = start + text.index(name)
        town_and_outlet = None if bracketed else _town_and_outlet(folded, original, offset, offset + len(name))
        if town_and_outlet is not None:  # an Indonesian town and the outlet that filed from it: Kupang, Kominfo –
            town, outlet = town_and_outlet
            return _Part("agency", start, end, bracketed, (), town, alias=outlet, outlet=True)
        if bracketed and folded[:start].strip(" ([（［") and _is_outlet(name):
            # An outlet's name in brackets after the place: JAKARTA INDONESIA (ISL News), میر پور(وقت نیوز).
            return _Part("agency", start, end, bracketed)
        if not bracketed and _is_outlet(name):
            credited = _outlet_before_place(folded, offset, offset + len(name))
            if credited is not None:  # an outlet's name and the place it filed from: Daily Mirror, Colombo:
                return _Part("agency", start, end, bracketed, (), credited[1], alias=credited[0], outlet=True)
            # A site crediting itself (الوكيل الإخباري-), maybe after a byline's word or the
            # reporter's role: By Daily News Network |, Staff Reporter, Daily News:
            # ... and the place it filed from before its name, if any: Mataram, SUMBAWA POST -
            alias = _outlet_named(folded, offset, offset + len(name))
            place = _place_before_outlet(folded, offset, alias[0])
            return _Part("agency", start, end, bracketed, (), place, alias=alias, outlet=True)
        acronym = _initials_closing(original, offset, offset + len(name), folded)
        if acronym is not None and not _without_trailing_connectors(
            folded[offset : acronym.start()].strip(" ,،"), dateline_words()
        ):
            return _Part("prose", start, end, bracketed)  # a weekday is no place: On Thursday, VMRO-DPMNE …
        if acronym is not None:
            # An agency's initials after the place: "SUKOHARJO, NNC --".
            return _Part("agency", start, end, bracketed, (), (offset, acronym.start()), alias=acronym.span(1))
        leading = _initials_before_place(original, folded, offset, offset + len(name))
        if leading is not None:
            # ... or before it, when a place the gazetteer knows follows: "UNB, Manikganj:".
            return _Part("agency", start, end, bracketed, (), leading[1], alias=leading[0])
        country = " ".join(name.split()) in territory_names()
        return _Part("name", start, end, bracketed, (), (offset, offset + len(name)), country=country)
    if name and len(name.split()) == _MAX_NAME_WORDS + 1:
        # A place of four words and its country or state, then the initials: PORT OF SPAIN, Trinidad, CMC –
        offset = start + text.index(name)
        acronym = _initials_closing(original, offset, offset + len(name), folded)
        if acronym is not None and _is_name(folded[offset : acronym.start()], original[offset : acronym.start()]):
            return _Part("agency", start, end, bracketed, (), (offset, acronym.start()), alias=acronym.span(1))
    return _Part("prose", start, end, bracketed)


#: How many words of letters a sentence runs on with, where a page's stamp has a few or none
#: (``On Apr 15, 2020``, ``Le 14 janvier 2026 — Modifié à 07 h 28 min``).
_SENTENCE_WORDS = 5


def _words_of_a_sentence(text: str) -> bool:
    """Whether ``text`` holds a sentence's words: :data:`_SENTENCE_WORDS` words of two letters or more."""
    return sum(len(word) > 1 and word.isalpha() for word in text.split()) >= _SENTENCE_WORDS


def _names_outlet_after_date(trailing: str, printed: str) -> bool:
    """Whether ``trailing``, what follows a date and a comma in a part (folded; ``printed`` as
    printed), is an outlet's name: a few capitalised words, one of them an outlet's, or one word
    with one glued to its end (``Caspian News``, ``ФедералПресс``: :func:`_is_outlet`)."""
    printed = printed.strip(" ,،.;")
    words = printed.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and all(word[:1].isupper() for word in words) and _is_outlet(trailing)


def _place_after_date(trailing: str, printed: str) -> bool:
    """Whether ``trailing``, what follows a date and a comma in a part (folded; ``printed`` as
    printed), is a place: one the gazetteer knows, or in a script with capitals a name of a few
    capitalised words that is no weekday (``Feb 27, Mahiyangana:``, a town GeoNames lacks)."""
    if is_place(trailing):
        return True
    printed = printed.strip(" ,،.;")
    return (
        any(char.isupper() for char in printed)
        and all(word[:1].isupper() for word in printed.split())
        and _is_name(trailing, printed)
        and trailing not in dateline_words().weekdays
    )


def _dated(
    folded: str, original: str, start: int, end: int, bracketed: bool, dates: tuple[DateMatch, ...], rest_start: int
) -> _Part:
    """What ``folded[start:end]``, which prints ``dates`` (found in it) and maybe a time of day
    after them, up to ``rest_start`` within it, reads as: a date, a name and its date, an
    agency's, or prose."""
    text = folded[start:end]
    before = text[: dates[0].start]
    after = text[dates[-1].end :]
    rest = _REST_BREAKS.sub(" ", text[rest_start:]).split()
    words = dateline_words()
    shifted = tuple(
        DateMatch(d.start + start, d.end + start, d.calendar, d.year, d.month, d.day, d.paired_month) for d in dates
    )
    day_first = (
        before.strip() in words.connectors and not folded[:start].strip() and original[start : start + 1].isupper()
    )
    if day_first and _words_of_a_sentence(folded[end:]):
        # A sentence opens with its day, a preposition before it: On 4 October 2012 – World Animal Day –
        return _Part("prose", start, end, bracketed)
    name = _without_trailing_connectors(before.strip(_DATE_EDGE), words)  # Paris, le 4 octobre; 日期：
    # Where the name ends, counted rather than searched for: the folded place may be found again
    # in the weekday after it (Punjabi's Cairo, ਕੈਰੋ, folds to letters its Friday holds).
    name_end = start + len(before) - len(before.lstrip(_DATE_EDGE)) + len(name)
    name = name[generic_credit_end(name) :].strip()  # Own Correspondent, Dhaka, Oct 13:
    name = name[printed_again_at(name) :]  # KATHMANDU KATHMANDU, Nov 7:
    offset = name_end - len(name) if name else start
    # An outlet's name and its place may be more words than a name has: News Americas, New York, NY
    credited = _outlet_before_place(folded, offset, offset + len(name)) if name and not bracketed else None
    named = credited is not None or (bool(name) and _is_name(name, original[offset : offset + len(name)]))
    name_span = (offset, offset + len(name)) if named else None
    bylined = bool(rest) and rest[0] in byline_words() and len(rest) <= _BYLINE_WORDS
    if not bylined and any(word not in words.connectors and word not in words.weekdays for word in rest):
        trailing, printed = after.strip(" ,،.;"), original[start + dates[-1].end : end]
        opening = before.strip(" ,،.;-–—")
        if (not opening or opening in words.weekdays) and after[:1] in ",،" and _place_after_date(trailing, printed):
            # The date first (maybe after its weekday), then the place: "March 21, Seoul: North
            # Korea has fired …", "Monday, July 20, Vilnius - President …".
            offset = start + dates[-1].end + after.index(trailing)
            return _Part("name", start, end, bracketed, shifted, (offset, offset + len(trailing)))
        acronym = _initials_closing(original, start + dates[-1].end, end, folded, after_date=True)
        if acronym is not None and name_span is not None:
            # An agency's initials after the place and date: "VILNIUS, Apr 04, BNS –".
            return _Part("agency", start, end, bracketed, shifted, name_span, alias=acronym.span(1))
        if name_span is not None and after[:1] in ",،" and _names_outlet_after_date(trailing, printed):
            # ... or an outlet's name: "ЕКАТЕРИНБУРГ, 23 декабря, ФедералПресс.", "BAKU, December 23, Caspian News -".
            offset = start + dates[-1].end + after.index(trailing)
            return _Part("agency", start, end, bracketed, shifted, name_span, alias=(offset, offset + len(trailing)))
        return _Part("prose", start, end, bracketed)
    if not name or name in words.connectors or name in words.weekdays:
        return _Part("date", start, end, bracketed, shifted)  # Kamis, 12 Oktober 2023: no place
    filed = _place_after_byline(name, offset)
    if filed is not None:
        return _Part("name", start, end, bracketed, shifted, filed)  # By Binod Adhikari, Kathmandu, Feb. 17:
    if name.split()[0] in byline_words() and name_span is not None:
        # A byline, maybe closed by the place: Par Leslie Péan, 16 octobre 2013; By Krishna Sapkota Kathmandu, Aug 20
        placed = _place_closing_byline(original, name_span)
        return _Part("date" if placed is None else "name", start, end, bracketed, shifted, placed)
    if credited is not None:
        return _Part("agency", start, end, bracketed, shifted, credited[1], alias=credited[0])
    if name_span is not None and not bracketed and _is_outlet(folded[slice(*name_span)]):
        return _Part("agency", start, end, bracketed, shifted, None, alias=name_span)  # HAVANA TIMES, Sept. 28 –
    leading = _initials_before_place(original, folded, *name_span) if name_span is not None else None
    if leading is not None:
        return _Part(
            "agency", start, end, bracketed, shifted, leading[1], alias=leading[0]
        )  # IEP Chandigarh, February 21
    if name_span is not None:
        return _Part("name", start, end, bracketed, shifted, name_span)
    return _Part("prose", start, end, bracketed)


def _place_after_byline(name: str, offset: int) -> tuple[int, int] | None:
    """The span of the place after a byline's name and a comma (folded ``name``, at ``offset``:
    ``by binod adhikari, kathmandu``, ``by binod adhikari, kathmandu, nepal``); None when ``name``
    is no byline, the name is longer than a person's (``by lise alves, senior contributing
    reporter são paulo, brazil``) or the gazetteer does not know what follows it."""
    byline, comma, place = name.partition(",")
    words, place = byline.split(), place.strip()
    if not comma or words[0] not in byline_words() or not is_place(place):
        return None
    # Each writer's name, where a word for "and" joins two (by jane carter and tom lee, kathmandu)
    names = _between_writers().split(" ".join(words[1:]))
    if any(len(writer.split()) > _BYLINE_NAME_WORDS for writer in names):
        return None
    return offset + len(name) - len(place), offset + len(name)


@cache
def _between_writers() -> re.Pattern[str]:
    """A word for "and" between two writers' names in a byline (:func:`~.words.conjunction_pattern`)."""
    return re.compile(rf" {conjunction_pattern()} ")


def _initials_or_brand(word: str) -> bool:
    """Whether ``word`` is an agency's initials in capitals (``UNB``), a brand's name with
    capitals inside it (``УрБК``, ``ArmInfo``) or an outlet's ending with "news" (``BORNEONEWS``)."""
    return (word.isupper() and len(word) <= _INITIALS) or _capitals_inside(word) or _news_brand(word)


#: The word an outlet's brand in capitals ends with, glued to the rest of its name: ``BORNEONEWS``.
_NEWS_BRAND = re.compile(r"[^\W\d_]{3,}NEWS")


def _news_brand(word: str) -> bool:
    """Whether ``word`` is an outlet's brand in capitals that ends with "news" (``BORNEONEWS``,
    ``TRIBUNNEWS``): before a comma, a credit, even before a place no gazetteer knows
    (``BORNEONEWS, Tamiang Layang -``)."""
    return word.isupper() and _NEWS_BRAND.fullmatch(word) is not None


def _capitals_inside(word: str) -> bool:
    """Whether ``word``, in any script, has capitals inside it as a brand's name has and no
    place's but a few GeoNames knows (McAllen, DeKalb): a capital after a small letter
    (``ArmInfo``, ``iNews``, ``УрБК``) or two capitals before one (``DFWatch``)."""
    padded = f"{word} "
    return any(
        (padded[index].islower() and padded[index + 1].isupper())
        or (padded[index].isupper() and padded[index + 1].isupper() and padded[index + 2].islower())
        for index in range(len(word) - 1)
    )


def _initials_before_place(
    original: str, folded: str, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of an agency's initials in capitals (or brand with capitals inside it: ``УрБК``)
    opening the name ``original[start:end]`` and of the place the gazetteer knows after them,
    after a comma (``UNB, Manikganj``) or a space before a place not in capitals (``IEP
    Chandigarh``); None if it is not so."""
    leading = _LEADING_WORD.match(original, start, end)
    if leading is None or not _initials_or_brand(leading.group(1)) or is_place(folded[slice(*leading.span(1))]):
        return None  # KABUL, Afghanistan
    if not is_place(folded[leading.end() : end]) and not (leading.group(2) and _news_brand(leading.group(1))):
        return None
    town = leading.group(2) and len(leading.group(1)) > _SHORT_INITIALS
    if town and fold_key(folded[leading.end() : end]) in territory_names():
        return None  # a town the gazetteer lacks and its country: VAVAU, Tonga
    city = PARTS_OF_PLACE.split(original[leading.end() : end])[0]
    if not leading.group(2) and (is_place(folded[start:end]) or city.isupper()):
        return None  # a place in capitals, maybe with its state (FORT KENT, Maine), or a credit: NTV UGANDA
    return leading.span(1), (leading.end(), end)


def _outlet_before_place(folded: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of an outlet's name (:func:`_is_outlet`) opening ``folded[start:end]`` and of
    the place the gazetteer knows after it and a comma (``News Americas, New York, NY``, ``Daily
    Mirror, Colombo``); None if it is not so."""
    head, comma, tail = folded[start:end].partition(",")
    if not comma or not head.strip() or not _is_outlet(head.strip()) or not is_place(tail):
        return None
    place_start = start + len(head) + 1 + len(tail) - len(tail.lstrip())
    return (start, start + len(head.rstrip())), (place_start, end - len(tail) + len(tail.rstrip()))


def _outlet_named(folded: str, start: int, end: int) -> tuple[int, int]:
    """The span of the outlet's own name in ``folded[start:end]``, a name :func:`_is_outlet`
    tells: the last of its pieces between commas that holds an outlet's word, less a byline's
    word opening it (``By Daily News Network``, ``Staff Reporter, Daily News``), which are
    the writer's and no part of the outlet's name."""
    outlets = outlet_words()
    for piece in reversed(list(re.finditer(r"[^,،]+", folded[start:end]))):
        words = piece.group().split()
        if outlets.isdisjoint(word.strip(",،") for word in words):
            continue
        piece_start = start + piece.start() + len(piece.group()) - len(piece.group().lstrip())
        if len(words) > 1 and words[0] in byline_words():
            piece_start = folded.index(words[1], piece_start)
        return piece_start, start + piece.start() + len(piece.group().rstrip())
    return start, end


#: The countries whose sites credit themselves after the town they filed from and a comma, in a
#: name no region bears (``Kupang, Kominfo –``, ``Ambon, Pelita Maluku —``, ``Padang, Padek -``):
#: Indonesia's, where every such dateline of the accuracy corpus does. Elsewhere the layout names a
#: region the gazetteer may lack (``Berbera, Somaliland –``, ``GBARNGA, BONG COUNTY –``).
_TOWN_AND_OUTLET_COUNTRIES = frozenset({"ID"})
#: How many words the outlet's name after the town may have.
_TOWN_OUTLET_WORDS = 3


def _town_and_outlet(
    folded: str, original: str, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the town and the outlet's name in ``folded[start:end]``, when it is a town of
    :data:`_TOWN_AND_OUTLET_COUNTRIES`, a comma, and a capitalised name that is no place, region,
    weekday or generic credit (``original`` as printed): one word, or a few of which one is in
    capitals or an outlet's word (``JAKARTA, LASPELA –``, ``Jakarta, CNBC Indonesia -``); a
    province's or outlet's initials in capitals (``KUPANG, NTT``, ``Gorontalo, PK``) are left to
    what reads initials. None for anything else."""
    head, comma, tail = folded[start:end].partition(",")
    town, outlet = head.strip(), tail.strip()
    if not comma or not outlet or "," in tail or len(outlet.split()) > _TOWN_OUTLET_WORDS:
        return None
    outlet_start = end - len(tail.lstrip())
    printed = original[outlet_start : outlet_start + len(outlet)]
    words = printed.split()
    if not all(word[:1].isupper() for word in words) or (printed.isupper() and len(printed) <= _INITIALS):
        return None
    if len(words) > 1 and not any(word.isupper() for word in words) and not _is_outlet(outlet):
        return None  # words of a region's name in English, which ISO does not give: MATARAM, West Nusa Tenggara:
    if country_of(town) not in _TOWN_AND_OUTLET_COUNTRIES:
        return None
    if is_place(outlet) or is_region(outlet, town) or outlet in dateline_words().weekdays or is_generic_credit(outlet):
        return None
    town_start = start + len(head) - len(head.lstrip())
    return (town_start, town_start + len(town)), (outlet_start, outlet_start + len(outlet))


def _place_before_outlet(folded: str, start: int, outlet_start: int) -> tuple[int, int] | None:
    """The span of the place the gazetteer knows that is all of ``folded[start:outlet_start]``
    but the comma closing it, before an outlet's name (``Mataram, SUMBAWA POST``); None when
    no comma parts them or the words before it are no place (``Staff Reporter, Daily News``)."""
    head = folded[start:outlet_start].rstrip()
    if not head.endswith((",", "،")) or not is_place(head[:-1].strip()):
        return None
    return start, start + len(head[:-1].rstrip())


def _without_trailing_connectors(name: str, words: Words) -> str:
    """Folded ``name`` less the small words and weekdays closing it before a date (``paris, le``,
    ``am dienstag``), but for a weekday that closes a place's name (``santo domingo``); nothing
    when those are all it holds."""
    small = [word.strip(" ,،") for word in name.split()]
    if (
        any(word in words.weekdays for word in small)
        and all(word in words.weekdays or word in words.connectors for word in small)
        and not weekday_in_place_name(name)  # La Paz: Turkish "Paz" is Sunday
    ):
        return ""
    while True:
        several = weekday_of_words(name, 0, len(name))
        head, _, last = (name[: several.start()], "", several.group()) if several else name.rpartition(" ")
        if not head.strip(" ,،;؛") or (last not in words.connectors and last not in words.weekdays):
            return name
        if last not in words.connectors and weekday_in_place_name(name):
            return name
        name = head.rstrip(" ,،;؛")  # the marks before the small word too: "Tuxtla Gutiérrez, Chiapas; a 3 de enero"


#: How many letters a weekday's name has at least, where its abbreviation has fewer and may
#: be a region's (``SPERLING, Man.``, Manitoba, as Danish shortens Monday; ``HERMOSILLO, SON.``).
_WEEKDAY_LETTERS = 4


def _names_weekday(words: str) -> bool:
    """Whether folded ``words``, what :func:`_without_trailing_connectors` took off a name, name a
    weekday in full (:data:`_WEEKDAY_LETTERS`)."""
    weekdays = dateline_words().weekdays
    return weekday_of_words(words, 0, len(words)) is not None or any(
        len(word) >= _WEEKDAY_LETTERS and word in weekdays for word in (part.strip(" ,،;؛") for part in words.split())
    )


def _initials_closing(
    original: str, start: int, end: int, folded: str, *, after_date: bool = False
) -> re.Match[str] | None:
    """The span of an agency's initials in capitals closing ``original[start:end]`` after a
    comma (``SUKOHARJO, NNC``, ``Apr 04, BNS``), unless they are a place's (``SIR BANI YAS,
    UAE``) or an abbreviation's, with a full stop. ``after_date``: they follow a date, where a
    capitalised name no sentence opens with is an agency's too (``April 8, Mana``), and so is
    its whole name in capitals (``SEPTEMBER 27, ARTSAKHPRESS``)."""
    acronym = _NAME_AFTER_DATE.match(original, start, end) if after_date else _ACRONYM.search(original, start, end)
    if acronym is None:
        return None
    name, key = acronym.group(1), folded[slice(*acronym.span(1))]
    if name[:1].isdigit() and not glues_outlet_word(key):
        return None  # figures open a name only when an outlet's word is glued to them: 24News
    city = original[start : acronym.start()]
    # After a date, a small town may share the name (Mana, French Guiana; NOA); a country is the
    # place's. After a known city, a town's name is no region of it (Abu Dhabi, MINA: Mina,
    # Saudi Arabia), a state's code is (SYDNEY, NSW), and a city of its country is a second
    # place (PARIS, LYON; TRST, GORICA).
    if after_date:
        named = key not in territory_names()
    else:
        named = not is_region(name, city) and (
            not is_place(key) or (is_place(city) and not _city_of_its_country(name, city))
        )
    initials = (_initials_or_brand(name) or (after_date and name.isupper())) and named
    if len(name) == _TWO_LETTERS and (not is_place(city) or name.upper() in country_codes()):
        # Two letters are an outlet's initials (KENDARI, BP) only after a city whose country is
        # known, and no state's code of it (OTTAWA, ON), nor a country's (PARIS, FR).
        initials = False
    titled = (
        after_date
        and name.istitle()
        and len(name) <= _TITLED_LETTERS
        and key not in dateline_words().prose
        and key not in territory_names()
    )
    if not (initials or titled):
        return None
    if original[end : end + 1] == ".":
        return None  # a region's abbreviation, the place's: "GUADALUPE, ZAC.-", "Chilpancingo, GRO."
    return acronym


def _city_of_its_country(name: str, city: str) -> bool:
    """Whether ``name`` is one of GeoNames' cities in the country of ``city``, a known place."""
    country = country_of(city.strip(" ,،"))
    return country is not None and bool(cities_named(name, country))


def _with_tatweel_marks(folded: Folded) -> str:
    """The folded text with a tatweel that stood alone between spaces (``برشلونة ـ الفرنسية``,
    which Arabic papers print as a dash) put back as a mark: folding drops tatweel, and so
    would drop the mark. The space before it takes its place, so spans stay aligned."""
    text = folded.text[:REACH]
    if isinstance(folded.origin, range) or "\u0640" not in folded.original:
        return text
    characters = list(text)
    for gap in re.finditer(r" (?= )", text):
        start, after = folded.origin[gap.start()], folded.origin[gap.start() + 1]
        if folded.original[start:after].strip() and not folded.original[start:after].strip("\u0640 "):
            characters[gap.start()] = "\u0640"
    return "".join(characters)


def _parts(folded: Folded, original: str) -> list[tuple[_Part, str, int]]:
    """The parts at the start of the folded text, each with the mark that follows it ("" at the
    end of the text, " " where none does) and where that mark ends."""
    text = _with_tatweel_marks(folded)
    parts: list[tuple[_Part, str, int]] = []
    position = 0
    while len(parts) < _MAX_PARTS:
        found = _BRACKETED.match(text, position) or _PLAIN.match(text, position)
        if not found:
            break
        group = "inner" if "inner" in found.re.groupindex else "plain"
        start, end = found.span(group)
        if group == "plain":
            end = _plain_end(text, start, end)
            if end == start:
                break
            end = _hyphenated_name_end(text, start, end)
        quoted = group == "inner" and text[found.start() : start].strip() in _QUOTES
        quote_at = start - len(text[found.start() : start].lstrip()) if quoted else 0  # the quotation mark's place
        if quote_at > 0 and text[quote_at - 1].isalnum():
            parts.append((_Part("prose", start, end, True), "", found.end()))
            break  # words in quotes glued to the word before them are a sentence's: 神秘湘西崛起“新地標”
        part = _classify(text, original, start, end, bracketed=group == "inner", quoted=quoted)
        if part.dates and group == "plain" and text.startswith("/", end):
            # A month given both its names across the slash is one date: 03 آب/أغسطس 2003.
            longer = find_dates(text[start : end + _DATED_REACH])
            if longer and start + longer[-1].end > end + 1:
                end = start + longer[-1].end
                part = _classify(text, original, start, end, bracketed=False)
        if group == "plain" and (
            part.kind == "prose" or (part.dates and _QUOTE_AFTER.match(text, end)) or _stops_inside(original, part)
        ):
            ending = _unmarked_end(text, original, start, end)
            if ending is None and parts and _labels_sources(text, parts[-1]):
                ending = _source_named(text, original, start, end)
            if ending is not None:
                stop, after, stop_mark = ending
                parts.append((_classify(text, original, start, stop, bracketed=False), stop_mark, after))
                break
        if group == "inner":
            part = part._replace(close=found.end())
        position = found.end() if group == "inner" else end
        genitive = _GENITIVE_CREDIT.match(text, position) if part.kind == "agency" else None
        if genitive and genitive.end() >= len(folded.text.rstrip()):
            parts.append((part, "", len(folded.text)))
            break
        mark = _MARK.match(text, position)
        if mark and joins_words(original, *mark.span()):
            part = part._replace(kind="prose")  # the part's last word runs on: 5.8-magnitude
        if text.startswith(":", position) and original[position + 1 : position + 2].isupper():
            mark = _GLUED_COLON.match(text, position)  # folded, "Trend:The" looks like a genitive "TT:s"
        dashed = mark is not None and mark.group().strip() in _DASHES
        # A bracketed name opening the paragraph before a dash is a credit: "(Dân trí) - Sáng nay".
        opening_credit = (
            not parts and part.bracketed and part.kind in ("name", "prose") and not original[start].islower()
        )
        if opening_credit and dashed and _is_credit_name(text[start:end]):
            part = part._replace(kind="agency", name=None)
        elif dashed and part.kind == "prose" and part.bracketed and not quoted and _after_whole_dateline(parts):
            # ... and so are words in brackets after a whole dateline, however many: the office that
            # issued the story, naming no agency (… April 06, 2022 (Press Unit in the Office of the Prime Minister) –)
            part = part._replace(kind="generic")
        if mark and mark.end() > position:
            parts.append((part, mark.group(), mark.end()))
            position = mark.end()
        elif position >= len(folded.text.rstrip()):
            parts.append((part, "", len(folded.text)))
            break
        else:
            parts.append((part, " ", position))
        if part.kind == "prose":
            break
    return parts


def _after_whole_dateline(parts: list[tuple[_Part, str, int]]) -> bool:
    """Whether ``parts``, the parts read so far, are one name and a whole date, its year
    included, and a space after them (``BASSETERRE, St. Kitts, April 06, 2022``)."""
    if len(parts) != 1:
        return False
    previous, mark, _ = parts[0]
    return previous.name is not None and mark == " " and any(date.year is not None for date in previous.dates)


def _stops_inside(original: str, part: _Part) -> bool:
    """Whether ``part``, read as a name, is a place in capitals, its full stop and the lede's
    first words, which a bracket after them closed before any mark: ``KONTAN.CO.ID - JAKARTA.
    Bursa Efek Indonesia (BEI) membuka …``."""
    if part.kind != "name" or part.dates:
        return False
    capitals = _CAPITALS_STOP.match(original, part.start, part.end)
    return capitals is not None and capitals.end() < part.end and capitals.group(1).isupper()


def joins_words(text: str, start: int, end: int) -> bool:
    """Whether the mark ``text[start:end]`` is a hyphen glued between a word or figure and a
    small letter, which joins the two into one word (``5.8-magnitude``, Armenian's
    ``Tsayg.am-ը``, Norwegian's ``Ap-leder``) and parts no dateline from a lede, which opens
    with a capital where its script has them; or an underscore glued between them and a figure,
    which joins a file's name (a picture's, ``IMG_4629``)."""
    mark, before, after = text[start:end], text[start - 1 : start], text[end : end + 1]
    return before.isalnum() and ((mark == "-" and after.islower()) or (mark == "_" and after.isdigit()))


#: Hyphens and the words they glue to a part: the first, the rest of an agency's name (``Agence
#: France-Presse``); all, the rest of a place's (``Port-au-Prince``).
_HYPHENS_GLUED = re.compile(r"(?P<first>-[^\W\d_]+)(?:-[^\W\d_]+)*")


#: A word of letters, figures, hyphens and full stops, a site's name maybe (:data:`SITE_NAME`).
_HYPHENATED_SITE = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def _hyphenated_name_end(text: str, start: int, end: int) -> int:
    """Where the part ``text[start:end]`` ends, grown over a hyphen to the word glued after it when
    the two are an agency's printed name (``Agence France-Presse``, ``Keystone-SDA``), or to the
    end of a site's name whose domain holds the hyphen (``TRIBUN-TIMUR.COM``) after a word no
    gazetteer knows, which no mark parts into a place and an agency; or over the hyphens and
    words that make it a place's name the gazetteer knows (``Port-au-Prince``,
    ``Санкт-Петербург``), which no mark parts into two places either, and which runs on into no
    lede as a word's would (``5.8-magnitude``); or over the hyphen of a weekday's name
    (Portuguese's ``quarta-feira``), which is the date's."""
    glued = _HYPHENS_GLUED.match(text, end)
    if glued is None:
        return end  # nearly every part
    if _is_alias(text[start : glued.end("first")]):
        return glued.end("first")
    site = _HYPHENATED_SITE.match(text, start)
    if site is not None and site.end() > end and SITE_NAME.fullmatch(site.group()) and not is_place(text[start:end]):
        # A site's name, its hyphen the domain's (TRIBUN-TIMUR.COM, MAKASSAR -), not a place's
        # glued to it by a hyphen (Kupang-InfoNTT.com,-).
        name_end = site.end()
    else:
        named = text[start : glued.end()]
        if not is_one_place(named) and named.split()[-1] not in dateline_words().weekdays:
            return end  # neither a place's name nor a weekday's (Brasília, quarta-feira, 17 de dezembro)
        name_end = glued.end()
    more = _PLAIN.match(text, name_end)  # what follows the name up to the next mark: ", le 4 août 2018"
    return _plain_end(text, start, more.end("plain")) if more and more.start("plain") == name_end else name_end


def _plain_end(text: str, start: int, end: int) -> int:
    """Where a plain part ``text[start:end]`` ends, its spaces and a full stop before a hyphen
    left out: in ``Managua.-`` the full stop belongs to the mark; and ending before Urdu's full
    stops in a row, an ellipsis (:data:`ELLIPSIS`), where a single one ends a sentence."""
    stops = text.find("۔۔", start, end)
    if stops != -1:
        end = stops
    if text[end - 1] == "." and text.startswith("-", end):
        end -= 1
    return start + len(text[start:end].rstrip())


@cache
def _year_word() -> re.Pattern[str]:
    """The word for "year" some languages print after a date's year (:func:`~.words.year_words`),
    maybe cut short and with its full stop: Russian's ``2025 года`` and ``2025 г.``, Polish ``r.``."""
    return re.compile(rf"[ \t]+(?:{alternation(year_words())})(?![^\W\d_])\.?")


def _unmarked_end(text: str, original: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where a place (and date) opening ``text[start:end]`` end, where the lede after them
    starts, and the mark between, when a full stop or nothing parts them from the lede:
    "DEN HAAG, 13 APRIL. Het kabinet", "नयी दिल्ली, पांच जून दिल्ली में", "JAKARTA. Indonesian",
    and a date before its place: "19 September 2019, Quezon City. As"."""
    head = text[start : min(end, start + _DATED_REACH)]
    dates = find_dates(head)
    if not dates:
        capitals = _CAPITALS_STOP.match(original, start, end)
        if capitals is not None and capitals.group(1).isupper():  # only scripts with capitals
            return capitals.end(1), capitals.end(), ". "
        credited = _CREDIT_PLACE_STOP.match(text, start, end)
        if credited is not None and _is_alias(credited["credit"]) and is_place(credited["place"]):
            return credited.end("place"), credited.end(), ". "  # an agency and its place: "dpa Stuttgart. Nach den …"
        return None
    stop = start + dates[0].end
    year_word = _year_word().match(text, stop) if dates[0].year is not None and dates[0].start > 0 else None
    if year_word is not None:
        # After a place, the word and its full stop close the date: Москва, 7 ноября 2025 года. Правительство
        stop = year_word.end() - year_word.group().endswith(".")
    if text[stop - 1] == "." and text.startswith(" ", stop):  # the month's abbreviation dot
        return stop - 1, stop + 1, ". "
    if text.startswith(". ", stop):
        clock = time_of_day_end(text, stop + 2)  # Belmopan. April 14, 2020. 2:20 p.m. The Office …
        if clock is not None and text.startswith(" ", clock):
            # ... and a dash after the time is the dateline's: Москва, 17 января 2025 г. 14:30 - …
            dash = _MARK.match(text, clock)
            return stop, dash.end() if dash is not None and dash["mark"].strip() in _DASHES else clock + 1, ". "
        return stop, stop + 2, ". "
    if text.startswith(" . ", stop):
        return stop, stop + 3, " . "  # a credit taken out, its full stop left: कोलकाता, 30 सितंबर . भारतीय
    if (
        dates[0].start == 0
        and dates[0].year is not None
        and (placed_after := _place_closing_date(text, original, stop, end))
    ):
        return placed_after
    placed = text[start : start + dates[0].start].rstrip().endswith((",", "،"))
    if placed and text.startswith(" ", stop):
        return stop, stop + 1, ""
    credit = _NAME_STOP.match(text, stop, end) if placed else None
    if credit is not None and _names_outlet_after_date(credit["name"], original[slice(*credit.span("name"))]):
        # ... and the outlet after a comma: ЕКАТЕРИНБУРГ, 23 декабря, ФедералПресс. Назначение
        return credit.end("name"), credit.end(), ". "
    if placed and dates[0].year is not None and text.startswith(", ", stop) and original[stop + 2 : stop + 3].isupper():
        return stop, stop + 2, ", "  # a whole date, then a comma: "Jeddah, July 25, 2023, In a display …"
    return None


def _place_closing_date(text: str, original: str, stop: int, end: int) -> tuple[int, int, str] | None:
    """Where a known place after a whole date that opens a part, and a comma, ends, where the lede
    after its full stop starts, and the mark between: ``19 September 2019, Quezon City. As …``.
    The gazetteer and the lede's capital tell the place from a sentence's words."""
    closed = _NAME_STOP.match(text, stop, end)
    if closed is None or not original[closed.end() : closed.end() + 1].isupper():
        return None
    return (closed.end("name"), closed.end(), ". ") if is_place(original[slice(*closed.span("name"))]) else None


def _labels_sources(text: str, previous: tuple[_Part, str, int]) -> bool:
    """Whether ``previous`` is a label for the story's source and its colon: ``Source:``."""
    part, mark, _ = previous
    return mark.strip() == ":" and fold_key(text[part.start : part.end]) in source_labels()


def _source_named(text: str, original: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where an agency the registry knows, named after a source's label with no mark before the
    lede, ends, and where the lede starts: ``Source: AKP Samdech Techo Hun Sen …``."""
    alias_end = _leading_alias(text[start:end])
    if alias_end is None or _printed_as_word(original, start, start + alias_end):
        return None
    stop = start + len(text[start : start + alias_end].rstrip(" ."))
    lede = end - len(text[stop:end].lstrip(" ."))  # past the spaces and a full stop: Source: Xinhua. The …
    if not original[lede : lede + 1].isupper() or text[lede:end].split(maxsplit=1)[0] in photo_labels():
        return None  # a sentence, or a picture's credit: Source: AP Photo
    return stop, lede, ""


def read_parts(folded: Folded) -> Reading | None:
    """The longest run of parts opening ``folded`` that reads as a dateline, or None. A place
    with neither agency nor date anchors one only when printed in capitals (``ISLAMABAD:``),
    in scripts that have them."""
    reach = min(REACH, len(folded.text))
    if isinstance(folded.origin, range):  # nothing was dropped in folding: the texts align as they are
        original = folded.original[:reach]
    else:
        original = "".join(folded.original[index] for index in folded.origin[:reach])
    parts = _parts(folded, original)
    if parts and _opens_with_label(parts[0], original):
        return None  # a label opens the line, a byline's (Por: La Nación Mundo …) or a picture's (کیپشن: …)
    best: Reading | None = None
    for count in range(1, len(parts) + 1):
        run = parts[:count]
        last = run[-1][0]
        if any(part.kind == "prose" for part, _, _ in run) or (count > 1 and run[-2][0].clocked):
            break  # prose, or past a time of day, which closes a dateline
        if count > 1 and run[-2][1].strip() == ":" and run[-1][1] == " " and _story_after_colon(last, original):
            break  # مرآة البحرين (خاص): تظاهر آلاف البحرينيين (الجمعة 27 مارس/ آذار 2015)
        if count > 1 and run[-2][1] == " " and not (run[-1][0].bracketed or (run[-2][0].bracketed and last.dates)):
            break  # with no mark between, only a bracket follows a part, or a date a bracket: "[Kuwait], October 30"
        if _credited_before_dash(best, run):
            break  # the story's words after the dash: BANJARMASINPOST.CO.ID, BANJARMASIN - Setelah Rabu (19/11/2014)
        if _titled_after_dash(best, run, original):
            break  # a picture's title opening the story: MEDAN, 22/9 - PERKETAT PENGAMANAN. Sejumlah …
        if count > 1 and best is not None and run[-2][1].strip() == "।":
            break  # the story's words after a danda, a full stop: धादिङ, वैशाख २ । उत्तरी धादिङका रुबीभ्याली, गंगा–जमुना
        mark = run[-1][1]
        closing_bracket = last.bracketed and not last.quoted and last.kind in ("date", "agency")
        hyphen_closes = mark in ("-", "- ") and _place_before_story(parts, count, original)
        joined = mark in _JOINING and last.kind == "name" and not last.dates and not hyphen_closes
        if (mark == " " and not closing_bracket) or joined:
            continue
        if last.clocked and _stamp_like(run, mark):
            continue
        reading = _reading(run, original, hyphen_closes=hyphen_closes)
        if reading is not None:
            best = reading
    return best


def _credited_before_dash(best: Reading | None, run: list[tuple[_Part, str, int]]) -> bool:
    """Whether ``run`` closes with a name and a date in brackets after ``best``, the reading so
    far, which names its place and its agency and ends at a dash: a dateline whole, after which
    the weekday and its date are the story's (``… BANJARMASIN - Setelah Rabu (19/11/2014)``)."""
    if best is None or best.place is None or best.agency is None or len(run) < 3:
        return False
    (_, dash, end), (name, space, _), (bracket, _, _) = run[-3:]
    return (
        dash.strip() in _DASHES
        and end == best.end
        and name.kind == "name"
        and space == " "
        and bracket.bracketed
        and bool(bracket.dates)
    )


def _titled_after_dash(best: Reading | None, run: list[tuple[_Part, str, int]], original: str) -> bool:
    """Whether ``run`` closes with words in capitals no gazetteer knows and a full stop after
    ``best``, the reading so far, which names its place and date and ends at a dash: the title
    that opens a picture's story, as Antara prints it (``MEDAN, 22/9 - PERKETAT PENGAMANAN.
    Sejumlah …``, "security tightened"), the story's first words, not a second place."""
    if best is None or best.place is None or not best.dates or len(run) < 2:
        return False
    (_, dash, end), (title, mark, _) = run[-2:]
    if dash.strip() not in _DASHES or end != best.end or title.kind != "name" or title.dates or mark.strip() != ".":
        return False
    printed = original[title.start : title.end].strip()
    return len(printed.split()) > 1 and printed.isupper() and not is_place(printed)


def _opens_with_label(first: tuple[_Part, str, int], original: str) -> bool:
    """Whether ``first``, the first part of a line and its mark, is a label and a colon, which
    is never a place: a byline's word (``Por:``, ``كتب:``, "wrote:"), which labels the writer
    after it, a picture's (``کیپشن:``, "caption:"), which labels its caption or credit, or a
    section's (``หมวด:``, "category:"), which labels the page's section; or a reporter's or
    editor's role alone, which labels who wrote or edited the story (``Editor : Rizal``, though
    a province bears the name)."""
    part, mark, _ = first
    if mark.strip() != ":" or part.kind != "name":
        return False
    label = fold_key(original[part.start : part.end].lstrip(ORNAMENTS))
    labels = (byline_words(), photo_labels(), section_labels())
    return any(label in words for words in labels) or f"{label}:" in byline_words() or is_reporter_role(label)


def _place_closing_byline(original: str, byline: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the known place that closes the byline at ``byline`` in ``original``, after
    the writer's name (:func:`~.place_and_dates.place_closing`), when a comma follows it (``By
    Krishna Sapkota Kathmandu, Aug 20:``) or it is in capitals (``By TEVITA SILIVA NUKU’ALOFA-March
    21:``); None when none does, and for a surname a city bears, which neither marks (``By
    Eduardo Campos Lima — August 13, 2020``)."""
    printed = original[slice(*byline)].rstrip()
    start = place_closing(printed)
    end = byline[0] + len(printed)
    if start is None or not (printed[start:].isupper() or original.startswith(",", end)):
        return None
    return byline[0] + start, end


#: A run of letters: the first word after a hyphen.
_LETTERS = re.compile(r"[^\W\d_]+")


def _place_before_story(parts: list[tuple[_Part, str, int]], count: int, original: str) -> bool:
    """Whether the hyphen after the last of the first ``count`` parts, a name the gazetteer
    knows, closes the dateline rather than joining a name: the story's capitalised first word
    follows it, glued or after a space (``Khartoum-The Political Sector …``, ``Willemstad-
    Resientemente …``), and the two are no one place's name (``Port-Louis``, ``Baden-Baden``),
    which only a hyphen glued to both can join: after ``Samarinda- Rapat``, Rapat is no town
    of that name, though GeoNames knows one."""
    (name, mark, _), following = parts[count - 1], parts[count][0] if count < len(parts) else None
    if name.kind != "name" or following is None:
        return False
    # The story's first words may be a name before its comma, after a hyphen glued to the place
    # and spaced from them, which joins no two words (San Francisco de Macorís- Luis Núñez,
    # gobernador …), unless the name is a place too, a road's between towns: Tarsus-Adana- Gaziantep (TAG) Otoyolu
    named = following.kind == "name" and mark == "- " and not is_place(original[following.start : following.end])
    if following.kind != "prose" and not named:
        return False
    if not original[following.start : following.start + 1].isupper() or not is_place(original[name.start : name.end]):
        return False
    if mark != "-":
        return True  # spaced from the word after it, the hyphen joins no name with it
    word = _LETTERS.match(original, following.start)
    return not is_place(original[name.start : word.end()] if word else "")  # Port-Louis is one name


#: How many words of a script without capitals after a credit's colon are the story's.
_STORY_AFTER_COLON_WORDS = 3


def _story_after_colon(part: _Part, original: str) -> bool:
    """Whether ``part``, after a colon and running on with no mark after it, is the story's
    first words rather than a place (:func:`~.gazetteer.is_uncased_phrase`), with no date of
    their own. A name that ends the line is the reporter's (قناة السويس (مصر): عبد الستار
    حتيتة), one before a dash an outlet's (पुणे : ऑनलाईन परिवर्तनाचा सामना-)."""
    if part.kind != "name" or part.dates or part.name is None:
        return False
    return is_uncased_phrase(original[slice(*part.name)], least_words=_STORY_AFTER_COLON_WORDS)


def _stamp_like(run: list[tuple[_Part, str, int]], mark: str) -> bool:
    """Whether a run of parts closing with a date and time of day is a page's stamp, not a
    dateline: before a bar or any mark but a dash or colon (``Feb 3, 2009, 4:56 AM | Article
    By: …``), or on a line of its own after an outlet's name (``UA.NEWS SAV 21 Серпня 2017
    17:15``, as ``Xinhua | 06.07.2021 11h31``). A place, its date and time on a line of their
    own are a dateline (``New York, May 24 2007 5:00PM``)."""
    if mark == "":
        return any(part.kind == "agency" for part, _, _ in run)
    return mark.strip() not in _DASHES and mark.strip() != ":"


def _reading(run: list[tuple[_Part, str, int]], original: str, *, hyphen_closes: bool = False) -> Reading | None:
    """What a run of parts says, or None when nothing in it anchors a dateline; a hyphen closing
    the run closes the dateline when ``hyphen_closes`` (:func:`_place_before_story`)."""
    agencies = [part for part, _, _ in run if part.kind == "agency"]
    generic = any(part.kind == "generic" for part, _, _ in run)
    dates = tuple(date for part, _, _ in run for date in part.dates)
    names = _places(run, original)
    final = run[-1][1]
    if agencies and all(part.outlet for part in agencies) and not (generic or dates or names) and final == "":
        return None  # an outlet's name on a line of its own (GEO NEWS) is a credit line
    # A paper's name before an agency's (الجزيرة - واس:) credits the agency with the story.
    agency = (agencies[-1].alias or (agencies[-1].start, agencies[-1].end)) if agencies else None
    if agency is not None:
        agency = _hyphenated_on(run, agencies[-1], agency, original)
        named = original[slice(*agency)].rstrip(" ,،")  # a comma before the dash is no part of it: SUARANTT.COM,-
        agency = (agency[0], agency[0] + len(named)) if named else agency
    place = _choose_place(run, names, original)
    if place is not None and (agencies or dates) and opens_with_byline(original[slice(*place)]):
        # A byline where a place would stand, maybe glued to the place it closes with: November
        # 20th, 2012 - By Steve James; RSS -By Krishna Sapkota Kathmandu, Aug 20:
        place = _place_closing_byline(original, place)
    if place is not None and agencies and _writer_before_credit(run, place, agencies[0], original):
        place = None  # a writer's name and their outlet: Ben Sokhean / Khmer Times, November 23, 2020
    if place is not None and agency is not None and _outlet_hyphenated_on(run, place, agencies[-1], original):
        agency = (place[0], agency[1])  # one outlet's name, its first word hyphenated: ABS-CBN News
        place = None
    if generic and agency is None and place is not None and _is_credited_acronym(run, place, original):
        place, agency = None, place  # a desk and the agency's initials: NEWS DESK (DİHA) -
    if (
        generic
        and not (agencies or dates)
        and final == ""
        and place is not None
        and _writer_after_label(run, place, original)
    ):
        place = None  # the writer a desk's or a role's label names: News Editor: Xolisa Sindaphi
    if not (agencies or generic or dates):
        credited = _place_then_credit(run, original) or _credit_line_then_place(run, original)
        if credited is not None:
            return credited
        # A place alone anchors when a colon or a spaced dash closes it; names after it are
        # the reporter's, and only a whole line may hold them (صنعاء: محمد عبدالعظيم).
        first, closing = run[0][0], run[names[0][3]][1] if names else ""
        if len(run) == 1 and closing == "" and place is not None and _ends_with_region(original[place[0] :].rstrip()):
            return Reading(run[-1][2], place, None, ())  # a line of its own: عمان ، الأردن; MONTPELIER, Vt.
        if len(run) == 2 and final == "" and run[1][0].bracketed and run[1][0].name and run[0][1] == " ":
            return Reading(run[-1][2], run[1][0].name, None, ())  # a reporter and their city: أحمد الشميري (صنعاء)
        if (
            first.kind != "name"
            or closing.strip() in ("", "/", "=")
            or (closing in _JOINING and not hyphen_closes)
            or place is None
        ):
            return None
        if len(names) > 1 and final != "":
            return None
        city = original[place[0] : place[1]].split(",")[0]
        if len(city) >= _KEYWORD_LETTERS and city.strip().isalpha() and not is_place(city):
            return None  # one long word no gazetteer knows is a desk's keyword: SCHLUSSABSTIMMUNGEN:, CONSOMMATION -
        if is_no_place_word(city):
            return None  # a label's, a heading's or the story's word: VIDEO:, عاجل:, PHOTO –, SEPTEMBER:, في:
        # A longer name is a place only when the gazetteer knows it: San Francisco de Macorís-
        short = len(city.split()) <= _STRONG_CLOSE_WORDS or is_place(city)
        strong = (closing.strip() in _STRONG or hyphen_closes) and short and capitalised(city)
        # ... and so does a dash after a known place ending the line, a dateline on its own line: Coachella, CA -
        strong = strong or (final.strip() in _DASHES and not original[run[-1][2] :].strip() and is_place(city))
        # A known city and its country in brackets are a dateline before any dash: Paris (France) -
        strong = strong or (any(part.country and part.bracketed for part, _, _ in run) and is_place(city))
        if not strong and any(char.islower() for char in city):
            return (
                None  # in a script with capitals, a city in capitals ("Update:" is none; NAJAF, Iraq -) or before ".-"
            )
    return Reading(run[-1][2], place, agency, dates)


def _outlet_hyphenated_on(
    run: list[tuple[_Part, str, int]], place: tuple[int, int], outlet: _Part, original: str
) -> bool:
    """Whether ``place``, one word no gazetteer knows, is the first word of ``outlet``'s name, an
    outlet the registry lacks that a hyphen glues to it with no space (``ABS-CBN News``), where
    a known place and an outlet glued so are two (``Kupang-InfoNTT.com``)."""
    index = _named_at(run, place)
    if index is None or index + 1 >= len(run) or run[index + 1][0] is not outlet:
        return False
    name = original[slice(*place)]
    return run[index][1] == "-" and outlet.outlet and len(name.split()) == 1 and not is_place(name)


def _named_at(run: list[tuple[_Part, str, int]], place: tuple[int, int]) -> int | None:
    """Which part of ``run`` names ``place``, or None when none does."""
    return next((index for index, (part, _, _) in enumerate(run) if part.name == place), None)


def _writer_before_credit(
    run: list[tuple[_Part, str, int]], place: tuple[int, int], agency: _Part, original: str
) -> bool:
    """Whether ``place``, the name opening ``run``, is a writer's, the agency's part after it and
    a slash or dash: a name of two or three capitalised words in Latin letters that no gazetteer
    knows, as a byline prints it (``Ben Sokhean / Khmer Times``, ``MANUEL MEDINA / EFE``,
    ``Stephen Wade – Associated Press``, :func:`_names_writer`)."""
    if len(run) < 2 or run[1][0] is not agency or run[0][0].name != place or run[0][0].bracketed:
        return False
    if run[0][1].strip() not in ("/", *_DASHES) or agency.bracketed:
        return False
    return _names_writer(original[slice(*place)])


def _writer_after_label(run: list[tuple[_Part, str, int]], place: tuple[int, int], original: str) -> bool:
    """Whether ``place``, the name closing a line, is the writer's that a desk's or a reporter's
    role labels with a colon before it (``News Editor: Xolisa Sindaphi``), where a place the
    gazetteer knows is the desk's city (``Staff Reporter: Dhaka``)."""
    index = _named_at(run, place)
    return (
        index is not None
        and index > 0
        and run[index - 1][0].kind == "generic"
        and run[index - 1][1].strip() == ":"
        and _names_writer(original[slice(*place)])
    )


def _names_writer(name: str) -> bool:
    """Whether ``name`` is a writer's as a byline prints it: two or three capitalised words in
    Latin letters that no gazetteer knows; a place no gazetteer knows has a comma and its region
    (``MORTON GROVE, Ill.``) or its script's own letters."""
    words = name.split()
    return (
        len(words) in NAME_WORDS
        and all(word[:1].isupper() and word.isalpha() and word.isascii() for word in words)
        and not is_place(name)
    )


#: How many words a name no gazetteer knows may have to be a place before a strong close.
_STRONG_CLOSE_WORDS = 3


#: How many letters an agency's initials in brackets may have: ``(DİHA)``, ``(APP)``.
_INITIALS_LETTERS = 6


def _is_credited_acronym(run: list[tuple[_Part, str, int]], place: tuple[int, int], original: str) -> bool:
    """Whether the name at ``place`` in ``run`` is initials in capitals in brackets that no
    gazetteer knows, which after a generic credit (a desk) are its agency's, not a place."""
    name = original[slice(*place)]
    bracketed = any(part.bracketed and part.start <= place[0] < part.end for part, _, _ in run)
    initials = 1 < len(name) <= _INITIALS_LETTERS and name.isalpha() and name.isupper()
    return bracketed and initials and not is_place(name)


def _hyphenated_on(
    run: list[tuple[_Part, str, int]], agency: _Part, span: tuple[int, int], original: str
) -> tuple[int, int]:
    """``span``, the name of ``agency`` (a part of ``run``), with the name a hyphen glues to it
    after it, which is the rest of its name (``KHUJAND, October 7, 2010, Asia-Plus --``) unless
    a place the gazetteer knows (``عبدالله البرقاوي-سبق-الرياض:``)."""
    index = next(index for index, (part, _, _) in enumerate(run) if part is agency)
    if index + 1 < len(run) and run[index][1] == "-":
        following = run[index + 1][0]
        name = following.kind == "name" and not following.dates and not following.bracketed
        if name and not is_place(original[following.start : following.end]):
            return span[0], following.end
    return span


def _place_then_credit(run: list[tuple[_Part, str, int]], original: str) -> Reading | None:
    """A place the gazetteer knows, then a paper's or reporter's name it does not, each closed
    by a dash, slash or colon before the lede: ``بغداد/ شبكة أخبار العراق- أكد``, ``عمان- معا-
    طلب``; or an outlet's initials closing the line (``KIRIKKALE – BHA``, Birlik Haber Ajansı's),
    where a reporter's name is read as one (``صنعاء: محمد عبدالعظيم``). The credit names
    no agency the registry knows (a known one anchors on its own)."""
    if len(run) != 2 or run[0][1].strip() not in _CREDIT_MARKS:
        return None
    line_closes = run[1][1] == ""
    if not (line_closes or run[1][1].strip() in _CREDIT_MARKS):
        return None
    names = _two_names(run)
    if names is None:
        return None
    place, credit = names
    if not is_place(original[slice(*place)]) or is_place(original[slice(*credit)]):
        return None
    if run[0][1] == "-" and _one_hyphenated_name(original[slice(*place)], original[slice(*credit)]):
        return None  # MONT-TREMBLANT, Qc —: a town's name, not a place and a paper
    name = original[slice(*credit)]
    if line_closes and not _initials_credit(name):
        return None  # a reporter's name or a phrase closing the line, read as the place's line below
    return Reading(run[1][2], place, credit if _outlet_credit(name) else None, ())


def _initials_credit(name: str) -> bool:
    """Whether ``name`` is an outlet's initials in capitals (``BHA``, ``NNI``), and no country's
    code (``ATHENS – GR``)."""
    return name.isalpha() and name.isupper() and len(name) <= _INITIALS and name not in country_codes()


def _one_hyphenated_name(first: str, second: str) -> bool:
    """Whether two names glued by a hyphen are one town's (``MONT-TREMBLANT, Qc``,
    ``WINSTON-SALEM, N.C.``) rather than a place and a paper: the gazetteer knows the whole,
    or the second is printed as the first is, in capitals or not, and is longer than an
    outlet's initials (``KARACHI-NNI`` is a place and an agency)."""
    head = second.split(",")[0].strip()
    if is_place(f"{first}-{head}"):
        return True
    same_case = (first.isupper() and head.isupper()) or (first.istitle() and head.istitle())
    return same_case and len(head) > _INITIALS


def _credit_line_then_place(run: list[tuple[_Part, str, int]], original: str) -> Reading | None:
    """A name the registry lacks, a mark, and a place the gazetteer knows, on a line of their own
    or before a colon: an outlet's or a reporter's credit, then the place (``TDT | Manama``,
    ``Gulf News - Dubai``, ``هشام لاشين-القاهرة``, ``صراحة – جدة :``); or before a dash, the
    place in capitals after a credit that is not (``Mitrapolisi/ BANDUNG—Proses``), where two
    names in capitals are as often two places (``TINIAN/GUAM -``)."""
    if len(run) != 2 or run[0][1].strip() not in _CREDIT_MARKS | {"|"}:
        return None
    closing = run[1][1].strip()
    if closing not in ("", ":", *_DASHES):
        return None
    names = _two_names(run)
    if names is None:
        return None
    credit, place = names
    name, printed_place = original[slice(*credit)], original[slice(*place)]
    if is_place(name) or not is_place(printed_place):
        return None
    if closing in _DASHES and not (printed_place.isupper() and not name.isupper()):
        return None  # before a dash, only a place in capitals after a credit that is not: Mitrapolisi/ BANDUNG—
    return Reading(run[1][2], place, credit if _outlet_credit(name) else None, ())


def _outlet_credit(name: str) -> bool:
    """Whether a credit beside a place names an outlet, which credits the story: initials or two
    words in capitals (``TDT``, ``NTV UGANDA``) or a name with an outlet's word (``Gulf News``);
    a reporter's name (``محمد البيضاني``, ``Ahmed Ali``) does not."""
    capitals = name.isupper() and (len(name) <= _INITIALS or len(name.split()) <= 2)
    return capitals or _is_outlet(fold_key(name))


def _two_names(run: list[tuple[_Part, str, int]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of a run's two names, when it is two plain names and nothing else: no date,
    no brackets."""
    (first, _, _), (second, _, _) = run
    if first.name is None or second.name is None:
        return None
    if any(part.kind != "name" or part.dates or part.bracketed for part in (first, second)):
        return None
    return first.name, second.name


def _ends_with_country(place: str) -> bool:
    """Whether ``place`` is a place and its country, after a comma: ``عمان ، الأردن``."""
    head, comma, country = place.replace("،", ",").rpartition(",")
    return bool(comma and head.strip()) and fold_key(country) in territory_names()


def _ends_with_region(place: str) -> bool:
    """Whether ``place``, a line of its own, is a place and its country (:func:`_ends_with_country`),
    or a town in capitals and its region cut short (``MONTPELIER, Vt.``, ``TALLMANSVILLE, W.Va.``)."""
    if _ends_with_country(place.rstrip(".")):
        return True
    head, comma, region = place.rpartition(",")
    return bool(comma) and head.isupper() and is_region_cut_short(region)


def _places(run: list[tuple[_Part, str, int]], original: str) -> list[tuple[int, int, int, int]]:
    """The name spans of the run, those joined by a hyphen or slash merged, or by a spaced
    slash between places in capitals (``BOGOTÁ / CIUDAD DE MÉXICO.-``): (start, end, index of
    the first part, index of the last)."""
    merged: list[tuple[int, int, int, int]] = []
    joined = False
    previous_mark = ""
    for index, (part, mark, _) in enumerate(run):
        joins = False
        if part.name is not None:
            # Joined by an unspaced hyphen or slash, or a name in brackets spaced after the place
            # that is the place's (:func:`_bracketed_beside`).
            spaced_slash = previous_mark.strip() == "/" and previous_mark != "/"
            if spaced_slash and not _place_in_capitals(original[slice(*part.name)]):
                joined = False  # a reporter or an outlet after a place: शुभायन चक्रवर्ती / नई दिल्ली, Schwäbisch Hall / SWP
            joins = (
                joined
                and bool(merged)
                and (
                    not part.bracketed
                    or (previous_mark == " " and _bracketed_beside(run, index, part.name, merged[-1][:2], original))
                )
            )
            if joins:
                end = part.close if part.bracketed else part.name[1]
                merged[-1] = (merged[-1][0], end, merged[-1][2], index)
            else:
                merged.append((*part.name, index, index))
        country_first = part.country and not part.bracketed and mark.strip() in _DASHES
        # A name in brackets joins none after it: (Kiran Bhattarai) Kathmandu is a byline and a place;
        # but a region in brackets joined to its place joins the country after it: Shillong (Meghalaya) [India].
        joined = (
            part.name is not None
            and (not part.bracketed or (joins and mark == " "))
            and (
                mark in _JOINING
                or mark == " "
                or country_first
                or (mark.strip() == "/" and _place_in_capitals(original[slice(*part.name)]))
            )
            and not part.dates
        )
        previous_mark = mark
    return merged


def _bracketed_beside(
    run: list[tuple[_Part, str, int]], index: int, name: tuple[int, int], place: tuple[int, int], original: str
) -> bool:
    """Whether the name in brackets at ``name``, of ``run[index]``, spaced after the place at
    ``place``, is the place's: a country (بنغازي (ليبيا)), a region before the date (Accra
    (Greater Accra) 20 July), or a region of the place's country (Shillong (Meghalaya) [India]),
    which the gazetteer is asked about only here."""
    dated_after = index + 1 < len(run) and run[index + 1][0].kind == "date"
    return run[index][0].country or dated_after or names_region(original[slice(*name)], original[slice(*place)])


def _place_in_capitals(name: str) -> bool:
    """Whether ``name`` is a place's name in capitals: one the gazetteer knows, or one longer
    than an outlet's initials (``SWP``)."""
    return name.isupper() and (sum(char.isalpha() for char in name) > _SHORT_INITIALS or is_place(name))


def _choose_place(
    run: list[tuple[_Part, str, int]], names: list[tuple[int, int, int, int]], original: str
) -> tuple[int, int] | None:
    """The place among the names (:func:`_named_place`), less a reporter's name before it and a
    comma (``M. Taufiqurrahman, Jakarta –``), the place maybe with its region (``Carlos
    Navarrete, Chilpancingo, Gro.``)."""
    span = _named_place(run, names, original)
    if span is None:
        return None
    printed = original[slice(*span)]
    head, comma, tail = printed.rpartition(",")
    if not comma:
        return span  # most places
    first, _, rest = printed.partition(",")
    if "," in rest and not is_place(first) and is_place(rest):
        return span[1] - len(rest.lstrip()), span[1]
    country = is_region(tail, head) or _ABBREVIATION.fullmatch(tail.strip()) is not None
    if country or is_place(head):
        return span  # Doha, Qatar; SANTIAGO, Chile; SIR BANI YAS, UAE; FORT KENT, Maine
    if not is_place(tail) and not (len(tail.split()) == 1 and reporter_like(head)):
        return span  # GUNDREMMINGEN, Germany
    # A reporter's name, then the place: M. Taufiqurrahman, Jakarta; in a script without capitals,
    # a town the gazetteer lacks after a name of two or three words: সুজন কুমার কর্মকার, কুষ্টিয়া:
    return span[1] - len(tail.lstrip()), span[1]


def _named_place(
    run: list[tuple[_Part, str, int]], names: list[tuple[int, int, int, int]], original: str
) -> tuple[int, int] | None:
    """The place among the names: the first after the agency (or with it), else the last before
    it, unless that is a name the gazetteer does not know and one before the agency is the one
    it knows; with no agency, the one name the gazetteer knows when the others are reporters'
    it does not, else the last when a dash closes the first, else the first."""
    if not names:
        return None
    agency_index = next((index for index, (part, _, _) in enumerate(run) if part.kind == "agency"), None)
    if agency_index is None and len(names) > 1:
        known = [name for name in names if is_place(original[name[0] : name[1]])]
        if len(known) == 1:
            return known[0][:2]
    if agency_index is None:
        # "صنعاء: محمد عبدالعظيم" is place then reporter; "محمد البيضاني - الباحة" reporter then place.
        dashed = run[names[0][3]][1].strip() in ("-", "–", "—", "ـ")
        return names[-1][:2] if dashed else names[0][:2]
    after = [name for name in names if name[2] >= agency_index]  # the agency's own part may hold the place
    before = [name for name in names if name[2] < agency_index]
    chosen = after[0] if after else before[-1]  # the names are all before or after it
    printed = original[slice(*chosen[:2])]
    if (chosen[2] <= agency_index or printed[:1].isupper()) and not is_place(printed):
        # A reporter between the place and the agency: 19 марта, Кишинев /Андрей Гусин - БЕЛТА/,
        # 17 марта, Минск /Корр. БЕЛТА/ (the correspondent, Корр., in the agency's own part); or
        # after it, in a script with capitals: Рига, 29 октября, «Татар-информ», Дмитрий Родионов.
        known = [name for name in before if is_place(original[name[0] : name[1]])]
        chosen = known[0] if len(known) == 1 else chosen
    if not run[chosen[2]][0].dates and reporter_like(original[slice(*chosen[:2])]):
        return None  # a reporter beside the paper, in a script without capitals: أيمن حسن- سبق:
    return chosen[:2]
