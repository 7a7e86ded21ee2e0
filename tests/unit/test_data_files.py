"""The data tables (agency registry, dateline words) obey their own schemas and promises."""

from __future__ import annotations

import json
import tomllib
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from jsonschema import Draft202012Validator

from feedpub.agencies import registry
from feedpub.fold import fold_key
from feedpub.parse import words
from feedpub.parse.words import (
    CONTEXTS,
    WIDTHS,
    cldr_names,
    dateline_words,
    locale_identifiers,
    stored_words,
    use_stored_words,
)
from feedpub.schema import load_schema

ARAB_NATIONAL_AGENCIES = {
    "kuna", "spa", "wam", "qna", "ina", "mena", "sana", "petra", "bna", "ona", "map", "aps", "tap", "lana",
    "suna", "wafa", "nna", "saba",
}  # fmt: skip
INTERNATIONAL_AGENCIES = {
    "xinhua", "reuters", "ap", "afp", "dpa", "efe", "ansa", "tass", "ria-novosti", "kyodo", "yonhap", "pti",
    "upi", "anadolu", "irna", "bernama", "antara", "lusa", "agencia-brasil", "cna",
}  # fmt: skip


def _data(name: str) -> Any:
    text = resources.files("feedpub").joinpath("data", name).read_text("utf-8")
    return tomllib.loads(text) if name.endswith(".toml") else json.loads(text)


def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_registry_matches_its_schema() -> None:
    """agencies.json is valid against agencies.schema.json."""
    errors = list(_validator("agencies.schema.json").iter_errors(_data("agencies.json")))
    assert errors == []


def test_registry_schema_rejects_a_bad_entry() -> None:
    """The registry schema is not a rubber stamp: a bad id and a missing alias list fail."""
    bad = {"agencies": [{"id": "Not A Slug", "name": "X", "url": "https://x.example/", "wikidata": None}] * 40}
    assert len(list(_validator("agencies.schema.json").iter_errors(bad))) >= 2


def test_registry_has_every_required_agency() -> None:
    """Every Arab national agency and the big international ones are in the registry."""
    assert set(registry().agencies) >= ARAB_NATIONAL_AGENCIES | INTERNATIONAL_AGENCIES
    assert len(registry().agencies) >= 40


def test_an_alias_two_agencies_share_is_told_apart_by_their_countries() -> None:
    """A folded alias points at one agency, or at national agencies of different countries,
    which a dateline's place tells apart (APA: Austria's and Azerbaijan's)."""
    seen: dict[str, list[dict[str, Any]]] = {}
    for entry in _data("agencies.json")["agencies"]:
        for alias in {fold_key(a) for a in [entry["name"], *entry["aliases"]]}:
            seen.setdefault(alias, []).append(entry)
    for alias, entries in seen.items():
        if len(entries) > 1:
            countries = [registry().agencies[entry["id"]].country for entry in entries]
            assert None not in countries, alias
            assert len(set(countries)) == len(countries), alias


def test_agencies_the_issue_names_are_registered() -> None:
    """The Iranian, European, Latin American and South Asian agencies real copy credits are known."""
    named = {
        "fars", "irna", "isna", "mehr", "tasnim", "ats", "anp", "belga", "apa", "ctk", "mti", "bta", "tanjug",
        "hina", "sta", "ntb", "tt", "ritzau", "stt", "notimex", "telam", "andes", "abi", "agencia-brasil", "rss",
        "kantipur", "bss", "app", "nna",
    }  # fmt: skip
    assert named <= set(registry().agencies)


@pytest.mark.parametrize(
    ("alias", "agency"),
    [
        ("خبرگزاری آنادولو", "anadolu"), ("סאנא", "sana"), ("ΑΠΕ-ΜΠΕ", "ana-mpa"), ("रासस", "rss"),
        ("สำนักข่าวไทย", "tna"), ("ロイター", "reuters"), ("뉴시스", "newsis"), ("INTERFAX.RU", "interfax"),
        ("中新网", "chinanews"), ("Fars News Agency", "fars"),
        ("Інтерфакс-Україна", "interfax-ukraine"), ("Интерфакс-Украина", "interfax-ukraine"), ("سبأنت", "saba"),
        ("خبرگزاری آناتولی", "anadolu"), ("스포츠조선", "sportschosun"), ("東方日報", "orientaldaily"),
        ("سكاي نيوز عربية", "skynewsarabia"), ("दैनिक जागरण", "jagran"),
    ],
)  # fmt: skip
def test_aliases_in_the_scripts_agencies_are_printed_in(alias: str, agency: str) -> None:
    """Persian, Hebrew, Greek, Devanagari, Thai, Japanese, Korean and site forms name their agency."""
    found = registry().lookup(alias)
    assert found is not None
    assert found.id == agency


