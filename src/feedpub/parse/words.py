"""The words datelines are made of: month names, weekday names and connectors.

Gregorian months and weekdays come from CLDR through Babel, for every regional locale of
each language (so Levantine تشرين الثاني and Maghrebi جانفي are found as well as
نوفمبر); Hijri months come from hijridate; ``data/datelines.toml`` adds the few spellings
neither carries. Every key is folded (see :mod:`feedpub.fold`).

The names are read from each locale's own Babel data file, not through
:class:`babel.Locale`: a locale's file holds only what it changes from the locale it
inherits from, and every such parent is among the locales read, so the names found are
the same, but a process starts in 40 ms instead of 240 ms (merging every locale with its
parents cost the rest). A test checks the two ways give the same names.
"""

from __future__ import annotations

import marshal
import pickle
import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain
from typing import Any, NamedTuple

import jdatetime
import pycountry
from babel import localedata
from babel.core import get_global
from babel.dates import get_day_names, get_month_names
from hijridate.locales import get_locale as hijri_locale

from ..agencies import registry
from ..fold import fold_key

#: Languages whose CLDR month names datelines are searched for.
LANGUAGES = (
    "ar", "en", "fr", "es", "de", "it", "pt", "ru", "tr", "nl", "id", "pl", "uk", "hi", "ur",
    "fa", "he", "el", "bg", "sr", "hr", "bs", "cs", "sk", "sl", "hu", "ro", "sv", "da", "nb", "no", "fi", "ca",
    "ms", "ne", "bn", "sq", "mk", "th", "my", "pa",
)  # fmt: skip
#: The scripts those languages are written in, by their ISO 15924 codes (as CLDR names a
#: locale's script: ``sr_Latn``) and by the first word of their letters' Unicode names: locales in
#: other scripts are not read, and month names in other scripts are looked for only in text
#: holding their letters (:mod:`~feedpub.parse.dates`).
MAIN_SCRIPTS = {
    "Arab": "ARABIC", "Latn": "LATIN", "Cyrl": "CYRILLIC", "Deva": "DEVANAGARI", "Hebr": "HEBREW",
    "Grek": "GREEK", "Beng": "BENGALI", "Thai": "THAI", "Mymr": "MYANMAR", "Guru": "GURMUKHI",
}  # fmt: skip
_MAIN_SCRIPT_NAMES = frozenset(MAIN_SCRIPTS.values())
#: Languages whose month names alone are read as well, where their datelines print one (Georgian
#: ``თბილისი, 18 დეკემბერი-Sputnik.``, Lithuanian ``gegužės 5``, Azerbaijani ``5 avqust``, Inuktitut
#: ``ᓯᑎᐱᕆ 29, 2022``, Greenlandic ``decembarip 29-at 2023``, Malagasy ``23 jona 2018 –``, Oromo
#: ``Finfinnee, 25 Amajjii 2023 –``): their other words would be taken for what they are not (a
#: Tajik weekday is Dushanbe, ``Душанбе``).
MONTH_LANGUAGES = (
    "ka", "hy", "az", "kk", "uz", "ky", "tg", "tk", "mn", "be", "lt", "lv", "et", "fil", "sw", "so", "am",
    "si", "ta", "te", "mr", "gu", "kn", "ml", "or", "as", "km", "lo", "ps", "is", "gl", "eu", "mt", "af", "iu", "kl",
    "mg", "om",
)  # fmt: skip
#: How long a month name of those languages must be, folded: a Latin one's shorter abbreviations
#: are words of the main languages (Maltese's ``Ġun``, Filipino's ``Hun``, Lithuanian's ``bal.``),
#: as two letters of the main languages' other scripts may be; two letters of a script they do
#: not write, looked for only in text holding its letters, are a month before or after a day
#: (Tamil ``அக் 04``, October; Kannada ``ಮೇ``, May).
_LATIN_MONTH_LETTERS = 4
_MAIN_SCRIPT_MONTH_LETTERS = 3
_OTHER_SCRIPT_MONTH_LETTERS = 2
_PLACEHOLDER = re.compile(r"^M\d\d$")


@dataclass(frozen=True)
class Words:
    """Folded dateline words and what they mean."""

    gregorian_months: dict[str, int]
    hijri_months: dict[str, int]
    weekdays: frozenset[str]
    #: Weekdays' names of a character or two in a script other than Latin (Japanese ``木``,
    #: Korean ``목``, Chinese ``周四``), too short for :attr:`weekdays`, where they would be read
    #: inside other words; in brackets after a date (``10月24日(木)``) they are the date's.
    short_weekdays: frozenset[str]
    connectors: frozenset[str]
    prose: frozenset[str]
    #: AM and PM as every locale writes them after a time of day (``PM``, ``p. m.``, ``مساءً``,
    #: ``ÖS``), dots and spaces taken out.
    day_periods: frozenset[str]


