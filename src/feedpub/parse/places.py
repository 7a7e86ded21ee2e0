"""The time zone of a dateline's place, from the cities CLDR names for each zone.

A dateline with a date and no time (``بغداد 7 نوفمبر 2025``) means that day where the story
was filed; its midnight is the place's. CLDR, through Babel, names every time zone's city
in each language where it differs from the zone's own name (Asia/Baghdad is بغداد, Bagdad,
Багдад...), which is enough for many of the capitals and large cities datelines name; a
place it does not know, which many capitals are (Washington, New Delhi, Rabat, Ottawa), is
looked up among GeoNames' capitals and big cities, and one neither knows falls back to the
agency's home zone, then the site's. A name that zones of different offsets share is left out
rather than guessed. A place printed with its state, country or province after a comma
(``ATHENS, Ga.``, ``ALEXANDRIA, Egypt``) is the town of its name there, whose zone GeoNames
gives, or, a town too small for GeoNames' table, anywhere in that region if it keeps one clock.
"""

from __future__ import annotations

import marshal
import re
from functools import cache

from babel import Locale
from babel.core import get_global

from ..fold import fold_key
from .gazetteer import cities_named, time_zone_of, zone_clock
from .regions import Region, regions_named
from .words import LANGUAGES, MARSHAL_VERSION

#: Where a place printed with its country or a second place ends its first part.
_PARTS = re.compile(r"[,،/(（]")

_stored: dict[str, str] | None = None


def stored_zones() -> bytes:
    """The city table as bytes, for a cache to hand to :func:`use_stored_zones` in a later
    process: building it reads every language's CLDR data, some 150 ms."""
    return marshal.dumps(_zones_by_city(), MARSHAL_VERSION)


def use_stored_zones(data: bytes) -> None:
    """Take the city table from :func:`stored_zones`' bytes instead of building it, unless
    this process has it already; the caller vouches they were made by this feedpub and Babel."""
    global _stored
    if _stored is None and not _zones_by_city.cache_info().currsize:
        _stored = marshal.loads(data)  # noqa: S302 - written by stored_zones


@cache
def _zones_by_city() -> dict[str, str]:
    """Every folded city name CLDR gives in :data:`~feedpub.parse.words.LANGUAGES`, and its zone."""
    if _stored is not None:
        return _stored
    found: dict[str, set[str]] = {}
    for zone in get_global("zone_territories"):  # the city a zone is named for: America/New_York
        found.setdefault(fold_key(zone.rsplit("/", 1)[-1].replace("_", " ")), set()).add(zone)
    for language in LANGUAGES:  # and its name in each language where CLDR gives one
        for zone, entry in Locale.parse(language).time_zones.items():
            if "city" in entry:
                found.setdefault(fold_key(str(entry["city"])), set()).add(zone)
    table = {}
    for name, candidates in found.items():
        clocks = {zone: clock for zone in candidates if (clock := zone_clock(zone)) is not None}
        if len({clock[0] for clock in clocks.values()}) == 1 and len(name) > 1:
            table[name] = min(clocks)  # zones that agree in January are taken as one
    return table


def place_time_zone(place: str | None) -> str | None:
    """The IANA time zone of a dateline's place, when CLDR names it: ``بغداد`` and ``BAGHDAD``
    are Asia/Baghdad; in ``SANAA, Yemen`` or ``AHMEDABAD/NEW DELHI`` the first place counts."""
    if not place:
        return None
    table = _zones_by_city()
    first = _PARTS.split(place, maxsplit=1)[0]
    return table.get(fold_key(place)) or table.get(fold_key(first))


def filing_time_zone(place: str | None) -> str | None:
    """The IANA time zone a date-only dateline's place keeps. A place printed with a region after
    its comma (a US state, a country, a province) is the town of its name there that GeoNames
    knows, in the first region that holds one, its most populous (``ATHENS, Ga.`` is
    America/New_York, ``PARIS, Texas`` America/Chicago, ``TBILISI, Georgia`` Asia/Tbilisi).
    Else CLDR's zone for a city it names (:func:`place_time_zone`), or GeoNames' for a capital or
    big city printed alone (``WASHINGTON``: :func:`~.gazetteer.time_zone_of`), checked against
    the region when one is printed (:func:`_region_zone`); None for a place none of them knows.
    Only a dated story asks, since GeoNames' table costs a process its first lookup, and only
    for naming a zone: whether a name is a place the reader asks the gazetteer itself."""
    if not place:
        return None
    town, comma, rest = place.replace("،", ",").partition(",")
    regions = regions_named(rest.partition(",")[0]) if comma else ()
    for region in regions:
        found = [zone for state, zone in cities_named(town, region.country) if region.state in (None, state)]
        if found:
            return found[0]
    named = place_time_zone(place) or time_zone_of(place)
    if all(region.by_code for region in regions):
        return named  # no region, or a code only: Hani, (B/A); México, D.F (a Brazilian state's code too)
    return _region_zone(regions, named)


def _region_zone(regions: tuple[Region, ...], named: str | None) -> str | None:
    """The zone of a town no region of ``regions`` holds in GeoNames' table: the zone ``named``
    for the place by CLDR or GeoNames' big cities when it lies in one of the regions
    (``Iqaluit, Nunavut``), else the first region's when all its zones keep one clock
    (``SIDNEY, Iowa`` keeps Iowa's; Florida keeps two), else None: ``PARIS, Tenn.`` is no
    Paris of France."""
    if named is not None and get_global("zone_territories").get(named) in {region.country for region in regions}:
        return named
    zones = regions[0].zones
    return zones[0] if zones and len({zone_clock(zone) for zone in zones}) == 1 else None