def test_every_agency_has_something_to_be_the_same_as() -> None:
    """An agency without a confirmed Wikidata id still has its official https site for sameAs."""
    for agency in registry().agencies.values():
        assert agency.wikidata or agency.url.startswith("https://"), agency.id


def test_xinhua_in_every_script() -> None:
    """Xinhua is recognised as written in Latin, Arabic, Chinese and Cyrillic copy."""
    for alias in ["Xinhua", "XINHUA", "شينخوا", "新华社", "Синьхуа"]:
        found = registry().lookup(alias)
        assert found is not None, alias
        assert found.id == "xinhua", alias


def test_dateline_words_match_their_schema() -> None:
    """datelines.toml is valid against datelines.schema.json."""
    errors = list(_validator("datelines.schema.json").iter_errors(_data("datelines.toml")))
    assert errors == []


def test_supplement_adds_only_what_the_libraries_lack() -> None:
    """No month spelling in datelines.toml is already provided by CLDR for that language."""
    cldr = set()
    for identifier in ("ar", "ar_EG", "ar_IQ", "ar_DZ", "ar_MA", "en", "en_GB", "en_US"):
        months = Locale.parse(identifier).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                cldr |= {fold_key(name).rstrip(".") for name in months[context][width].values()}
    for entry in _data("datelines.toml")["month"]:
        if entry["calendar"] == "gregorian":
            assert fold_key(entry["name"]).rstrip(".") not in cldr, entry["name"]


def test_locale_files_give_the_names_babel_resolves() -> None:
    """Reading each locale's own data file finds exactly the names Babel's Locale API gives.

    The API merges every locale with its parents and resolves aliases; the files alone
    must give the same names, since every parent is among the locales read.
    """
    month_names: set[tuple[str, int]] = set()
    day_names: set[str] = set()
    period_names: set[str] = set()
    for identifier in locale_identifiers():
        locale = Locale.parse(identifier)
        for context in CONTEXTS:
            for width in WIDTHS:
                month_names |= {(name, month) for month, name in locale.months[context][width].items()}
                day_names |= set(locale.days[context][width].values())
                periods = locale.day_periods.get(context, {}).get(width, {})
                period_names |= {name for period, name in periods.items() if period in ("am", "pm")}
    assert len(month_names) > 300
    assert cldr_names() == (frozenset(month_names), frozenset(day_names), frozenset(period_names))


def test_regional_arabic_month_names_come_from_cldr() -> None:
    """Levantine, Maghrebi and Egyptian month names are all known, folded."""
    months = dateline_words().gregorian_months
    expected = {"تشرين الثاني": 11, "كانون الثاني": 1, "أيار": 5, "جانفي": 1, "أفريل": 4, "جويلية": 7, "أوت": 8}
    for name, number in expected.items():
        assert months[fold_key(name)] == number, name
    assert months[fold_key("ابريل")] == 4
    assert months[fold_key("اغسطس")] == 8
    assert months[fold_key("يونيه")] == 6


def test_every_full_month_name_reads_as_its_month() -> None:
    """Each month's full name, in every locale read, is that month once folded as copy is folded,
    even where folding drops the vowel sign that parts it from another month's abbreviation
    (Punjabi's June ``ਜੂਨ`` and January's ``ਜਨ``). Left out: a name two languages give
    different months in full (``listopad``, October in Croatian and November in Polish), and
    one that folds to a single letter (Marathi's May, ``मे``, folds as Hindi's ``में``, "in")."""
    full: dict[str, set[int]] = {}
    for identifier in locale_identifiers():
        locale = Locale.parse(identifier)
        for context in CONTEXTS:
            for month, name in locale.months[context]["wide"].items():
                full.setdefault(fold_key(name).rstrip("."), set()).add(month)
    months = dateline_words().gregorian_months
    unread = {
        key: named for key, named in full.items() if len(named) == 1 and len(key) > 1 and months.get(key) not in named
    }
    assert unread == {}
    assert months[fold_key("ਜੂਨ")] == 6
    assert months[fold_key("ဇွန်")] == 6


def test_stored_words_are_the_words_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a later process takes from the cache is what building the words gives, without the locales."""
    built = dateline_words()
    data = stored_words()
    monkeypatch.setattr(words, "_stored", None)
    dateline_words.cache_clear()
    monkeypatch.setattr(words, "cldr_names", lambda: pytest.fail("built from the locales"))
    use_stored_words(data)
    assert dateline_words() == built
    dateline_words.cache_clear()


def test_every_registry_time_zone_is_a_real_zone() -> None:
    """Each national agency's time zone is one the IANA database (tzdata) knows."""
    zones = {agency.id: agency.timezone for agency in registry().agencies.values() if agency.timezone}
    assert {"xinhua", "kuna", "spa"} <= zones.keys()
    for agency, zone in zones.items():
        assert ZoneInfo(zone).key == zone, agency