#: Marks some pages open a story's paragraph or a line of furniture with, no part of the words
#: after them: ``■ الجزائــر ـ الأناضــول -``, ``● MOSCOW``, ``► PARIS``, a hashtag's (``#Juchitán 4
#: Feb (#istmopress) –``), a bullet's (``• หมวด: frontpage``); and the spaces after them.
ORNAMENTS = "■□▪▫●○◆◇◼◾►▶▸★☆•·◘◙# \t"
#: The East Asian locales, whose dates :mod:`~feedpub.parse.cjk` reads: only their weekdays'
#: short names are taken from CLDR, which a page prints in brackets after a date (``10月24日(木)``).
_EAST_ASIAN_LOCALES = ("ja", "ko", "zh", "zh_Hant")
#: The name lists read: both contexts, full and abbreviated (narrow ones are single letters).
CONTEXTS = ("format", "stand-alone")
WIDTHS = ("wide", "abbreviated")


def locale_identifiers(languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """The CLDR locales of ``languages`` in the scripts wanted, regional ones included."""
    found = []
    for identifier in localedata.locale_identifiers():
        parts = identifier.split("_")
        if parts[0] not in languages:
            continue
        if len(parts) > 1 and len(parts[1]) == 4 and parts[1] not in MAIN_SCRIPTS:
            continue
        found.append(identifier)
    return found


def _own_data(identifier: str) -> dict[str, Any]:
    """A locale's own data file, without its parents' (:func:`_own_names` reads it)."""
    with open(localedata.resolve_locale_filename(identifier), "rb") as file:
        data: dict[str, Any] = pickle.load(file)  # noqa: S301 - Babel's own data, loaded as Babel loads it
    return data


def _own_names(data: dict[str, Any], kind: str, wanted: tuple[str, ...] = WIDTHS) -> Iterator[tuple[int | str, str]]:
    """The (number or key, name) pairs a locale's file itself gives for ``kind`` (months, days
    or day periods), in the ``wanted`` widths."""
    for context, widths in data.get(kind, {}).items():
        if context in CONTEXTS and isinstance(widths, dict):  # not an alias to other data
            for width in wanted:
                names = widths.get(width)
                if isinstance(names, dict):
                    yield from names.items()


def cldr_names() -> tuple[frozenset[tuple[str, int]], frozenset[str], frozenset[str]]:
    """Every (month name, month), weekday name and name of AM or PM of the locales, from their
    own data files."""
    names = _locale_names()
    return names.months, names.days, names.periods


def _add(table: dict[str, int], ambiguous: set[str], name: str, month: int) -> None:
    key = fold_key(name).rstrip(".")
    if len(key) < 2 or _PLACEHOLDER.match(name):  # two letters: Levantine آب (August), Hindi मई (May)
        return
    if table.get(key, month) != month:
        ambiguous.add(key)
    table[key] = month


@cache
def _data_file() -> dict[str, Any]:
    """``data/datelines.toml``, read once a process: a dozen tables come from it (callers only read it)."""
    text = resources.files("feedpub").joinpath("data/datelines.toml").read_text("utf-8")
    return tomllib.loads(text)


#: The marshal format the tables a cache keeps are written in (:func:`stored_words`,
#: :func:`~feedpub.parse.places.stored_zones`, :func:`~feedpub.parse.gazetteer.made_tables`):
#: one every Python since 3.4 reads.
MARSHAL_VERSION = 4


def stored_words() -> bytes:
    """The word tables as bytes, for a cache to hand to :func:`use_stored_words` in a later process."""
    words = dateline_words()
    fields = (
        words.gregorian_months,
        words.hijri_months,
        words.weekdays,
        words.short_weekdays,
        words.connectors,
        words.prose,
        words.day_periods,
    )
    return marshal.dumps(fields, MARSHAL_VERSION)


def use_stored_words(data: bytes) -> None:
    """Take the word tables from :func:`stored_words`' bytes instead of building them from
    the locales (40 ms; a process that reads one changed article spends a twentieth of its
    time there), unless this process has them already. The caller vouches that they were
    made by this feedpub and these libraries."""
    global _stored
    if _stored is None and not dateline_words.cache_info().currsize:
        _stored = Words(*marshal.loads(data))  # noqa: S302 - written by stored_words


_stored: Words | None = None


#: How many first characters a trie's names must have for :func:`alternation` to look ahead for
#: them: with a few, the trie's own branches are as quickly tried.
_FIRST_CHARACTERS_LOOKED_AHEAD = 8


def alternation(names: Iterable[str]) -> str:
    """A regular expression matching any of ``names`` (a space in one matching any run of
    spaces), longest first, written as a trie: with hundreds of month names or aliases, a
    flat ``a|b|c`` is tried name by name at every position, a trie one character at a time.
    A class of the names' first characters is looked ahead for before the trie, which is
    otherwise tried branch by branch (a hundred and more) at every position."""
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    pattern = _trie_pattern(trie)
    if "" in trie or len(trie) < _FIRST_CHARACTERS_LOOKED_AHEAD:
        return pattern
    firsts = "".join(r"\s" if char == " " else re.escape(char) for char in sorted(trie))
    return f"(?=[{firsts}]){pattern}"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _folded_words(section: str) -> frozenset[str]:
    """The words of a ``words`` section of ``data/datelines.toml``, folded as text is read."""
    return frozenset(fold_key(word) for word in _data_file()[section]["words"])


@cache
def year_words() -> frozenset[str]:
    """The words for "year" printed after a date's year (``2025 года``, ``2025 r.``), folded."""
    return _folded_words("year_word")


@cache
def byline_words() -> frozenset[str]:
    """The words that open a byline (``By``, ``Von``, ``بقلم``), folded: a word is asked of
    them folded (:func:`~feedpub.fold.fold_key`), as Hindi's ``लेखक:`` ("author:") is read in
    folded text, its vowel sign dropped (``लखक:``)."""
    return _folded_words("byline")


@cache
def conjunction_pattern() -> str:
    """A regular expression matching a word for "and" that joins a list's last name to the
    others, as printed (``and``, ``y``, ``и``, ``و``): a byline's authors, the agencies credited
    before a dateline."""
    return "(?:" + "|".join(map(re.escape, _data_file()["conjunction"]["words"])) + ")"


def opens_with_byline(text: str) -> bool:
    """Whether ``text``'s first word opens a byline (:func:`byline_words`), printed or folded:
    ``By Jane Carter``, ``लेखक: राहुल शर्मा``."""
    words = text.split(maxsplit=1)
    return bool(words) and fold_key(words[0]) in byline_words()


@cache
def posted_openers() -> tuple[str, ...]:
    """How a line saying who posted a reprinted story opens (``posted by``), lower case."""
    return tuple(f"{phrase.lower()} " for phrase in _data_file()["posted"]["words"])


@cache
def extra_places() -> frozenset[str]:
    """Folded places as agencies print them where GeoNames lacks that spelling (``नयी दिल्ली``)."""
    return _folded_words("place")


@cache
def filed_from_phrases() -> frozenset[str]:
    """Folded phrases saying a story was filed from the place after them (``DE BRASÍLIA``,
    ``DO ENVIADO A SEUL``, ``De notre correspondant à Bruxelles``): the byline's, not the place's."""
    return _folded_words("filed_from")


@cache
def outlet_words() -> frozenset[str]:
    """Folded words that make a name a news outlet's, never a place's (``الإخباري``, ``News``)."""
    return _folded_words("outlet")


@cache
def _glued_outlet_words() -> tuple[str, ...]:
    """The outlet's words (:func:`outlet_words`) in a script with capitals, which a site may glue
    to its name: no Arabic site writes its name and ``نت`` as one word."""
    return tuple(word for word in outlet_words() if word != word.upper())


def glues_outlet_word(word: str) -> bool:
    """Whether folded ``word`` is a name with an outlet's word glued after it, as sites write
    their own in one word (``PRFMNEWS``, ``APRNEWS``, ``Francopresse``)."""
    endings = _glued_outlet_words()
    if not word.endswith(endings):
        return False  # nearly every word, told by one call
    return any(word.endswith(ending) and word != ending for ending in endings)


def names_outlet(words: Collection[str], most: int) -> bool:
    """Whether folded ``words`` are a name of at most ``most`` words, one of them a word only
    outlets' names have (``News 1st``, ``سكاي نيوز عربية``: :func:`outlet_words`)."""
    return len(words) <= most and not outlet_words().isdisjoint(words)


@cache
def button_words() -> frozenset[str]:
    """Folded words a page prints on its buttons (``Share``, ``Save``, ``이 뉴스 공유하기``)."""
    return _folded_words("button")


@cache
def social_networks() -> re.Pattern[str]:
    """The folded names of the social networks a page's share buttons name (``facebook``,
    ``واتساب``), found wherever they stand, glued to other words or not."""
    return re.compile(alternation(_folded_words("network")))


@cache
def photo_labels() -> frozenset[str]:
    """Folded labels that open a picture's credit line (``Foto:``, ``Photo:``, ``صورة:``)."""
    return _folded_words("photo")


@cache
def section_labels() -> frozenset[str]:
    """Folded labels of the section or tags a page files a story under (``Category:``, ``หมวด:``)."""
    return _folded_words("section")


@cache
def story_labels() -> frozenset[str]:
    """Folded labels a story may open with in square brackets (``[Update]``), naming no outlet."""
    return _folded_words("label")


@cache
def broadcast_cues() -> frozenset[str]:
    """Folded cues of a broadcast's script (``앵커``, the anchor)."""
    return _folded_words("cue")


def notes_the_story(words: Iterable[str]) -> bool:
    """Whether the folded ``words`` of a note in brackets label the story or say it was updated,
    one of them a :func:`story_labels` word (``(Updated)``, ``(2nd update at 1:20 a.m.)``): such
    a note names neither an agency nor a place."""
    return not story_labels().isdisjoint(words)


@cache
def sentence_articles() -> frozenset[str]:
    """Folded articles a sentence opens with (``The``, ``Die``, ``Il``), which no place's name
    is followed by within a sentence."""
    return _folded_words("article")


@cache
def page_labels() -> frozenset[str]:
    """Folded labels of a page number above a printed paper's story (``Page 29``, ``Seite 3``)."""
    return _folded_words("page")


@cache
def origin_words() -> frozenset[str]:
    """Folded words for "from" before the place a credit line says the story came from (``من``)."""
    return _folded_words("origin")


@cache
def outlet_origin_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded words for "from the" before an outlet and for "in" before the place, in a credit
    line of their own (``Do UOL, em São Paulo``)."""
    section = _data_file()["outlet_origin"]
    return frozenset(map(fold_key, section["from"])), frozenset(map(fold_key, section["in"]))


@cache
def day_after_words() -> frozenset[str]:
    """Folded words for "day" printed after the day's number (Burmese ``ရက်``)."""
    return _folded_words("day_after")


@cache
def generic_credits() -> frozenset[str]:
    """Folded credits that name no agency: ``وكالات``, ``Agencies``, and words for "source"; a
    credit of several words with its words run together too, as sites print a desk's
    (``NewsDesk``, Urdu's ``نیوزڈیسک``)."""
    credits = _folded_words("generic") | source_labels()
    return credits | {credit.replace(" ", "") for credit in credits}


@cache
def source_labels() -> frozenset[str]:
    """Folded words for "source" (``Source``, ``Fuente``, ``Sumber``), which label a page's sources."""
    return _folded_words("source")


@cache
def _reporter_roles() -> frozenset[str]:
    return _folded_words("reporter")


def is_reporter_role(word: str) -> bool:
    """Whether ``word`` is a reporter's role (``Writer``, ``Correspondent``, ``مراسل``)."""
    return fold_key(word).strip(".,") in _reporter_roles()


#: No word of a place's or a reporter's name is longer (German's ``Schlussabstimmungen``, no name
#: either, has 19 letters): a longer run is a sentence in a script that puts no spaces between words.
MAX_WORD_CHARACTERS = 24


def is_unspaced_sentence(word: str) -> bool:
    """Whether ``word``, a run of text without spaces, is a sentence in a script that puts none
    between words (``日本の最大野党の党首を選ぶ…``): no name, date or credit has such a word, but
    a site's address (``birohumas.sulselprov.go.id``) may, and has full stops."""
    return len(word) > MAX_WORD_CHARACTERS and "." not in word


#: How many words a credit ending with a reporter's role may have (``Special Parliament Correspondent``).
_ROLE_CREDIT_WORDS = 3


@cache
def _generic_credit_first_words() -> frozenset[str]:
    """The first word of every generic credit (:func:`generic_credits`)."""
    return frozenset(credit.split()[0] for credit in generic_credits() if credit.strip())


def may_open_with_generic_credit(text: str) -> bool:
    """Whether folded ``text`` may open with a credit :func:`is_generic_credit` takes: its first
    word opens a generic one, or one of its first words is a reporter's role. Most text does not,
    which is told once rather than for each of its openings."""
    words = text.split(maxsplit=_ROLE_CREDIT_WORDS)[:_ROLE_CREDIT_WORDS]
    return bool(words) and (
        words[0] in _generic_credit_first_words() or any(word.strip(".") in _reporter_roles() for word in words)
    )


def is_generic_credit(key: str) -> bool:
    """Whether folded ``key`` is a credit that names no agency: a generic one (``وكالات``,
    ``Agencies``, ``Web Desk``) or two or three words one of which is a reporter's role (``Staff
    Reporter``, ``سٹی رپورٹر``, ``خبرنگار خصوصی``: an adjective may follow its noun), with no
    comma between them, which parts a place from the credit (``Dhaka, Staff Reporter``), and not
    a name the registry knows an agency by (Geo's desk, ``جیو ڈیسک``); a role alone is a label
    (``Reporter : Yuda Sanjaya``)."""
    credits = generic_credits()
    if key in credits:
        return True
    if " " not in key:
        return key.strip() in credits  # one word: a role alone is none (most calls)
    words = key.split()
    parted = "," in key or "،" in key
    if (
        not parted
        and 1 < len(words) <= _ROLE_CREDIT_WORDS
        and any(word.strip(".") in _reporter_roles() for word in words)
    ):
        return " ".join(words) not in registry().by_alias
    return " ".join(words) in credits


@cache
def territory_names() -> frozenset[str]:
    """Folded CLDR names of countries and regions in :data:`LANGUAGES` (``مصر``, ``Lebanon``),
    ISO 3166's English names, which CLDR shortens (``Saint Vincent and the Grenadines``), each
    as datelines spell it (:func:`_country_spellings`), and the abbreviations datelines print
    for some that CLDR lacks (``[country]`` in
    ``data/datelines.toml``: ``UAE``, ``EUA``): a bracketed ``(مصر)`` after a place is its
    country, never an agency. Read only when a dateline has a bracketed name the registry does
    not know."""
    return frozenset(_locale_names().territory_codes) | _folded_words("country")


@cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 codes of the countries and territories CLDR names (``FR``, ``MP``), which a
    dateline may print after a city as its country's (``PARIS, FR``)."""
    return frozenset(code for codes in _locale_names().territory_codes.values() for code in codes if code.isalpha())


def territory_codes(name: str) -> frozenset[str]:
    """The ISO codes of the countries and regions CLDR calls folded ``name`` in :data:`LANGUAGES`
    (``مصر`` is EG; ``Congo`` is CG, and CD in some languages): none for any other name."""
    return _locale_names().territory_codes.get(name, frozenset())


@cache
def zone_cities() -> frozenset[str]:
    """Folded names of CLDR's time-zone cities, as its zones name them (``Europe/Paris``) and as
    :data:`LANGUAGES` do (``Bruxelles``, ``Alger``): some 450 of the world's big cities."""
    cities = zone_city_names()
    return frozenset(map(fold_key, chain(cities, *cities.values())))


@cache
def zone_city_names() -> dict[str, frozenset[str]]:
    """Each CLDR time zone's city, by the name its zone gives it (``Mexico City`` for
    ``America/Mexico_City``), with the names :data:`LANGUAGES` print it by (``Mexikóváros``,
    ``Ciudad de México``), as printed."""
    cities = _locale_names().cities
    return {name: cities.get(name, frozenset()) for name in map(_zone_city, get_global("zone_territories"))}


def _zone_city(zone: str) -> str:
    """The city a time zone's identifier names: ``Mexico City`` for ``America/Mexico_City``."""
    return zone.rpartition("/")[2].replace("_", " ")


class _LocaleNames(NamedTuple):
    """What the locales' own data files name: every locale's (month name, month) pairs, weekday
    names and names of AM and PM; and the main locales' (:data:`LANGUAGES`) territories, with
    ISO 3166's English names beside them (each folded name's ISO codes), and time-zone cities
    (as printed, by the city their zone's identifier names)."""

    months: frozenset[tuple[str, int]]
    #: The (month name, month) pairs of full names alone, no abbreviations.
    full_months: frozenset[tuple[str, int]]
    days: frozenset[str]
    periods: frozenset[str]
    territory_codes: dict[str, frozenset[str]]
    #: The names of each zone's city, by the name its zone's identifier gives it.
    cities: dict[str, frozenset[str]]
    ago: frozenset[str]


@cache
def _locale_names() -> _LocaleNames:
    """Read each locale's own data file once for all the names taken from it (the 377 files
    take some 60 ms, most of it the 41 main locales', which a second pass would read again), and
    ISO 3166's countries once for their English names."""
    months: set[tuple[str, int]] = set()
    full_months: set[tuple[str, int]] = set()
    days: set[str] = set()
    periods: set[str] = set()
    territories: dict[str, set[str]] = {}
    cities: dict[str, set[str]] = {}
    ago: set[str] = set()
    for identifier in locale_identifiers():  # 377 locales, but only some 500 distinct names between them
        data = _own_data(identifier)
        months.update((name, int(month)) for month, name in _own_names(data, "months"))
        full_months.update((name, int(month)) for month, name in _own_names(data, "months", ("wide",)))
        days.update(name for _, name in _own_names(data, "days"))
        periods.update(name for period, name in _own_names(data, "day_periods") if period in ("am", "pm"))
        if identifier in LANGUAGES:
            for code, name in data.get("territories", {}).items():
                if code.isdigit():
                    continue  # a continent or a region of the world: 150, Europe
                for spelling in _country_spellings(name):
                    territories.setdefault(fold_key(spelling), set()).add(code)
            for zone, names in data.get("time_zones", {}).items():
                if "city" in names:
                    cities.setdefault(_zone_city(zone), set()).add(names["city"])
            ago.update(_ago_phrases(data))
    for country in pycountry.countries:  # the names CLDR shortens: Saint Vincent and the Grenadines
        for name in {country.name, getattr(country, "common_name", country.name)}:
            for spelling in _country_spellings(name):
                territories.setdefault(fold_key(spelling), set()).add(country.alpha_2)
    codes = {name: frozenset(found) for name, found in territories.items()}
    return _LocaleNames(
        frozenset(months),
        frozenset(full_months),
        frozenset(days),
        frozenset(periods),
        codes,
        {city: frozenset(names) for city, names in cities.items()},
        frozenset(ago),
    )


#: How English names a country's "Saint" (CLDR's ``St. Lucia``, ISO's ``Saint Lucia``), each as
#: datelines spell it: ``St Kitts and Nevis``, ``Saint Lucia``, ``St. Vincent``.
_SAINT = re.compile(r"\b(?:St\.?|Saint)(?= )")


def _country_spellings(name: str) -> set[str]:
    """The ways datelines spell a country's English name: with "and" where CLDR writes "&"
    (``Trinidad & Tobago``), and "Saint" as ``St.``, ``St`` or in full."""
    anded = {name, name.replace(" & ", " and ")}
    return anded | {_SAINT.sub(saint, spelling) for spelling in anded for saint in ("St.", "St", "Saint")}


#: The units a page counts in when it says how long ago it posted a story, as CLDR names their fields.
_AGO_UNITS = ("second", "minute", "hour", "day")


def _ago_phrases(data: dict[str, Any]) -> Iterator[str]:
    """A locale's phrases for a count of seconds, minutes, hours or days ago (``{0} hours ago``,
    ``{0} hr. ago``), folded."""
    fields = data.get("date_fields", {})
    for unit in _AGO_UNITS:
        for width in ("", "-short"):
            past = fields.get(unit + width)
            if isinstance(past, dict):  # not an alias to the long width
                yield from (fold_key(phrase) for phrase in past.get("past", {}).values() if "{0}" in phrase)


#: A word closed by an abbreviation's full stop in a CLDR phrase (``min.``, ``hr.``): pages print
#: it with the stop, without it, or with a plural's ``s`` (``28 secs ago``).
_ABBREVIATION_STOP = re.compile(r"(?<=[^\W\d_])\\\.")


def time_ago_phrases() -> str:
    """How long ago a page says it posted a story, as CLDR phrases it in the main languages,
    folded, the count in any figures (``58 minutes ago``, ``hace 2 horas``, ``10 ชั่วโมงที่ผ่านมา``):
    a regular expression's alternatives, longest first."""
    phrases = sorted(_locale_names().ago, key=len, reverse=True)
    return "|".join(
        _ABBREVIATION_STOP.sub(r"(?:s|\\.)?", re.escape(phrase)).replace(re.escape("{0}"), r"\d{1,3}")
        for phrase in phrases
    )


#: Locales whose CLDR city names tell a reporter's name from the place run into it (記者張三台北).
_CITY_LOCALES = ("zh", "zh_Hant", "ja", "ko")


@cache
def city_names() -> frozenset[str]:
    """Folded CLDR names of time-zone cities and of countries in Chinese, Japanese and Korean."""
    names: set[str] = set()
    for identifier in _CITY_LOCALES:
        data = localedata.load(identifier)
        names.update(fold_key(zone["city"]) for zone in data.get("time_zones", {}).values() if "city" in zone)
        names.update(fold_key(name) for code, name in data.get("territories", {}).items() if not code.isdigit())
    return frozenset(names)


@cache
def day_words() -> dict[str, int]:
    """Folded words for a day of the month (``أول``: 1)."""
    return {
        fold_key(name): entry["first"] + offset
        for entry in _data_file()["day"]
        for offset, name in enumerate(entry["names"])
    }


def capitalised(name: str) -> bool:
    """Whether no word of ``name`` opens with a small letter, but for the small words that join
    the words of a place's name after its first: "Ciudad de México", "Rio de Janeiro"."""
    first, *rest = name.split() or [""]
    connectors = dateline_words().connectors
    if first[:1].islower() and not _georgian(first[:1]):
        return False
    return not any(word[0].islower() and not _georgian(word[0]) and fold_key(word) not in connectors for word in rest)


def _georgian(letter: str) -> bool:
    """Whether ``letter``, a small one to Unicode, is Georgian's: the script writes no capitals
    (its own set titles), so ``თბილისი`` is a place's name as written."""
    return "\u10d0" <= letter <= "\u10ff"


def marks_as_letters(text: str) -> str:
    """``text`` with each combining mark read as a letter: the vowel signs of India's, Thailand's
    and South-East Asia's scripts (भोपाल, ฮิต), which no regular expression's letter matches, so
    that a word written with them is matched as one word of letters."""
    return "".join("a" if unicodedata.category(char)[0] == "M" else char for char in text)


#: How many words the name of an outlet the registry lacks may have, credited in brackets.
_CREDIT_NAME_WORDS = 3
#: ... and how many when one of them is an outlet's word (:func:`names_outlet`).
_OUTLET_NAME_WORDS = 5


def credit_name(name: str) -> bool:
    """Whether ``name``, credited in brackets, may be an outlet's the registry lacks: a few words,
    none opening with a small letter (``(The Australian)``, ``[The Star]``: :func:`capitalised`),
    or a few more when one of them is an outlet's (``[Anglican Communion News Service]``)."""
    few = len(name.split()) <= _CREDIT_NAME_WORDS or names_outlet(fold_key(name).split(), _OUTLET_NAME_WORDS)
    return few and capitalised(name)


@cache
def dateline_words() -> Words:
    """Build the folded word tables once per process (or take those :func:`use_stored_words` was given)."""
    if _stored is not None:
        return _stored
    month_names, day_names, period_names = cldr_names()
    gregorian: dict[str, int] = {}
    ambiguous: set[str] = set()
    for name, month in sorted(month_names):
        _add(gregorian, ambiguous, name, month)
    # Two-letter abbreviations (Turkish "Pa", Finnish "ma") would eat the end of "FORT WASHINGTON, Pa.".
    weekdays = {key for key in (fold_key(name).rstrip(".") for name in day_names) if len(key) > 2}
    short_weekdays = {key for key in map(fold_key, day_names) if 0 < len(key) <= 2 and not key.isascii()}
    short_weekdays.update(
        fold_key(name)
        for locale in _EAST_ASIAN_LOCALES
        for name in get_day_names("abbreviated", locale=locale).values()
    )
    hijri: dict[str, int] = {}
    for language in ("ar", "en"):
        for month, name in enumerate(hijri_locale(language).month_names, start=1):
            _add(hijri, ambiguous, name, month)
    data = _data_file()
    weekdays.update(fold_key(word) for word in data["weekday"]["words"])
    for entry in data["month"]:
        table = hijri if entry["calendar"] == "hijri" else gregorian
        _add(table, ambiguous, entry["name"], entry["month"])
    for key in ambiguous:
        gregorian.pop(key, None)
        hijri.pop(key, None)
    gregorian.update(_named_in_full(ambiguous))
    for entry in data["prefer"]:  # a name two languages give different months, settled
        gregorian[fold_key(entry["name"])] = entry["month"]
    gregorian.update(_more_months(gregorian.keys() | ambiguous))
    for identifier in data["narrow_months"]["locales"]:  # a syllable each, read with its full stop: ಡಿ. 9
        for month, name in get_month_names("narrow", locale=identifier).items():
            gregorian[f"{fold_key(name)}."] = month
    connectors = frozenset(fold_key(word) for word in data["connectors"]["words"]) | year_words()
    prose = frozenset(fold_key(word) for word in data["prose"]["words"])
    # Latin ones of a letter or two are words of other languages too (Hungarian's "de.", Swedish's
    # "em"; Spanish "de", Portuguese "em"): only AM and PM are kept of those.
    periods = {key for key in map(day_period_key, period_names) if len(key) > 2 or not key.isascii()} | {"am", "pm"}
    return Words(
        gregorian, hijri, frozenset(weekdays), frozenset(short_weekdays), connectors, prose, frozenset(periods)
    )


@cache
def _weekday_of_words(weekdays: frozenset[str]) -> re.Pattern[str] | None:
    """A weekday of ``weekdays`` named in several words closing a folded text: Hebrew's ``יום
    שישי``, Albanian's ``e premte``, whose last word alone names no day; None when none is. Made
    from the set it is given, so the words a cache hands over (:func:`use_stored_words`) make it too."""
    names = sorted((day for day in weekdays if " " in day), key=len, reverse=True)
    return re.compile(rf"(?<![^\s,،])(?:{'|'.join(map(re.escape, names))})$") if names else None


def weekday_of_words(text: str, start: int, end: int) -> re.Match[str] | None:
    """The weekday of several words (:func:`_weekday_of_words`) closing folded ``text[start:end]``, if any."""
    pattern = _weekday_of_words(dateline_words().weekdays)
    return pattern.search(text, start, end) if pattern is not None else None


def _named_in_full(ambiguous: set[str]) -> dict[str, int]:
    """The month each of the ``ambiguous`` folded names is the full name of, where it is one
    month's full name and only other months' abbreviation. Folding drops the vowel signs that
    tell them apart in some scripts: Punjabi's June, ``ਜੂਨ``, folds as its January's
    abbreviation ``ਜਨ``, and Burmese's, ``ဇွန်``, as ``ဇန်``; datelines print the full name."""
    full: dict[str, set[int]] = {}
    for name, month in _locale_names().full_months:
        key = fold_key(name).rstrip(".")
        if key in ambiguous:
            full.setdefault(key, set()).add(month)
    return {key: months.pop() for key, months in full.items() if len(months) == 1}


def _more_months(taken: set[str]) -> dict[str, int]:
    """The months of :data:`MONTH_LANGUAGES`' names, folded, that no main language has ``taken``
    (as a month's or as two months' name), and that no two of them give different months."""
    months: dict[str, int] = {}
    ambiguous: set[str] = set()
    for identifier in locale_identifiers(MONTH_LANGUAGES):
        for month, name in _own_names(_own_data(identifier), "months"):
            key = fold_key(name).rstrip(".")
            if key in taken or any(char.isdigit() for char in key):
                continue  # a month by its number, as Mongolian abbreviates them: 1-р сар
            if len(key) < _shortest_month(key):
                continue
            _add(months, ambiguous, name, int(month))
    return {key: month for key, month in months.items() if key not in ambiguous}


def _shortest_month(key: str) -> int:
    """How many letters a folded month name ``key`` of :data:`MONTH_LANGUAGES` must have, by its script."""
    if key.isascii():
        return _LATIN_MONTH_LETTERS
    return _MAIN_SCRIPT_MONTH_LETTERS if in_main_script(key) else _OTHER_SCRIPT_MONTH_LETTERS


def in_main_script(name: str) -> bool:
    """Whether ``name`` opens with a letter of a script the main languages write (:data:`MAIN_SCRIPTS`)."""
    return letter_script(name[0]) in _MAIN_SCRIPT_NAMES


def letter_script(letter: str) -> str:
    """The script ``letter`` is written in, as the first word of its Unicode name gives it
    (``LATIN``, ``ARABIC``, ``GEORGIAN``); empty for a character Unicode names not."""
    return unicodedata.name(letter, "").split(" ")[0]


def day_period_key(name: str) -> str:
    """``name``, an AM or PM as printed (``p.m.``, ``p.\u00a0m.``, ``PM``), folded with its dots
    and spaces taken out: the key :attr:`Words.day_periods` holds."""
    return "".join(fold_key(name).replace(".", " ").split())


#: The sections of ``data/datelines.toml`` whose words a page or sentence prints where a
#: dateline's place could stand, and which no place is: labels of the story's kind, of its
#: picture, section, page or source, buttons, bylines' and posts' words, reporters' roles, and
#: a sentence's small words.
_NO_PLACE_SECTIONS = (
    "label",
    "photo",
    "section",
    "page",
    "source",
    "button",
    "cue",
    "byline",
    "posted",
    "reporter",
    "year_word",
    "prose",
    "connectors",
    "conjunction",
    "article",
)


@cache
def _no_place_words() -> frozenset[str]:
    words = dateline_words()
    months = (
        words.gregorian_months,
        words.hijri_months,
        solar_hijri_months(),
        ethiopian_months(),
        bikram_sambat_months(),
    )
    listed = {word.strip(".:") for section in _NO_PLACE_SECTIONS for word in _folded_words(section)}
    return frozenset().union(listed, words.weekdays, *months)


def names_no_place(key: str) -> bool:
    """Whether folded ``key`` is a word a page or sentence prints where a dateline's place could
    stand, a heading's, a label's or the story's first (``VIDEO``, ``PHOTO``, ``Share``, ``The``,
    ``في``), or a month's or weekday's name in any calendar (``SEPTEMBER``, ``Muharram``,
    ``असार``): no place, unless the gazetteer knows a town of that name, and no outlet."""
    return key in _no_place_words()


@cache
def ethiopian_months() -> dict[str, int]:
    """The folded Amharic and Tigrinya names of the Ethiopian calendar's thirteen months."""
    return _month_names("ethiopian_month")


@cache
def bikram_sambat_months() -> dict[str, int]:
    """The folded Nepali names of the Bikram Sambat months, everyday and formal spellings."""
    return _month_names("bikram_sambat_month")


@cache
def solar_hijri_months() -> dict[str, int]:
    """The folded names of the Solar Hijri months, which Iranian and Afghan copy dates its
    datelines by: the Iranian ones (``۱۳ آذر ۱۴۰۴``) from jdatetime, the conversion's own
    library, and the Afghan ones (``2 جوزا``) from the data file."""
    iranian = {fold_key(name): month for month, name in enumerate(jdatetime.date.j_months_fa, start=1)}
    return iranian | _month_names("solar_hijri_month")


def _month_names(section: str) -> dict[str, int]:
    """The month of each folded name a section of the data file lists (``names`` and ``month``
    in each entry)."""
    return {fold_key(name): entry["month"] for entry in _data_file()[section] for name in entry["names"]}
