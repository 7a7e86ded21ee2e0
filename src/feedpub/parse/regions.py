"""What the part of a dateline's place after its comma names: a US state, a country or a
province, which tells where a town is when many share its name.

``ATHENS, Ga.`` is a town of Georgia, in the United States, not Greece's capital; ``ALEXANDRIA,
Egypt`` is Egypt's city, not Virginia's; ``Chilpancingo, Gro.`` is in Mexico's Guerrero. US
states are read as US papers print them, by name, postal code or the AP's abbreviation
(``W.Va.``), from the ``us`` package; countries by any CLDR name in the main languages; other
subdivisions by their ISO 3166-2 name or code (``Sonora``, ``NSW``), from ``pycountry``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

import pycountry
from babel.core import get_global

from ..fold import fold_key
from .words import territory_codes


class Region(NamedTuple):
    """A region a place may be printed with: its country (ISO code), the state (its postal code,
    as GeoNames gives it each US town) when it is a US state, the zones its towns keep, and
    whether it was named only by a subdivision's code (``UK`` is a prefecture's code of the
    Central African Republic: a weak reading, which a town of its name there must confirm)."""

    country: str
    state: str | None
    zones: tuple[str, ...]
    by_code: bool = False


def _key(printed: str) -> str:
    """``printed`` folded, without its full stops and spaces: ``W. Va.``, ``W.Va.`` and ``WVa``
    are one abbreviation."""
    return fold_key(printed).replace(".", "").replace(" ", "")


@cache
def _states() -> tuple[Any, ...]:
    """The US states and territories and DC, as the ``us`` package gives them."""
    from us.states import DC, STATES_AND_TERRITORIES  # imported by the few processes that ask

    return (*STATES_AND_TERRITORIES, DC)


@cache
def ap_abbreviations() -> tuple[str, ...]:
    """The AP's abbreviations of the US states as papers print them, full stops and all
    (``Calif.``, ``S.D.``, ``W.Va.``); a name the AP prints whole (``Texas``) is none."""
    return tuple(state.ap_abbr for state in _states() if state.ap_abbr and "." in state.ap_abbr)


@cache
def _us_states() -> dict[str, Region]:
    """Each US state and territory by its name, postal code and AP abbreviation (``Ga.``,
    ``Calif.``), with the zones the ``us`` package gives it. A territory (``Puerto Rico``) is a
    country of its own in GeoNames."""
    found = {}
    for state in _states():
        zones = tuple(state.time_zones)
        region = Region(state.abbr, None, zones) if state.is_territory else Region("US", state.abbr, zones)
        for printed in (state.name, state.abbr, state.ap_abbr):
            if printed:
                found[_key(printed)] = region
    return found


@cache
def _subdivision_countries() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The countries (ISO codes) whose subdivisions ISO 3166-2 calls so, by name (``sonora``) and
    by code (``nsw`` is Australia's; ``ma``, Morocco's region and Brazil's state), the United
    States' left to :func:`_us_states`, which knows how its papers abbreviate them."""
    by_name: dict[str, set[str]] = {}
    by_code: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code != "US":
            by_name.setdefault(_key(subdivision.name), set()).add(subdivision.country_code)
            by_code.setdefault(_key(subdivision.code.partition("-")[2]), set()).add(subdivision.country_code)
    return (
        {key: frozenset(countries) for key, countries in by_name.items()},
        {key: frozenset(countries) for key, countries in by_code.items()},
    )


def _country(code: str, by_code: bool = False) -> Region:
    return Region(code, None, tuple(get_global("territory_zones").get(code, ())), by_code)


def regions_named(printed: str) -> tuple[Region, ...]:
    """Every region ``printed`` may name, after a place and its comma: a US state, then a country
    or a subdivision's country by name, then one by a subdivision's code; none for any other
    words (``(B/A)``, ``Federación de Rusia``)."""
    key = _key(printed)
    if not key:
        return ()
    by_name, by_code = _subdivision_countries()
    state = _us_states().get(key)
    found = [state] if state is not None else []
    named = territory_codes(fold_key(printed)) | by_name.get(key, frozenset())
    found.extend(_country(code) for code in sorted(named))
    coded = by_code.get(key, frozenset()) - named
    found.extend(_country(code, by_code=True) for code in sorted(coded))
    return tuple(region for region in found if state is None or region is state or region.country != "US")
