"""The words datelines are made of: month names, weekday names and connectors.

Gregorian months and weekdays come from CLDR through Babel, for every regional locale of
each language (so Levantine تشرين الثاني and Maghrebi جانفي are found as well as
نوفمبر); Hijri months come from hijridate; ``data/datelines.toml`` adds the few spellings
neither carries. Every key is folded (see :mod:`feedpub.parse.fold`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale, localedata
from hijridate.locales import get_locale as hijri_locale

from .fold import fold_key

#: Languages whose CLDR month names datelines are searched for.
LANGUAGES = ("ar", "en", "fr", "es", "de", "it", "pt", "ru", "tr", "nl", "id", "pl", "uk")
_SCRIPTS_WANTED = {"Arab", "Latn", "Cyrl"}
_PLACEHOLDER = re.compile(r"^M\d\d$")


@dataclass(frozen=True)
class Words:
    """Folded dateline words and what they mean."""

    gregorian_months: dict[str, int]
    hijri_months: dict[str, int]
    weekdays: frozenset[str]
    connectors: frozenset[str]
    prose: frozenset[str]


def _locales() -> list[Locale]:
    found = []
    for identifier in localedata.locale_identifiers():
        parts = identifier.split("_")
        if parts[0] not in LANGUAGES:
            continue
        if len(parts) > 1 and len(parts[1]) == 4 and parts[1] not in _SCRIPTS_WANTED:
            continue
        found.append(Locale.parse(identifier))
    return found


def _add(table: dict[str, int], ambiguous: set[str], name: str, month: int) -> None:
    key = fold_key(name).rstrip(".")
    if len(key) < 3 or _PLACEHOLDER.match(name):
        return
    if table.get(key, month) != month:
        ambiguous.add(key)
    table[key] = month


def _data_file() -> dict[str, Any]:
    text = resources.files("feedpub").joinpath("data/datelines.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def dateline_words() -> Words:
    """Build the folded word tables once per process."""
    month_names: set[tuple[str, int]] = set()
    day_names: set[str] = set()
    for locale in _locales():  # 281 locales, but only some 500 distinct names between them
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                month_names.update((name, month) for month, name in locale.months[context][width].items())
                day_names.update(locale.days[context][width].values())
    gregorian: dict[str, int] = {}
    ambiguous: set[str] = set()
    for name, month in sorted(month_names):
        _add(gregorian, ambiguous, name, month)
    weekdays = {fold_key(name).rstrip(".") for name in day_names}
    hijri: dict[str, int] = {}
    for language in ("ar", "en"):
        for month, name in enumerate(hijri_locale(language).month_names, start=1):
            _add(hijri, ambiguous, name, month)
    data = _data_file()
    for entry in data["month"]:
        table = hijri if entry["calendar"] == "hijri" else gregorian
        _add(table, ambiguous, entry["name"], entry["month"])
    for key in ambiguous:
        gregorian.pop(key, None)
        hijri.pop(key, None)
    connectors = frozenset(fold_key(word) for word in data["connectors"]["words"])
    prose = frozenset(fold_key(word) for word in data["prose"]["words"])
    return Words(gregorian, hijri, frozenset(weekdays), connectors, prose)
