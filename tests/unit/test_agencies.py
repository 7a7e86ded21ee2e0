"""The agency an article names: the registry's entry, or an id made from the name as printed."""

from __future__ import annotations

import pytest

from feedpub.agencies import agency_entry, registry


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Xinhua", "xinhua"),  # the registry's id
        ("شينخوا", "xinhua"),  # in any script the registry prints it in
        ("Kinhtedothi", "kinhtedothi"),  # unknown: a slug of the name
        ("Liputan6.com", "liputan6"),  # a site: its name without the domain
        ("Lintasbabel.iNews.id", "inews"),  # and without an edition's subdomain
        ("WWW.BERITAKAPUAS.COM", "beritakapuas"),  # or the web's, in capitals too
        ("birohumas.sulselprov.go.id", "birohumas-sulselprov"),  # a government office keeps its subdomain
        ("GOVT. PRESS SECRETARIAT", "govt-press-secretariat"),  # an abbreviation's full stop is no domain's
        ("PINA/IFEX", "pina"),  # a joint credit the registry does not know: its first
        ("AFP/DPA", "afp"),  # one it knows: its first too
        ("Radio/TV Tonga", "radio-tv-tonga"),  # a name holding a slash is one name
    ],
)
def test_an_agency_is_named_by_its_id(written: str, expected: str) -> None:
    assert agency_entry(written) == {"id": expected, "name": written}


def test_a_name_without_latin_letters_is_named_by_a_hash() -> None:
    """Figures alone are no name: ``زاجل 24 نيوز`` is not the agency "24"."""
    for written in ("الساقية برس", "زاجل 24 نيوز"):
        entry = agency_entry(written)
        assert entry["id"].startswith("agency-")
        assert len(entry["id"]) == len("agency-") + 8
    assert agency_entry("زاجل 24 نيوز")["id"] != agency_entry("الساقية برس")["id"]


def test_a_national_agencys_country_is_its_time_zones() -> None:
    agencies = registry().agencies
    assert agencies["bernama"].country == "MY"
    assert agencies["antara"].country == "ID"
    assert agencies["reuters"].country is None  # no national agency, no time zone


@pytest.mark.parametrize(
    ("written", "country", "expected"),
    [
        ("APA", "AZ", "apa-az"),  # Azerbaijan's APA, for a dateline in Baku
        ("APA", "AT", "apa"),
        ("APA", None, "apa"),  # no place to tell by: the registry's first
        ("A.P.S.", "SN", "aps-senegal"),  # printed with full stops
        ("APS", "FR", "aps"),  # no agency of that country or its part of the world: the registry's first
        ("APA", "SN", "apa-senegal"),
        ("APA", "MA", "apa-senegal"),  # none of Morocco's: the one of Africa (APA - Rabat (Morocco) —)
        ("ANP", "NE", "anp-niger"),
        ("ANP", "BE", "anp"),  # none of Belgium's: the one of Europe
        ("CNA", "CY", "cyprus-news-agency"),
        ("CNA", "TW", "cna"),
        ("Xinhua", "AZ", "xinhua"),  # an alias no other agency shares
    ],
)
def test_an_alias_several_agencies_share_names_the_one_of_the_datelines_country_or_its_part_of_the_world(
    written: str, country: str | None, expected: str
) -> None:
    assert registry().is_shared(written) == (expected != "xinhua")
    assert agency_entry(written, country)["id"] == expected
